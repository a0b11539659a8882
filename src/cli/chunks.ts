/**
 * Large inputs in paragraph-aligned chunks: memory stays bounded by the chunk
 * size, offsets stay exact (each chunk's are shifted by its start), and the
 * merged result is what one call gives when no attribution reaches across a
 * cut. Cuts fall between paragraphs, preferring the widest gap (an article
 * boundary in an archive) after a paragraph whose quotation marks are
 * balanced (so that a quote running over several paragraphs is not cut).
 * @internal
 */
import type { Extraction, Quote, Span, Speaker } from '../types.js';

/** Characters per chunk by default: about 300 MB of working memory per chunk. */
export const DEFAULT_CHUNK_CHARS = 4_000_000;

/**
 * The chunk size: `SAIDWHO_CHUNK_CHARS` when set to a whole number of at
 * least 2 (tests use small chunks), else {@link DEFAULT_CHUNK_CHARS}.
 */
export function chunkChars(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SAIDWHO_CHUNK_CHARS;
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 2) return DEFAULT_CHUNK_CHARS;
  return Number(value);
}

/** A chunk of the input and the offset of its first character in the whole input. */
export interface Chunk {
  readonly text: string;
  readonly offset: number;
}

/** Runs of blank lines: a paragraph break, as `splitParagraphs` sees one. */
const GAP = /[ \t]*(?:(?:\r\n|\r|\n)[ \t]*){2,}|\u2029/g;

/** True when a paragraph opens no quotation it does not close. */
function balanced(text: string, start: number, end: number): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 0xab) guillemets++;
    else if (c === 0xbb) guillemets--;
  }
  return straight % 2 === 0 && curly === 0 && guillemets === 0;
}

/** Where to end a chunk of `text` of at most `limit` characters (the cut is between 1 and `limit`). */
export function cutPoint(text: string, limit: number): number {
  const low = Math.max(1, Math.floor(limit / 2));
  // 1. a paragraph break in the second half: balanced before it, widest, latest
  let best = -1;
  let bestScore = -1;
  let paragraphStart = 0;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m !== null; m = GAP.exec(text)) {
    const end = m.index + m[0].length;
    if (end > limit) break;
    if (end >= low && end > 0) {
      const width = m[0] === '\u2029' ? 2 : (m[0].match(/\r\n|\r|\n/g) ?? []).length;
      const score = (balanced(text, paragraphStart, m.index) ? 1000 : 0) + Math.min(width, 999);
      if (score >= bestScore) {
        best = end;
        bestScore = score;
      }
    }
    paragraphStart = end;
  }
  if (best > 0) return best;
  // 2. a line break; 3. white space; 4. anywhere; never inside a surrogate pair or a CRLF
  const window = text.slice(low, limit);
  let cut = limit;
  for (const pattern of [/[\s\S]*(?:\r\n|\r|\n)/, /[\s\S]*\s/]) {
    const m = pattern.exec(window);
    if (m !== null && m[0].length > 0) {
      cut = low + m[0].length;
      break;
    }
  }
  const before = text.charCodeAt(cut - 1);
  if ((before >= 0xd800 && before <= 0xdbff) || (before === 0x0d && text.charCodeAt(cut) === 0x0a)) cut--;
  return Math.max(1, cut);
}

/**
 * Groups text pieces into chunks of at most `limit` characters, cut by
 * {@link cutPoint}. An input no longer than `limit` is one chunk, so small
 * inputs are read exactly as by one call; an empty input is one empty chunk.
 */
export async function* paragraphChunks(pieces: AsyncIterable<string>, limit: number): AsyncGenerator<Chunk> {
  let buffer = '';
  let offset = 0;
  for await (const piece of pieces) {
    buffer += piece;
    while (buffer.length > limit) {
      const cut = cutPoint(buffer, limit);
      yield { text: buffer.slice(0, cut), offset };
      offset += cut;
      buffer = buffer.slice(cut);
    }
  }
  if (buffer.length > 0 || offset === 0) yield { text: buffer, offset };
}

