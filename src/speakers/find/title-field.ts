/**
 * The field of an "of" title before a name: "Chief of Staff Denis Marrow",
 * "Secretary of Homeland Security Jeh Okoro". The words after "of" name the
 * office, not the person; the holder's name is the last words of the run.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';
import { FIRST_NAMES, NAME_PARTICLES } from '../../data/names.js';
import { ORGANIZATION_NOUNS } from '../../data/people.js';
import { INNER_TITLES, NAME_SUFFIXES, TITLE_ABBREVIATIONS, TITLE_WORDS } from '../../data/titles.js';
import { isNameToken } from './name-tokens.js';
import { isInnerHyphen } from './name-marks.js';
import { tokenTitleKey } from './title-keys.js';
import { isInitial } from './initial.js';

/**
 * Where the holder's name starts in the run [`runStart`, `last`) of a phrase
 * when the run opens right after "of" and a capitalised title word of
 * {@link INNER_TITLES} ("Chief of", "Secretary of", "Director of", "Minister
 * of"), inside the phrase from `first`: the run is the title's field and then
 * a given name and a surname, so the name is the last two words (with the
 * initials between them and a suffix after: "Denis R. Marrow Jr."; either
 * name may be hyphened: "Darnell Oyelaran-Smith", "Zorya-Lin Dubois"). Returns
 * `nameStart` unchanged when the run does not open so, when a known first name
 * already starts the name (`nameStart` is at one), when fewer than one field
 * word would be left before the name, or when a word of the name is no name
 * word (a title word, a lower-case word): "Chief of Staff Reince Okoro" keeps
 * its two-word run, "Secretary of State John Kerry" its first name. The
 * field may be a body's name after "of the", and may hold "of" and "and"
 * between capitalised words before the run ("Director of the Office of
 * Ports and Harbours Kiran Dube"); after "of the" a surname that is an
 * organisation's noun ends a body's name, not a person's ("Director of the
 * Federal Reserve Bank").
 * @internal
 */
export function nameAfterTitleField(doc: Doc, first: number, runStart: number, nameStart: number, last: number): number {
  // ("Director of the Office of Ports and Harbours Kiran Dube": the body's name before the run, over its "of" and
  // "and" between capitalised words)
  let field = runStart;
  while (field - 2 >= first && (tokenAt(doc, field - 1).lower === 'of' || tokenAt(doc, field - 1).lower === 'and') && startsUpper(tokenAt(doc, field - 2).value) && !INNER_TITLES.has(tokenTitleKey(tokenAt(doc, field - 2)))) {
    field -= 2;
    while (field - 1 >= first && startsUpper(tokenAt(doc, field - 1).value) && !INNER_TITLES.has(tokenTitleKey(tokenAt(doc, field - 1)))) field--;
  }
  if (field < runStart && !(field - 3 >= first && tokenAt(doc, field - 1).lower === 'the' && tokenAt(doc, field - 2).lower === 'of') && !(field - 2 >= first && tokenAt(doc, field - 1).lower === 'of')) field = runStart;
  const extended = field < runStart;
  const run = field;
  // ("Director of the Office of Personnel Management Kiran Dube": "of the" before a body's name of its own)
  const the = run - 3 >= first && tokenAt(doc, run - 1).lower === 'the' && tokenAt(doc, run - 2).lower === 'of';
  if (run - 2 < first || (tokenAt(doc, run - 1).lower !== 'of' && !the)) return nameStart;
  const title = tokenAt(doc, the ? run - 3 : run - 2);
  if (!startsUpper(title.value) || !INNER_TITLES.has(tokenTitleKey(title))) return nameStart;
  if (nameStart >= last || FIRST_NAMES.has(tokenAt(doc, nameStart).lower)) return nameStart;
  // (the name from its end: a suffix, the surname, initials, the given name)
  let k = last - 1;
  if (k > nameStart && NAME_SUFFIXES.has(tokenAt(doc, k).lower)) k--;
  if (tokenAt(doc, k).value === '.' && k > nameStart && NAME_SUFFIXES.has(tokenAt(doc, k - 1).lower)) k -= 2;
  const surname = k;
  // (a hyphened surname is one: "Darnell Oyelaran-Smith")
  while (k - 2 > nameStart && isInnerHyphen(doc, k - 1)) k -= 2;
  const surnameStart = k;
  k--;
  while (k > nameStart && (tokenAt(doc, k).value === '.' || isInitial(doc, k))) k--;
  // (and a hyphened given name: "Zorya-Lin Dubois")
  while (k - 2 > nameStart && isInnerHyphen(doc, k - 1)) k -= 2;
  const given = k;
  // (a surname's particle is no given name: "Ana de Lima" is not cut to "de Lima")
  if (given <= nameStart || NAME_PARTICLES.has(tokenAt(doc, given).lower)) return nameStart;
  for (const j of [given, surnameStart, surname]) {
    const w = tokenAt(doc, j);
    if (!startsUpperLower(w.value) || !isNameToken(w, doc) || TITLE_WORDS.has(tokenTitleKey(w))) return nameStart;
    // (after "of the" a body's own name may end the phrase: "Director of the Federal Reserve Bank")
    if (the && ORGANIZATION_NOUNS.has(w.lower)) return nameStart;
  }
  // (every field word is capitalised: "Chief of Staff", "Secretary of Homeland Security"; after "of the", the body's
  // name may hold "of" and "and": "the Office of Ports and Harbours")
  if ((the || extended) && !startsUpper(tokenAt(doc, given - 1).value)) return nameStart;
  for (let j = run; j < given; j++) if (!startsUpper(tokenAt(doc, j).value) && !((the || extended) && j > run && (tokenAt(doc, j).lower === 'of' || tokenAt(doc, j).lower === 'and'))) return nameStart;
  return given;
}

