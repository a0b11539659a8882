/**
 * Whether a description ("the secretary", "the Spanish foreign minister",
 * "the defence chief") fits a named person, by that person's titles,
 * descriptions and the place named with them.
 * @internal
 */
import { NATIONALITY_COUNTRY } from '../data/places.js';
import { FIELD_WORDS, HEAD_NOUNS, NARRATED_TITLE_WORDS, PAST_TITLE_WORDS, ROLE_TIME_OPPOSITES, SUBORDINATE_TITLE_WORDS, TITLE_NOUNS } from '../data/titles.js';
import { isPlaceName, placeKey } from './kinds.js';
import { DESCRIPTION_HEAD_ENDERS } from '../data/function-words.js';

/** What is known of a person to compare a description with. */
export interface Profile {
  /** Title phrases ("Defence Secretary", "Sen."). */
  readonly titles: readonly string[];
  /** Descriptions seen with the person ("the governor"). */
  readonly descriptions: readonly string[];
  /** Places named right after the person ("of Spain", "(R-Ohio)"), lower-case keys. */
  readonly places: readonly string[];
}

/** Words of titles and descriptions already split, by text (cleared when large, so a long-running process stays bounded). */
const WORDS = new Map<string, readonly string[]>();
const MAX_WORDS_CACHE = 20_000;

/** The lower-case words of a title or description; the array is shared, never change it. */
function words(s: string): readonly string[] {
  let ws = WORDS.get(s);
  if (ws === undefined) {
    ws = s
      .toLowerCase()
      .split(/[\s-]+/)
      .map((w) => w.replace(/[.,]$/, ''))
      .filter((w) => w.length > 0);
    if (WORDS.size >= MAX_WORDS_CACHE) WORDS.clear();
    WORDS.set(s, ws);
  }
  return ws;
}

/** A title word's noun: "sen" -> "senator", "defense" -> "defence". */
function noun(w: string): string {
  return TITLE_NOUNS[w] ?? w;
}

/** The country a word points to ("spanish" -> "spain", "u.s" -> "united states"), or null. */
function countryOf(word: string): string | null {
  return NATIONALITY_COUNTRY.get(placeKey(word)) ?? null;
}

/** Index of the head among a description's words: the last word before a preposition, else the last word. */
function headIndex(ws: readonly string[]): number {
  const cut = ws.findIndex((w) => DESCRIPTION_HEAD_ENDERS.has(w));
  return cut > 0 ? cut - 1 : ws.length - 1;
}

/** The head of a description: its last word before a preposition ("a spokesman for the campaign" -> spokesman). */
function descriptionHead(d: string): string {
  const ws = words(d);
  return ws[headIndex(ws)] ?? '';
}

/** The nouns of a title's last word and of its head, and the word that lowers its rank, by title (cleared when large). */
const TITLE_HEADS = new Map<string, TitleHeads>();

/** A title's head nouns ({@link titleHeads}). */
interface TitleHeads {
  /** The noun of its last word, or its head when a preposition follows the head ("Secretary of State"). */
  readonly last: string;
  /** The noun of its last word before a preposition. */
  readonly head: string;
  /** The word right before that head that lowers its rank ("vice" of "Vice President"), or null. */
  readonly rank: string | null;
}

/**
 * The noun of a title's last word ("Defense Secretary" -> secretary, "Sen." ->
 * senator) and of its last word before a preposition ("Secretary of State" ->
 * secretary, which then stands for the last word too: "the state" is no
 * secretary of state), with the word before that head when it lowers the rank ("Vice
 * President" -> vice), worked out once per title: a description is compared with the
 * titles of hundreds of names before it.
 */
function titleHeads(t: string): TitleHeads {
  let heads = TITLE_HEADS.get(t);
  if (heads === undefined) {
    const ws = words(t);
    const at = headIndex(ws);
    const before = noun(ws[at - 1] ?? '');
    // (the field after a preposition is no head: "the state" is no "Secretary of State")
    const head = noun(ws[at] ?? '');
    heads = { last: at < ws.length - 1 ? head : noun(ws.at(-1) ?? ''), head, rank: SUBORDINATE_TITLE_WORDS.has(before) ? before : null };
    if (TITLE_HEADS.size >= MAX_WORDS_CACHE) TITLE_HEADS.clear();
    TITLE_HEADS.set(t, heads);
  }
  return heads;
}

/** The rank-lowering word a one-word title is ("Lt." -> lieutenant, "Deputy" -> deputy), or null. */
function subordinate(t: string): string | null {
  const ws = words(t);
  const w = ws.length === 1 ? noun(ws[0]!) : '';
  return SUBORDINATE_TITLE_WORDS.has(w) ? w : null;
}

/** True when the rank word `rank` lowers a title with head noun `head` ("lieutenant" a governor, not a general). */
function lowers(rank: string, head: string): boolean {
  const heads = SUBORDINATE_TITLE_WORDS.get(rank);
  return heads === null || heads?.has(head) === true;
}

/**
 * The heads of a list of descriptions, kept per list and brought up to date
 * when the list has grown: a person described again and again in one long
 * text is not scanned again for every description compared with them. The
 * lists of a profile only ever grow (an entity's descriptions are appended).
 */
const HEADS = new WeakMap<readonly string[], { seen: number; heads: Set<string> }>();

function headsOf(descriptions: readonly string[]): ReadonlySet<string> {
  let entry = HEADS.get(descriptions);
  if (entry === undefined || entry.seen > descriptions.length) {
    entry = { seen: 0, heads: new Set() };
    HEADS.set(descriptions, entry);
  }
  for (; entry.seen < descriptions.length; entry.seen++) entry.heads.add(descriptionHead(descriptions[entry.seen]!));
  return entry.heads;
}

