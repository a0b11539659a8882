/**
 * Capitalised runs that are descriptions, not names: a title-case description,
 * a bare office, a job word before two names, the words that open a company's name.
 * @internal
 */
import { kindOfHead, namedBodyWord } from '../kinds.js';
import { COMMON_NOUN_ENDINGS, FIRST_NAMES } from '../../data/names.js';
import { AGENCY_NAME_WORDS, COMPANY_DESCRIPTORS, ORGANIZATION_NOUNS, PERSON_STATE_WORDS } from '../../data/people.js';
import { DAY_SET, MONTH_SET } from '../../data/time.js';
import { HONORIFICS, INNER_TITLES, TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isInnerHyphen } from './name-marks.js';
import { tokenTitleKey } from './title-keys.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';

/**
 * True when the capitalised run from `runStart` to `last` is a description in
 * title case: a word of {@link PERSON_STATE_WORDS} opens it and a noun for one
 * person ends it, with no first name, title or honorific between ("Former
 * Bank Manager", "Local Teacher"). "Former Judge Baker" and "Former Mayor Tom
 * Reyes" stay names.
 */
export function describedByState(doc: Doc, runStart: number, last: number): boolean {
  if (last - runStart < 2 || !PERSON_STATE_WORDS.has(tokenAt(doc, runStart).lower) || !startsUpper(tokenAt(doc, runStart).value)) return false;
  if (kindOfHead(tokenAt(doc, last - 1).lower) !== 'person') return false;
  for (let k = runStart + 1; k < last; k++) {
    const w = tokenAt(doc, k);
    if (!startsUpper(w.value) || FIRST_NAMES.has(w.lower) || (k < last - 1 && TITLE_WORDS.has(tokenTitleKey(w))) || HONORIFICS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/**
 * True when the run [`nameStart`, `last`) after "the" is an office with no name
 * after it: its last word ends an affiliation ({@link INNER_TITLES}) and no
 * word of it is a known first name ("The City Manager said", "the Police
 * Chief"); a title is a description, not a name ("City Manager Ada Moss" and
 * "the Howard Dean campaign" stay names).
 */
export function bareTitle(doc: Doc, first: number, nameStart: number, last: number): boolean {
  if (nameStart <= first || last - nameStart < 2 || tokenAt(doc, nameStart - 1).lower !== 'the') return false;
  if (!INNER_TITLES.has(tokenTitleKey(tokenAt(doc, last - 1)))) return false;
  for (let k = nameStart; k < last; k++) if (FIRST_NAMES.has(tokenAt(doc, k).lower) || !startsUpper(tokenAt(doc, k).value)) return false;
  return true;
}

/**
 * True when token `t` is a capitalised word that can open a company's name
 * before its suffix: a noun, not an article, pronoun, preposition,
 * conjunction, adjective, word of time or word that describes a company
 * ("Student Loan Corp", not "The", "Rival" or "Monday" before "Acme Corp").
 */
export function companyWord(t: Token): boolean {
  return startsUpperLower(t.value) && !COMPANY_WORD_TAGS.has(t.pos) && !COMPANY_DESCRIPTORS.has(t.lower) && !DAY_SET.has(t.lower) && !MONTH_SET.has(t.lower);
}

/** Tags of words that open no company's name (see {@link companyWord}). */
const COMPANY_WORD_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'ADV', 'PART', 'NUM', 'ADJ']);

/**
 * True when the job word at `k` opens, with nothing before it in the phrase
 * `[first, last)`, a run of exactly two more capitalised words (the second
 * may be a surname with an apostrophe or a hyphen: "O'Hare", "Kasza-Lind")
 * that "said", "says", a comma or "of" and a capitalised word ("the" between
 * them or not) follows: "...,
 * Architect Lena Fischer said", "Novelist Ivo Varga says", "Criminologist
 * Lena Fischer, who ...", "Criminologist Lena Fischer of Tarn University" at
 * a sentence's start (a first name the list lacks). Not "the Teacher Retirement
 * System said" (a determiner before it), nor "Teacher Retirement System said"
 * (a word with a common noun's ending) nor a run with an organisation word.
 */
export function titledPair(doc: Doc, first: number, k: number, last: number): boolean {
  if (k !== first || (last - k !== 3 && !(last - k === 5 && isInnerHyphen(doc, k + 3)))) return false;
  const after = maybeToken(doc, last);
  // (or "of" and a capitalised word, "the" between them or not: "Criminologist Lena Fischer of Tarn University said",
  // "Ecologist Ivo Varga of the Orla Trust")
  const of = maybeToken(doc, last + 1)?.lower === 'the' ? last + 2 : last + 1;
  const ofPlace = after?.lower === 'of' && startsUpper(maybeToken(doc, of)?.value ?? '');
  if (after === undefined || (!/^(said|says|,)$/.test(after.lower) && !ofPlace)) return false;
  for (let j = k + 1; j < last; j++) {
    const w = tokenAt(doc, j);
    if (j === k + 3 && last - k === 5) continue;
    const capitalised = startsUpperLower(w.value) || (j === k + 2 && /^\p{Lu}['\u2019]\p{Lu}\p{Ll}/u.test(w.value));
    if (ORGANIZATION_NOUNS.has(w.lower) || namedBodyWord(w.lower, tokenAt(doc, j - 1).lower) || AGENCY_NAME_WORDS.has(w.lower) || !capitalised || COMMON_NOUN_ENDINGS.some((e) => w.lower.endsWith(e))) return false;
  }
  return true;
}