function shift(span: Span, offset: number): Span {
  return offset === 0 ? span : { start: span.start + offset, end: span.end + offset, text: span.text };
}

/**
 * A copy of a short string that does not point into the chunk it was cut
 * from (V8 keeps the whole chunk alive behind a slice), for the mentions the
 * merger keeps until the end.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

interface MergedSpeaker {
  id: number;
  name: string;
  kind: Speaker['kind'];
  titles: string[];
  descriptions: string[];
  mentions: Span[];
  quotes: number[];
}

function addAll(into: string[], more: readonly string[], caseless: boolean): void {
  const key = (s: string): string => (caseless ? s.toLowerCase() : s);
  for (const s of more) if (!into.some((t) => key(t) === key(s))) into.push(s);
}

/**
 * Joins the extractions of consecutive chunks into one: offsets shifted by
 * each chunk's start, quote indices and speaker ids renumbered, speakers of
 * the same name and kind joined into one entity (titles, descriptions,
 * mentions and quotes together), in order of their first quotation. Quotes
 * are handed back as each chunk is added, so that they can be written out at
 * once; only the speakers are kept.
 */
export class ExtractionMerger {
  private count = 0;
  private readonly speakers: MergedSpeaker[] = [];
  private readonly byName = new Map<string, MergedSpeaker>();

  /** Adds the extraction of the chunk that starts at `offset`; returns its quotes, shifted and renumbered. */
  add(extraction: Extraction, offset: number): Quote[] {
    const base = this.count;
    const ids = extraction.speakers.map((s) => {
      const key = `${s.kind}\u0000${s.name}`;
      let merged = this.byName.get(key);
      if (merged === undefined) {
        merged = { id: this.speakers.length, name: s.name, kind: s.kind, titles: [], descriptions: [], mentions: [], quotes: [] };
        this.speakers.push(merged);
        this.byName.set(key, merged);
      }
      addAll(merged.titles, s.titles, false);
      addAll(merged.descriptions, s.descriptions, true);
      for (const m of s.mentions) merged.mentions.push({ start: m.start + offset, end: m.end + offset, text: detached(m.text) });
      for (const q of s.quotes) merged.quotes.push(q + base);
      return merged.id;
    });
    this.count += extraction.quotes.length;
    if (offset === 0 && base === 0 && ids.every((id, k) => id === k)) return [...extraction.quotes];
    return extraction.quotes.map((q) => ({
      ...q,
      span: shift(q.span, offset),
      parts: q.parts.map((p) => shift(p, offset)),
      cue: q.cue === null ? null : { ...q.cue, span: shift(q.cue.span, offset) },
      speaker: q.speaker === null ? null : { ...q.speaker, id: ids[q.speaker.id]!, mention: q.speaker.mention === null ? null : shift(q.speaker.mention, offset) },
    }));
  }

  /** The joined speakers of every chunk added so far. */
  result(): Speaker[] {
    return this.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, titles: s.titles, descriptions: s.descriptions, mentions: s.mentions, quotes: s.quotes }));
  }
}

/**
 * The chunks of one text already in memory (a `--jsonl` line), of at most
 * `limit` characters each, cut by {@link cutPoint}: a text no longer than
 * `limit` is one chunk (an empty text one empty chunk), so that it is read by
 * one call, exactly as `extract` reads it. The chunks are made one at a time,
 * as they are asked for.
 */
export function* textChunks(text: string, limit: number): Generator<Chunk> {
  if (text.length <= limit) {
    yield { text, offset: 0 };
    return;
  }
  for (let offset = 0; offset < text.length; ) {
    const rest = text.length - offset;
    const cut = rest <= limit ? rest : cutPoint(text.slice(offset, offset + limit + 1), limit);
    yield { text: text.slice(offset, offset + cut), offset };
    offset += cut;
  }
}
