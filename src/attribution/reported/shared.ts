/**
 * What the reported-speech rules share: the context they read, clause tests,
 * where content ends, and how candidates are built. Families of their own:
 * the content's end in `content-end.ts`, its cut before a later attribution
 * in `next-attribution.ts`, the overlap indexes in `span-index.ts`.
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { CueCategory } from '../../types.js';
import type { QuotedStretch } from '../../marks/scan.js';
import type { Candidate, CueMatch, Mention, Range } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, lowerBound, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { coordinatedCueSpeaker, quoterOf, sentenceSubject, sharedAcrossTime, sharedSubject, speakerBefore, subordinateGerundSubject } from '../../speakers/phrase.js';
import { ADJUNCT_END_TIME_NOUNS, DAY_OR_MONTH, TIME_WORDS } from '../../data/time.js';
import { CURRENCY_SIGNS } from '../../data/function-words.js';
import { FRAMING_OPENERS, HAS_CONTRACTION_SUBJECTS, PASSIVE_COMPLEMENT_WORDS, LINKING_ADVERBS, MISREAD_VERB_DETERMINERS, MISREAD_VERB_PREPOSITIONS, NOUNS_IN_ED, QUANTIFIER_SUBJECTS, MAIN_CLAUSE_SUBORDINATORS, PASSIVE_BE_FORMS } from '../../data/clauses.js';
import { LISTENER_VERBS } from '../../data/cues.js';
import { DASHES } from '../../data/marks.js';
import { kindOfHead } from '../../speakers/kinds.js';

export { TIME_WORDS };
import { oneSpeaker } from '../direct.js';
import { viewSlice, viewChar, type View } from '../../prepare/view.js';

/** Sentence-final punctuation. */
export const END = new Set(['.', '!', '?', '\u2026']);
/** Cues that report a question: their content may start with if, whether or a wh-word (`data/clauses.ts`). */
export { WH_WORDS } from '../../data/clauses.js';
/** Parts of speech inside a noun phrase. */
export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ', 'ADP', 'CCONJ']);

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
}

/** Opening offset of a stretch (for binary search). */
export const openOf = (s: QuotedStretch): number => s.open;
/** Where a stretch's quoted words start, right after its opening mark (the key stretches are sorted by too). */
export const contentStartOf = (s: QuotedStretch): number => s.contentStart;
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
 * whose son said ...", nor "Lee, whose aides say ...").
 */
export function restrictiveWhoseAt(doc: Doc, whose: number, from: number): boolean {
  if (tokenAt(doc, whose).lower !== 'whose' || tokenAt(doc, whose - 1).value === ',') return false;
  for (let k = from; k < whose; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || tokenAt(doc, k).value === ',') return false;
  return true;
}

/** True when a clause with a gerund subject starts at `p`: "legalizing it could put thousands to work". */
export function gerundClause(doc: Doc, p: number, limit: number): boolean {
  const t = maybeToken(doc, p);
  if (!t || t.pos !== 'VERB' || !/ing$/.test(t.lower)) return false;
  const next = maybeToken(doc, p + 1);
  return next !== undefined && /^(DET|PRON|NOUN|PROPN|ADJ|NUM|ADP)$/.test(next.pos) && clauseStartsAt(doc, p + 1, limit);
}

