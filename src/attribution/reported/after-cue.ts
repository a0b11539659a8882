/**
 * What stands between a cue and the content after it (rule family
 * `reported/cue-*`, {@link skipAfterCue}): a listener ("told reporters"), time
 * and place adjuncts ("on Monday in a statement"), alternatives ("— or
 * hinted —"), and asides set off by dashes or commas ({@link dashAsideEnd},
 * {@link commaAsideEnd}).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { CUE_VERBS, LISTENER_VERBS, ADJUNCT_PREPOSITIONS, PLACE_PREPOSITIONS, UNDER_MANNER_NOUNS } from '../../data/cues.js';
import { MONTH_SET, OCCASION_NOUNS, TIME_OR_MONTH_WORDS, SEASON_WORDS, TIME_LABEL, TIME_NOUN_SET, TIME_OR_SUBJECT_OPENERS } from '../../data/time.js';
import { NP_POS, TIME_WORDS, WH_WORDS, type ReportedContext, spacedDash, timePossessive } from './shared.js';
import { clauseStartsAt, thatBeforePluralClause } from './clause-start.js';
import { listenerRelativeEnd, listenerSplit } from './listener-split.js';
import { CLAUSE_ADVERBS, IRREGULAR_NOUN_PARTICIPLES, POSSESSIVES, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { SAID_PLACE_PREPOSITIONS } from '../../data/places.js';
import { DASHES } from '../../data/marks.js';
import { ARTICLES, COUNT_WORDS, INDEFINITE_ARTICLES, ROUGH_AMOUNT_ADVERBS } from '../../data/function-words.js';

/** Parts of speech after which a noun phrase goes on. */
const INSIDE_PHRASE = new Set(['DET', 'ADJ', 'ADP']);

