/**
 * read69: the build's ASCII escaping of source files (scripts/ascii-source.ts,
 * the esbuild plugin of tsup.config.ts) keeps what every literal means. Each
 * row is a small invented program; the escaped program must be ASCII and
 * evaluate to the same value. A character written after a backslash (an
 * identity escape: '\’' is '’') came out as an escaped backslash and the
 * letters "u2019" before this review.
 */
import { describe, expect, it } from 'vitest';
import { asciiEscaped } from '../scripts/ascii-source.js';

/** The value of the JavaScript expression `source`. */
function valueOf(source: string): unknown {
  const value: unknown = new Function(`return (${source});`)();
  return value instanceof RegExp ? [value.source.length > 0, value.flags, ...['\u2019', '\u2019s', 'us', '\\s', 'a\u2019s', '\u{1F600}', '\\', 'u2019', '\u00e9'].map((s) => value.test(s))] : value;
}

describe('read69: the ASCII escaping of the sources keeps each literal\'s meaning', () => {
  const programs: string[] = [
    "'\u2019'",
    "'\\\u2019'",
    "'\\\\\u2019'",
    "'\\\\\\\u2019'",
    '`\\\u00e9${1}\u00e9`',
    "/^['\u2019]s$/",
    "/^['\\\u2019]s$/",
    "/[\u{1F600}]/u",
    "/\\\u00e9/",
    "'\u{1F600}'",
    "'\\\u{1F600}'",
    "// \u2019 a comment\n'x'",
  ];
  for (const program of programs) {
    it(JSON.stringify(program), () => {
      const escaped = asciiEscaped(program);
      expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
      expect(valueOf(escaped)).toEqual(valueOf(program));
    });
  }
});
