/**
 * Splits a byte stream into JSON Lines lines.
 * @internal
 */

/**
 * Yields the lines of UTF-8 byte chunks as JSON Lines reads them: a line ends
 * at `\n` only, and one `\r` just before it is dropped (so CRLF files read as
 * LF files), while a lone `\r` elsewhere stays in the line, where JSON may hold
 * it as white space. A final line without `\n` is yielded when not empty; a
 * byte-order mark is kept for the caller to strip.
 */
export async function* jsonLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let pending = '';
  const cut = function* (final: boolean): Generator<string> {
    let from = 0;
    for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n', from)) {
      const end = at > from && pending.charCodeAt(at - 1) === 13 ? at - 1 : at;
      yield pending.slice(from, end);
      from = at + 1;
    }
    pending = pending.slice(from);
    if (final && pending !== '') {
      yield pending;
      pending = '';
    }
  };
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true });
    yield* cut(false);
  }
  pending += decoder.decode();
  yield* cut(true);
}