/** Skips an object, adjuncts and commas after a cue: "told reporters on Monday in a statement". */
export function skipAfterCue(doc: Doc, cue: CueMatch, limit: number): number {
  let p = cue.last;
  if (LISTENER_VERBS.has(cue.lemma) && p < limit) {
    // "told reporters", "told reporters budgets would pass", "told The Associated Press the deal was off" (listener-split.ts)
    const listener = listenerSplit(doc, p, limit);
    if (listener.clause) return listener.end;
    // ("told everyone who would listen that ...": a relative clause on the listener before the reported "that")
    p = listener.end > p ? listenerRelativeEnd(doc, listener.end, limit) : listener.end;
  }
  for (let round = 0; round < 6 && p < limit; round++) {
    const t = tokenAt(doc, p);
    // "reported, even on Friday morning, the council ...", "reported just today, the ...": a time adjunct set off by a comma
    // (only set off on both sides or after "just": "said all week, the phones rang", "said even today, the city
    // struggles" and "said only last year, the firm ..." front the time in the reported clause)
    const setOff = tokenAt(doc, p - 1).value === ',' || t.lower === 'just';
    const timeAside = CLAUSE_ADVERBS.has(t.lower) && setOff ? timeAdjunctEnd(doc, p + 1, limit) : -1;
    if (timeAside > 0) {
      p = timeAside;
      continue;
    }
    // "says, win or lose in Tuesday's vote, she is staying", "said, rain or shine, the fair would open": a set phrase
    // of two alternatives set off by commas
    const alternatives = setOff && t.value !== ',' ? alternativesAsideEnd(doc, p, limit) : -1;
    if (alternatives > 0) {
      p = alternatives;
      continue;
    }
    // "said under his breath the plan was dead", "said under oath ...": a manner adjunct of "under"
    const manner = underMannerEnd(doc, p, limit);
    if (manner > 0) {
      p = manner;
      continue;
    }
    // (a time word tagged as an adverb before its possessive opens the clause's subject: "said yesterday's ruling was unfair")
    if (t.value === ',' || (t.pos === 'ADV' && t.lower !== 'not' && !WH_WORDS.has(t.lower) && !CLAUSE_ADVERBS.has(t.lower) && !timePossessive(doc, p))) {
      p++;
      continue;
    }
    // "said this plan would fail", "said early results were good": "this", "early" or "late" before a noun that is no
    // time opens the clause ("said this week ...", "said late Monday ..." stay adjuncts)
    if (subjectNotTime(doc, p, limit) || roughAmountSubject(doc, p, limit)) break;
    // (and a preposition of place before a determiner: "said outside the courthouse that ..."; not "said outside
    // experts had doubts", the subject's adjective)
    if ((ADJUNCT_PREPOSITIONS.has(t.lower) && t.pos !== 'SCONJ') || (PLACE_PREPOSITIONS.has(t.lower) && t.pos === 'ADP' && (tokenAt(doc, p + 1).pos === 'DET' || POSSESSIVES.has(tokenAt(doc, p + 1).lower))) || TIME_WORDS.has(t.lower)) {
      let q = p + 1;
      let n = 0;
      // (set when a clause opens inside the adjunct's words)
      let opens = false;
      while (q < limit && n < 8 && (NP_POS.has(tokenAt(doc, q).pos) || TIME_WORDS.has(tokenAt(doc, q).lower) || articleParticiple(doc, q)) && tokenAt(doc, q).lower !== 'that') {
        // "said on Monday he would run", "said on Monday the talks would resume": the clause starts here
        // (not inside the adjunct's own noun phrase: "said in a statement provided to the press");
        // right after a bare time word too: "said Tuesday his plan would pass"
        // (nor inside a name of several words: "told reporters in Port Alden she would run")
        const inName = tokenAt(doc, q - 1).pos === 'PROPN' && tokenAt(doc, q).pos === 'PROPN' && !TIME_OR_MONTH_WORDS.has(tokenAt(doc, q - 1).lower);
        // (nor inside a place's noun phrase that runs on to a "that" clause: "wrote on his Facebook page that migrants should ...")
        // (nor right after a possessive when the clause opens after its noun: "said with a smile on his face the deal was off")
        // (a determiner or a pronoun opening that clause, not a relative word or a time phrase: "spoke of her trip the week before")
        const afterPossessive = POSSESSIVES.has(tokenAt(doc, q - 1).lower) && q + 2 < limit && tokenAt(doc, q).pos === 'NOUN' && /^(DET|PRON)$/.test(tokenAt(doc, q + 1).pos) &&
          !RELATIVE_PRONOUNS.has(tokenAt(doc, q + 1).lower) && !TIME_NOUN_SET.has(tokenAt(doc, q + 2).lower) && clauseStartsAt(doc, q + 1, limit);
        // (nor before a clause that ends on its auxiliary, which describes the adjunct's noun: "wrote of the harm budget cuts would do";
        // nor at a noun a comma follows, the adjunct's last: "said in a telephone interview, that prices fell")
        // (nor at the noun right after a possessive, which is the possessive's: "said at his house that he felt relieved"
        // is no clause "house that he felt relieved")
        // (not after a preposition of topic, whose noun phrase may be what was said: "complained about his mic ...")
        const ownedNoun = t.lower !== 'about' && t.lower !== 'of' && POSSESSIVES.has(tokenAt(doc, q - 1).lower) && tokenAt(doc, q).pos === 'NOUN';
        if ((q > p + 1 || TIME_WORDS.has(t.lower)) && !inName && !afterPossessive && !ownedNoun && !(SAID_PLACE_PREPOSITIONS.has(t.lower) && runsToThatClause(doc, q, limit)) && !INSIDE_PHRASE.has(tokenAt(doc, q - 1).pos) && !/^['’]s$/.test(tokenAt(doc, q + 1).lower) && tokenAt(doc, q + 1).value !== ',' && clauseStartsAt(doc, q, limit) && !endsOnAuxiliary(doc, q, limit)) {
          opens = true;
          break;
        }
        if (tokenAt(doc, q).pos === 'PRON' && !POSSESSIVES.has(tokenAt(doc, q).lower)) break;
        q++;
        n++;
      }
      if (q === p + 1 && !TIME_WORDS.has(t.lower)) break;
      // "wrote about towns she loved": a clause its pronoun opens right after the noun of "about" (no comma, no
      // "that") describes that noun; the cue's topic is no clause it reports, and the cue stops at "about"
      if (opens && t.lower === 'about' && tokenAt(doc, q - 1).pos === 'NOUN' && tokenAt(doc, q).pos === 'PRON') break;
      // (the adjunct's last noun read as a verb: "said at a campaign stop that ...")
      const start = p;
      p = q;
      if (adjunctNounVerb(doc, start, p)) p++;
      // a participle after the adjunct's noun, then its own adjunct: "said in a memo released by the club the ..."
      // (the next round reads "by the club")
      if (participleAdjunct(doc, p, limit)) p++;
      continue;
    }
    break;
  }
  return p;
}

/**
 * Where a manner adjunct of "under" at `p` ends, or -1: "under", a possessive or not, and a noun of
 * {@link UNDER_MANNER_NOUNS} ("under his breath", "under oath"), before `limit`.
 */
function underMannerEnd(doc: Doc, p: number, limit: number): number {
  if (tokenAt(doc, p).lower !== 'under') return -1;
  let q = p + 1;
  if (q < limit && POSSESSIVES.has(tokenAt(doc, q).lower)) q++;
  return q < limit && UNDER_MANNER_NOUNS.has(tokenAt(doc, q).lower) ? q + 1 : -1;
}

/**
 * True when the token at `q` is an "-ed" verb between an article and a noun,
 * which it describes: "said in an emailed statement that ...", "wrote in a
 * tweeted reply that ...".
 */
function articleParticiple(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  return t.pos === 'VERB' && /ed$/.test(t.lower) && q > 0 && ARTICLES.has(tokenAt(doc, q - 1).lower) && maybeToken(doc, q + 1)?.pos === 'NOUN';
}

/**
 * True when the "about" or "around" at `p`, read as an adverb, opens a rough
 * amount that a clause's subject starts with: "said about 40 people were
 * hurt" (not an adjunct of the cue, as "about" is in "talked about the plan");
 * also before a fraction, whatever its tag: "said about a third of students
 * would be spared", "said about half the staff would leave".
 */
export function roughAmountSubject(doc: Doc, p: number, limit: number): boolean {
  const t = tokenAt(doc, p);
  if (!ROUGH_AMOUNT_ADVERBS.has(t.lower) || p + 1 >= limit) return false;
  const next = tokenAt(doc, p + 1);
  const fraction = COUNT_WORDS.has(next.lower) || ((INDEFINITE_ARTICLES.has(next.lower) || next.lower === 'one') && p + 2 < limit && COUNT_WORDS.has(tokenAt(doc, p + 2).lower));
  if (!fraction && (t.pos !== 'ADV' || next.pos !== 'NUM')) return false;
  return clauseStartsAt(doc, p, limit);
}

/**
 * True when the token at `p` is a past participle right after a noun, with a
 * preposition of an adjunct after it: "in a statement released by ...",
 * "at a luncheon held by ..." (the noun's own modifier, no verb of a clause).
 */
function participleAdjunct(doc: Doc, p: number, limit: number): boolean {
  const t = maybeToken(doc, p);
  const next = maybeToken(doc, p + 1);
  if (!t || !next || p + 1 >= limit || t.pos !== 'VERB' || !(/ed$/.test(t.lower) || IRREGULAR_NOUN_PARTICIPLES.has(t.lower))) return false;
  return tokenAt(doc, p - 1).pos === 'NOUN' && next.pos === 'ADP' && ADJUNCT_PREPOSITIONS.has(next.lower);
}

/**
 * True when the "this", "early" or "late" at `p` opens a clause's subject, not
 * a time adjunct: a noun that names no time follows it and a clause starts at
 * it ("said this plan would fail", "suggests this gap is small", "said early
 * results were good"; not "said this week the plan would fail", "said this
 * spring ...", "said this time ...", "said late Monday ...").
 */
function subjectNotTime(doc: Doc, p: number, limit: number): boolean {
  const t = tokenAt(doc, p);
  const next = maybeToken(doc, p + 1);
  if (!TIME_OR_SUBJECT_OPENERS.has(t.lower) || !next || next.pos !== 'NOUN' || p + 1 >= limit) return false;
  if (TIME_LABEL.has(next.lower) || SEASON_WORDS.has(next.lower) || OCCASION_NOUNS.has(next.lower) || MONTH_SET.has(next.lower)) return false;
  return clauseStartsAt(doc, p, limit);
}

/** Most tokens of an aside between two dashes after a cue: "— on the radio, as it happens —". */
const MAX_DASH_ASIDE = 10;

/**
 * Where the clause after an aside set off by two dashes at `p` starts, or -1:
 * `said — on the radio, as it happens — that ...`, `said - in a rare
 * interview - the plan was dead`. The aside holds no quotation mark and no
 * "that"; a "that" or a clause follows the second dash.
 */
export function dashAsideEnd(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  if (p >= last || !spacedDash(ctx, p) || ctx.quoted[p]) return -1;
  for (let k = p + 2; k < Math.min(last, p + MAX_DASH_ASIDE + 2); k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || t.lower === 'that' || /^[;:]$/.test(t.value)) return -1;
    if (!spacedDash(ctx, k)) continue;
    const next = k + 1;
    if (next >= last) return -1;
    return tokenAt(doc, next).lower === 'that' || clauseStartsAt(doc, next, last) ? next : -1;
  }
  return -1;
}

