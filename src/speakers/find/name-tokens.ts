/**
 * Name tokens: which words can be part of a name, hyphens inside names,
 * party-state codes ("R-Tenn.") and title keys.
 * @internal
 */
import { CUE_VERBS, EVIDENCE_SUBJECTS } from '../../data/cues.js';
import { FIRST_NAMES, NAME_PARTICLES, NAME_VERB_ARTICLES, NAME_OPENING_POSSESSIVES, NAMING_PARTICIPLES, READING_IMPERATIVES, SENTENCE_OPENER_WORDS, SHORT_NOT_SURNAMES } from '../../data/names.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { ACTING_FOR_NOUNS, PEOPLE_NOUNS, PLACE_BELONGING_NOUNS } from '../../data/people.js';
import { DAY_OR_MONTH, DAY_WORDS, YEAR } from '../../data/time.js';
import { LINKING_ADVERBS } from '../../data/clauses.js';
import { PLURAL_AUXILIARIES } from '../../data/function-words.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { kindOfName } from '../kinds.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';
import { isSurnameVerb } from '../../cues/surname.js';
import { viewSlice } from '../../prepare/view.js';
import { DASHES } from '../../data/marks.js';
import { REFLEXIVE_PRONOUNS } from '../../data/pronouns.js';
import { tokenTitleKey } from './title-keys.js';
import { nameUsedWithout, namesInText } from './name-uses.js';
import { isMisdecodedPiece } from './misdecoded.js';

/** Dash tokens (from data/marks.ts, where the attribution rules read them too). */
export { DASHES };

/**
 * True when the token at `c` closes the aside opened by `opener`, a comma or
 * a dash: a comma closes a comma, and a dash only the same dash standing apart
 * from the word before it (never the hyphen inside "Gramm-Leach-Bliley").
 */
export function closesAside(doc: Doc, opener: Token, c: number): boolean {
  const t = tokenAt(doc, c);
  return DASHES.has(opener.value) ? t.value === opener.value && tokenAt(doc, c - 1).end < t.start : t.value === ',';
}

/**
 * {@link isNameToken} by document, one byte per token: 0 not yet asked, 1 no,
 * 2 yes. The rules ask about the same tokens again and again, walking back
 * from every cue; a prepared document's tokens never change.
 */
const NAME_TOKENS = new WeakMap<Doc, Uint8Array>();

/**
 * True when token `k` is an article or possessive ({@link NAME_VERB_ARTICLES})
 * right after a capitalised verb that opens a name: "Save the Harbor",
 * "Save Our Pier" ("a group called Save the Harbor").
 */
export function articleAfterNameVerb(doc: Doc, k: number): boolean {
  if (k < 1 || !NAME_VERB_ARTICLES.has(tokenAt(doc, k).value)) return false;
  const verb = tokenAt(doc, k - 1);
  if (verb.pos !== 'VERB') return false;
  // ("Save the Harbor said ...": opening the sentence, before the article and a name, as the subject of a later verb)
  const opens = (k === 1 || tokenAt(doc, k - 2).sent !== verb.sent) && startsUpperLower(verb.value) && verb.lower === verb.lemma;
  const name = maybeToken(doc, k + 1);
  return isNameToken(verb, doc) || (opens && name !== undefined && name.sent === verb.sent && startsUpper(name.value) && isNameToken(name, doc));
}

/**
 * True when token `t` is a preposition, adverb or adjective of {@link
 * SENTENCE_OPENER_WORDS} opening its sentence before a capitalised word that
 * the document uses as a name without it: "Outside Carrier's plant, ...",
 * "Top Sanders strategists said" (then "Carrier", "Sanders" is the name).
 * "Inside Edition", only ever written whole, stays whole.
 */
export function isOpenerBeforeName(doc: Doc, t: Token): boolean {
  if (!SENTENCE_OPENER_WORDS.has(t.lower) || !startsUpperLower(t.value)) return false;
  const prev = maybeToken(doc, t.i - 1);
  const next = maybeToken(doc, t.i + 1);
  const opensSentence = !prev || prev.sent !== t.sent || isMarkToken(prev.value) || prev.value === ':';
  return opensSentence && next !== undefined && next.sent === t.sent && startsUpper(next.value) && nameUsedWithout(doc, t, next);
}

/**
 * True when token `t` is a capitalised possessive determiner of {@link
 * NAME_OPENING_POSSESSIVES} inside a sentence, after a lower-case word or a
 * comma and before a capitalised word of its sentence: it opens a name ("will
 * soon launch a group, Our Revolution, ...", "ads from Our Principles PAC").
 * Opening a sentence ("Our staff said") or inside a title-case run ("Angels
 * Of Our Nature") it does not.
 */
