/**
 * What the reported-speech rules share: the context they read, clause tests,
 * where content ends, and how candidates are built. Families of their own:
 * the content's end in `content-end.ts`, its cut before a later attribution
 * in `next-attribution.ts`, the overlap indexes in `span-index.ts`, whether a
 * clause starts in `clause-start.ts`, the narrator's framing in `framing.ts`,
 * a cue's subject in `cue-subject.ts`.
 * @internal
 */
import { shapedMention } from '../../speakers/shape.js';
import type { Doc, Segment, Token } from '../../prepare/document.js';
import type { CueCategory } from '../../types.js';
import type { QuotedStretch } from '../../marks/scan.js';
import type { Candidate, CueMatch, Mention, Range } from '../candidate.js';
import { lowerBound, maybeToken, tokenAt, isSpacedDash as isSpacedDashToken } from '../../prepare/lookup.js';
import { DAY_OR_MONTH, TIME_WORDS } from '../../data/time.js';
import { MAIN_CLAUSE_SUBORDINATORS, MODALS } from '../../data/clauses.js';
import { SENTENCE_END } from '../../data/marks.js';
import { viewSlice, viewChar, type View } from '../../prepare/view.js';
import { clauseStartsAt } from './clause-start.js';
import { placeComma } from './boundary/place-comma.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';
import { CLAUSE_COORDINATORS } from '../../data/function-words.js';
import { whoseChain } from '../../speakers/find/whose-clause.js';

export { TIME_WORDS };

/** Sentence-final punctuation. */
export const END = SENTENCE_END;
/** Cues that report a question: their content may start with if, whether or a wh-word (`data/clauses.ts`). */
export { WH_WORDS } from '../../data/clauses.js';
/** Parts of speech inside a noun phrase. */
export const NP_POS: ReadonlySet<string> = NOUN_PHRASE_TAGS;

/** What the reported-speech finder needs to know about the document. */
export interface ReportedContext {
  readonly doc: Doc;
  readonly cues: readonly CueMatch[];
  /** Cues already used by direct quotations. */
  readonly used: ReadonlySet<CueMatch>;
  /** Outermost quoted stretches. */
  readonly stretches: readonly QuotedStretch[];
  /** 1 for tokens inside an outermost quoted stretch, else 0. */
  readonly quoted: Readonly<Uint8Array>;
  /** The cue categories reported (rules that build their own cues check theirs). */
  readonly categories: ReadonlySet<CueCategory>;
  /** Noun cues the caller removed with their verb (`removeCues: ['claim']` turns "claims" off). */
  readonly removedNouns: ReadonlySet<string>;
}

/** Opening offset of a stretch (for binary search). */
export const openOf = (s: QuotedStretch): number => s.open;
/** Head token of a cue (for binary search). */
export const headOf = (c: CueMatch): number => c.head;

/** True when a cue of this extraction has its head at token `k`. */
export function cueHeadAt(ctx: ReportedContext, k: number): boolean {
  const c = lowerBound(ctx.cues, k, headOf);
  return c < ctx.cues.length && ctx.cues[c]!.head === k;
}

/** The sentence that holds a token. */
export function sentenceOf(doc: Doc, token: number): Segment {
  return doc.sentences[tokenAt(doc, token).sent]!;
}

/**
 * True when the token at `whose` is a "whose" with no comma before it and no
 * verb, auxiliary or comma from `from` up to it: a clause inside its
 * sentence's subject, which leaves the sentence's own verb after it ("The
 * hacker whose prank revealed the leak pleaded guilty"; not "He met a woman
 * whose son said ...", nor "Lee, whose aides say ..."); or one joined by
 * "and" or "or", with no comma, to such a clause before it ("... and whose
 * post denied the report pleaded guilty"). Answers are kept per document.
 */
export function restrictiveWhoseAt(doc: Doc, whose: number, from: number): boolean {
  if (tokenAt(doc, whose).lower !== 'whose' || tokenAt(doc, whose - 1).value === ',') return false;
  let byFrom = RESTRICTIVE_WHOSE.get(doc);
  if (!byFrom) RESTRICTIVE_WHOSE.set(doc, (byFrom = new Map()));
  let memo = byFrom.get(from);
  if (!memo) byFrom.set(from, (memo = new Map()));
  const known = memo.get(whose);
  if (known !== undefined) return known;
  // the first verb, auxiliary or comma from `from` on: a "whose" before it stands inside the subject
  let stop = from;
  while (stop < whose && !/^(VERB|AUX)$/.test(tokenAt(doc, stop).pos) && tokenAt(doc, stop).value !== ',') stop++;
  // a "whose" after it may still be: one joined by "and" or "or", with no comma between, to an earlier "whose"
  // clause inside the subject ("The hacker whose prank revealed the leak and whose post denied the report pleaded
  // guilty"); the chain is walked back to a link that is decided (a comma before it, a known answer, or no verb or
  // comma before it) or to its first link, and every link takes that link's answer
  const decided = (link: number): boolean => tokenAt(doc, link - 1).value === ',' || memo.has(link) || stop >= link;
  const chain = whoseChain(doc, whose, from, decided);
  const last = chain[chain.length - 1]!;
  const answer = tokenAt(doc, last - 1).value !== ',' && (memo.get(last) ?? stop >= last);
  for (const link of chain) memo.set(link, answer);
  return answer;
}

