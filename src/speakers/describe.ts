/**
 * Whether a description ("the secretary", "the Spanish foreign minister",
 * "the defence chief") fits a named person, by that person's titles,
 * descriptions and the place named with them.
 * @internal
 */
import { NATIONALITY_COUNTRY } from '../data/places.js';
import { FIELD_WORDS, HEAD_NOUNS, TITLE_NOUNS } from '../data/titles.js';
import { placeKey } from './kinds.js';

const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'who', 'whose', 'which', 'that']);

/** What is known of a person to compare a description with. */
export interface Profile {
  /** Title phrases ("Defence Secretary", "Sen."). */
  readonly titles: readonly string[];
  /** Descriptions seen with the person ("the governor"). */
  readonly descriptions: readonly string[];
  /** Places named right after the person ("of Spain", "(R-Ohio)"), lower-case keys. */
  readonly places: readonly string[];
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => w.length > 0);
}

/** A title word's noun: "sen" -> "senator", "defense" -> "defence". */
function noun(w: string): string {
  return TITLE_NOUNS[w] ?? w;
}

/** The country a word points to ("spanish" -> "spain", "u.s" -> "united states"), or null. */
function countryOf(word: string): string | null {
  return NATIONALITY_COUNTRY.get(placeKey(word)) ?? null;
}

/**
 * True when the description with head noun `head` and modifiers `modifiers`
 * (lower-case words before the head, determiners left out) fits the profile:
 * the head is one of its title or description words, or a generic head (chief,
 * head, leader) whose field matches a title ("the defence chief" after
 * "Defence Secretary"); and every nationality among the modifiers agrees with
 * a place or nationality seen with the person.
 */
export function fitsProfile(head: string, modifiers: readonly string[], p: Profile): boolean {
  const titleWords = p.titles.flatMap((t) => words(t).map(noun));
  const descriptionWords = p.descriptions.flatMap(words);
  const h = noun(head);
  // the head of a title is its last word ("Defense Secretary" -> secretary; "Sen." -> senator);
  // the head of a description its last word before a preposition ("a spokesman for the campaign" -> spokesman)
  const titleHeads = p.titles.map((t) => noun(words(t).pop() ?? ''));
  const descriptionHeads = p.descriptions.map((d) => {
    const ws = words(d);
    const cut = ws.findIndex((w) => PREPOSITIONS.has(w));
    return (cut > 0 ? ws.slice(0, cut) : ws).pop() ?? '';
  });
  let fits = titleHeads.includes(h) || descriptionHeads.includes(h);
  if (!fits && HEAD_NOUNS.has(h)) {
    fits = modifiers.some((w) => FIELD_WORDS.has(noun(w)) && titleWords.includes(noun(w)));
  }
  if (!fits) return false;
  const known = new Set<string>();
  for (const w of [...titleWords, ...descriptionWords, ...p.places]) {
    const c = countryOf(w);
    if (c !== null) known.add(c);
  }
  for (const place of p.places) known.add(countryOf(place) ?? place);
  for (const w of modifiers) {
    const c = countryOf(w);
    if (c !== null && !known.has(c)) return false;
  }
  return true;
}