/** True when a clause (a subject and a finite verb) starts at `p`. */
export function clauseStartsAt(doc: Doc, p: number, limit: number): boolean {
  const first = maybeToken(doc, p);
  // a capitalised word inside a sentence that the tagger read as a verb is a name: "The Times said Cook provided ..."
  const name = first !== undefined && first.pos === 'VERB' && /^[A-Z][a-z]/.test(first.value) && tokenAt(doc, p - 1).sent === first.sent;
  // a "verb" in -s right before an auxiliary is a plural noun the tagger misread: "asked how ties would fare"
  const plural = first !== undefined && misreadPluralAt(doc, p);
  // "said $5 million was being sent": a currency sign before its number opens an amount
  const amount = first !== undefined && CURRENCY_SIGNS.has(first.value) && tokenAt(doc, p + 1).pos === 'NUM' && tokenAt(doc, p + 1).start === first.end;
  if (!first || (!SUBJECT_START.has(first.pos) && !name && !plural && !amount) || first.lower === 'to' || first.pos === 'CCONJ') return false;
  let sawSubject = false;
  for (let q = p; q < Math.min(limit, p + 25); q++) {
    const t = tokenAt(doc, q);
    // "each year of study yields a bump": a noun in -s after the subject and before a determiner is a verb the tagger misread
    if (sawSubject && q > p + 1 && misreadVerbAt(doc, q)) return true;
    // "said the family deserved better": a noun in -ed right after the subject's noun is a past tense the tagger misread
    if (sawSubject && q > p + 1 && misreadPastAt(doc, q)) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || ((t.pos === 'ADJ' || t.pos === 'DET') && q === p) || (name && q === p) || (q === p && QUANTIFIER_SUBJECTS.has(t.lower))) sawSubject = true;
    // "the politics surrounding ...": a participle with words after it in its own sentence (never the next paragraph's)
    else if (t.pos === 'VERB' && sawSubject && /ing$/.test(t.lower) && tokenAt(doc, q + 1).sent === t.sent && tokenAt(doc, q + 1).pos !== 'PUNCT') continue;
    // a "verb" right after a determiner is a noun the tagger misread: "responsibility for the attacks"
    else if (t.pos === 'VERB' && q > p && tokenAt(doc, q - 1).pos === 'DET') sawSubject = true;
    else if (plural && q === p) sawSubject = true;
    else if ((t.pos === 'AUX' || t.pos === 'VERB') && sawSubject) return true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // "the plan that he backed will fail": a relative clause after the subject's noun, then the main verb
    if (t.lower === 'that' && q > p && sawSubject && tokenAt(doc, q - 1).pos === 'NOUN' && relativeInSubject(doc, q, limit)) return true;
    // "that" opens a clause of its own, unless it is a determiner: "his vote for that plan is ..."
    if (END.has(t.value) || t.value === ';' || t.value === ':' || (t.lower === 'that' && q > p && !(t.pos === 'DET' && /^(NOUN|ADJ)$/.test(tokenAt(doc, q + 1).pos)))) return false;
  }
  return false;
}

/**
 * True when the noun in -s at `q`, right after a noun, is a present-tense verb
 * the tagger misread: before a determiner ("each year of study yields a
 * bump") or before a preposition and a determiner or a name ("the movement
 * appeals to the young"). So is a lower-case past form in -ed
 * ({@link misreadPastAt}) after a noun and before a determiner ("his side
 * deserved a point").
 */
function misreadVerbAt(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  if (misreadPastAt(doc, q) && /^\p{Ll}+$/u.test(t.value) && tokenAt(doc, q - 1).pos === 'NOUN' && MISREAD_VERB_DETERMINERS.has(tokenAt(doc, q + 1).lower)) return true;
  if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.lower) || tokenAt(doc, q - 1).pos !== 'NOUN') return false;
  const next = tokenAt(doc, q + 1);
  if (MISREAD_VERB_DETERMINERS.has(next.lower)) return true;
  return MISREAD_VERB_PREPOSITIONS.has(next.lower) && (MISREAD_VERB_DETERMINERS.has(tokenAt(doc, q + 2).lower) || tokenAt(doc, q + 2).pos === 'PROPN');
}

/**
 * True when the "verb" in -s at `p`, in lower case, stands right before an
 * auxiliary or a modal: no finite verb does, so it is a plural noun the
 * tagger misread, the subject of the clause ("asked how ties would fare",
 * "said cuts are coming").
 */
