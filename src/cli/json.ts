/**
 * JSON output of an extraction written in pieces, byte for byte what
 * `JSON.stringify(value, null, 2)` gives, without building one string for a
 * result that may be hundreds of megabytes.
 * @internal
 */
import type { Extraction } from '../types.js';

function items(name: string, list: readonly unknown[], last: boolean): string[] {
  const end = last ? '' : ',';
  if (list.length === 0) return [`  ${JSON.stringify(name)}: []${end}\n`];
  const out = [`  ${JSON.stringify(name)}: [\n`];
  list.forEach((item, i) => {
    // JSON strings hold no raw line breaks, so indenting every line is safe
    out.push(`    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${i === list.length - 1 ? '\n' : ',\n'}`);
  });
  out.push(`  ]${end}\n`);
  return out;
}

/**
 * The pieces of `JSON.stringify({ ...head, quotes, speakers }, null, 2)`
 * (without a final newline), where `head` holds plain JSON values such as
 * `{ file }`.
 */
export function* extractionJson(extraction: Extraction, head: Readonly<Record<string, unknown>> = {}): Generator<string> {
  yield '{\n';
  for (const [key, value] of Object.entries(head)) {
    yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')},\n`;
  }
  yield* items('quotes', extraction.quotes, false);
  yield* items('speakers', extraction.speakers, true);
  yield '}';
}
