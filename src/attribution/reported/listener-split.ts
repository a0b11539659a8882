/**
 * Where the listener after a verb of telling ends and the reported clause
 * begins ({@link listenerSplit}, used by `after-cue.ts` for the `reported/cue-*`
 * rules): `told me | the plan ...`, `told reporters | budgets would pass`,
 * `told CNN | voters were angry`, `told The Associated Press | the deal was
 * off`, `told reporters | Friday's meeting was off`, `told one of them | the
 * plan ...`; no listener in `warned her old plan would fail` or `warned the
 * road would close`.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isRegularPast, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { countOfPronounAt, phraseEndAfter } from '../../speakers/phrase.js';
import { FINITE_AUX, WH_WORDS } from '../../data/clauses.js';
import { ARTICLES, LISTENER_PRONOUNS, QUANTIFIERS } from '../../data/function-words.js';
import { SECOND_CLAUSE_PRONOUNS } from '../../data/pronouns.js';
import { INDEFINITE_PEOPLE } from '../../data/people.js';
import { CUE_VERBS } from '../../data/cues.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';
import { DAY_OR_MONTH, RELATIVE_TIME_DETERMINERS, TIME_LEADS, TIME_NOUN_SET, TIME_POSSESSIVE_OPENERS, TIME_WORDS } from '../../data/time.js';
import { noOneEnd } from '../../speakers/find/no-one.js';
import { clauseStartsAt } from './clause-start.js';
import { timePossessive } from './shared.js';

/** Most words of a listener with no pronoun: "The Associated Press", "a Senate panel". */
const MAX_BARE_LISTENER = 5;

/** Most words of a bare subject after a listener: "higher fuel costs". */
const MAX_BARE_SUBJECT = 4;

/** True when the token at `k` is a plural common noun in lower case: "reporters", "investors". */
function pluralNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.value) && /[^s]s$/.test(t.lower) && t.lemma !== t.lower;
}

/** True when the token at `k` is capitalised inside its sentence (a name's word, whatever its tag): "CNN", "Associated". */
function capitalised(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return /^\p{Lu}/u.test(t.value) && !TIME_WORDS.has(t.lower) && !DAY_OR_MONTH.has(t.lower) && /^(PROPN|NOUN|VERB|ADJ)$/.test(t.pos);
}

/**
 * True when `[from, to)` is a listener with no pronoun: a bare plural after
 * adjectives or names ("reporters", "Republican lawmakers"), or a capitalised
 * run after an optional article, with at most one common noun after it ("CNN",
 * "the AP", "The Associated Press", "a Senate panel").
 */
function listenerPhrase(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_BARE_LISTENER) return false;
  // a bare plural, after adjectives or capitalised words
  if (pluralNoun(doc, to - 1) && !ARTICLES.has(tokenAt(doc, from).lower)) {
    for (let k = from; k < to - 1; k++) if (tokenAt(doc, k).pos !== 'ADJ' && !capitalised(doc, k)) return false;
    return true;
  }
  let k = from;
  if (ARTICLES.has(tokenAt(doc, k).lower)) k++;
  const names = k;
  while (k < to && capitalised(doc, k)) k++;
  if (k === names) return false;
  // ("a Senate panel", "the House committee": one common noun after the capitalised words)
  if (k === to - 1 && tokenAt(doc, k).pos === 'NOUN' && /^\p{Ll}/u.test(tokenAt(doc, k).value)) k++;
  return k === to;
}

/** Where a time phrase right after a listener ends ("Monday", "on Monday", "last week"), or `k` when none starts there. */
function timeEnd(doc: Doc, k: number, end: number): number {
  const t = tokenAt(doc, k);
  if (DAY_OR_MONTH.has(t.lower)) return k + 1;
  if ((t.lower === 'on' || TIME_LEADS.has(t.lower)) && k + 1 < end && DAY_OR_MONTH.has(tokenAt(doc, k + 1).lower)) return k + 2;
  if (RELATIVE_TIME_DETERMINERS.has(t.lower) && t.lower !== 'that' && k + 1 < end && TIME_NOUN_SET.has(tokenAt(doc, k + 1).lower)) return k + 2;
  return k;
}

/**
 * True when `[from, to)` is a clause's subject with no determiner: a bare noun
 * phrase (adjectives, then common nouns: "budgets", "profit", "higher costs")
 * or a name ("Ann Lee").
 */