function misreadPluralAt(doc: Doc, p: number): boolean {
  const t = tokenAt(doc, p);
  return t.pos === 'VERB' && /^[a-z]+[^s']s$/.test(t.value) && tokenAt(doc, p + 1).pos === 'AUX' && tokenAt(doc, p + 1).sent === t.sent;
}

/**
 * True when the noun in -ed at `q`, right after a noun or a name, is a
 * regular past tense the tagger misread ("said the Ames family deserved
 * better"): a word of six letters or more in -ed but not in -eed, and no
 * noun that merely ends so ("hundred").
 */
function misreadPastAt(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  if (t.pos !== 'NOUN' || t.lower.length < 6 || !/[a-z][^e]ed$/.test(t.lower) || NOUNS_IN_ED.has(t.lower)) return false;
  const before = tokenAt(doc, q - 1).pos;
  return before === 'NOUN' || before === 'PROPN';
}

/**
 * True when the "that" at `k`, tagged a determiner, stands before a plural
 * noun and its finite verb: a determiner "that" takes no plural, so it opens a
 * clause, unless another verb follows a main verb right away (a relative
 * clause inside a subject) ("wrote on his page that migrants should go home", "told a town hall
 * in Dover, Delaware, that towns can pass such laws").
 */
export function thatBeforePluralClause(doc: Doc, k: number): boolean {
  const noun = tokenAt(doc, k + 1);
  const verb = tokenAt(doc, k + 2);
  // (a main verb right before another verb is a relative clause's: "the rules that towns passed were unfair")
  const after = tokenAt(doc, k + 3);
  return tokenAt(doc, k).lower === 'that' && noun.pos === 'NOUN' && /[^s]s$/.test(noun.lower) && noun.lemma !== noun.lower && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower) && after.pos !== 'AUX' && after.pos !== 'VERB'));
}

/**
 * True when the "that" at `k` opens a relative clause inside a subject that
 * goes on to its main verb: "the levy that the council passed also hurts",
 * "the files that were lost held".
 */
export function relativeInSubject(doc: Doc, k: number, limit: number): boolean {
  // (a time word before "that" ends an adjunct, and the "that" opens the reported clause: "said on Tuesday that ...")
  const before = tokenAt(doc, k - 1);
  return k > 0 && before.pos === 'NOUN' && !TIME_WORDS.has(before.lower) && !ADJUNCT_END_TIME_NOUNS.has(before.lower) && verbAfterRelative(doc, k + 1, limit);
}

/** How far a relative clause inside a subject is read for the main verb after it, in tokens. */
const MAX_RELATIVE = 30;

/**
 * True when, from `from` (right after a relative "that"), the relative clause
 * and then the main verb follow before any punctuation. A relative clause
 * without a subject of its own ("that were hacked suggested", "that used to
 * be a tackle now draws") may have an object before the main verb; one with a
 * subject ("that Ada decries also makes") lacks its object, so the main verb
 * comes right after its verb group. One verb group alone is a noun phrase ("a
 * plan that would cut taxes"), and a full clause after the subject is a "that"
 * clause ("last week that she would run"). An -ing form opens no group.
 */
function verbAfterRelative(doc: Doc, from: number, limit: number): boolean {
  const isVerb = (q: number): boolean => {
    const t = tokenAt(doc, q);
    return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !/^\p{Lu}/u.test(t.value) && tokenAt(doc, q - 1).pos !== 'DET') || misreadVerbAt(doc, q);
  };
  const stops = (q: number): boolean => {
    const t = tokenAt(doc, q);
    return END.has(t.value) || /^[,;:()\u2014\u2013]$/.test(t.value) || t.value === '--' || isMarkToken(t.value);
  };
  const end = Math.min(limit, from + MAX_RELATIVE);
  const inGroup = (q: number): boolean => isVerb(q) || /^(ADV|PART)$/.test(tokenAt(doc, q).pos) || (tokenAt(doc, q).pos === 'VERB' && !/^\p{Lu}/u.test(tokenAt(doc, q).value));
  let q = from;
  const gap = q < end && isVerb(q);
  // the relative clause's subject, when it has one
  while (q < end && !gap && !isVerb(q)) {
    if (stops(q)) return false;
    q++;
  }
  if (q >= end) return false;
  // its verb group; a finite verb right after a verb opens the next ("the files that were lost held ...")
  // (adverbs between: "the levy that the council passed also hurts")
  const groupStart = q;
  const afterVerb = (k: number): boolean => {
    let j = k - 1;
    while (j > groupStart && tokenAt(doc, j).pos === 'ADV') j--;
    return tokenAt(doc, j).pos === 'VERB';
  };
  while (q < end && inGroup(q) && !(q > groupStart && isVerb(q) && /^(VERB|AUX)$/.test(tokenAt(doc, q).pos) && afterVerb(q))) q++;
  if (!gap) {
    // the object is the gap: the main verb follows at once ("that Ada decries also makes")
    while (q < end && tokenAt(doc, q).pos === 'ADV') q++;
    return q < end && isVerb(q);
  }
  for (; q < end; q++) {
    if (stops(q)) return false;
    if (isVerb(q)) return true;
  }
  return false;
}

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

