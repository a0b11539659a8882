/**
 * Verbs of the lexicon that the tagger read as a noun (or adjective) and that
 * stand as verbs where they are: "Polls show the mayor trailing",
 * "Officials fear a second wave", "The governor doubts that ...", "Ms. Ortiz
 * talks about the levee", "as Lee points out", "Many fear the deal will fail",
 * "The candidate plans to return" ({@link isVerbLike}).
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { namedInFullBefore } from '../prepare/surnames.js';
import { pluralSubjectVerb } from './plural-subject.js';
import { nameTopicVerb } from './name-topic.js';
import { particleVerb } from './particle-verb.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import { BARE_INFINITIVE_TAKERS, CUE_VERBS, INFINITIVE_CLAUSE_RELATIVES, INFINITIVE_VERBS, NOUN_TAGGED_SAYING_VERBS, NOUN_TAGGED_VERBS, OPINION_CUE_VERBS, SINGULAR_DETERMINERS, SINGULAR_NOUN_TAGGED_VERBS, WHETHER_NOUN_TAGGED_VERBS, MISTAGGED_CUE_FORMS, COLON_NOUN_TAGGED_VERBS } from '../data/cues.js';
import { QUANTIFIED_THINKERS, ADJECTIVAL_SAID_DETERMINERS } from '../data/function-words.js';
import { INDUSTRY_NAME_WORDS, ORGANIZATION_NOUNS, PEOPLE_NOUNS } from '../data/people.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../data/tags.js';

/** Parts of speech that may follow a present-tense verb read as a noun: "Polls show the ...", "show that". */
const OBJECT_START = new Set(['DET', 'SCONJ', 'PRON', 'NUM', 'PROPN', 'ADJ']);

/** How many words the subject of a trailing "..., records show." may have. */
const MAX_TRAILING_SUBJECT = 6;

/**
 * True for "..., county records show." at `i`: the sentence ends after it and a
 * comma opens its short subject; or for "During the same stretch, records
 * show, the ferry ...", set off by commas inside a clause (not after or before
 * "and": "and, records show, does not", "records show, and experts say").
 */
function closesAfterComma(doc: Doc, i: number): boolean {
  const after = tokenAt(doc, i + 1);
  const setOff = after.value === ',' && after.sent === tokenAt(doc, i).sent && tokenAt(doc, i + 2).pos !== 'CCONJ';
  if (!/^[.!?]$/.test(after.value) && !setOff) return false;
  for (let k = i - 1; k >= Math.max(0, i - MAX_TRAILING_SUBJECT); k--) {
    const w = tokenAt(doc, k);
    if (w.sent !== tokenAt(doc, i).sent) return false;
    if (w.value === ',') return k < i - 1 && !(setOff && tokenAt(doc, k - 1).pos === 'CCONJ');
    if (!NOUN_HEADED_PHRASE_TAGS.has(w.pos)) return false;
  }
  return false;
}

/**
 * "The candidate plans to return", "Ann Petrov plans to run": a common noun or
 * a name of two words before, an infinitive after ("Republican plans to cut
 * taxes" is a noun phrase). For a verb of the opt-in categories a one-word name
 * ("Petrov plans to run") or the comma closing an appositive or relative clause
 * ("Petrov, who won in May, plans to run") will do too (PolNeAR train with
 * every category: 4 more thoughts, all 4 right), and so will a noun of a
 * person or an organisation the tagger read as an adjective after its
 * determiner ("The firm plans to close two plants").
 */
function infinitiveAfter(doc: Doc, t: Token): boolean {
  const before = tokenAt(doc, t.i - 1);
  const name = before.pos === 'PROPN' && tokenAt(doc, t.i - 2).pos === 'PROPN' && tokenAt(doc, t.i - 2).sent === t.sent;
  if (!INFINITIVE_VERBS.has(t.lemma) || before.sent !== t.sent || tokenAt(doc, t.i + 1).lower !== 'to' || !/^(VERB|AUX)$/.test(tokenAt(doc, t.i + 2).pos)) return false;
  if (before.pos === 'NOUN' || name) return true;
  // "Petrov plans to run", "Petrov, who won in May, plans to run"; not "The Petrov plans to ..." nor "Republican
  // plans to cut taxes drew protests", whose infinitive is followed by the verb of the sentence
  const opener = tokenAt(doc, t.i - 2);
  // ("The firm plans to close two plants": a noun of a person or an organisation the tagger read as an adjective,
  // after its determiner, is the subject too; not "The new plans to cut taxes drew protests")
  const misreadHead = before.pos === 'ADJ' && opener.pos === 'DET' && opener.sent === t.sent && (PEOPLE_NOUNS.has(before.lower) || ORGANIZATION_NOUNS.has(before.lower));
  const optIn = CUE_VERBS.get(t.lemma) !== 'speech' && (before.value === ',' || misreadHead || (before.pos === 'PROPN' && !(opener.sent === t.sent && /^(DET|PART)$/.test(opener.pos))));
  return optIn && !finiteVerbAfter(doc, t.i + 3);
}