function bareSubject(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_BARE_SUBJECT) return false;
  const last = tokenAt(doc, to - 1);
  if (last.pos === 'PROPN') {
    for (let k = from; k < to; k++) if (tokenAt(doc, k).pos !== 'PROPN') return false;
    return true;
  }
  if (last.pos !== 'NOUN' || !/^\p{Ll}/u.test(last.value)) return false;
  for (let k = from; k < to - 1; k++) if (!/^(ADJ|NOUN)$/.test(tokenAt(doc, k).pos) || !/^\p{Ll}/u.test(tokenAt(doc, k).value)) return false;
  return true;
}

/** True when the token at `k` is a finite verb: a modal or a finite auxiliary ("would", "were"), or a verb in the past or in -s ("rose", "doubled", "says"). */
function finiteVerb(doc: Doc, k: number): boolean {
  const v = maybeToken(doc, k);
  // (a capitalised verb is a headline's, whose capitals mark no name: "Tells Guest Muslim Violence Is ...")
  if (!v || !/^\p{Ll}/u.test(v.value)) return false;
  if (v.pos === 'AUX') return FINITE_AUX.has(v.lower);
  return v.pos === 'VERB' && v.lemma !== v.lower && !/(ing|en)$/.test(v.lower);
}

/**
 * Where the listener at `from` ends when the phrase `[from, end)` after a verb
 * of telling runs on into the bare subject of the clause whose finite verb is
 * at `end`: `told reporters budgets would pass` -> "budgets", `told CNN voters
 * were angry` -> "voters", `told the AP costs had doubled` -> "costs",
 * `told reporters Monday prices would fall` -> "prices" (a time phrase
 * between the two is skipped). The longest listener wins ("a Senate
 * panel | rates would ..."); `end` when no split fits.
 */
function bareSubjectSplit(doc: Doc, from: number, end: number): number {
  if (end - from < 2 || !finiteVerb(doc, end) || tokenAt(doc, end).sent !== tokenAt(doc, from).sent) return end;
  for (let k = end - 1; k > from; k--) {
    if (!listenerPhrase(doc, from, k)) continue;
    const subject = timeEnd(doc, k, end);
    if (bareSubject(doc, subject, end)) return subject;
  }
  return end;
}

/** Most words between a listener's first word and the clause's verb: "The Associated Press last week higher costs". */
const MAX_LISTENER_AND_SUBJECT = 12;

/**
 * The start of a clause's bare subject after a listener that opens at `from`
 * ({@link bareSubjectSplit} at the first verb of the sentence), or -1:
 * `told reporters budgets would pass` -> "budgets".
 */
function bareSubjectStart(doc: Doc, from: number, limit: number): number {
  const sent = tokenAt(doc, from).sent;
  for (let k = from; k < Math.min(limit, from + MAX_LISTENER_AND_SUBJECT); k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || t.pos === 'PUNCT' || t.pos === 'PRON' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // (a capitalised word read as a verb is a name's: "The Associated Press")
      if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.value)) continue;
      const split = bareSubjectSplit(doc, from, k);
      return split < k ? split : -1;
    }
  }
  return -1;
}

/** True when the "her" at `k` is a possessive before its noun and the clause's subject: "her new plan would pass". */
function possessiveHer(doc: Doc, k: number, limit: number): boolean {
  return tokenAt(doc, k).lower === 'her' && NOUN_MODIFIER_TAGS.has(tokenAt(doc, k + 1).pos) && clauseStartsAt(doc, k, limit);
}

/**
 * True when the tokens at `k` count people out of an object pronoun and no
 * finite verb follows them: `told one of them | the trip ...`, `told each of
 * us | ...`, `told two of them | ...` (in `warned many of them would lose
 * their jobs` the count is the clause's subject).
 */
function pronounCount(doc: Doc, k: number): boolean {
  return countOfPronounAt(doc, k) && !finiteVerb(doc, k + 3);
}

/** Most words of the noun phrase in a count of people: "one of the tour's guides". */
const MAX_COUNTED_PHRASE = 5;

/**
 * Where a count of a determiner's noun phrase ends when a clause with a
 * determiner's subject follows it right away (`told one of the guides | the
 * trip was too long`, `told many of his aides | the plan ...`), or -1. Not
 * when the clause holds two finite verbs or a "that" before its end: it is a
 * relative clause of the count's noun, whose count is the subject (`warned
 * most of the workers the plant hired would be fired`).
 */
function countedPhraseEnd(doc: Doc, k: number, limit: number): number {
  const of = maybeToken(doc, k + 1), det = maybeToken(doc, k + 2);
  if (!of || !det || of.lower !== 'of' || !QUANTIFIERS.has(tokenAt(doc, k).lower) || (det.pos !== 'DET' && det.pos !== 'PRON')) return -1;
  const sent = tokenAt(doc, k).sent;
  let j = k + 3;
  while (j < Math.min(limit, k + 3 + MAX_COUNTED_PHRASE) && tokenAt(doc, j).sent === sent && /^(ADJ|NOUN|PROPN|PART)$/.test(tokenAt(doc, j).pos)) j++;
  if (j === k + 3 || j >= limit) return -1;
  const next = tokenAt(doc, j);
  return next.sent === sent && next.pos === 'DET' && clauseStartsAt(doc, j, limit) && !relativeOfCount(doc, j, limit) ? j : -1;
}