/** The cue of a speaker label: its colon at token `colon`, a speech cue. */
export function colonCue(colon: number): CueMatch {
  return { first: colon, last: colon + 1, head: colon, lemma: ':', category: 'speech', negated: false, form: 'verb' };
}

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
    if (ctx.quoted[k] || !/^(and|but|or)$/.test(tokenAt(doc, k).lower)) continue;
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
  return { first, last, start, end, kind: 'description', titles: [], name: viewSlice(doc.view, start, end) };
}

/** A reported-speech candidate in the cue's paragraph. */
export function candidate(ctx: ReportedContext, parts: Range[], cue: CueMatch, speaker: Mention | null, rule: string, confidence: number): Candidate {
  const para = tokenAt(ctx.doc, cue.head).para;
  return { kind: 'indirect', parts: withoutStrayBracket(ctx.doc.view, parts), cue, speaker, via: null, from: null, confidence, rule, para, stretches: [], keep: true };
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
  return [...parts.slice(0, -1), { ...last, end }];
}

/**
 * "While Ramos said that X, he appears ...", "in which voters say X, even allies
 * questioned ...": a cue inside a subordinate clause reports only up to the comma
 * where the main clause begins.
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
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k] && clauseStartsAt(doc, k + 1, end)) return k;
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

/** How many tokens a dateline before its agency's closing parenthesis may have. */
const MAX_DATELINE = 8;

/** How many tokens a dateline's agency may have between its parentheses: "(Wire)", "(Thomson Reuters Foundation)". */
const MAX_AGENCY = 3;

/**
 * True when `start` opens the first sentence of its paragraph and a "(" follows
 * within a dateline's length, after tokens that are all in capitals or names
 * (or a day's number): `DENVER (Wire) - ...`, `Lima (Wire) - ...`,
 * `PARIS, May 3 (Wire) - ...`.
 */
function startsDateline(doc: Doc, start: number): boolean {
  const first = tokenAt(doc, start);
  if (doc.sentences[first.sent]!.first !== start || doc.paragraphs[first.para]!.first !== start) return false;
  for (let k = start; k < Math.min(tokenCount(doc), start + MAX_DATELINE); k++) {
    const t = tokenAt(doc, k);
    if (t.value === '(') return k > start;
    // (a month, whatever its tag, and its day: "PARIS, May 3 (Wire) - ...")
    const date = /^\d{1,2}$/.test(t.value) || (/^\p{Lu}/u.test(t.value) && DAY_OR_MONTH.has(t.lower));
    if (t.pos !== 'PROPN' && !(/\p{Lu}/u.test(t.value) && t.value === t.value.toUpperCase()) && t.value !== ',' && !date) return false;
  }
  return false;
}

/**
 * Where reported content before a cue starts once the narrator's framing is left
 * out: a dateline (`LOS ANGELES, Feb. 2 (UPI) — ...`, `Lima (Wire) - ...`), a
 * linking adverb and its comma (`Still, ...`, `Even so, ...`), or a fronted
 * phrase and its comma (`After that fiasco, the plan is dead, Smith said`,
 * `Emerging from the meeting, ...`), when a clause starts after that comma.
 * `openers` are the words that open such a phrase (default
 * FRAMING_OPENERS); `participles` also lets a participle open it.
 */
