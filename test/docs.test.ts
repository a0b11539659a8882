/**
 * Docs that stay true: every code block in README.md and docs/*.md that shows
 * output is run here and compared with what it shows. A block that looks like
 * output (```text, ```json, a fence without a language, `→` lines, `//=>`
 * comments) and that no rule below covers fails the test, so a new example
 * cannot slip in unchecked.
 *
 * The conventions (an HTML comment on the line before the fence; invisible on
 * GitHub, npm and in TypeDoc):
 *
 * - Example blocks, checked without a marker: a ```text block with `→` lines.
 *   An optional first line `options: { ... }` gives the extractor options;
 *   the lines up to the first `→` are the input (joined by newlines); each
 *   `→` line is one quotation as `line()` of docs/getting-started.md prints
 *   it (`→ (no quotes)` when there is none); lines `  speaker N: ...` list
 *   every speaker.
 * - `//=>` comments in a js or ts block, checked without a marker: the block
 *   runs, and the expression before each `//=>` equals the value after it.
 * - `<!-- doctest: output -->`: the block is what the nearest js block above
 *   prints with console.log.
 * - `<!-- doctest: json EXPR -->`: the block is JSON (or a JavaScript literal)
 *   deeply equal to EXPR evaluated at the end of the nearest js block above.
 * - `<!-- doctest: input -->`: the block is an input text, bound to `text`
 *   for the js blocks that follow it in the file.
 * - `<!-- doctest: $ COMMAND -->`: the block is the standard output of
 *   COMMAND run by bash, with `saidwho` the built command, in a folder
 *   holding examples/article.txt as article.txt.
 * - `<!-- doctest: within $ COMMAND -->`: the block's lines appear, in order
 *   and together, in the standard output of COMMAND.
 * - `<!-- doctest: not output: REASON -->`: the block shows no output of
 *   saidwho (a file format, a listing of commands).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as saidwho from '../src/index.js';
import type { Extraction, ExtractQuotesOptions, Quote } from '../src/index.js';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

/** A fenced code block of a Markdown file. */
interface Block {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly body: string;
  /** The doctest marker on the line before the fence, without `<!-- doctest:` and `-->`. */
  readonly marker: string | undefined;
}

const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].sort();

function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++) body.push(lines[i] as string);
    const marker = /^<!--\s*doctest:\s*(.*?)\s*-->\s*$/.exec(lines[start - 1] ?? '')?.[1];
    blocks.push({ file, line: start + 1, lang: open[1] ?? '', body: body.join('\n'), marker });
  }
  return blocks;
}

const BLOCKS = FILES.flatMap(blocksOf);
const where = (b: Block) => `${b.file}:${b.line}`;

/** The one-line view of docs/getting-started.md, taken from the guide itself so that it cannot drift either. */
const LINE_SOURCE = (() => {
  const block = BLOCKS.find((b) => b.file === 'docs/getting-started.md' && b.body.startsWith('function line(q)'));
  if (!block) throw new Error('docs/getting-started.md no longer defines line(q)');
  return block.body.slice(0, block.body.indexOf('\n}\n') + 2);
})();
const line = new Function(`${LINE_SOURCE}\nreturn line;`)() as (q: Quote) => string;

/** The speaker lines of example blocks. */
function speakerLine(s: Extraction['speakers'][number]): string {
  const list = (name: string, xs: readonly string[]) => (xs.length === 0 ? '' : `, ${name} ${JSON.stringify(xs)}`);
  return (
    `  speaker ${s.id}: ${s.name} (${s.kind})${list('titles', s.titles)}${list('descriptions', s.descriptions)}` +
    `${list('mentions', s.mentions.map((m) => m.text))}, quotes ${JSON.stringify(s.quotes)}`
  );
}

/** One extractor per distinct options, as the guides advise (building one loads the model). */
const extractors = new Map<string, saidwho.Extractor>();
function extractorFor(options: ExtractQuotesOptions | undefined): saidwho.Extractor {
  const key = JSON.stringify(options ?? {});
  let extractor = extractors.get(key);
  if (!extractor) extractors.set(key, (extractor = saidwho.createExtractor(options)));
  return extractor;
}

function isExample(b: Block): boolean {
  return b.lang === 'text' && b.marker === undefined && /^→ /m.test(b.body);
}

