/**
 * Splits a byte stream into JSON Lines lines.
 * @internal
 */

/**
 * Yields the lines of decoded text pieces (io.ts decodeStream's) as JSON Lines
 * reads them: a line ends at `\n` only, and one `\r` just before it is dropped
 * (so CRLF files read as LF files), while a lone `\r` elsewhere stays in the
 * line, where JSON may hold it as white space. A final line without `\n` is
 * yielded when not empty; a byte-order mark is kept for the caller to strip.
 */
export async function* jsonLines(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  // (the pieces of the line read so far, joined once at its end: a line of many megabytes arriving in many reads
  // is neither searched nor copied once per read)
  let parts: string[] = [];
  const take = function* (text: string, final: boolean): Generator<string> {
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      parts.push(text.slice(from, at));
      const line = parts.length === 1 ? parts[0]! : parts.join('');
      parts = [];
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      from = at + 1;
    }
    if (from < text.length) parts.push(text.slice(from));
    if (final && parts.length > 0) {
      const rest = parts.join('');
      parts = [];
      if (rest !== '') yield rest;
    }
  };
  for await (const piece of pieces) yield* take(piece, false);
  yield* take('', true);
}