/** How many words after an infinitive are searched for the verb of the sentence (the search stays linear). */
const MAX_INFINITIVE_CLAUSE = 40;
/** Punctuation that closes the clause an infinitive runs in. */
const CLAUSE_CLOSERS = new Set([',', ';', ':', '(', '\u2014', '\u2013', '--']);

/**
 * True when the base-form verb at `k` is the present tense of the sentence's
 * own verb: a noun, name or number right before it ("Pentagon plans to shrink
 * the base worry owners", "plans to ban plastics by 2030 include a tax"), that
 * noun phrase not the object of a verb taking a bare infinitive ("to help
 * voters find") nor the subject of a relative clause ("programs that towns
 * need"), and the base form no noun after a determiner of one thing and
 * nouns ("at a campaign stop in Iowa"). The noun phrase is searched back no
 * further than `from`.
 */
function presentVerbAt(doc: Doc, k: number, from: number): boolean {
  if (!/^(NOUN|PROPN|NUM)$/.test(tokenAt(doc, k - 1).pos)) return false;
  let n = k - 1;
  while (n > from && /^(NOUN|PROPN)$/.test(tokenAt(doc, n).pos)) n--;
  if (SINGULAR_DETERMINERS.has(tokenAt(doc, n).lower)) return false;
  let j = k - 1;
  while (j >= from && /^(NOUN|PROPN|NUM|ADJ|DET|CCONJ)$/.test(tokenAt(doc, j).pos) && !INFINITIVE_CLAUSE_RELATIVES.has(tokenAt(doc, j).lower)) j--;
  const before = tokenAt(doc, j);
  return !(before.pos === 'VERB' && BARE_INFINITIVE_TAKERS.has(before.lemma)) && !INFINITIVE_CLAUSE_RELATIVES.has(before.lower);
}

/**
 * True when an auxiliary ("would", "were", "has"), an inflected verb that
 * is no participle in -ing ("drew") or a present form after a noun phrase
 * ("worry", see {@link presentVerbAt}) follows from token `from` within its
 * clause: the words before it were that verb's subject, not a report
 * ("Republican plans to cut taxes drew protests"). Only the first
 * {@link MAX_INFINITIVE_CLAUSE} words are read.
 */
function finiteVerbAfter(doc: Doc, from: number): boolean {
  const sent = tokenAt(doc, from - 1).sent;
  for (let k = from; k < Math.min(tokenCount(doc), from + MAX_INFINITIVE_CLAUSE); k++) {
    const w = tokenAt(doc, k);
    if (w.sent !== sent || CLAUSE_CLOSERS.has(w.value)) return false;
    if (tokenAt(doc, k - 1).lower === 'to') continue;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && w.lower !== w.lemma && !/ing$/.test(w.lower))) return true;
    if (w.pos === 'VERB' && w.lower === w.lemma && presentVerbAt(doc, k, from)) return true;
  }
  return false;
}

/**
 * True when the cue word `t` stands as a verb: tagged as one, or a verb of
 * the lexicon the tagger read as a noun in one of the shapes of this file (a
 * lone quantifier or a plural subject before it, an infinitive after it, a
 * singular subject before "that", a topic's preposition or a particle after
 * it), or a form of {@link MISTAGGED_CUE_FORMS} after no determiner that makes
 * it an adjective ("the said agreement").
 */