export function skipFraming(ctx: ReportedContext, start: number, comma: number, openers: ReadonlySet<string> = FRAMING_OPENERS, participles = true): number {
  const { doc } = ctx;
  const first = tokenAt(doc, start);
  // a dateline: capitals at the sentence start, then a dash
  if (/^[A-Z]{2,}/.test(first.value) && first.value === first.value.toUpperCase()) {
    for (let k = start + 1; k < Math.min(comma, start + 16); k++) {
      if (/^(\u2014|\u2013|--)$/.test(tokenAt(doc, k).value)) return k + 1 < comma ? k + 1 : start;
    }
  }
  // a dateline with its agency and a spaced hyphen: "DENVER (Wire) - ...", at the start of a paragraph,
  // after words in capitals or names only ("The plan (a draft) - not final - is dead" has none)
  if (startsDateline(doc, start)) {
    // (the agency's name after the "(" may take up to MAX_AGENCY tokens of its own)
    for (let k = start + 1; k < Math.min(comma - 2, start + MAX_DATELINE + MAX_AGENCY); k++) {
      if (tokenAt(doc, k).value === ')' && DASHES.has(tokenAt(doc, k + 1).value)) return k + 2;
    }
  }
  let p = start;
  if (tokenAt(doc, p).pos === 'CCONJ') p++;
  // a linking adverb and its comma: "Still, ...", "Even so, ...", "(And) Oddly, ..."
  const linked = skipLinkingWord(doc, p, comma);
  if (linked > p) return linked;
  if (tokenAt(doc, p).lower === 'even' && tokenAt(doc, p + 1).lower === 'so' && tokenAt(doc, p + 2).value === ',' && p + 3 < comma) return p + 3;
  const opener = tokenAt(doc, p);
  if (!openers.has(opener.lower) && !(participles && opener.pos === 'VERB' && /ing$/.test(opener.lower))) return start;
  // only the first comma: a later one may stand inside a list ("Gardner in Colorado, Ernst in Iowa and ...")
  for (let k = p + 1; k < Math.min(comma - 2, p + MAX_LOOK); k++) {
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k]) return clauseStartsAt(doc, k + 1, comma) ? k + 1 : start;
  }
  return start;
}

/** True for a comma, or a closing quotation mark right after a comma, `?` or `!` (`"...," said X`). */
export function isCommaBoundary(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (!t) return false;
  if (t.value === ',') return true;
  if (!isMarkToken(t.value)) return false;
  // a closing mark, or the two apostrophes of a '' mark, right after the comma
  let j = k - 1;
  if (maybeToken(doc, j) && isMarkToken(tokenAt(doc, j).value) && tokenAt(doc, j).end === tokenAt(doc, j + 1).start) j--;
  return /^[,?!]$/.test(tokenAt(doc, j).value) && tokenAt(doc, j).end === tokenAt(doc, j + 1).start;
}

/**
 * The subject of a cue that comes before its content: the phrase before it, or
 * for a participle after a comma the subject it shares with the sentence
 * ("Ada Moss spoke about X, arguing that ...").
 */
export function cueSubject(doc: Doc, cue: CueMatch, sentence: Segment): Mention | null {
  // '... "New York values," saying ...': a closing mark after a comma is a comma too
  if (isIngCue(doc, cue) && isMarkToken(tokenAt(doc, cue.first - 1).value) && isCommaBoundary(doc, cue.first - 1)) {
    return sentenceSubject(doc, sentence.first, cue.first - 1);
  }
  // after a dash, the phrase before an aside unless it names no one: "Lee - who backs the plan - calling", but
  // "Lee struggles with one task - bragging - conceding that ...": the task is an object, the clause's subject speaks
  if (DASHES.has(tokenAt(doc, cue.first - 1).value) && isIngCue(doc, cue)) {
    const before = speakerBefore(doc, cue.first, sentence.first);
    const object = before?.kind === 'description' && kindOfHead(tokenAt(doc, before.head ?? before.last - 1).lower) === 'unknown';
    if (before && !object) return before;
    return sharedSubject(doc, cue.first, cue.head) ?? before;
  }
  const participle = tokenAt(doc, cue.first - 1).value === ',' && isIngCue(doc, cue);
  return participle
    ? sharedSubject(doc, cue.first, cue.head) ?? speakerBefore(doc, cue.first, sentence.first)
    : speakerBefore(doc, cue.first, sentence.first) ?? subordinateGerundSubject(doc, cue.first, cue.head) ?? sharedSubject(doc, cue.first, cue.head) ?? oneSubject(doc, cue, sentence) ?? sharedAcrossTime(doc, cue.first, cue.head) ?? coordinatedCueSpeaker(doc, cue.first, cue.head) ?? quoterOf(doc, cue.first, cue.head);
}

