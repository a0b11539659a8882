/**
 * Name tokens: which words can be part of a name, hyphens inside names,
 * party-state codes ("R-Tenn.") and title keys.
 * @internal
 */
import { CUE_VERBS, EVIDENCE_SUBJECTS, NOT_PRENOMINAL_SAYING_FORMS } from '../../data/cues.js';
import { ELIDED_ARTICLE_PARTICLES, FIRST_NAMES, GIVEN_NAME_PARTICLES, KOREAN_SURNAMES, NAME_PARTICLES, NAME_VERB_ARTICLES, NAME_OPENING_POSSESSIVES, NAMING_PARTICIPLES, READING_IMPERATIVES, SENTENCE_OPENER_WORDS, SHORT_NOT_SURNAMES } from '../../data/names.js';
import { FIRST_NAME_TITLES, HONORIFICS, TITLE_ABBREVIATIONS, TITLE_WORDS } from '../../data/titles.js';
import { ACTING_FOR_NOUNS, PEOPLE_NOUNS, PLACE_BELONGING_NOUNS } from '../../data/people.js';
import { DAY_OR_MONTH, DAY_WORDS, YEAR } from '../../data/time.js';
import { LINKING_ADVERBS } from '../../data/clauses.js';
import { PLURAL_AUXILIARIES } from '../../data/function-words.js';
import type { Doc, Token } from '../../prepare/document.js';
import type { TokenTable } from '../../prepare/tokens.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { surnameUses } from '../../prepare/surnames.js';
import { isPlaceName, isStateAbbreviation, kindOfName } from '../kinds.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';
import { isSurnameVerb } from '../../cues/surname.js';
import { viewSlice } from '../../prepare/view.js';
import { DASHES } from '../../data/marks.js';
import { REFLEXIVE_PRONOUNS } from '../../data/pronouns.js';

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

/** Lower-cases a title word and strips its final period: "Sen." -> "sen". */
export function titleKey(value: string): string {
  return withoutFinalPeriod(value.toLowerCase());
}

/**
 * {@link titleKey} of a token's value, from its lower case (which is its value
 * lower-cased): no new lower-case copy per ask.
 */
export function tokenTitleKey(t: Token): string {
  return withoutFinalPeriod(t.lower);
}

/** `lower` without its final period, if it ends in one: the key of {@link titleKey}. */
function withoutFinalPeriod(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 /* . */ ? lower.slice(0, -1) : lower;
}

/**
 * True when `value` is a title word ({@link TITLE_WORDS} by {@link titleKey}),
 * alone or shared with a "co-" prefix: "director", "Sen.", "co-chair".
 */