export function isVerbLike(t: Token, doc: Doc): boolean {
  if (t.pos === 'VERB') return true;
  if (t.pos === 'NOUN' && quantifiedThinker(doc, t)) return true;
  if (NOUN_TAGGED_VERBS.has(t.lemma) && t.pos === 'NOUN' && infinitiveAfter(doc, t)) return true;
  // "Candidates promise they will ...", "Mayors vow to ...": a plural subject, then a clause
  if (pluralSubjectVerb(doc, t)) return true;
  if (NOUN_TAGGED_VERBS.has(t.lower)) {
    // "Polls show the mayor trailing", "Officials fear a second wave", "Experts note that ...": a plural subject, then an object
    // or a clause; a 'that' before a verb is a relative ("a bank note that was torn"), not a clause
    const before = tokenAt(doc, t.i - 1);
    const after = tokenAt(doc, t.i + 1);
    if (before.sent !== t.sent || after.sent !== t.sent || !/^(NOUN|PROPN)$/.test(before.pos)) return false;
    const plural = /s$/.test(before.lower);
    const thatClause = after.lower === 'that' && !/^(VERB|AUX)$/.test(tokenAt(doc, t.i + 2).pos);
    // a verb of saying needs a plural subject before "that" too ("The program note that the label printed")
    if (thatClause && (plural || !NOUN_TAGGED_SAYING_VERBS.has(t.lower))) return true;
    return plural && (OBJECT_START.has(after.pos) || closesAfterComma(doc, t.i));
  }
  if (singularThatVerb(doc, t)) return true;
  if (colonWritingVerb(doc, t)) return true;
  if (nameTopicVerb(doc, t)) return true;
  if (particleVerb(doc, t)) return true;
  if (!MISTAGGED_CUE_FORMS.has(t.lower)) return false;
  const before = maybeToken(doc, t.i - 1);
  return !(before && ADJECTIVAL_SAID_DETERMINERS.has(before.lower) && before.para === t.para);
}

/**
 * True when the opt-in cue `t` the tagger read as a noun has a lone quantifier
 * for its subject at the start of its clause, and an object, a clause or
 * "that" after it: "Many fear the deal will fail", "But both think Lee won",
 * "Some view the levy as a tax" (PolNeAR train with every category: 10 of 11
 * such sentences outside quotations annotated). Verbs of saying stay out: the
 * default categories do not change.
 */
function quantifiedThinker(doc: Doc, t: Token): boolean {
  const category = CUE_VERBS.get(t.lemma);
  if (category === undefined || !OPT_IN_CATEGORIES.has(category) || t.lower !== t.lemma || t.i < 1) return false;
  const before = tokenAt(doc, t.i - 1);
  const after = maybeToken(doc, t.i + 1);
  if (!QUANTIFIED_THINKERS.has(before.lower) || before.sent !== t.sent || after === undefined || after.sent !== t.sent) return false;
  const opener = maybeToken(doc, t.i - 2);
  const opens = opener === undefined || opener.sent !== t.sent || opener.pos === 'CCONJ' || opener.value === ',';
  return opens && (OBJECT_START.has(after.pos) || after.lower === 'that');
}

/**
 * True for a form of {@link COLON_NOUN_TAGGED_VERBS} read as a noun between a
 * name of two words or more and a colon that opens a quotation: "Reader Hal
 * Winters emails: \"...\"" (not "Hal Winters posts" without the colon, nor
 * "Company emails: ...", nor a business's name: "Sony Pictures emails: ...").
 */
function colonWritingVerb(doc: Doc, t: Token): boolean {
  if (t.pos !== 'NOUN' || !COLON_NOUN_TAGGED_VERBS.has(t.lower) || t.i < 2) return false;
  const colon = maybeToken(doc, t.i + 1);
  const mark = maybeToken(doc, t.i + 2);
  if (colon?.value !== ':' || mark === undefined || !isMarkToken(mark.value) || mark.para !== t.para) return false;
  const last = tokenAt(doc, t.i - 1);
  // ('Sony Pictures emails: "..."': a business's name before the noun makes it the business's emails)
  if (ORGANIZATION_NOUNS.has(last.lower) || INDUSTRY_NAME_WORDS.has(last.lower)) return false;
  // (a surname joined by a hyphen is one word of the name: "Hal Kasza-Winters emails:")
  let k = t.i - 1;
  while (k >= 2 && tokenAt(doc, k - 1).value === '-' && tokenAt(doc, k - 2).end === tokenAt(doc, k - 1).start && tokenAt(doc, k - 1).end === tokenAt(doc, k).start) k -= 2;
  if (k < 1) return false;
  const first = tokenAt(doc, k - 1);
  return last.pos === 'PROPN' && first.pos === 'PROPN' && last.sent === t.sent && first.sent === t.sent;
}

/** Most words of a singular subject's noun phrase before its determiner: "The regional police chief". */
const MAX_SINGULAR_SUBJECT = 4;

