/**
 * Builders for hand-made gold documents and predictions in the metric tests.
 * Spans are given by their text (and which occurrence), so offsets stay right.
 */
import type { GoldDocument, GoldQuote } from '../src/eval/index.js';
import type { Extraction, Quote, QuoteKind, Span } from '../src/types.js';

/** The span of the `nth` (0-based) occurrence of `sub` in `text`. */
export function at(text: string, sub: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(sub, start + 1);
    if (start < 0) throw new Error(`"${sub}" (occurrence ${nth}) not in text`);
  }
  return { start, end: start + sub.length, text: sub };
}

/** A span from offsets. */
export function range(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A gold quote. */
export function gq(type: QuoteKind, quote: Span, speaker: Span | null = null, cue: Span | null = null, fragments?: Span[]): GoldQuote {
  return { quote: fragments ? { ...quote, fragments } : quote, type, speaker, cue };
}

/** A gold document. */
export function gdoc(text: string, quotes: GoldQuote[], id = 'doc'): GoldDocument {
  return { id, text, quotes };
}

/** A predicted quote; `speaker` is a mention span, or `{ id }` for a speaker known from context. */
export function pq(
  kind: QuoteKind,
  parts: Span[],
  options: { speaker?: Span | { id: number } | null; cue?: Span | null; span?: Span; text?: string } = {},
): Quote {
  const first = parts[0] as Span;
  const last = parts[parts.length - 1] as Span;
  const span = options.span ?? (parts.length === 1 ? first : { start: first.start, end: last.end, text: parts.map((p) => p.text).join('') });
  const s = options.speaker ?? null;
  return {
    kind,
    span,
    parts,
    text: parts.map((p) => p.text).join(' '),
    cue: options.cue ? { span: options.cue, lemma: options.cue.text, category: 'speech', negated: false } : null,
    speaker:
      s === null
        ? null
        : 'id' in s
          ? { id: s.id, name: 'someone', mention: null, via: 'context' }
          : { id: 0, name: s.text, mention: s, via: 'name' },
    confidence: 1,
    rule: 'test',
  };
}

/** An extraction; `mentions` are the mentions of speaker 0. */
export function extraction(quotes: Quote[], mentions: Span[] = []): Extraction {
  return {
    quotes,
    speakers: [{ id: 0, name: 'someone', kind: 'person', titles: [], descriptions: [], mentions, quotes: [] }],
  };
}