/** Runs a js/ts block; resolves to what it printed and the value of `expr` at its end. */
async function run(b: Block, input: string | undefined, expr?: string): Promise<{ printed: string[]; value: unknown }> {
  const printed: string[] = [];
  const fakeConsole = { log: (...args: unknown[]) => printed.push(args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ')) };
  let body = b.body
    .replace(/^import \{([^}]*)\} from 'saidwho';$/gm, 'const {$1} = __saidwho;')
    .replace(/\btype \w+,?/g, '')
    .replace(/ as const\b/g, '');
  // `expr; //=> value` lines become checks.
  body = body.replace(/^(.*?);?\s*\/\/=> (.*)$/gm, (_all, code: string, expected: string) => `__check(${code}, ${JSON.stringify(expected)});`);
  const checks: { actual: unknown; expected: string }[] = [];
  const check = (actual: unknown, expected: string) => checks.push({ actual, expected });
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
  const fn = new AsyncFunction('console', '__saidwho', '__check', 'text', `{\n${body}\nreturn ${expr ?? 'undefined'};\n}`);
  const value = await fn(fakeConsole, saidwho, check, input);
  for (const { actual, expected } of checks) {
    expect(actual, `${where(b)}: ${expected}`).toEqual(literal(expected));
  }
  return { printed, value };
}

/** Reads a JavaScript literal as the docs write it (`'x'`, `['Sen.']`, `{ a: 1 }`). */
function literal(source: string): unknown {
  return new Function(`return (${source});`)();
}

let work = '';

function shell(command: string): string {
  const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(DIST, 'cli.js'))}`;
  return execFileSync('bash', ['-c', `saidwho() { ${cli} "$@"; }\n${command}`], { cwd: work, encoding: 'utf8' });
}

beforeAll(async () => {
  await ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'saidwho-docs-'));
  mkdirSync(work, { recursive: true });
  copyFileSync(join(ROOT, 'examples/article.txt'), join(work, 'article.txt'));
  writeFileSync(join(work, 'README'), 'scratch folder of test/docs.test.ts\n');
});

describe('docs: every block that shows output is checked', () => {
  const showsOutput = (b: Block) => (b.lang === 'js' || b.lang === 'ts' ? /\/\/=>/.test(b.body) : ['text', 'json', ''].includes(b.lang) || /^→ /m.test(b.body));
  test.each(BLOCKS.filter(showsOutput).map((b) => [where(b), b] as const))(
    '%s is covered by a check',
    (_name, b) => {
      const covered = isExample(b) || b.marker !== undefined || ((b.lang === 'js' || b.lang === 'ts') && /\/\/=>/.test(b.body));
      expect(covered, `${where(b)} shows output but has no doctest marker (see test/docs.test.ts)`).toBe(true);
    },
  );

  test('markers are known', () => {
    const unknown = BLOCKS.filter((b) => b.marker !== undefined && !/^(output|json .+|input|\$ .+|within \$ .+|not output: .+)$/.test(b.marker));
    expect(unknown.map(where)).toEqual([]);
  });
});

/** Whether a file has any block this test runs. */
const checked = (file: string) =>
  BLOCKS.some((b) => b.file === file && (isExample(b) || /\/\/=>/.test(b.body) || (b.marker !== undefined && b.marker !== 'input' && !b.marker.startsWith('not output'))));

describe.each(FILES.filter(checked))('%s', (file) => {
  const blocks = BLOCKS.filter((b) => b.file === file);

  const examples = blocks.filter(isExample);
  test.runIf(examples.length > 0).each(examples.map((b) => [b.line, b] as const))('example at line %i', (_line, b) => {
    const lines = b.body.split('\n');
    let options: ExtractQuotesOptions | undefined;
    if (lines[0]?.startsWith('options: ')) options = literal((lines.shift() as string).slice('options: '.length)) as ExtractQuotesOptions;
    const first = lines.findIndex((l) => l.startsWith('→ '));
    const input = lines.slice(0, first).join('\n');
    const shown = lines.slice(first);
    const result = extractorFor(options).extract(input);
    const actual = result.quotes.length === 0 ? ['→ (no quotes)'] : result.quotes.map(line);
    if (shown.some((l) => l.startsWith('  speaker '))) actual.push(...result.speakers.map(speakerLine));
    expect(actual.join('\n')).toBe(shown.join('\n'));
  });

  const js = blocks.filter((b) => (b.lang === 'js' || b.lang === 'ts') && /\/\/=>/.test(b.body));
  test.runIf(js.length > 0).each(js.map((b) => [b.line, b] as const))('//=> values of the block at line %i', async (_line, b) => {
    await run(b, undefined);
  });

  const marked = blocks.filter((b) => b.marker !== undefined && b.marker !== 'input' && !b.marker.startsWith('not output'));
  test.runIf(marked.length > 0).each(marked.map((b) => [b.line, b.marker ?? '', b] as const))('block at line %i (%s)', async (_line, marker, b) => {
    const before = blocks.filter((x) => x.line < b.line);
    const source = [...before].reverse().find((x) => x.lang === 'js' || x.lang === 'ts');
    const inputBlock = [...before].reverse().find((x) => x.marker === 'input');
    if (marker === 'output' || marker.startsWith('json ')) {
      if (!source) throw new Error(`${where(b)}: no js block above`);
      const expr = marker === 'output' ? undefined : marker.slice('json '.length);
      const { printed, value } = await run(source, inputBlock?.body, expr);
      if (marker === 'output') expect(printed.join('\n')).toBe(b.body);
      else expect(JSON.parse(JSON.stringify(value))).toEqual(literal(b.body));
      return;
    }
    const within = marker.startsWith('within $ ');
    const command = marker.slice(within ? 'within $ '.length : 2);
    const out = shell(command);
    if (within) expect(out).toContain(b.body);
    else expect(out).toBe(`${b.body}\n`);
  });
});