/**
 * Where a surname said alone starts after an abbreviated title inside a run
 * of capitalised words, [`nameStart`, `last`): "Ohio Gov. Kasich", "Army Lt.
 * Gen. Okoro". The title's abbreviation with its period (of
 * {@link TITLE_ABBREVIATIONS} and {@link INNER_TITLES}: "Gov.", "Sen.", "Lt.")
 * is never a name word, so the word after it is the name; with two name words
 * or more after it the run is left to the caller ("Ohio Gov. Ann Reyes").
 * Returns `nameStart` unchanged when the word before the surname is no such
 * abbreviation, or the surname is a title word ("Iowa Lt. Gov.").
 * @internal
 */
export function surnameAfterAbbreviatedTitle(doc: Doc, nameStart: number, last: number): number {
  return surnameAfterInnerTitle(doc, nameStart, last, true);
}

/**
 * Where a surname said alone starts after a title written out in full inside
 * a run of capitalised words, [`nameStart`, `last`): "Harbor Board Chairman
 * Okafor", "Lakeport Police Chief Varga". As
 * {@link surnameAfterAbbreviatedTitle}, with the title a capitalised word of
 * {@link INNER_TITLES} that is no abbreviation ("Gen" may be a given name) and no period; the surname is no organisation's word
 * either ("Harbor Police Chief Council" is no name). Returns `nameStart`
 * unchanged otherwise.
 * @internal
 */
export function surnameAfterFullTitle(doc: Doc, nameStart: number, last: number): number {
  if (ORGANIZATION_NOUNS.has(tokenAt(doc, last - 1).lower)) return nameStart;
  return surnameAfterInnerTitle(doc, nameStart, last, false);
}

/** {@link surnameAfterAbbreviatedTitle} (`abbreviated`) and {@link surnameAfterFullTitle}. */
function surnameAfterInnerTitle(doc: Doc, nameStart: number, last: number, abbreviated: boolean): number {
  if (last - 2 <= nameStart) return nameStart;
  const surname = tokenAt(doc, last - 1);
  let k = last - 2;
  // (the period of "Gov." may stand as a token of its own)
  const period = tokenAt(doc, k).value === '.';
  if (period && !abbreviated) return nameStart;
  if (period) k--;
  if (k <= nameStart) return nameStart;
  const title = tokenAt(doc, k);
  const key = tokenTitleKey(title);
  if (abbreviated ? !period && !title.value.endsWith('.') : title.value.endsWith('.') || !startsUpperLower(title.value)) return nameStart;
  // (a full title is no abbreviation written without its period, which may be a given name: "Minister Gen Nakatani")
  if (abbreviated !== TITLE_ABBREVIATIONS.has(key) || !INNER_TITLES.has(key) || !startsUpper(title.value)) return nameStart;
  if (!startsUpperLower(surname.value) || !isNameToken(surname, doc) || TITLE_WORDS.has(tokenTitleKey(surname)) || NAME_SUFFIXES.has(surname.lower)) return nameStart;
  // (the words before the title are capitalised: a place or body, "Ohio", "Harbor Police")
  for (let j = nameStart; j < k; j++) if (!startsUpper(tokenAt(doc, j).value)) return nameStart;
  return last - 1;
}
