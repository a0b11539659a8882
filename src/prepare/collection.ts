/**
 * A hint to the JavaScript engine, between the stages of a long text, that
 * now is a good time for a full garbage collection.
 *
 * Why: a long text's stages each leave much garbage in the old generation
 * (text preparation wink's batches, the rule stages what they dropped, speaker
 * resolution its names and caches), and V8 decides when to collect it from
 * how fast the heap grew and how fast it collected before. After a full
 * collection in the rule stages it either collects again soon or lets the
 * heap grow to about four times the live data, and then collects nothing
 * more before the call ends: one 10 MB call peaked at 385 to 412 MB of RSS
 * the first way and at 443 to 465 MB the second, by chance (docs/scale.md,
 * rounds 57 and 58). A library cannot ask for a collection; it can report
 * memory outside the heap, and V8 starts a full collection when that grows
 * by more than 64 MB since the last one. So at the end of a stage, when its
 * garbage is garbage, {@link suggestCollection} makes (and drops) a buffer
 * larger than that. The buffer is never written: the engine takes it from
 * the system as untouched zero pages, so it costs address space, not memory.
 * @internal
 */
import type { Doc } from './document.js';

/**
 * Bytes of the buffer that carries the hint: more than V8's 64 MB step for
 * memory outside the heap, whatever that memory grew by since the last full
 * collection (had it grown by 64 MB, V8 would have collected then).
 */
export const COLLECTION_HINT_BYTES = 128 * 1024 * 1024;

/**
 * At the end of a stage over a long text (one kept in a token table, see
 * `COMPACT_CHARS` in document.ts), suggests a full garbage collection to the
 * engine (see the file's comment); does nothing for shorter texts, where
 * the heap never grows far and a collection would cost more than it saves.
 * Returns true when the hint was given. Never throws: where the engine
 * cannot reserve the buffer, no hint is given.
 */
export function suggestCollection(doc: Doc): boolean {
  if (doc.table === undefined) return false;
  try {
    return new ArrayBuffer(COLLECTION_HINT_BYTES).byteLength === COLLECTION_HINT_BYTES;
  } catch {
    return false;
  }
}
