/**
 * The internal shapes that the stages pass along: cues, speaker mentions and
 * quotation candidates, all in token and character offsets.
 * @internal
 */
import type { QuoteKind, SpeakerVia } from '../types.js';
import type { CueMatch } from '../cues/match.js';
import type { Mention } from '../speakers/shape.js';
import type { Range } from '../prepare/range.js';
import type { QuotedStretch } from '../marks/scan.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { apostrophePair } from '../prepare/doubled-marks.js';
import { MAX_CLAUSE_SUBJECT, NARRATOR_SUBORDINATORS } from '../data/clauses.js';

// (the cue's shape is the cue stage's, a mention's the speaker finders', a range the prepared text's: every later stage
// reads them from here too)
export type { CueMatch } from '../cues/match.js';
export type { Mention, MentionKind } from '../speakers/shape.js';
export type { Range } from '../prepare/range.js';

/** What a direct-quote rule links a quote to: its cue, its speaker, the rule's name and confidence. */
export interface Attribution {
  cue: CueMatch | null;
  speaker: Mention | null;
  rule: string;
  confidence: number;
  /** The cue of the attribution an outer source reports ("said" in `Lee said, according to the Times`). */
  relayed?: CueMatch;
}

/** A quotation being built. Every field is set when it is made (null or false for none), so that all candidates keep one shape. */
export interface Candidate {
  kind: QuoteKind;
  parts: Range[];
  cue: CueMatch | null;
  speaker: Mention | null;
  /** Set when the speaker comes from another candidate. */
  via: SpeakerVia | null;
  /** The candidate this one took its speaker from (context carry). */
  from: Candidate | null;
  confidence: number;
  rule: string;
  /** Paragraph of the first part. */
  para: number;
  /** The quoted stretches of a direct quote, in order. */
  stretches: QuotedStretch[];
  /** False once a refiner has dropped the candidate. */
  keep: boolean;
  /** The cue of the attribution an outer source reports (see {@link Attribution.relayed}); no other quote takes it. Null when none does. */
  relayed: CueMatch | null;
  /** True when a signature line inside the marks was cut from the last part: the quote's span ends with that part, not at the closing mark. */
  signed: boolean;
  /** The part holding the words of an attribution an outer source relays (`"We won," Lee said, according to ...`); null for none, and once the quote goes on after them. */
  relayedWords: Range | null;
}

/**
 * `a` with `changes` made, as `{ ...a, ...changes }` gives, but made as an object literal with the fields in the
 * order of {@link Attribution} (`relayed` only when there is one), the shape the direct-quote rules build their
 * attributions in: an object made by spreading gets a hidden class of its own, and the code that reads
 * attributions sees one more shape each time such a copy first reaches it.
 */
export function attributionWith(a: Attribution, changes: Partial<Attribution>): Attribution {
  const cue = 'cue' in changes ? changes.cue! : a.cue;
  const speaker = 'speaker' in changes ? changes.speaker! : a.speaker;
  const rule = 'rule' in changes ? changes.rule! : a.rule;
  const confidence = 'confidence' in changes ? changes.confidence! : a.confidence;
  const relayed = 'relayed' in changes ? changes.relayed : a.relayed;
  return relayed === undefined ? { cue, speaker, rule, confidence } : { cue, speaker, rule, confidence, relayed };
}

/**
 * `c` with `changes` made, a new candidate, as `{ ...c, ...changes }` gives, but made as an object literal with
 * every field in the order of {@link Candidate}: V8 gives an object made by spreading a hidden class of its own, and
 * optimised code that reads candidates deoptimises each time such a copy first reaches it (speed round 64).
 */
export function candidateWith(c: Candidate, changes: Partial<Candidate>): Candidate {
  const copy: Candidate = {
    kind: c.kind,
    parts: c.parts,
    cue: c.cue,
    speaker: c.speaker,
    via: c.via,
    from: c.from,
    confidence: c.confidence,
    rule: c.rule,
    para: c.para,
    stretches: c.stretches,
    keep: c.keep,
    relayed: c.relayed,
    signed: c.signed,
    relayedWords: c.relayedWords,
  };
  return Object.assign(copy, changes);
}