/** {@link restrictiveWhoseAt}'s answers per document, by `from` and by the "whose" token. */
const RESTRICTIVE_WHOSE = new WeakMap<Doc, Map<number, Map<number, boolean>>>();

/**
 * Where the verb group of the verb at `verb` starts: back over auxiliaries,
 * adverbs and particles ("has not yet made"), not before `min`.
 */
export function verbGroupStart(doc: Doc, verb: number, min: number): number {
  let first = verb;
  while (first - 1 >= min && /^(AUX|ADV|PART)$/.test(tokenAt(doc, first - 1).pos)) first--;
  return first;
}

/**
 * `end` without a day or month that ends the content [from, end), and the
 * "on" before it ("made no comment on the vote on Friday"); `end` when the
 * content ends otherwise.
 */
export function endBeforeDay(doc: Doc, from: number, end: number): number {
  if (end - 1 <= from || !DAY_OR_MONTH.has(tokenAt(doc, end - 1).lower)) return end;
  return end - (tokenAt(doc, end - 2).lower === 'on' && end - 2 > from ? 2 : 1);
}

// (the colon cue of a speaker label lives with the cue shape, for the direct stage too)
export { colonCue } from '../../cues/match.js';

/** Where a line's words from `from` end before `end` without the sentence-final marks at its end ("We will win." -> "We will win"). */
export function endBeforeFinalMarks(doc: Doc, from: number, end: number): number {
  while (end > from && /^[.!?]$/.test(tokenAt(doc, end - 1).value)) end--;
  return end;
}

/**
 * The end of a noun-phrase content from `from` to `end`, before "and" /
 * "but" / "or" that opens a clause of its own (`asked for a photo | and Ms.
 * Ruiz agreed`) or joins a verb of the subject's (`ask for one | but do not
 * buy it`, `continued to question the figures | and refused ...`).
 */
export function endBeforeSecondClause(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from + 1; k < end; k++) {
    if (ctx.quoted[k] || !CLAUSE_COORDINATORS.has(tokenAt(doc, k).lower)) continue;
    let v = k + 1;
    if (v < end && tokenAt(doc, v).pos === 'ADV') v++;
    // (an auxiliary or a past tense: a present in -s after "and" may be a noun the tagger misread, "bids and permits")
    if (v < end && (tokenAt(doc, v).pos === 'AUX' || (tokenAt(doc, v).pos === 'VERB' && /ed$/.test(tokenAt(doc, v).lower)))) return k;
    if (clauseStartsAt(doc, k + 1, end + 1)) return k;
  }
  return end;
}

/** The character range of tokens [first, last). */
export function range(doc: Doc, first: number, last: number): Range {
  return { start: tokenAt(doc, first).start, end: tokenAt(doc, last - 1).end };
}

/** A description mention spanning tokens [first, last): "A county survey", "about 6 in 10 older voters". */
export function descriptionMention(doc: Doc, first: number, last: number): Mention {
  const start = tokenAt(doc, first).start;
  const end = tokenAt(doc, last - 1).end;
  return shapedMention({ first, last, start, end, kind: 'description', titles: [], name: viewSlice(doc.view, start, end) });
}

/** A reported-speech candidate in the cue's paragraph. */
export function candidate(ctx: ReportedContext, parts: Range[], cue: CueMatch, speaker: Mention | null, rule: string, confidence: number): Candidate {
  const para = tokenAt(ctx.doc, cue.head).para;
  return { kind: 'indirect', parts: withoutOpenBracket(ctx.doc.view, withoutStrayBracket(ctx.doc.view, parts)), cue, speaker, via: null, from: null, confidence, rule, para, stretches: [], keep: true, relayed: null, signed: false, relayedWords: null };
}

/** Closing brackets and the opening ones they match. */
const BRACKET_PAIRS: ReadonlyMap<string, string> = new Map([[')', '('], [']', '[']]);

/**
 * The parts without a closing bracket at their end that no opening one in
 * them matches: `asked him to ''retire.'')` ends before the `)`, which closes
 * a parenthesis the narrator opened before the content.
 */
function withoutStrayBracket(view: View, parts: Range[]): Range[] {
  const last = parts[parts.length - 1];
  if (!last || last.end - last.start < 2) return parts;
  const open = BRACKET_PAIRS.get(viewChar(view, last.end - 1)!);
  if (open === undefined) return parts;
  const close = viewChar(view, last.end - 1)!;
  let depth = 0;
  for (const part of parts) {
    const shown = viewSlice(view, part.start, part.end);
    for (let i = 0; i < shown.length; i++) depth += shown[i] === open ? 1 : shown[i] === close ? -1 : 0;
  }
  if (depth >= 0) return parts;
  let end = last.end - 1;
  // (brackets are read as they stand: an odd space is none either way)
  while (end > last.start && /\s/.test(viewChar(view, end - 1)!)) end--;
  return [...parts.slice(0, -1), { start: last.start, end }];
}