export function isTitleWordValue(value: string): boolean {
  const key = titleKey(value);
  return TITLE_WORDS.has(key) || (key.startsWith('co-') && TITLE_WORDS.has(key.slice(3)));
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
 * Name uses of a document ({@link isNameUse}): how many times each word
 * stands as a name ("total"), and how many times right after each word
 * ("after", keyed by the word before, a line break, then the word). Built
 * once, so that {@link nameUsedWithout} is a look-up, not a scan of the
 * document for every gerund before a name.
 */
interface NameUses {
  total: Map<string, number>;
  after: Map<string, number>;
}

/** {@link nameUses} by document. */
const NAME_USES = new WeakMap<Doc, NameUses>();

/** {@link NameUses} of a document, worked out on first use. */
function nameUses(doc: Doc): NameUses {
  let uses = NAME_USES.get(doc);
  if (uses === undefined) {
    uses = { total: new Map(), after: new Map() };
    const count = tokenCount(doc);
    const table = doc.table;
    for (let k = 1; k < count; k++) {
      // (a long text's token that is no proper noun is passed over on its tag, without a token object)
      if (table !== undefined && table.posOf(k) !== 'PROPN') continue;
      const u = tokenAt(doc, k);
      if (!isNameUse(doc, u)) continue;
      uses.total.set(u.value, (uses.total.get(u.value) ?? 0) + 1);
      // pairs only after a word that `nameUsedWithout` is asked about (a map of every pair stayed in memory to the
      // end of a long text's call)
      const before = tokenAt(doc, k - 1);
      if (!mayComeBeforeAsked(before)) continue;
      const pair = `${before.value}\n${u.value}`;
      uses.after.set(pair, (uses.after.get(pair) ?? 0) + 1);
    }
    NAME_USES.set(doc, uses);
  }
  return uses;
}

/**
 * True for a word {@link nameUsedWithout} may be asked about as the word before a name: a form in "-ing", a reading
 * imperative or a sentence opener ({@link SENTENCE_OPENER_WORDS}).
 */
const mayComeBeforeAsked = (t: Token): boolean => /ing$/u.test(t.lower) || READING_IMPERATIVES.has(t.lower) || SENTENCE_OPENER_WORDS.has(t.lower);

/**
 * True when token `u` is used as a name: a word tagged as a proper noun that
 * is not capitalised by its place, first in a sentence or glued to an opening
 * quotation mark (the tagger calls "Nurses worked late" a proper noun too).
 * After a closing mark it counts: '"...," Lee said'.
 */
function isNameUse(doc: Doc, u: Token): boolean {
  if (u.pos !== 'PROPN') return false;
  const prev = maybeToken(doc, u.i - 1);
  return prev !== undefined && prev.sent === u.sent && !(isMarkToken(prev.value) && prev.end === u.start);
}

/**
 * True when the word of `name` stands elsewhere in the document as a name
 * ({@link isNameUse}) without the word of `before` right before it.
 */
function nameUsedWithout(doc: Doc, before: Token, name: Token): boolean {
  const uses = nameUses(doc);
  // (asked only after a gerund or a reading imperative, so `before` passes `mayComeBeforeAsked`: its pairs are counted)
  // (`name` itself stands after `before`, so it is among those left out)
  return (uses.total.get(name.value) ?? 0) - (uses.after.get(`${before.value}\n${name.value}`) ?? 0) > 0;
}

/**
 * True when the word of `name` stands elsewhere in the document as a name
 * ({@link isNameUse}) right after a capitalised word other than the word of
 * `before` that is no title: "Vikram Amar" makes the "Dean" of "Dean Amar" a
 * title. Asked only for the rare title words that are first names too.
 */
export function surnameAfterOtherName(doc: Doc, before: Token, name: Token): boolean {
  // only the words after a first-name title are indexed: the words before any other name are never asked for
  if (!FIRST_NAME_TITLES.has(before.lower)) return false;
  const words = wordsBeforeNames(doc).get(name.value);
  if (words === undefined) return false;
  for (const word of words) if (word !== before.value && /^\p{Lu}\p{Ll}/u.test(word) && !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}

/** {@link wordsBeforeNames} by document. */
const WORDS_BEFORE_NAMES = new WeakMap<Doc, Map<string, Set<string>>>();

/**
 * For each word standing as a name ({@link isNameUse}) somewhere and right
 * after a first-name title somewhere, the distinct words right before its name
 * uses, built once per document (kept only for those words: a map over every
 * name of a long text stayed in memory to the end of the call).
 */
function wordsBeforeNames(doc: Doc): ReadonlyMap<string, ReadonlySet<string>> {
  let found = WORDS_BEFORE_NAMES.get(doc);
  if (found === undefined) {
    found = new Map();
    const table = doc.table;
    if (table !== undefined) wordsBeforeNamesInTable(doc, table, found);
    else {
      const tokens = doc.tokens;
      const count = tokens.length;
      // the words after a first-name title, then the words before each of their name uses
      const titled = new Set<string>();
      for (let k = 0; k + 1 < count; k++) if (FIRST_NAME_TITLES.has(tokens[k]!.lower)) titled.add(tokens[k + 1]!.value);
      if (titled.size > 0) {
        for (let k = 1; k < count; k++) {
          const u = tokens[k]!;
          if (titled.has(u.value) && isNameUse(doc, u)) addWordBefore(found, u.value, tokens[k - 1]!.value);
        }
      }
    }
    WORDS_BEFORE_NAMES.set(doc, found);
  }
  return found;
}

/** Adds `word` to the words before `name` in `found`. */
function addWordBefore(found: Map<string, Set<string>>, name: string, word: string): void {
  const words = found.get(name);
  if (words === undefined) found.set(name, new Set([word]));
  else words.add(word);
}

/**
 * {@link wordsBeforeNames} of a long text, read from its table by word
 * index: the title words and the words after them are marked once per
 * distinct word, so that the passes over the tokens compare numbers and make
 * a token object only for a marked word.
 */
function wordsBeforeNamesInTable(doc: Doc, table: TokenTable, found: Map<string, Set<string>>): void {
  const count = table.length;
  const word = table.word;
  const words = table.words;
  // by distinct word: 1 for a first-name title, 2 for a word after one somewhere
  const marks = new Uint8Array(words.length);
  const lowers = table.lowers;
  let titles = false;
  for (let w = 0; w < lowers.length; w++) if (FIRST_NAME_TITLES.has(lowers[w]!)) (marks[w] = 1), (titles = true);
  if (!titles) return;
  let titled = false;
  for (let k = 0; k + 1 < count; k++) if ((marks[word[k]!]! & 1) !== 0) (marks[word[k + 1]!]! |= 2), (titled = true);
  if (!titled) return;
  for (let k = 1; k < count; k++) {
    if ((marks[word[k]!]! & 2) === 0) continue;
    const u = table.at(k)!;
    if (isNameUse(doc, u)) addWordBefore(found, u.value, words[word[k - 1]!]!);
  }
}

/** {@link namesInText} by document. */
const NAMES_IN_TEXT = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * Capitalised words right after a capitalised proper noun inside a sentence ("Rep. Tom Gladly"), whatever their tag:
 * the words of the document's index of names by surname (`prepare/surnames.ts`).
 */
export function namesInText(doc: Doc): ReadonlySet<string> {
  let names = NAMES_IN_TEXT.get(doc);
  if (names === undefined) {
    names = new Set(surnameUses(doc).keys());
    NAMES_IN_TEXT.set(doc, names);
  }
  return names;
}

/** A piece of a mis-decoded word: letters, symbols and Latin-1 signs such as "¡", never quotation marks, dashes or a possessive. */
const PIECE = /^(?:\p{L}|\p{M}|\p{S}|[\u0080-\u009f\u00a1-\u00bf])+$/u;
// (with combining marks, "Ã" read as A and a tilde, and C1 control characters, as a mis-decoding leaves them)
/** A character outside ASCII. */
const NON_ASCII = /[^\x00-\x7F]/u;

/**
 * True when token `t` continues a capitalised word with no space between, after
 * a mis-decoded character ("TrÃ" then "©" then "vidic" for "Trévidic").
 */
function isMisdecodedPiece(doc: Doc, t: Token): boolean {
  return misdecodedWordStart(doc, t.i) < t.i;
}

/**
 * The token that starts the mis-decoded word token `k` continues ("LorÃ" for
 * the "tan" of "LorÃ©tan"), or `k` itself when it continues none: a
 * mention never starts inside such a word ("BreÃ±a Ortiz", not "a Ortiz").
 */
export function misdecodedWordStart(doc: Doc, k: number): number {
  const t = tokenAt(doc, k);
  // (a piece is glued to the token before it: a token after a space, as almost every word is, continues
  // nothing, and that is cheaper to see than the pattern)
  if (k === 0 || tokenAt(doc, k - 1).end !== t.start || !PIECE.test(t.value)) return k;
  // walk back over the glued pieces to the word that starts them; one piece must be outside ASCII
  let odd = NON_ASCII.test(t.value);
  for (let j = k; j > 0 && k - j < 4; j--) {
    const prev = tokenAt(doc, j - 1);
    if (prev.end !== tokenAt(doc, j).start || !PIECE.test(prev.value)) return k;
    odd ||= NON_ASCII.test(prev.value);
    const start = j - 1 === 0 || tokenAt(doc, j - 2).end !== prev.start;
    if (start) return odd && prev.pos === 'PROPN' && startsUpper(prev.value) ? j - 1 : k;
  }
  return k;
}

/** True for a possessive ending token ("'s", a bare apostrophe after a plural). */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019') && t.pos === 'PART';
}

/**
 * True when token `k` is a bare apostrophe closing a plural possessive, as
 * the tagger leaves it as punctuation: "Okafor’ campaign", "the voters' choice".
 * It is attached to a word ending in s, a word follows after a space, and no
 * single quotation mark opens earlier in the sentence (then it would close it).
 */
export function isBareApostrophe(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const prev = tokenAt(doc, k - 1);
  const next = tokenAt(doc, k + 1);
  if ((t.value !== "'" && t.value !== '\u2019') || t.pos === 'PART' || prev.end !== t.start || !/s$/i.test(prev.value)) return false;
  if (next.sent !== t.sent || next.start === t.end || !/^\p{L}/u.test(next.value)) return false;
  const sentence = doc.sentences[t.sent];
  for (let j = sentence?.first ?? k; j < k; j++) if (/^['\u2018\u2019]$/.test(tokenAt(doc, j).value)) return false;
  return true;
}

/** True when token `k` is a hyphen joining two words with no space: "Lane-Eakins", "Min-jun". */
export function isInnerHyphen(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const prev = maybeToken(doc, k - 1);
  const next = maybeToken(doc, k + 1);
  return t !== undefined && prev !== undefined && next !== undefined && (t.value === '-' || t.value === '\u2010') &&
    prev.end === t.start && t.end === next.start && prev.para === next.para;
}

/**
 * True when token `k` is the lower-case second syllable of a Korean given
 * name after a hyphen, the name opening with a family name: the "moon" of
 * "Ban Ki-moon", the "un" of "Kim Jong-un" (and not the "style" of "Varga-style").
 */
export function givenNameSyllable(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (t === undefined || k < 3 || !/^\p{Ll}{1,4}$/u.test(t.value) || !isInnerHyphen(doc, k - 1)) return false;
  const first = tokenAt(doc, k - 2);
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(first.value) && KOREAN_SURNAMES.has(tokenAt(doc, k - 3).lower) && startsUpper(tokenAt(doc, k - 3).value);
}

/** True when token `k` ends an age used as a noun: the "old" of "61-year-old". */
export function isAgeWord(doc: Doc, k: number): boolean {
  return tokenAt(doc, k).lower === 'old' && isInnerHyphen(doc, k - 1) && tokenAt(doc, k - 2).lemma === 'year' && isInnerHyphen(doc, k - 3);
}

/**
 * One past the end of a party-state code starting at token `k` ("R-Tenn.",
 * "D-Ore", "I-Vt."), or `k` when there is none. Such codes are neither names
 * nor descriptions.
 */
export function partyCodeEnd(doc: Doc, k: number): number {
  const party = tokenAt(doc, k);
  if (!(party.value === 'R' || party.value === 'D' || party.value === 'I') || !isInnerHyphen(doc, k + 1)) return k;
  const state = tokenAt(doc, k + 2);
  if (isStateAbbreviation(state.value) || isPlaceName(state.value)) {
    const dot = tokenAt(doc, k + 3);
    return dot.value === '.' && dot.start === state.end ? k + 4 : k + 3;
  }
  // a dotted abbreviation in pieces: "R-N.Y.", "D-R.I." ("N", ".", "Y.")
  let j = k + 2;
  let letters = '';
  while (j < k + 7 && /^(\p{L}\.?|\.)$/u.test(tokenAt(doc, j).value) && (j === k + 2 || tokenAt(doc, j).start === tokenAt(doc, j - 1).end)) {
    letters += tokenAt(doc, j).value;
    j++;
  }
  return j > k + 3 && letters.endsWith('.') && isStateAbbreviation(letters.replace(/\./g, '')) ? j : k;
}

/** Most words a short quoted stretch passed over inside a clause may hold: 'lamented the "dismal" state', 'proposed we "keep the tolls where they are"' (measured on PolNeAR train: 4 -> 6 fixes one speaker, breaks none). */
const MAX_SCARE_WORDS = 6;

/**
 * When the quotation mark at token `close` closes a short quoted stretch of
 * words inside its sentence, at or after `floor` (a scare quote or a quoted
 * name: 'lamented the "dismal" state and said'), the index of its
 * opening mark; else -1. The stretch holds one to {@link MAX_SCARE_WORDS}
 * words and no punctuation, and opens after a word.
 */
export function scareQuoteStart(doc: Doc, close: number, floor: number): number {
  const closing = maybeToken(doc, close);
  if (closing === undefined || !isMarkToken(closing.value)) return -1;
  for (let j = close - 1; j >= Math.max(floor, close - MAX_SCARE_WORDS - 1); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== closing.sent) return -1;
    if (isMarkToken(t.value)) {
      const before = maybeToken(doc, j - 1);
      return j < close - 1 && j > floor && before !== undefined && before.sent === t.sent && /^[\p{L}\p{N}]/u.test(before.value) ? j : -1;
    }
    if (!/^[\p{L}\p{N}]/u.test(t.value) && !isInnerHyphen(doc, j)) return -1;
  }
  return -1;
}

/**
 * True when `given`, a token right before a nickname's opening mark, may be
 * the given name: a name word, or a capitalised proper noun that is a person
 * noun opening its sentence ('Baker "Slim" Jones said': the nickname and the
 * surname after it show "Baker" to be a name, not the job).
 */
export function givenBeforeNickname(doc: Doc, given: Token): boolean {
  return isNameToken(given, doc) || (given.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(given.value) && PEOPLE_NOUNS.has(given.lower));
}

/**
 * The opening mark of a nickname whose closing mark is token `close`, or -1:
 * one to three capitalised words in quotation marks (the first may be a
 * lower-case "the": 'Bill "the Hammer" Walters'), right after a
 * capitalised given name and right before a capitalised surname, all in one
 * sentence ('Dwayne "The Rock" Johnson', 'Bill "Sonny" Walters').
 */
export function quotedNicknameStart(doc: Doc, close: number, floor: number): number {
  const open = scareQuoteStart(doc, close, floor);
  if (open < 0 || close - open - 1 > 3 || open - 1 < floor) return -1;
  const given = tokenAt(doc, open - 1), surname = maybeToken(doc, close + 1);
  if (surname === undefined || surname.sent !== given.sent || !isNameToken(surname, doc) || !givenBeforeNickname(doc, given) || given.pos !== 'PROPN') return -1;
  // (the marks are set off by spaces outside and none inside)
  if (tokenAt(doc, open).start === given.end || tokenAt(doc, close).end === surname.start) return -1;
  // (a lower-case "the" may open it before a capitalised word: 'Bill "the Hammer" Walters')
  for (let j = open + 1; j < close; j++) if (!startsUpper(tokenAt(doc, j).value) && !(j === open + 1 && j + 1 < close && tokenAt(doc, j).value === 'the')) return -1;
  return open;
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
 * True when token `k` is the "'s" that ends a capitalised name written with a
 * possessive, a business ("McDonald's", "Sotheby's"), right before a verb of
 * its sentence, adverbs between: "McDonald's said ...", "Macy's also said".
 * The tagger reads the "'s" as a possessive with no noun after it; a name
 * with a noun after its "'s" ("McDonald's spokesman said") is the owner
 * inside a phrase, and so is one before a participle that modifies a noun
 * ("Lee's repeated requests", "Lee's reported net worth"), but never one of
 * the saying forms of {@link NOT_PRENOMINAL_SAYING_FORMS} ("Sotheby's said
 * prices rose"). Not a person's name, whose "'s" is "has": after an honorific,
 * a title or a known first name ("Mr. Obama's said", "Laura Lee's been"), or
 * a word the text also writes with no "'s" after it ("Obama said ...").
 */
export function possessiveName(doc: Doc, k: number, floor: number): boolean {
  const s = maybeToken(doc, k);
  // (adverbs may stand between: "McDonald's also said")
  let v = k + 1;
  while (v < k + 3 && maybeToken(doc, v)?.pos === 'ADV' && /^\p{Ll}/u.test(tokenAt(doc, v).value)) v++;
  const verb = maybeToken(doc, v);
  if (s === undefined || verb === undefined || k - 1 < floor || (s.lower !== "'s" && s.lower !== '\u2019s') || s.pos !== 'PART') return false;
  const name = tokenAt(doc, k - 1);
  if (name.end !== s.start || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.value) || verb.sent !== s.sent || !/^\p{Ll}/u.test(verb.value)) return false;
  // a person's name, whose "'s" is "has": "Mr. Obama's said", "Barack Obama's been", or a word the text writes with no
  // "'s" after it too ("Obama said ... Obama's said")
  if (personBeforeContraction(doc, k - 1) || bareCapitals(doc).has(name.value)) return false;
  const next = maybeToken(doc, v + 1);
  const nextTag = next === undefined || next.sent !== verb.sent ? 'PUNCT' : next.pos;
  // an auxiliary before its verb: "Macy's has said", "Sotheby's will say"
  if (verb.pos === 'AUX') return /^(VERB|ADV|PART)$/.test(nextTag);
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma || /ing$/.test(verb.lower)) return false;
  // "said", "says", "told", "wrote" modify no noun: a noun after them is the subject of the clause said ("McDonald's
  // said sales fell", "Sotheby's says prices rose")
  if (NOT_PRENOMINAL_SAYING_FORMS.has(verb.lower)) return true;
  // a form in -s opens a clause only before a pronoun, determiner or subordinator ("Macy's says it"; not the plural
  // noun of "Lee's promises to" or "Lee's calls for"); a past form is no participle before its noun ("Lee's
  // repeated requests", "Lee's reported net worth")
  if (/s$/.test(verb.lower)) return /^(PRON|DET|SCONJ)$/.test(nextTag);
  return !/^(NOUN|ADJ|NUM|VERB)$/.test(nextTag);
}

/**
 * True when token `k` is the "'s" that stands for "has" after a person's name,
 * right before a past form of a cue verb of its sentence (adverbs between):
 * "Mr. Tolland's said", "Target's said" in a text that also writes "Target
 * said". The name before it is the speaker, without the "'s". A person's name
 * is the one {@link possessiveName} refuses: after an honorific, a title or a
 * known first name, or a word the text also writes with no "'s" after it. A
 * past form before a noun is a participle ("Lee's repeated requests").
 */
export function contractedHasName(doc: Doc, k: number, floor: number): boolean {
  const s = maybeToken(doc, k);
  if (s === undefined || k - 1 < floor || (s.lower !== "'s" && s.lower !== '\u2019s') || s.pos !== 'PART') return false;
  let v = k + 1;
  while (v < k + 3 && maybeToken(doc, v)?.pos === 'ADV' && /^\p{Ll}/u.test(tokenAt(doc, v).value)) v++;
  const verb = maybeToken(doc, v);
  const name = tokenAt(doc, k - 1);
  if (verb === undefined || name.end !== s.start || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.value) || verb.sent !== s.sent) return false;
  // (a past form of a cue verb: "said", "told", "warned"; not "says" or "saying")
  if (verb.pos !== 'VERB' || !/^\p{Ll}/u.test(verb.value) || verb.lower === verb.lemma || /(s|ing)$/.test(verb.lower) || !CUE_VERBS.has(verb.lemma)) return false;
  if (!personBeforeContraction(doc, k - 1) && !bareCapitals(doc).has(name.value)) return false;
  // (a past form before a noun is its participle, the name its owner: "Lee's repeated requests", "Lee's declared
  // goal"; never "said", "told" or "wrote")
  const next = maybeToken(doc, v + 1);
  const nextTag = next === undefined || next.sent !== verb.sent ? 'PUNCT' : next.pos;
  return NOT_PRENOMINAL_SAYING_FORMS.has(verb.lower) || !/^(NOUN|PROPN|ADJ|NUM|VERB)$/.test(nextTag);
}

/**
 * True when the name word at `k` (or the hyphenated name it ends, "Kasza-Lind")
 * follows an honorific, a title or a known first name in its sentence ("Mr.
 * Obama", "Sen. Ada Moss", "Barack Obama", "Mr. Kasza-Lind"):
 * a person's name, whose "'s" before a verb stands for "has" or "is".
 */
function personBeforeContraction(doc: Doc, k: number): boolean {
  // (a hyphenated name from its first part: "Mr. Kasza-Lind's said")
  while (k >= 2 && isInnerHyphen(doc, k - 1)) k -= 2;
  const before = maybeToken(doc, k - 1);
  if (before === undefined || k < 1 || before.sent !== tokenAt(doc, k).sent) return false;
  // ("Mr." may be read as "Mr" and ".")
  const word = before.value === '.' && k >= 2 ? tokenAt(doc, k - 2) : before;
  const key = tokenTitleKey(word);
  return HONORIFICS.has(key) || TITLE_ABBREVIATIONS.has(key) || (word === before && /^\p{Lu}\p{Ll}/u.test(word.value) && FIRST_NAMES.has(word.lower));
}

/** Per document, the capitalised words written at least once with no "'s" right after them ({@link bareCapitals}). */
const BARE_CAPITALS = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * The capitalised words of the text written at least once with no "'s"
 * right after them: "Obama" when the text has "Obama said" as well as
 * "Obama's said"; never "McDonald" when it writes "McDonald's" only.
 */
function bareCapitals(doc: Doc): ReadonlySet<string> {
  let found = BARE_CAPITALS.get(doc);
  if (found !== undefined) return found;
  const set = new Set<string>();
  const count = tokenCount(doc);
  for (let k = 0; k < count; k++) {
    const t = tokenAt(doc, k);
    if (!startsUpper(t.value)) continue;
    const next = maybeToken(doc, k + 1);
    if (next === undefined || next.start !== t.end || (next.lower !== "'s" && next.lower !== '\u2019s')) set.add(t.value);
  }
  found = set;
  BARE_CAPITALS.set(doc, found);
  return found;
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

/**
 * True when token `j`, a capitalised noun opening its sentence (which alone
 * would read as a person noun), stands right before the capitalised
 * preposition at `k` that joins it to the rest of a name: "Doctors" in
 * "Doctors Without Borders said". Not before an article: "Friends Of The
 * Pier" reads whole as a description already, and as a name its inner "The"
 * would cut it to "Pier".
 */
export function openingLinkHead(doc: Doc, j: number, k: number): boolean {
  const head = tokenAt(doc, j);
  const next = maybeToken(doc, k + 1);
  return k === j + 1 && tokenAt(doc, k).pos === 'ADP' && /^(NOUN|PROPN)$/.test(head.pos) && startsUpperLower(head.value) && (j === 0 || tokenAt(doc, j - 1).sent !== head.sent) &&
    !(next !== undefined && next.pos === 'DET' && next.sent === head.sent);
}

/**
 * True when token `k` is a particle of {@link GIVEN_NAME_PARTICLES} inside a
 * person's name: after a capitalised name word that is no day, month or
 * place ("Erik ten Hoven", "Marc-Andre ter Brugge") and before a
 * capitalised name word of its sentence that is no plural ("On Tuesday ten
 * Republicans", "Iowa ten Democrats" are no names).
 */
export function givenNameParticle(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const before = maybeToken(doc, k - 1);
  const after = maybeToken(doc, k + 1);
  if (t === undefined || before === undefined || after === undefined || !GIVEN_NAME_PARTICLES.has(t.value)) return false;
  if (before.sent !== t.sent || after.sent !== t.sent || !/^\p{Lu}/u.test(before.value) || !/^\p{Lu}\p{Ll}/u.test(after.value)) return false;
  if (!isNameToken(before, doc) || DAY_OR_MONTH.has(before.lower) || isPlaceName(before.value)) return false;
  return isNameToken(after, doc) && !/s$/.test(after.value);
}

/**
 * True when token `s` is a capitalised particle of
 * {@link ELIDED_ARTICLE_PARTICLES} opening its sentence, followed by the elided
 * article "'t" (mark glued to "t") and a capitalised name word: a surname said
 * alone at a sentence's start ("In 't Veld said", "Op ’t Hof said").
 */
export function openingElidedArticleParticle(doc: Doc, s: number): boolean {
  const opener = maybeToken(doc, s);
  const mark = maybeToken(doc, s + 1);
  const t = maybeToken(doc, s + 2);
  const after = maybeToken(doc, s + 3);
  if (opener === undefined || mark === undefined || t === undefined || after === undefined) return false;
  if (!/^\p{Lu}/u.test(opener.value) || !ELIDED_ARTICLE_PARTICLES.has(opener.lower) || doc.sentences[opener.sent]!.first !== s) return false;
  if (!/^['’]$/u.test(mark.value) || t.value !== 't' || mark.end !== t.start || t.end === after.start || after.sent !== opener.sent) return false;
  return /^\p{Lu}\p{Ll}/u.test(after.value) && isNameToken(after, doc);
}

/**
 * The first token of a Dutch particle with the elided article "'t" ("in 't",
 * "van 't": {@link ELIDED_ARTICLE_PARTICLES}, a quotation mark glued to a
 * "t") that token `k` is part of, between a capitalised name word and a
 * capitalised name word of its sentence ("Sophie in 't Veld"); else -1.
 */
export function elidedArticleParticleStart(doc: Doc, k: number): number {
  for (let s = k; s >= k - 2 && s >= 1; s--) {
    const opener = maybeToken(doc, s);
    const mark = maybeToken(doc, s + 1);
    const t = maybeToken(doc, s + 2);
    const after = maybeToken(doc, s + 3);
    if (opener === undefined || mark === undefined || t === undefined || after === undefined || !ELIDED_ARTICLE_PARTICLES.has(opener.value)) continue;
    if (!/^['’]$/u.test(mark.value) || t.value !== 't' || mark.end !== t.start || t.end === after.start) continue;
    const before = tokenAt(doc, s - 1);
    if (before.sent !== opener.sent || after.sent !== opener.sent || !/^\p{Lu}/u.test(before.value) || !/^\p{Lu}\p{Ll}/u.test(after.value)) continue;
    if (isNameToken(before, doc) && isNameToken(after, doc)) return s;
  }
  return -1;
}