/**
 * True when the clause from token `j` (before `limit`, in its sentence) holds
 * two finite verbs, or a "that", before a comma, a semicolon or "and": a
 * relative clause with no relative word ("the plant hired would be fired",
 * "the firm hired last year that they ..."), not the reported clause.
 */
function relativeOfCount(doc: Doc, j: number, limit: number): boolean {
  const sent = tokenAt(doc, j).sent;
  let verbs = 0;
  for (let m = j; m < limit && tokenAt(doc, m).sent === sent; m++) {
    const t = tokenAt(doc, m);
    if (t.value === ',' || t.value === ';' || t.lower === 'and') break;
    if (t.lower === 'that') return true;
    if (finiteVerb(doc, m) && ++verbs === 2) return true;
  }
  return false;
}

/**
 * True when the phrase from `p` to `end` after a listener verb, opened by a
 * determiner, is followed by a finite auxiliary or a verb in the past tense:
 * the clause's subject, not a listener (`warned the road would close`,
 * `cautioned the bridge might fail`).
 */
function subjectBeforeVerb(doc: Doc, p: number, end: number): boolean {
  if (end <= p || tokenAt(doc, p).pos !== 'DET') return false;
  const v = maybeToken(doc, end);
  if (!v || v.sent !== tokenAt(doc, p).sent) return false;
  return (v.pos === 'AUX' && FINITE_AUX.has(v.lower)) || (v.pos === 'VERB' && isRegularPast(v));
}

/**
 * True when the token at `k`, right after a cue, is a capitalised word tagged
 * as a verb (a surname that is also a verb: "Cook", "Ravel") and a question
 * word follows it in its sentence: `asked Cook whether ...`.
 */
function verbTaggedName(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = maybeToken(doc, k + 1);
  return t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.value) && next !== undefined && next.sent === t.sent && WH_WORDS.has(next.lower);
}

/**
 * Where an indefinite listener that opens at `k` ends, or -1: one of
 * {@link INDEFINITE_PEOPLE} ("told everyone", "told nobody"), or "no one"
 * (also "no-one"), with an "else" after it ("told everyone else").
 */
function indefiniteListenerEnd(doc: Doc, k: number, limit: number): number {
  let end = INDEFINITE_PEOPLE.has(tokenAt(doc, k).lower) ? k + 1 : noOneEnd(doc, k, limit);
  if (end > k && end < limit && tokenAt(doc, end).lower === 'else') end++;
  return end < limit ? end : -1;
}

/** Where a listener after a verb of telling ends ({@link listenerSplit}). */
export interface ListenerSplit {
  /** The first token after the listener (the token it would open at when there is none). */
  readonly end: number;
  /** True when the reported clause starts right at `end` (a bare subject), with no adjunct to skip before it. */
  readonly clause: boolean;
}

/**
 * Where the listener that opens at `from`, right after a verb of telling
 * (`limit` bounds the search), ends and the reported clause begins:
 * - a listener pronoun: `told me | the plan ...` (a possessive "her" that
 *   opens the clause's subject is none: `warned her old plan would fail`);
 * - an indefinite listener with no finite verb after it: `told nobody | the
 *   fund ...`, `told no one | the plan ...` (`warned everyone would lose`:
 *   the clause's subject);
 * - a count of an object pronoun with no finite verb after it: `told one of
 *   them | the trip ...`; a count of a determiner's phrase before a clause a
 *   determiner opens: `told one of the guides | the trip ...`;
 * - a subject pronoun or "that" is no listener: `cautioned they might sue`;
 * - a listener, then the bare subject of a clause with no "that" (the clause
 *   starts right there; a time phrase between the two is skipped): `told
 *   reporters | budgets would pass`, `told the AP | costs had doubled`, `told
 *   reporters Monday | prices would fall`;
 * - a listener phrase that ran on into the clause's subject ends where a
 *   determiner or a time possessive opens that subject: `told The Associated
 *   Press | the deal was off`, `told reporters | last week's vote ...`;
 * - a determiner's phrase before its finite verb, or a possessive "her"
 *   phrase, is the subject, no listener: `warned the road would close`.
 */