/**
 * True for a verb of {@link SINGULAR_NOUN_TAGGED_VERBS} read as a noun after a
 * singular subject and before a "that" clause: "The governor doubts that ...",
 * "Ms. Holt fears that ..." (or "whether": "The governor doubts whether
 * ..."), or a bare clause after a verb of opinion
 * ({@link bareOpinionClause}). The subject is a name of two words or more
 * ("Ms. Holt", "Ann Lee"; a lone surname only at a sentence start when the
 * text named it in full before), or singular nouns and
 * adjectives opened by a determiner ("The police chief", "The agency's
 * charge sheet"); not "Public fears
 * that ...", "Voter hopes that ...", "the union's fears that ...", nor a
 * relative "that" before a verb.
 */
function singularThatVerb(doc: Doc, t: Token): boolean {
  if (t.pos !== 'NOUN' || !SINGULAR_NOUN_TAGGED_VERBS.has(t.lower) || t.i === 0) return false;
  const after = maybeToken(doc, t.i + 1);
  const before = tokenAt(doc, t.i - 1);
  if (after === undefined || after.sent !== t.sent || before.sent !== t.sent) return false;
  if (after.lower === 'that' || (after.lower === 'whether' && WHETHER_NOUN_TAGGED_VERBS.has(t.lower))) {
    if (/^(VERB|AUX)$/.test(maybeToken(doc, t.i + 2)?.pos ?? '')) return false;
  } else if (!bareOpinionClause(doc, t)) return false;
  if (before.pos === 'PROPN') {
    const first = tokenAt(doc, t.i - 2);
    if (first.sent === t.sent) return first.pos === 'PROPN';
    // "Holt fears that ...": a lone surname opening the sentence, named in full earlier in the text ("Ms. Holt", "Ann Holt")
    return surnameNamedBefore(doc, before);
  }
  if (!/^(NOUN|ADJ)$/.test(before.pos) || /s$/.test(before.lower)) return false;
  for (let k = t.i - 2; k >= 0 && t.i - k <= MAX_SINGULAR_SUBJECT + 1; k--) {
    const w = tokenAt(doc, k);
    if (w.sent !== t.sent) return false;
    if (w.pos === 'DET') return SINGULAR_DETERMINERS.has(w.lower) || w.lower === 'the';
    // ("The agency's charge sheet states that ...": an owner's possessive inside the subject)
    if (/^['’]s$/.test(w.lower) && k > t.i - 2 - MAX_SINGULAR_SUBJECT && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) continue;
    if (!/^(NOUN|ADJ)$/.test(w.pos)) return false;
  }
  return false;
}

/** Most tokens from a bare clause's first word to its verb: "the city will", "the new tower would". */
const MAX_OPINION_SUBJECT = 5;

/**
 * True when a verb of opinion of {@link SINGULAR_NOUN_TAGGED_VERBS} (one of
 * {@link OPINION_CUE_VERBS}: fears, doubts, suspects, expects) opens a bare
 * clause, with no "that": a subject opened by a determiner, a pronoun or a
 * name, then an auxiliary or a verb before any punctuation ("The mayor fears
 * the city will run out of money").
 */
function bareOpinionClause(doc: Doc, t: Token): boolean {
  if (!OPINION_CUE_VERBS.has(t.lower.slice(0, -1))) return false;
  const first = tokenAt(doc, t.i + 1);
  if (!/^(DET|PRON|PROPN)$/.test(first.pos)) return false;
  for (let k = t.i + 2; k <= t.i + MAX_OPINION_SUBJECT && k < tokenCount(doc); k++) {
    const w = tokenAt(doc, k);
    if (w.sent !== t.sent || w.pos === 'PUNCT') return false;
    if (w.pos === 'AUX' || w.pos === 'VERB') return true;
  }
  return false;
}

/** How far back {@link surnameNamedBefore} looks for the full name, in tokens. */
const MAX_NAME_LOOKBACK = 3000;

/**
 * True when the capitalised word `t` stands earlier in the text, at most
 * {@link MAX_NAME_LOOKBACK} tokens back, as the last word of a longer name,
 * after a proper noun of its sentence ("Ann Holt", "Ms. Holt"): a lone
 * surname, not a common word the tagger read as a proper noun at a sentence
 * start ("Public", "Management"). Answered from the document's index of
 * names by surname, not by a scan back.
 */
function surnameNamedBefore(doc: Doc, t: Token): boolean {
  return namedInFullBefore(doc, t.value, t.i, MAX_NAME_LOOKBACK);
}
