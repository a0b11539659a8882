/**
 * The gender a mention's own words give it: an honorific ("Mrs. Lindqvist"),
 * a first name ("Ann Lee"), or a word for a relative right before it ("his
 * sister Ada").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { FIRST_NAMES, UNISEX_FIRST_NAMES } from '../data/names.js';
import { GENDERED_HONORIFICS, GIVEN_NAME_HONORIFICS } from '../data/titles.js';
import { GENDERED_PERSON_NOUNS } from '../data/people.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { titleKey } from './find/title-keys.js';
import { firstWordWithin } from './name-words.js';

/** A speaker's gender, when known. */
export type Gender = 'female' | 'male' | undefined;

/**
 * A mention's gender from its honorific ("Ms. Gao"), else from its first
 * name's usual gender ("David"), if any; a name given to both ("Kim",
 * {@link UNISEX_FIRST_NAMES}) gives none.
 */
export function genderOf(m: Mention): Gender {
  return honorificGender(m) ?? firstNameGender(m.name);
}

/** The length of the longest of {@link FIRST_NAMES}. */
const LONGEST_FIRST_NAME = [...FIRST_NAMES.keys()].reduce((most, k) => Math.max(most, k.length), 0);

/** The usual gender of the first word of `name` as a first name ("David Hale": male); none for a name given to both ("Kim Hale"). */
export function firstNameGender(name: string): Gender {
  // (a first word longer than twice the longest first name is none: not lower-cased for every mention of a name
  // that opens with a word of 100,000 letters)
  const word = firstWordWithin(name, 2 * LONGEST_FIRST_NAME);
  if (word === null) return undefined;
  const first = word.toLowerCase();
  return UNISEX_FIRST_NAMES.has(first) ? undefined : FIRST_NAMES.get(first);
}

/**
 * The gender a word for a relative right before a name gives it, set off by
 * a comma or not ("Her late husband, Ewan,", "his sister Ada"): that
 * relative's ({@link GENDERED_PERSON_NOUNS}); undefined when there is none.
 */
export function kinGender(doc: Doc, m: Mention): Gender {
  let k = m.first - 1;
  if (maybeToken(doc, k)?.value === ',') k--;
  const kin = maybeToken(doc, k);
  return kin === undefined || kin.sent !== tokenAt(doc, m.first).sent ? undefined : GENDERED_PERSON_NOUNS.get(kin.lower);
}

/** The gender an honorific gives a mention ("Mr. Hale", "Mrs. Lindqvist"), if any. */
export function honorificGender(m: Mention): Gender {
  for (const t of m.titles) {
    const g = GENDERED_HONORIFICS.get(titleKey(t));
    if (g) return g;
  }
  return undefined;
}

/** True when an honorific before a mention takes a given name ("Dame Rosalind", "Sir Tom"; {@link GIVEN_NAME_HONORIFICS}). */
export function hasGivenNameHonorific(m: Mention): boolean {
  return m.titles.some((t) => GIVEN_NAME_HONORIFICS.has(titleKey(t)));
}