export function listenerSplit(doc: Doc, from: number, limit: number): ListenerSplit {
  const listener = tokenAt(doc, from);
  // (a possessive "her" before its noun may open the clause: it is read as a phrase below)
  if (listener.pos === 'PRON' && LISTENER_PRONOUNS.has(listener.lower) && !possessiveHer(doc, from, limit)) return { end: from + 1, clause: false };
  // "told nobody the fund would fail", "told no-one the plan ...": an indefinite listener, unless a finite verb makes it
  // the clause's subject ("warned everyone would lose")
  const indefinite = indefiniteListenerEnd(doc, from, limit);
  if (indefinite > from && !finiteVerb(doc, indefinite) && tokenAt(doc, indefinite).sent === listener.sent) return { end: indefinite, clause: false };
  if (pronounCount(doc, from)) return { end: from + 3, clause: false };
  // "asked Cook whether ...", "asked Ravel when ...": a capitalised word the tagger read as a verb, right after the
  // cue and before a question word, is the one-word name of the one asked
  if (verbTaggedName(doc, from)) return { end: from + 1, clause: false };
  const counted = countedPhraseEnd(doc, from, limit);
  if (counted > from) return { end: counted, clause: false };
  if (listener.lower === 'that' || SECOND_CLAUSE_PRONOUNS.has(listener.lower)) return { end: from, clause: false };
  const bare = bareSubjectStart(doc, from, limit);
  if (bare > from) return { end: bare, clause: true };
  const end = phraseEndAfter(doc, from, limit);
  let split = end;
  if (end > from && clauseStartsAt(doc, from, limit) && !clauseStartsAt(doc, end, limit)) {
    for (let k = end - 1; k > from; k--) {
      if (tokenAt(doc, k).pos === 'DET' && clauseStartsAt(doc, k, limit)) {
        split = k;
        break;
      }
      // "told reporters Friday's meeting was off", "told reporters last week's vote ...": a time possessive opens the subject
      if (timePossessive(doc, k) && k + 2 < end && clauseStartsAt(doc, k + 2, limit)) {
        while (k - 1 > from && TIME_POSSESSIVE_OPENERS.has(tokenAt(doc, k - 1).lower)) k--;
        split = k;
        break;
      }
    }
  }
  // "warned her old plan would fail": a possessive phrase that no clause follows is the clause's subject
  // ("warned the road would close", "cautioned the bridge might fail": so is a phrase its finite verb follows)
  if (split === end && (possessiveHer(doc, from, limit) || subjectBeforeVerb(doc, from, end)) && !clauseStartsAt(doc, end, limit)) return { end: from, clause: false };
  return { end: split, clause: false };
}

/** Most words of a relative clause on a listener before the "that" of the reported clause ("who came to the hall"). */
const MAX_LISTENER_RELATIVE = 8;

/**
 * Where the reported clause starts after a listener that ends at `p` and a
 * relative clause on it: at the "that" after "who" and a short clause with a
 * verb and no punctuation (`told everyone who would listen | that the fund
 * would fail`, `told voters who came to the hall | that ...`, or set off by
 * commas: `told the crowd, who cheered, | that ...`); `p` when no such
 * relative clause follows, or when its verb is a cue and no comma closes it (`told voters who said
 * that ...`: the "that" clause is theirs).
 */
export function listenerRelativeEnd(doc: Doc, p: number, limit: number): number {
  // ("told the crowd, who cheered, that ...": the relative clause set off by commas)
  const commas = maybeToken(doc, p)?.value === ',';
  const w = commas ? p + 1 : p;
  const who = maybeToken(doc, w);
  if (who === undefined || who.lower !== 'who' || w >= limit) return p;
  let verb = false;
  for (let k = w + 1; k < Math.min(limit, w + 1 + MAX_LISTENER_RELATIVE); k++) {
    const t = tokenAt(doc, k);
    if (commas && t.value === ',' && maybeToken(doc, k + 1)?.lower === 'that') return verb && k + 1 < limit ? k + 1 : p;
    if (t.sent !== who.sent || !/^[\p{L}\p{N}]/u.test(t.value)) return p;
    if (t.lower === 'that') return verb && !commas ? k : p;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // (a cue in the relative keeps its own "that" clause: "told the reporters who said that ..."; not "ask" on an
      // indefinite listener, a question with no clause: "told anyone who asked that she was fine")
      const asking = t.lemma === 'ask' && maybeToken(doc, k + 1)?.lower === 'that' && INDEFINITE_PEOPLE.has(tokenAt(doc, p - 1).lower);
      if (t.pos === 'VERB' && CUE_VERBS.has(t.lemma) && !commas && !asking) return p;
      verb = true;
    }
  }
  return p;
}