export function possessiveOpensName(doc: Doc, t: Token): boolean {
  if (!NAME_OPENING_POSSESSIVES.has(t.value)) return false;
  const prev = maybeToken(doc, t.i - 1);
  const next = maybeToken(doc, t.i + 1);
  return prev !== undefined && prev.sent === t.sent && (prev.value === ',' || /^\p{Ll}/u.test(prev.value)) &&
    next !== undefined && next.sent === t.sent && startsUpperLower(next.value) && /^(PROPN|NOUN|ADJ)$/.test(next.pos);
}

/** True when a token can be part of a name (a proper noun, a capitalised word the tagger misread). */
export function isNameToken(t: Token, doc: Doc): boolean {
  const i = t.i;
  if (i < 0 || i >= tokenCount(doc)) return nameToken(t, doc);
  let known = NAME_TOKENS.get(doc);
  if (known === undefined) NAME_TOKENS.set(doc, (known = new Uint8Array(tokenCount(doc))));
  const seen = known[i]!;
  if (seen !== 0) return seen === 2;
  const found = nameToken(t, doc);
  known[i] = found ? 2 : 1;
  return found;
}

/** {@link isNameToken}, worked out. */
function nameToken(t: Token, doc: Doc): boolean {
  // a particle opening a surname, which the tagger reads as a foreign word: "De Blasio", "Van Hollen"
  // (past lower-case particles: "De la Cruz", "Van der Berg")
  // (and a lower-case one that the tagger reads as a foreign word or a noun, opening a surname said alone:
  // '"...," de la Cruz said', "said van Dijk")
  if (NAME_PARTICLES.has(t.lower) && (startsUpper(t.value) || /^(X|NOUN)$/.test(t.pos))) {
    let j = t.i + 1;
    while (j < t.i + 3 && j + 1 < tokenCount(doc) && NAME_PARTICLES.has(tokenAt(doc, j).value)) j++;
    const after = tokenAt(doc, j);
    if (after.pos === 'PROPN' && after.sent === t.sent && startsUpper(after.value)) return true;
  }
  // a name cut by a mis-decoded letter: "Marc TrÃ©vidic" read as "TrÃ", "©", "vidic"
  if (isMisdecodedPiece(doc, t)) return true;
  if (t.pos !== 'PROPN' && (!startsUpper(t.value) || t.value.length < 2)) return false;
  const prev = maybeToken(doc, t.i - 1);
  const next = maybeToken(doc, t.i + 1);
  // (a colon opens a clause of its own too: "Q: Critics say ...")
  const opensSentence = !prev || prev.sent !== t.sent || isMarkToken(prev.value) || prev.value === ':';
  // "Further, the mayor said": a linking adverb opening a sentence before a comma is no name, whatever its tag
  if (opensSentence && next !== undefined && next.value === ',' && LINKING_ADVERBS.has(t.lower)) return false;
  // "Today", "Monday": a day is never a name, whatever its tag, but for a paper's: "the Sunday Ledger" (after "the",
  // before a capitalised word of its sentence)
  if (DAY_WORDS.includes(t.lower) && !/^\p{Lu}{2,}$/u.test(t.value)) {
    return prev?.lower === 'the' && prev.sent === t.sent && next !== undefined && next.sent === t.sent && next.pos === 'PROPN' && startsUpperLower(next.value);
  }
  // "Lee Will wrote", "Ann Read said", "said Ann Read.": a surname that is also a verb
  if (isSurnameVerb(doc, t.i)) return true;
  // "George Will": a capitalised auxiliary after a first name is a surname
  if (t.pos === 'AUX') {
    if (!opensSentence && prev !== undefined && prev.pos === 'PROPN' && FIRST_NAMES.has(prev.lower)) return true;
    // "columnist Ai Varro", "said Ai Varro": a capitalised word the tagger read as an auxiliary, after a lower-case
    // title, person noun or verb of saying and before a capitalised surname, is a first name
    if (prev !== undefined && prev.sent === t.sent && /^\p{Ll}/u.test(prev.value) && next !== undefined && next.sent === t.sent && next.pos === 'PROPN' && startsUpperLower(next.value) &&
      (TITLE_WORDS.has(prev.lower) || PEOPLE_NOUNS.has(prev.lower) || (prev.pos === 'VERB' && CUE_VERBS.has(prev.lemma)))) return true;
    // "said Will Moss", '"...," Will Moss said': "Will" as a first name, before a capitalised surname,
    // right after a quotation mark, a comma or a verb of saying
    // (before a surname that is a verb too: "Will Read said")
    if (t.value === 'Will' && next !== undefined && next.sent === t.sent && next.pos === 'VERB' && isSurnameVerb(doc, next.i)) return true;
    return t.value === 'Will' && next !== undefined && next.sent === t.sent && next.pos === 'PROPN' && startsUpperLower(next.value) &&
      (prev === undefined || isMarkToken(prev.value) || prev.value === ',' || (prev.pos === 'VERB' && CUE_VERBS.has(prev.lemma)));
  }
  // ("Attorneys for Ann Lee": a plural person noun opening a sentence is no name either)
  // ("said Lawyers for Ann Lee": people who act for someone, before "for", are no name anywhere)
  if (ACTING_FOR_NOUNS.has(t.lower) && next !== undefined && next.lower === 'for') return false;
  // ("Records indicate ...", "Documents reveal ...": a plural record or study opening a sentence before a lower-case word is no name)
  if (opensSentence && /^\p{Lu}\p{Ll}+s$/u.test(t.value) && EVIDENCE_SUBJECTS.has(t.lower) && next !== undefined && next.sent === t.sent && /^\p{Ll}/u.test(next.value)) return false;
  // ("Companies say ...", "Guidelines are ..."): a capitalised plural opening a sentence before a verb that agrees
  // with a plural only is a common noun, never a person's name (a plural of people or a people, "Regulars say",
  // "Germans are", stays a group's name, which a later "they" may stand for)
  if (opensSentence && /^\p{Lu}\p{Ll}+[^s'’]s$/u.test(t.value) && next !== undefined && next.sent === t.sent && agreesWithPlural(next) &&
    kindOfName(t.value) !== 'group') return false;
  // "Outside Carrier's plant, ...", "Top Sanders strategists said": a preposition, adverb or adjective of
  // SENTENCE_OPENER_WORDS opening a sentence before a capitalised word is no part of the name after it, when the
  // document uses that name without it ("Inside Edition", only ever whole, stays whole)
  if (isOpenerBeforeName(doc, t)) return false;
  // (a proper noun that is a month, "May", or a day is no name, unless in capitals; nor a person noun opening a sentence)
  if (t.pos === 'PROPN') return (!DAY_OR_MONTH.has(t.lower) || /^\p{Lu}{2,}$/u.test(t.value)) && !(opensSentence && (PEOPLE_NOUNS.has(t.lower) || PEOPLE_NOUNS.has(t.lower.replace(/s$/, ''))));
  // a capitalised common noun that opens a sentence ("Officials said") is not a name
  if (t.pos === 'NOUN' || t.pos === 'ADJ') return !(opensSentence && PEOPLE_NOUNS.has(t.lower));
  // a surname the tagger read as an adverb or preposition first in a sentence, before an inflected
  // verb of saying ("Gladly said", "From agreed"), when the document uses it as a name elsewhere
  if ((t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'SCONJ') && opensSentence && next !== undefined && next.sent === t.sent && next.pos === 'VERB' &&
    next.lower !== next.lemma && CUE_VERBS.has(next.lemma) && namesInText(doc).has(t.value)) return true;
  // "Al From, who ...", "Ann Over said": a capitalised preposition or adverb inside a sentence, right after a capitalised
  // first name and before a comma or a verb, is a surname
  if ((t.pos === 'ADP' || t.pos === 'ADV') && !opensSentence && startsUpperLower(t.value) && prev !== undefined && prev.sent === t.sent && startsUpperLower(prev.value) &&
    FIRST_NAMES.has(prev.lower) && next !== undefined && (next.value === ',' || next.value === '.' || (next.pos === 'VERB' && /^\p{Ll}/u.test(next.value)))) return true;
  // "said Li Na", "Park Oh said": a capitalised word of two letters the tagger read as no name, noun, adjective or
  // auxiliary (a particle, determiner, interjection, preposition ...), right after a capitalised proper noun in its
  // sentence and before a comma, a full stop, a semicolon, the sentence's end or a lower-case verb, is a surname (not
  // a function word of SHORT_NOT_SURNAMES: "Lee In, Hale Out")
  // (after a first name the tagger read as a common noun too: "Park Oh said", "said Park Oh.")
  // "the left-leaning New Democratic Party": a capitalised word the tagger read as an adverb inside a sentence, after a
  // lower-case word and before a capitalised name word, opens the name (not in a title-case run: "Lee Now Leads")
  if (t.pos === 'ADV' && !opensSentence && startsUpperLower(t.value) && prev !== undefined && prev.sent === t.sent && /^\p{Ll}/u.test(prev.value) &&
    next !== undefined && next.sent === t.sent && /^(PROPN|ADJ|NOUN)$/.test(next.pos) && startsUpperLower(next.value)) return true;
  if (/^\p{Lu}\p{Ll}$/u.test(t.value) && !opensSentence && !SHORT_NOT_SURNAMES.has(t.lower) && prev !== undefined && prev.sent === t.sent && (prev.pos === 'PROPN' || prev.pos === 'NOUN') &&
    startsUpperLower(prev.value) && (next === undefined || next.sent !== t.sent || /^[,.;]$/.test(next.value) || (/^(VERB|AUX)$/.test(next.pos) && /^\p{Ll}/u.test(next.value)))) return true;
  if (t.pos !== 'VERB') return false;
  // "a group called Save the Harbor": a capitalised verb right after a lower-case naming verb opens the name
  if (prev !== undefined && prev.sent === t.sent && NAMING_PARTICIPLES.has(prev.value) && startsUpperLower(t.value) && next !== undefined && next.sent === t.sent && /^(DET|PROPN|NOUN|ADP|PRON)$/.test(next.pos)) return true;
  // '"...," Plow, after a short silence, said': a capitalised word the tagger read as a verb right after a
  // quotation that closes on a comma, before a comma of its own, is a surname when the document writes it after a
  // first name elsewhere ("Sen. Ada Plow")
  if (prev !== undefined && isMarkToken(prev.value) && /^[,?!]$/.test(maybeToken(doc, prev.i - 1)?.value ?? '') && next !== undefined && next.value === ',' && next.sent === t.sent &&
    startsUpperLower(t.value) && namesInText(doc).has(t.value)) return true;
  // "But Ward and other experts acknowledge": a capitalised word the tagger read as a verb, right after a conjunction
  // that opens the sentence, is a surname when the document writes it after a first name elsewhere ("Sam Ward")
  if (prev !== undefined && prev.pos === 'CCONJ' && prev.sent === t.sent && startsUpperLower(t.value) && (prev.i === 0 || tokenAt(doc, prev.i - 1).sent !== prev.sent) && namesInText(doc).has(t.value)) return true;
  // "Prosper resident Ann Lee", "said Mend native Tom Reyes": a capitalised word the tagger took for a verb,
  // before a lower-case person noun or title that a name follows, is a place or body describing the person
  if (next !== undefined && next.sent === t.sent && /^\p{Ll}/u.test(next.value) && (PEOPLE_NOUNS.has(next.lower) || TITLE_WORDS.has(next.lower) || PLACE_BELONGING_NOUNS.has(next.lower)) &&
    startsUpperLower(t.value) && tokenAt(doc, t.i + 2).sent === t.sent && tokenAt(doc, t.i + 2).pos === 'PROPN' && startsUpper(tokenAt(doc, t.i + 2).value)) return true;
  // a name the tagger took for a verb right after a verb of saying: '"...," said Weld.'
  if (prev && prev.sent === t.sent && prev.pos === 'VERB' && /^\p{Ll}/u.test(prev.value) && CUE_VERBS.has(prev.lemma) && (next === undefined || next.pos === 'PUNCT')) return true;
  // a capitalised verb form inside a name ("The Associated Press"), or a name
  // the tagger took for a verb before a cue ("Lynch said"), never first in a sentence
  if (next && next.para === t.para && next.pos === 'PROPN') {
    // ("Chasing Trump", "Regarding Lee, ...": a gerund opening a sentence is no part of the name after it when the
    // document uses that name without it; "Playing Field Promotions" stays whole, and so does a gerund before a
    // title, "Acting Mayor Ann Lee", though "the Mayor" stands elsewhere)
    // ("(See Lee's timeline below.)", "Read Lee's column": an imperative opening a parenthesis, or a sentence before
    // a possessive name, is no part of the name either, when the document uses that name without it; only a
    // verb that points a reader somewhere (READING_IMPERATIVES), never before an appositive comma: "Grant Young,
    // a strategist, ...", "Pierce Young's office declined ..." keep their first names)
    const after = tokenAt(doc, next.i + 1);
    const possessive = /^['’]s$/u.test(after.value) && after.sent === t.sent;
    const gerund = opensSentence && /ing$/u.test(t.lower) && t.lower !== t.lemma;
    const imperative = (prev?.value === '(' || (opensSentence && possessive)) && READING_IMPERATIVES.has(t.lower) && after.value !== ',';
    return !((gerund || imperative) && !FIRST_NAMES.has(t.lower) && !TITLE_WORDS.has(tokenTitleKey(next)) && nameUsedWithout(doc, t, next));
  }
  // "the Met Office said", "the Met Police": a capitalised word the tagger read as a verb, right after "the" and before
  // a capitalised word of the name it read as a common noun, opens that name
  if (prev !== undefined && prev.lower === 'the' && prev.sent === t.sent && startsUpperLower(t.value) && next !== undefined && next.sent === t.sent &&
    next.pos === 'NOUN' && startsUpperLower(next.value) && isNameToken(next, doc)) return true;
  // "Rose Park said", "Drew Moon said": a first name the tagger read as a verb, before a capitalised word it read as
  // a common noun in its sentence, opens the name (the noun is the surname)
  if (FIRST_NAMES.has(t.lower) && startsUpperLower(t.value) && next !== undefined && next.sent === t.sent && next.pos === 'NOUN' && startsUpperLower(next.value) && isNameToken(next, doc)) return true;
  // a surname after a first name ("Oliver K. Hedge"), unless it is a verb of saying ("Varga Says")
  if (prev && prev.sent === t.sent && prev.pos === 'PROPN' && !CUE_VERBS.has(t.lemma)) return true;
  if (next === undefined) return false;
  // ("Ford itself said": a reflexive pronoun between the name and its verb of saying)
  if (opensSentence && REFLEXIVE_PRONOUNS.has(next.lower)) return reflexiveSubject(doc, t, next);
  if (next.pos !== 'VERB' || startsUpper(next.value)) return false;
  if (prev !== undefined && prev.sent === t.sent) return true;
  // first in a sentence only before an inflected verb of saying ("Welch said", "Lynch announced"):
  // an imperative is never followed by one
  return beforeSayingVerb(t, next);
}

/**
 * True when `t`, a word in its base form that is no verb of saying itself, is
 * followed by `verb`, an inflected verb of saying: "Welch said", and with a
 * reflexive between them "Ford itself said" (an imperative is never followed
 * by one).
 */
function beforeSayingVerb(t: Token, verb: Token): boolean {
  return t.lower === t.lemma && verb.lower !== verb.lemma && CUE_VERBS.has(verb.lemma) && !CUE_VERBS.has(t.lemma);
}

/**
 * True when `t`, a capitalised word the tagger read as a verb opening its
 * sentence, is a name before the reflexive pronoun `reflexive` and an
 * inflected verb of saying: "Ford itself said", "Lenz herself wrote" (an
 * imperative with its reflexive object, "Brace yourself", is followed by no
 * inflected verb of saying).
 */
function reflexiveSubject(doc: Doc, t: Token, reflexive: Token): boolean {
  const verb = maybeToken(doc, reflexive.i + 1);
  return verb !== undefined && verb.sent === t.sent && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value) && startsUpperLower(t.value) && beforeSayingVerb(t, verb);
}

/**
 * True when token `k` is the number that ends a name (`Channel 4`, `Local
 * 802`, `ABC 7`): a number of at most four digits, no year, one space after a
 * capitalised name word of its sentence that is no month or day (`in May
 * 2015` is a date), at or after `floor`.
 */
export function numberedName(doc: Doc, k: number, floor: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos !== 'NUM' || !/^\d{1,4}$/.test(t.value) || YEAR.test(t.value) || k - 1 < floor) return false;
  const before = tokenAt(doc, k - 1);
  return before.sent === t.sent && before.pos === 'PROPN' && /^\p{Lu}/u.test(before.value) && !DAY_OR_MONTH.has(before.lower) && viewSlice(doc.view, before.end, t.start) === ' ';
}

/**
 * True for a lower-case verb that agrees with a plural subject only: an
 * auxiliary of {@link PLURAL_AUXILIARIES} ("are", "have") or a verb in its
 * base form ("say", "argue"; not "says" nor "said").
 */
function agreesWithPlural(t: Token): boolean {
  if (!/^\p{Ll}/u.test(t.value)) return false;
  if (PLURAL_AUXILIARIES.has(t.lower)) return true;
  return t.pos === 'VERB' && t.lower === t.lemma && !/s$/.test(t.lower);
}