/** How far back from a report's end {@link withoutOpenBracket} looks for a parenthesis left open (characters). */
const OPEN_BRACKET_REACH = 400;

/**
 * The parts without the tail of their last part from a parenthesis it opens
 * and never closes: `the victims (the actual number, officials say, is
 * unknown) were paid` cut inside the brackets ends before the `(` (the
 * content ends where the narrator's aside begins). Left whole when nothing
 * comes before the bracket.
 */
function withoutOpenBracket(view: View, parts: Range[]): Range[] {
  const last = parts[parts.length - 1];
  if (!last) return parts;
  // only the part's last OPEN_BRACKET_REACH characters are read, so that a sentence of thousands of reports stays
  // linear (each report's content runs to the sentence's end); a bracket opened earlier is left as it is
  const from = Math.max(last.start, last.end - OPEN_BRACKET_REACH);
  const shown = viewSlice(view, from, last.end);
  let open = -1;
  let depth = 0;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (shown[i] === ')' && depth > 0) depth--;
  }
  if (depth === 0 || open < 0) return parts;
  let end = from + open;
  while (end > last.start && /\s/.test(viewChar(view, end - 1)!)) end--;
  if (end <= last.start) return parts;
  return [...parts.slice(0, -1), { start: last.start, end }];
}

/**
 * "While Ramos said that X, he appears ...", "in which voters say X, even allies
 * questioned ...": a cue inside a subordinate clause reports only up to the comma
 * where the main clause begins. The comma inside a town's and state's name is
 * none of those ("When Moss learned that Reyes would speak in Dalton, Ga.,
 * she ...").
 */
export function cutAtMainClause(ctx: ReportedContext, sentence: Segment, cueFirst: number, from: number, end: number): number {
  const { doc } = ctx;
  // a subordinator between the last comma (or the sentence start) and the cue, looking back a bounded way
  let subordinate = false;
  for (let k = cueFirst - 1; k >= Math.max(sentence.first, cueFirst - MAX_LOOK); k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',') break;
    // "those who said X, most ..." ("who" right before the cue; "advisers who ran the numbers argue" is the subject's own clause)
    if (t.lower === 'who' && k !== cueFirst - 1) continue;
    if (MAIN_CLAUSE_SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV')) {
      subordinate = true;
      break;
    }
  }
  if (!subordinate) return end;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_LOOK); k++) {
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k] && clauseStartsAt(doc, k + 1, end) && !placeComma(doc, k)) return k;
  }
  return end;
}

/** How far the clause-boundary checks look, in tokens (keeps long unpunctuated text linear). */
export const MAX_LOOK = 60;

/** Where reported content before a cue starts: the sentence start, after a leading quote's attribution or a colon. */
export function contentStartBefore(doc: Doc, sentence: Segment, end: number): number {
  let s = sentence.first;
  for (let q = end - 1; q > Math.max(sentence.first, end - 4 * MAX_LOOK); q--) {
    const v = tokenAt(doc, q).value;
    // markup ends before the content: <p>The talks, Smith said, ...; > The talks ... (markdown)
    if (v === ':' || v === ';' || v === '>') {
      s = q + 1;
      break;
    }
  }
  return s;
}

/** True when a cue that a direct quotation already uses stands between tokens `from` and `end`. */
export function holdsAttributedQuote(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = lowerBound(ctx.cues, from + 1, headOf); k < ctx.cues.length && ctx.cues[k]!.head < end; k++) if (ctx.used.has(ctx.cues[k]!)) return true;
  return false;
}

/** True when token `k` is a dash: a dash mark, or a hyphen with a space before it ("Mar-a-Lago" holds none). */
export function spacedDash(ctx: ReportedContext, k: number): boolean {
  return isSpacedDash(ctx, tokenAt(ctx.doc, k));
}

/** {@link spacedDash} of a token already read, `t`: a loop that has it need not read it again. */
export function isSpacedDash(ctx: ReportedContext, t: Token): boolean {
  return isSpacedDashToken(ctx.doc, t);
}

/**
 * True when the cue from `first` to its head `head` is a modal's or an
 * infinitive's ("will show", "would advise", "to show"), with the modal in the
 * cue or just before it: a short evidence phrase in the opt-in checks, a
 * later cue that does not cut the content in `next-attribution.ts`.
 */
export function modalCue(doc: Doc, first: number, head: number): boolean {
  for (let k = Math.max(0, first - 1); k < head; k++) {
    const lower = tokenAt(doc, k).lower;
    if (MODALS.has(lower) || lower === 'to') return true;
  }
  return false;
}

/**
 * True when the time word at `p` bears a possessive "'s" written onto it:
 * "yesterday's", "today's" (a clause's subject opens there after a cue or a
 * listener, no time adjunct: "said yesterday's ruling was unfair").
 */
export function timePossessive(doc: Doc, p: number): boolean {
  const next = maybeToken(doc, p + 1);
  return TIME_WORDS.has(tokenAt(doc, p).lower) && next !== undefined && /^['’]s$/.test(next.lower) && next.start === tokenAt(doc, p).end;
}