/**
 * True when the description with head noun `head` and modifiers `modifiers`
 * (lower-case words before the head, determiners left out) fits the profile:
 * the head is one of its title or description words, or a generic head (chief,
 * head, leader) whose field matches a title ("the defence chief" after
 * "Defence Secretary"); and every nationality among the modifiers agrees with
 * a place or nationality seen with the person, and every place name among
 * them ("Nevada's governor") is a place seen with the person, when the
 * person was named with any place.
 */
export function fitsProfile(head: string, modifiers: readonly string[], p: Profile): boolean {
  const h = noun(head);
  // the head of a title is its last word ("Defense Secretary" -> secretary; "Sen." -> senator), or its last word
  // before a preposition ("Secretary of State" -> secretary); the head of a description its last word before a
  // preposition ("a spokesman for the campaign" -> spokesman)
  // (plain loops: most profiles compared with a description do not fit, and are ruled out without a closure)
  let fits = false;
  const past = modifiers.some(pastWord);
  for (let i = 0; i < p.titles.length; i++) {
    const heads = titleHeads(p.titles[i]!);
    if (heads.last !== h && heads.head !== h) continue;
    // "the former president" is not "President Joe Biden": a past office fits only a title that says so
    // ("Former President", "ex-Gov.", or "former" as a title of its own word before it); and "the mayor" is not
    // "Former Mayor Tom Hale": a title put in the past fits only a description that says so ("the late Mayor Tom
    // Hale" and "then-Mayor Tom Hale" are still "the mayor": NARRATED_TITLE_WORDS)
    if (past !== pastTitle(p.titles, i)) continue;
    // "Vice President Ann Lee" is no "former president": a lower rank fits only a description that names it
    // (the rank may be a title of its own word: "Lt.", "Gov.")
    const rank = heads.rank ?? (i > 0 ? subordinate(p.titles[i - 1]!) : null);
    if (rank === null || !lowers(rank, h) || modifiers.some((w) => noun(w) === rank)) {
      fits = true;
      break;
    }
  }
  if (!fits && p.descriptions.length > 0) fits = headsOf(p.descriptions).has(h);
  if (!fits && (!HEAD_NOUNS.has(h) || p.titles.length === 0)) return false;
  return fitsFurther(h, fits, modifiers, p);
}

/** True when `w` puts a title in the past so that the bare title no longer names the person ("former", not "late"). */
function pastWord(w: string): boolean {
  return PAST_TITLE_WORDS.has(w) && !NARRATED_TITLE_WORDS.has(w);
}

/**
 * True when title `i` of `titles` puts the office in the past: "Former President", "ex-Gov.", or "former" just
 * before it (not "the late" nor "then-": {@link pastWord}).
 */
function pastTitle(titles: readonly string[], i: number): boolean {
  if (words(titles[i]!).some(pastWord)) return true;
  if (i === 0) return false;
  const before = words(titles[i - 1]!);
  return before.every((w) => PAST_TITLE_WORDS.has(w)) && before.some(pastWord);
}

/** The words of description `d` written in lower case: "former" of "the former New Haven mayor", not "new". */
function lowerCaseWords(d: string): string[] {
  return d.split(/[\s-]+/).filter((w) => /^\p{Ll}/u.test(w));
}

/** The rest of {@link fitsProfile}, for a profile whose titles or descriptions may fit: the field of a generic head, the places among the modifiers. */
function fitsFurther(h: string, headFits: boolean, modifiers: readonly string[], p: Profile): boolean {
  let fits = headFits;
  let titleWords: string[] | null = null;
  const titleWordsOf = (): string[] => (titleWords ??= p.titles.flatMap((t) => words(t).map(noun)));
  if (!fits && HEAD_NOUNS.has(h)) {
    fits = modifiers.some((w) => FIELD_WORDS.has(noun(w)) && titleWordsOf().includes(noun(w)));
  }
  if (!fits) return false;
  // only a modifier can still rule the person out; what is known of them is gathered when one needs it
  let known: Set<string> | null = null;
  const knownOf = (): Set<string> => {
    if (known !== null) return known;
    known = new Set<string>();
    for (const w of [...titleWordsOf(), ...p.descriptions.flatMap(words), ...p.places]) {
      const c = countryOf(w);
      if (c !== null) known.add(c);
    }
    for (const place of p.places) known.add(countryOf(place) ?? place);
    return known;
  };
  // "Nevada's governor" is not the governor named with Ohio: a place among the modifiers must be one seen
  // with the person, when any place is
  let places: Set<string> | null = null;
  const placesOf = (): Set<string> => {
    if (places !== null) return places;
    places = new Set(p.places);
    for (const w of [...titleWordsOf(), ...p.descriptions.flatMap(words)]) if (isPlaceName(w)) places.add(placeKey(w));
    return places;
  };
  for (const w of modifiers) {
    const c = countryOf(w);
    if (c !== null && !knownOf().has(c)) return false;
    if (c === null && isPlaceName(w) && placesOf().size > 0 && !placesOf().has(placeKey(w))) return false;
    // "the new mayor" is not "Harlow, the former mayor,": a word placing the role in time against the opposite one known
    // (a description's word in lower case only: the "New" of "the former New Haven mayor" is a place's)
    const opposite = ROLE_TIME_OPPOSITES.get(w);
    if (opposite !== undefined && [...titleWordsOf(), ...p.descriptions.flatMap(lowerCaseWords)].some((k) => opposite.has(k))) return false;
  }
  return true;
}
