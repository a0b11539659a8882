/**
 * Reading the gold JSONL format.
 */
import type { QuoteKind, Span } from '../types.js';
import type { GoldDocument, GoldQuote, GoldSpan } from './types.js';
import { describeValue, typeFailure } from '../validate.js';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

/** A problem in a gold document, with the path of the field (`quotes[0].quote`). */
class GoldError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function bad(where: string, expected: string, got: unknown): never {
  throw new GoldError(`\`${where}\` must be ${expected}, got ${describeValue(got)}`);
}

/** Reads a span and checks it against the text: integers, in order, inside the text, not empty, text matching. */
function readSpan(value: unknown, text: string, where: string): Span {
  if (!isObject(value)) bad(where, 'an object {start, end, text}', value);
  const { start, end } = value;
  if (!Number.isInteger(start)) bad(`${where}.start`, 'an integer', start);
  if (!Number.isInteger(end)) bad(`${where}.end`, 'an integer', end);
  const s = start as number;
  const e = end as number;
  if (s < 0) bad(`${where}.start`, 'at least 0', s);
  if (e > text.length) bad(`${where}.end`, `at most the text length ${text.length}`, e);
  if (s > e) throw new GoldError(`\`${where}\` starts after it ends (start ${s}, end ${e})`);
  if (s === e) throw new GoldError(`\`${where}\` is empty (start = end = ${s}); leave out a span that marks nothing`);
  const actual = text.slice(s, e);
  if (value.text !== undefined && value.text !== actual) {
    throw new GoldError(
      `\`${where}.text\` ${JSON.stringify(value.text)} does not equal text.slice(${s}, ${e}) = ${JSON.stringify(actual)}`,
    );
  }
  return { start: s, end: e, text: actual };
}

function readQuote(value: unknown, text: string, where: string): GoldQuote {
  if (!isObject(value)) bad(where, 'an object', value);
  const span = readSpan(value.quote, text, `${where}.quote`);
  let quote: GoldSpan = span;
  const rawFragments = isObject(value.quote) ? value.quote.fragments : undefined;
  if (rawFragments !== undefined && rawFragments !== null) {
    const path = `${where}.quote.fragments`;
    if (!Array.isArray(rawFragments)) bad(path, 'an array of spans', rawFragments);
    if (rawFragments.length === 0) throw new GoldError(`\`${path}\` is empty; leave it out for a quote in one piece`);
    const fragments: Span[] = [];
    for (let i = 0; i < rawFragments.length; i++) {
      if (!(i in rawFragments)) bad(`${path}[${i}]`, 'a span', undefined);
      const f = readSpan(rawFragments[i], text, `${path}[${i}]`);
      if (f.start < span.start || f.end > span.end) {
        throw new GoldError(`\`${path}[${i}]\` [${f.start}, ${f.end}) lies outside the quote [${span.start}, ${span.end})`);
      }
      fragments.push(f);
    }
    quote = { ...span, fragments: fragments.sort((a, b) => a.start - b.start) };
  }
  const type = value.type;
  if (typeof type !== 'string' || !KINDS.includes(type as QuoteKind)) {
    bad(`${where}.type`, `one of ${KINDS.map((k) => `'${k}'`).join(', ')}`, type);
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

/** Reads one gold document; `where` prefixes field names in messages (`gold[2].`). */
function readDocument(value: unknown, where = ''): GoldDocument {
  if (!isObject(value)) {
    if (where === '') throw new GoldError(`a document must be a JSON object, got ${describeValue(value)}`);
    bad(where.slice(0, -1), 'a gold document {id, text, quotes}', value);
  }
  const { id, text, quotes } = value;
  if (typeof text !== 'string') bad(`${where}text`, 'a string', text);
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) bad(`${where}id`, 'a string or a number', id);
  if (!Array.isArray(quotes)) bad(`${where}quotes`, 'an array', quotes);
  const read: GoldQuote[] = [];
  for (let i = 0; i < quotes.length; i++) {
    if (!(i in quotes)) bad(`${where}quotes[${i}]`, 'an object', undefined);
    read.push(readQuote(quotes[i], text, `${where}quotes[${i}]`));
  }
  return { id: String(id), text, quotes: read };
}

/**
 * Checks gold documents given to the API (`evaluate`, `scoreDocuments`) as
 * the JSONL reader checks lines, and returns them read.
 * @param value - The value received.
 * @param what - Its name in messages: `gold[2]`.
 * @throws TypeError naming the field, the expectation and the value received.
 * @internal
 */
export function checkGoldDocument(value: unknown, what: string): GoldDocument {
  try {
    return readDocument(value, `${what}.`);
  } catch (error) {
    if (error instanceof GoldError) throw new TypeError(`saidwho: ${error.message}`);
    throw error;
  }
}

/** A gold parse error with the 1-based line number it happened on. */
function lineError(lineNumber: number, message: string): Error & { readonly line: number } {
  return Object.assign(new Error(`line ${lineNumber}: ${message}`), { line: lineNumber });
}

/**
 * Reads one gold document from one JSON line.
 *
 * @param line - One line of a gold JSONL file.
 * @param lineNumber - Its 1-based line number, for the error message.
 * @returns The document.
 * @throws Error `line N: ...` when the line is not a valid gold document; the
 *   error's `line` property holds N.
 * @throws TypeError when `line` is not a string or `lineNumber` not a whole number from 1.
 *
 * @example
 * ```ts
 * parseGoldLine('{"id":"a","text":"Hi.","quotes":[]}', 1); //=> { id: 'a', text: 'Hi.', quotes: [] }
 * ```
 */
export function parseGoldLine(line: string, lineNumber: number): GoldDocument {
  if (typeof line !== 'string') typeFailure('`line`', 'a string', line);
  if (!Number.isInteger(lineNumber) || lineNumber < 1) typeFailure('`lineNumber`', 'a whole number from 1', lineNumber);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw lineError(lineNumber, `not valid JSON (${(error as Error).message})`);
  }
  try {
    return readDocument(value);
  } catch (error) {
    if (error instanceof GoldError) throw lineError(lineNumber, error.message);
    throw error;
  }
}

/**
 * Parses a gold JSONL file: one document per line (see `docs/evaluation.md`).
 * Lines may end in `\n`, `\r\n` or a lone `\r`; blank lines are skipped.
 * Offsets and span texts are checked against the text: every span lies
 * inside the text, starts before it ends and is not empty; fragments lie
 * inside their quote.
 *
 * @param text - The content of a gold JSONL file.
 * @returns The gold documents, in file order.
 * @throws Error `line N: ...` when a line is malformed; the error's `line`
 *   property holds N (1-based), as in `catch (e) { e.line }`.
 * @throws TypeError when `text` is not a string.
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
  if (typeof text !== 'string') typeFailure('`text`', 'a string (the content of a gold JSONL file)', text);
  // lines end in \n, \r\n or a lone \r
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const docs: GoldDocument[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    docs.push(parseGoldLine(line, i + 1));
  });
  return docs;
}
