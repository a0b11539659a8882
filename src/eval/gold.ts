/**
 * Reading the gold JSONL format.
 */
import type { QuoteKind, Span } from '../types.js';
import type { GoldDocument, GoldQuote, GoldSpan } from './types.js';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

class GoldError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readSpan(value: unknown, text: string, where: string): Span {
  if (!isObject(value)) throw new GoldError(`${where} must be an object {start, end, text}`);
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new GoldError(`${where}.start and .end must be integers`);
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s || e > text.length) {
    throw new GoldError(`${where} [${s}, ${e}) is outside the text (length ${text.length})`);
  }
  const actual = text.slice(s, e);
  if (value.text !== undefined && value.text !== actual) {
    throw new GoldError(
      `${where}.text ${JSON.stringify(value.text)} does not equal text.slice(${s}, ${e}) = ${JSON.stringify(actual)}`,
    );
  }
  return { start: s, end: e, text: actual };
}

function readQuote(value: unknown, text: string, where: string): GoldQuote {
  if (!isObject(value)) throw new GoldError(`${where} must be an object`);
  const span = readSpan(value.quote, text, `${where}.quote`);
  let quote: GoldSpan = span;
  const rawFragments = isObject(value.quote) ? value.quote.fragments : undefined;
  if (rawFragments !== undefined && rawFragments !== null) {
    if (!Array.isArray(rawFragments)) throw new GoldError(`${where}.quote.fragments must be an array`);
    const fragments = rawFragments
      .map((f: unknown, i: number) => readSpan(f, text, `${where}.quote.fragments[${i}]`))
      .sort((a, b) => a.start - b.start);
    quote = { ...span, fragments };
  }
  const type = value.type;
  if (typeof type !== 'string' || !KINDS.includes(type as QuoteKind)) {
    throw new GoldError(`${where}.type must be one of ${KINDS.join(', ')}, got ${JSON.stringify(type)}`);
  }
  const speaker = value.speaker == null ? null : readSpan(value.speaker, text, `${where}.speaker`);
  const cue = value.cue == null ? null : readSpan(value.cue, text, `${where}.cue`);
  const reference = value.speaker_reference;
  if (reference !== undefined && reference !== null && typeof reference !== 'string') {
    throw new GoldError(`${where}.speaker_reference must be a string, got ${JSON.stringify(reference)}`);
  }
  return {
    quote,
    type: type as QuoteKind,
    speaker,
    cue,
    ...(typeof value.relation === 'string' ? { relation: value.relation } : {}),
    ...(typeof reference === 'string' ? { speaker_reference: reference } : {}),
  };
}

function readDocument(value: unknown): GoldDocument {
  if (!isObject(value)) throw new GoldError('a document must be a JSON object');
  const { id, text, quotes } = value;
  if (typeof text !== 'string') throw new GoldError('`text` must be a string');
  if (typeof id !== 'string' && typeof id !== 'number') throw new GoldError('`id` must be a string or a number');
  if (!Array.isArray(quotes)) throw new GoldError('`quotes` must be an array');
  return {
    id: String(id),
    text,
    quotes: quotes.map((q: unknown, i: number) => readQuote(q, text, `quotes[${i}]`)),
  };
}

/**
 * Reads one gold document from one JSON line.
 *
 * @param line - One line of a gold JSONL file.
 * @param lineNumber - Its 1-based line number, for the error message.
 * @returns The document.
 * @throws Error `line N: ...` when the line is not a valid gold document.
 *
 * @example
 * ```ts
 * parseGoldLine('{"id":"a","text":"Hi.","quotes":[]}', 1); //=> { id: 'a', text: 'Hi.', quotes: [] }
 * ```
 */
export function parseGoldLine(line: string, lineNumber: number): GoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return readDocument(value);
  } catch (error) {
    if (error instanceof GoldError) throw new Error(`line ${lineNumber}: ${error.message}`);
    throw error;
  }
}

/**
 * Parses a gold JSONL file: one document per line (see `docs/evaluation.md`).
 * Blank lines are skipped; offsets and span texts are checked against the text.
 *
 * @param text - The content of a gold JSONL file.
 * @returns The gold documents, in file order.
 * @throws Error naming the 1-based line number when a line is malformed.
 *
 * @example
 * ```ts
 * import { parseGoldJsonl } from 'saidwho';
 *
 * const gold = parseGoldJsonl(
 *   '{"id":"1","text":"Smith said no.","quotes":[{"quote":{"start":11,"end":13,"text":"no"},' +
 *     '"type":"indirect","speaker":{"start":0,"end":5,"text":"Smith"},"cue":{"start":6,"end":10,"text":"said"}}]}\n',
 * );
 * gold[0].quotes[0].speaker?.text; //=> 'Smith'
 * ```
 */
export function parseGoldJsonl(text: string): GoldDocument[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const docs: GoldDocument[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    docs.push(parseGoldLine(line, i + 1));
  });
  return docs;
}
