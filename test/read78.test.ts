/**
 * read78: review fixes of stop 62's round 1.
 * - cli/io.ts decodeStream: a UTF-8 byte-order mark is dropped as a UTF-16 one
 *   is, so offsets never count it (was kept as U+FEFF: offsets started at 1
 *   for UTF-8 with a mark, at 0 for UTF-16 with one).
 * - cli/commands/jsonl.ts: a byte-order mark opening a later line (files with
 *   marks joined with cat) is dropped as the first line's is (was an error
 *   record "not valid JSON").
 * - speakers/find/relative-head.ts: a determiner and a noun of what is said or
 *   of time before a name head a relative clause with no "that" ('"...," a
 *   claim Lee denied'); the name alone is the mention, with no title (was the
 *   mention "a claim Lee", title "claim").
 * Sentences and names are invented.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';
import { decodeStream } from '../src/cli/io.js';
import { DIST, ensureBuilt } from './setup/build.js';

const extractor = createExtractor();
const everyExtractor = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

async function decoded(bytes: Buffer): Promise<string> {
  let out = '';
  for await (const piece of decodeStream(Readable.from([bytes]))) out += piece;
  return out;
}

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const TEXT = '"We will rebuild the pier," Ada Moss said.';

describe('read78: a byte-order mark is never part of the text', () => {
  test('UTF-8, UTF-16LE and UTF-16BE with a mark decode to the same text as UTF-8 without one', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(await decoded(Buffer.concat([BOM8, Buffer.from(TEXT)]))).toBe(TEXT);
    expect(await decoded(le)).toBe(TEXT);
    expect(await decoded(be)).toBe(TEXT);
    expect(await decoded(Buffer.from(TEXT))).toBe(TEXT);
  });

  test('a U+FEFF inside the text is kept', async () => {
    expect(await decoded(Buffer.from(`a\uFEFFb`))).toBe('a\uFEFFb');
  });
});

describe('read78: the command line', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  const run = (args: string[], input: Buffer): { code: number | null; stdout: string } => {
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { input, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout };
  };

  test('offsets of a UTF-8 file with a mark start at 0, as without one', () => {
    const plain = run(['--json'], Buffer.from(TEXT));
    const marked = run(['--json'], Buffer.concat([BOM8, Buffer.from(TEXT)]));
    expect(marked.code).toBe(0);
    expect(marked.stdout).toBe(plain.stdout);
    expect(JSON.parse(marked.stdout).quotes[0].span.start).toBe(0);
  });

  test('--jsonl: a mark opening a later line (files joined) is dropped, not an error', () => {
    const one = Buffer.from(`{"id": 1, "text": ${JSON.stringify(TEXT)}}\n`);
    const two = Buffer.from(one.toString().replace('"id": 1', '"id": 2'));
    const joined = run(['--jsonl'], Buffer.concat([BOM8, one, BOM8, two]));
    expect(joined.code).toBe(0);
    const lines = joined.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
    expect(lines[1].quotes).toEqual(lines[0].quotes);
    expect(lines[1].quotes[0].speaker.name).toBe('Ada Moss');
  });
});

describe('read78: a noun of what is said before a name is no title', () => {
  const speaker = (text: string, every = false): { content: string; name: string; mention: string; titles: readonly string[]; cue: string }[] => {
    const r = (every ? everyExtractor : extractor).extract(text);
    return r.quotes.map((q) => ({
      content: q.text,
      name: q.speaker?.name ?? '',
      mention: q.speaker?.mention?.text ?? '',
      titles: q.speaker ? r.speakers[q.speaker.id]!.titles : [],
      cue: q.cue?.span.text ?? '',
    }));
  };

  test.each([
    ['"The report was never true," a claim Tomas Berg denied.', 'The report was never true,', 'Tomas Berg', 'denied'],
    ['"It was an insult," a word Reyes later repeated.', 'It was an insult,', 'Reyes', 'later repeated'],
    ['"The port is finished," a point Ortiz conceded.', 'The port is finished,', 'Ortiz', 'conceded'],
  ])('%s', (text, content, name, cue) => {
    const expected = [{ content, name, mention: name, titles: [], cue }];
    expect(speaker(text)).toEqual(expected);
    expect(speaker(text, true)).toEqual(expected);
  });

  test('a title word before the name stays its title', () => {
    expect(speaker('"We will reopen the pier," the spokesman Lars Oda said.')).toEqual([
      { content: 'We will reopen the pier,', name: 'Lars Oda', mention: 'the spokesman Lars Oda', titles: ['spokesman'], cue: 'said' },
    ]);
  });
});