/** "Another said he hoped ...", "Yet another said ...", "..., and another said ...": "one" or "another" opening a clause before the cue. */
function oneSubject(doc: Doc, cue: CueMatch, sentence: Segment): Mention | null {
  const k = cue.first - 1;
  if (k < sentence.first || (k > sentence.first && !/^(yet|and|but|while|whereas|,|;)$/.test(tokenAt(doc, k - 1).lower))) return null;
  return oneSpeaker(doc, k);
}

/** True when a cue without a subject may still stand: at the sentence start, or after a comma, "and" or "but". */
export function subjectlessCue(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  if (cue.first === sentence.first || /^(,|and|but)$/.test(tokenAt(doc, cue.first - 1).lower) || (isIngCue(doc, cue) && isCommaBoundary(doc, cue.first - 1))) return true;
  // "When asked about the deficit, ...", "..., he said when asked whether ..."
  return cue.lemma === 'ask' && cue.first === cue.head && /^(when|if|once|after)$/.test(tokenAt(doc, cue.first - 1).lower);
}

/** True for a passive cue: "was announced", "has been denied" (its object is not what was said). */
export function passiveCue(doc: Doc, cue: CueMatch): boolean {
  // "are saying", "was telling": a progressive is active
  if (isIngCue(doc, cue)) return false;
  // "was quoted as saying": the passive is the quoting, the cue speaks
  for (let k = cue.first; k < cue.head; k++) if (tokenAt(doc, k).lower === 'as') return false;
  // "are beginning to see": only the head's own verb group after "to" can make it passive ("is expected to be named")
  let from = cue.first;
  for (let k = cue.first; k < cue.head; k++) if (tokenAt(doc, k).lower === 'to') from = k + 1;
  for (let k = from; k < cue.head; k++) if (PASSIVE_BE_FORMS.has(tokenAt(doc, k).lower) && !contractedHas(doc, cue, k)) return true;
  return false;
}

/**
 * True when the "'s" at `k` stands for "has": after "he", "she" or "who",
 * before a cue that takes no listener and is not followed by "to", "by" or
 * "as" ("he's said he will run", "who's argued for years that"; not "he's said
 * to be ill", "she's told that ...", "it's called ...").
 */
function contractedHas(doc: Doc, cue: CueMatch, k: number): boolean {
  const aux = tokenAt(doc, k);
  if (aux.lower !== "'s" && aux.lower !== '’s') return false;
  const subject = tokenAt(doc, k - 1);
  if (subject.sent !== aux.sent || !HAS_CONTRACTION_SUBJECTS.has(subject.lower) || LISTENER_VERBS.has(cue.lemma)) return false;
  return !PASSIVE_COMPLEMENT_WORDS.has(tokenAt(doc, cue.last).lower);
}

/** True when a cue that a direct quotation already uses stands between tokens `from` and `end`. */
export function holdsAttributedQuote(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = lowerBound(ctx.cues, from + 1, headOf); k < ctx.cues.length && ctx.cues[k]!.head < end; k++) if (ctx.used.has(ctx.cues[k]!)) return true;
  return false;
}

/**
 * Where content that opens its sentence starts once a linking word is left
 * out: a conjunction (`But the vote was close, according to ...`) or a linking
 * adverb and its comma (`Still, ...`, `In fact, ...`), which link the narrator's
 * sentences rather than belong to what the source said.
 */
export function skipLinkingWord(doc: Doc, start: number, end: number): number {
  const t = tokenAt(doc, start);
  if (/^(but|and|yet)$/.test(t.lower) && t.pos === 'CCONJ' && start + 2 < end) return tokenAt(doc, start + 1).value === ',' ? start + 2 : start + 1;
  const comma = LINKING_ADVERBS.has(t.lower) ? start + 1 : t.lower === 'in' && tokenAt(doc, start + 1).lower === 'fact' ? start + 2 : -1;
  return comma > 0 && comma + 1 < end && tokenAt(doc, comma).value === ',' ? comma + 1 : start;
}

/** True when token `k` is a dash: a dash mark, or a hyphen with a space before it ("Mar-a-Lago" holds none). */
export function spacedDash(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  if (!DASHES.has(t.value)) return false;
  return t.value !== '-' || /\s/.test(viewChar(ctx.doc.view, t.start - 1) ?? '');
}