/** Most tokens of an aside between two commas that {@link commaAsideEnd} reads past. */
const MAX_COMMA_ASIDE = 12;

/**
 * The "that" after an aside set off by two commas (or parentheses) right after the cue, when
 * the aside opens with a preposition, a subordinator, a participle or an
 * adverb ("said, on condition that he not be named, that ...", "said, in a
 * statement issued late, that ...", "said, when asked, that ..."); else -1.
 * The aside holds no quotation mark, semicolon, colon or dash.
 */
export function commaAsideEnd(ctx: ReportedContext, cue: CueMatch, last: number): number {
  const { doc } = ctx;
  const open = cue.last;
  if (open + 2 >= last || ctx.quoted[open]) return -1;
  // (or in parentheses: "said (on condition that the talks continued) that ...")
  const close = tokenAt(doc, open).value === ',' ? ',' : tokenAt(doc, open).value === '(' ? ')' : '';
  if (close === '') return -1;
  const first = tokenAt(doc, open + 1);
  if (!/^(ADP|SCONJ|VERB|ADV)$/.test(first.pos) || first.lower === 'that') return -1;
  for (let k = open + 2; k < Math.min(last - 1, open + MAX_COMMA_ASIDE + 2); k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || /^[;:(]$/.test(t.value) || DASHES.has(t.value) || (close === ')' && t.value === ',')) return -1;
    if (t.value !== close) continue;
    const next = tokenAt(doc, k + 1);
    return next.lower === 'that' && next.sent === t.sent ? k + 1 : -1;
  }
  return -1;
}

