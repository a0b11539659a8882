/**
 * The ASCII form of a source file that the build reads (tsup.config.ts).
 * @internal
 */

/**
 * `source` with each character beyond ASCII written as its `\u` escape, which
 * means the same in a string, a template, a regular expression (a surrogate
 * pair in a /u expression is one code point) and a comment. A character
 * after an odd run of backslashes is an identity escape ('\’' is '’'): the
 * escape takes the place of its backslash. A raw string (String.raw, a
 * template's raw text) would read the escape's letters: no source writes one
 * beyond ASCII.
 */
export function asciiEscaped(source: string): string {
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_all, slashes: string, c: string) =>
    `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