/** True when one part of `c` holds the whole character range `[start, end)` (a token's). */
export function partHolds(c: Candidate, start: number, end: number): boolean {
  return c.parts.some((p) => p.start <= start && end <= p.end);
}

/**
 * True when token `k` is free to join the cue of `c`: not in quoted words, not
 * in a part of its content and not in its speaker mention (the cue-widening
 * steps ask this of every token they move the cue over).
 */
export function freeForCue(doc: Doc, c: Candidate, quoted: Readonly<Uint8Array>, k: number): boolean {
  const t = tokenAt(doc, k);
  return !quoted[k] && !partHolds(c, t.start, t.end) && !(c.speaker && c.speaker.first <= k && k < c.speaker.last);
}

/** Start of a candidate (its first part, or its first opening mark). */
export function candidateStart(c: Candidate): number {
  return c.stretches.length > 0 ? Math.min(c.stretches[0]!.open, c.parts[0]!.start) : c.parts[0]!.start;
}

/** End of a candidate (its last part, or its last closing mark unless a signature line stands before that mark). */
export function candidateEnd(c: Candidate): number {
  const last = c.parts[c.parts.length - 1]!.end;
  return c.stretches.length > 0 && !c.signed ? Math.max(c.stretches[c.stretches.length - 1]!.end, last) : last;
}

/**
 * A speech cue made of a verb the lexicon does not list, its head at `head`
 * and its words from `first` (auxiliaries or the speaker's last word before
 * it): a verb that a rule reads as a verb of saying from its context
 * ("compared it to plans that were "doomed"", "confided that ...").
 */
export function outsideVerbCue(doc: Doc, first: number, head: number): CueMatch {
  const t = tokenAt(doc, head);
  return { first, last: head + 1, head, lemma: t.lemma, category: 'speech', negated: t.negated, form: 'verb' };
}

/** Whether the cue's head is an -ing form: a participle (", saying") or a progressive ("are saying"). */
export function isIngCue(doc: Doc, cue: CueMatch): boolean {
  return tokenAt(doc, cue.head).lower.endsWith('ing');
}

/**
 * True when a clause with a verb starts at `k`: a participle ("while leaving
 * the hall") or a subject and its verb ("as the crowd cheered"), with no
 * punctuation before the verb; "before the vote" opens none.
 */
function opensClause(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k - 1).sent;
  for (let q = k; q < tokenCount(doc) && q - k <= MAX_CLAUSE_SUBJECT; q++) {
    const t = tokenAt(doc, q);
    if (t.sent !== sent || t.pos === 'PUNCT' || isMarkToken(t.value)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * True when token `k` opens a subordinate clause of the narrator's after a
 * quotation: a lower-case subordinator before a clause with a verb ('"We will
 * win" as the crowd cheered'; not "before the vote").
 */
export function narratorClauseAt(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.value === t.lower && (t.pos === 'SCONJ' || NARRATOR_SUBORDINATORS.has(t.lower)) && opensClause(doc, k + 1);
}

/**
 * True when token `k` is "and" or "but" and a verb follows it, after any
 * adverbs, before token `limit`: "... and left the hall", "but then vowed": a
 * second verb of the narrator's subject, which ends the words before it.
 */
export function conjoinedVerbAt(doc: Doc, k: number, limit: number): boolean {
  const t = tokenAt(doc, k);
  if (t.lower !== 'and' && t.lower !== 'but') return false;
  let v = k + 1;
  while (v < limit && tokenAt(doc, v).pos === 'ADV') v++;
  return v < limit && tokenAt(doc, v).pos === 'VERB';
}

/**
 * The first token of the closing mark that ends just before token `after`:
 * `after - 1`, or `after - 2` for a mark of two apostrophes (`''`) that the
 * tokenizer splits in two.
 */
export function closingMark(doc: Doc, after: number): number {
  return apostrophePair(maybeToken(doc, after - 2), maybeToken(doc, after - 1)) ? after - 2 : after - 1;
}

/**
 * The token after the quotation mark that starts at token `k`: `k + 1`, or
 * `k + 2` when the mark is two apostrophes (`''`) that the tokenizer splits in
 * two. The forward twin of {@link closingMark}.
 */
export function markEnd(doc: Doc, k: number): number {
  return apostrophePair(maybeToken(doc, k), maybeToken(doc, k + 1)) ? k + 2 : k + 1;
}