/** Most tokens of a clause that {@link endsOnAuxiliary} reads. */
const MAX_GAPPED_CLAUSE = 8;

/**
 * True when the clause at `from` is a noun phrase and auxiliaries only, up
 * to the end of the sentence or a comma: "budget cuts would do", "the city
 * could". Its verb has left its object to the noun before it (a relative
 * clause with no "that": "the harm budget cuts would do").
 */
function endsOnAuxiliary(doc: Doc, from: number, limit: number): boolean {
  let k = from;
  while (k < limit && k - from < MAX_GAPPED_CLAUSE && NP_POS.has(tokenAt(doc, k).pos)) k++;
  if (k === from || k >= limit || tokenAt(doc, k).pos !== 'AUX') return false;
  while (k < limit && tokenAt(doc, k).pos === 'AUX') k++;
  const after = maybeToken(doc, k);
  return k >= limit || after === undefined || after.sent !== tokenAt(doc, from).sent || /^[.,;!?]$/.test(after.value);
}

/** Most tokens of an aside of two alternatives before its comma: "win or lose in Tuesday's vote". */
const MAX_ALTERNATIVES_ASIDE = 8;

/**
 * Where the clause after an aside of two alternatives at `from` starts, or -1:
 * one or two words, "or", one or two words ("win or lose", "rain or shine",
 * "like it or not"), then at most a short phrase with no verb of its own
 * ("in Tuesday's vote"), and a comma after which a clause starts.
 */
function alternativesAsideEnd(doc: Doc, from: number, limit: number): number {
  let or = -1;
  for (let k = from; k < Math.min(limit, from + MAX_ALTERNATIVES_ASIDE + 1); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return or > from && k > or + 1 && clauseStartsAt(doc, k + 1, limit) ? k + 1 : -1;
    if (t.lower === 'or' && or < 0 && k - from <= 2) or = k;
    else if (or < 0 && k - from >= 2) return -1;
    else if (t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || isMarkToken(t.value)) return -1;
    // (no subject and verb of its own after the alternatives: "win or lose they said")
    else if (or > 0 && k > or + 2 && t.pos === 'VERB') return -1;
  }
  return -1;
}

/** Most tokens of a time adjunct after an adverb before its comma: "on Friday morning". */
const MAX_TIME_ASIDE = 5;

/**
 * Where the clause after a short time adjunct at `from` starts, or -1: the
 * adjunct (prepositions, determiners and nouns, with a day or time word among
 * them: "today", "on Friday morning") ends at a comma after which a clause
 * starts. The adverb before it ("even", "just") goes with the adjunct.
 */
function timeAdjunctEnd(doc: Doc, from: number, limit: number): number {
  let time = false;
  for (let k = from; k < Math.min(limit, from + MAX_TIME_ASIDE + 1); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return time && k > from && clauseStartsAt(doc, k + 1, limit) ? k + 1 : -1;
    if (TIME_WORDS.has(t.lower)) time = true;
    else if (!/^(ADP|DET|NOUN|PROPN)$/.test(t.pos)) return -1;
  }
  return -1;
}

/**
 * True when the noun phrase at `q` runs on, over noun-phrase words only, to a
 * "that" before a plural noun and its verb (`thatBeforePluralClause`): the
 * phrase is the adjunct's, and the clause opens at "that".
 */
function runsToThatClause(doc: Doc, q: number, limit: number): boolean {
  let j = q;
  while (j < limit && NP_POS.has(tokenAt(doc, j).pos) && tokenAt(doc, j).lower !== 'that') j++;
  return j < limit && thatBeforePluralClause(doc, j);
}

/**
 * True when the verb at `q` is the last noun of the adjunct that the
 * preposition at `p` opens (a determiner, then nouns and adjectives only),
 * read by the tagger as a verb in its base form, before a "that", a comma or
 * another preposition: "said at a campaign stop that ...", "wrote in a court
 * file that ..." (not a verb of saying, which is the sentence's own: "People
 * briefed on the situation say that ..."; nor a verb after a plural noun, its
 * subject: "said at the hearing officials fear that ...").
 */
function adjunctNounVerb(doc: Doc, p: number, q: number): boolean {
  const w = tokenAt(doc, q);
  if (w.pos !== 'VERB' || w.lower !== w.lemma || CUE_VERBS.has(w.lemma) || q - p < 3 || tokenAt(doc, p).pos !== 'ADP' || tokenAt(doc, p + 1).pos !== 'DET') return false;
  for (let k = p + 2; k < q; k++) if (!/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k).pos)) return false;
  const before = tokenAt(doc, q - 1);
  if (/[^s]s$/.test(before.lower) && before.lemma.toLowerCase() !== before.lower) return false;
  const next = maybeToken(doc, q + 1);
  return next !== undefined && (next.lower === 'that' || next.value === ',' || next.pos === 'ADP');
}
