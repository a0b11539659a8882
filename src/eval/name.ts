/**
 * The speaker **name** check: is the name a reader sees the right one?
 * The overlap check credits "Europe" for "The commander of NATO forces in
 * Europe, General Mark Hale"; this one does not. See `docs/evaluation.md`.
 * @internal
 */
import { FIRST_NAMES } from '../data/names.js';
import { TITLE_WORDS } from '../data/titles.js';
import type { Span } from '../types.js';
import { NAME_RUN_NON_STARTERS } from './name-words.js';

/** A word: letters and digits, with inner apostrophes and hyphens (`O'Brien`, `Lane-Eakins`). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/iu;

/** Words after which a run of capitalised words does not name the source (`the head of NATO`). */
const RUN_BLOCKERS = new Set([
  'of', 'in', 'at', 'from', 'for', 'on', 'to', 'with', 'near', 'against', 'about', 'over', 'into', 'than', 'like',
  'who', 'which', 'that', 'whose',
]);

/** A word of `text` with its position. */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A word without a trailing possessive, lower-cased for comparison. */
function key(word: string): string {
  return word.replace(POSSESSIVE, '').toLowerCase();
}

/** The comparison key of the last word of `name`, or `null` when it has no word. */
export function lastWordKey(name: string): string | null {
  const all = words(name);
  const last = all[all.length - 1];
  return last === undefined ? null : key(last.text);
}

/**
 * The last words (comparison keys) of the runs of capitalised words in a gold
 * source mention: runs are broken by punctuation and lower-case words; a run
 * right after a preposition or relative word (with an optional "the" between)
 * does not count; The, A, He, She, ... never start a run.
 * @internal
 */
export function runHeads(source: string): string[] {
  const ws = words(source);
  const heads: string[] = [];
  let run: Word[] = [];
  let blocked = false;
  let titleOf = false;
  const close = (): void => {
    const last = run[run.length - 1];
    if (last !== undefined && (!blocked || (titleOf && holdsGivenName(run)))) heads.push(key(last.text));
    run = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    const prev = ws[i - 1];
    const joined = prev !== undefined && /^\s*$/u.test(source.slice(prev.end, w.start));
    const capital = /^\p{Lu}/u.test(w.text);
    if (!capital || !joined) close();
    if (!capital) continue;
    if (run.length === 0) {
      if (isFunctionWord(w.text)) continue;
      blocked = joined && prev !== undefined && isBlocker(ws, i - 1, source);
      titleOf = blocked && isTitleOf(ws, i - 1, source);
    }
    run.push(w);
  }
  close();
  return heads;
}

/** Whether a capitalised word is a function word ("An", "Among", "I"), not an acronym written like one ("US", "IT"). */
function isFunctionWord(word: string): boolean {
  return NAME_RUN_NON_STARTERS.has(word.toLowerCase()) && (word.length === 1 || !/^\p{Lu}+$/u.test(word));
}

/**
 * Whether the word at `i` is an "of" right after a capitalised title word
 * ("Secretary of", "Director of"): a run after it may end in the holder's
 * name ("Secretary of State John Kerry").
 */
function isTitleOf(ws: readonly Word[], i: number, source: string): boolean {
  const of = ws[i] as Word;
  const title = ws[i - 1];
  if (of.text !== 'of' || title === undefined || !/^\s*$/u.test(source.slice(title.end, of.start))) return false;
  return /^\p{Lu}/u.test(title.text) && TITLE_WORDS.has(title.text.toLowerCase());
}

/** Whether a run holds a given name after its first word: the holder of a title ("State John Kerry"). */
function holdsGivenName(run: readonly Word[]): boolean {
  return run.slice(1, -1).some((w) => FIRST_NAMES.has(w.text.toLowerCase()));
}

/** Whether the word at `i` (just before a run) blocks it: a preposition or relative word, or "the" right after one. */
function isBlocker(ws: readonly Word[], i: number, source: string): boolean {
  const w = ws[i] as Word;
  const lower = w.text.toLowerCase();
  if (RUN_BLOCKERS.has(lower)) return true;
  if (lower !== 'the') return false;
  const before = ws[i - 1];
  return before !== undefined && /^\s*$/u.test(source.slice(before.end, w.start)) && RUN_BLOCKERS.has(before.text.toLowerCase());
}

/** Punctuation that ends the opening phrase of a gold source: a comma, colon, dash or bracket. */
const PHRASE_END = /[,;:()\[\]\u2013\u2014]|\s-{1,2}\s/u;

/**
 * Whether `name` opens with the whole opening phrase of the gold source, that
 * phrase is a description holding no run of name words, and a lower-case word
 * follows it: our "Some observers" for gold "Some observers, including
 * Professor Ann Lee," names the observers, not the professor given as an
 * example. A name set off after the phrase ("An aide, Tom Hale") is the name.
 * @internal
 */
export function opensWithDescription(source: string, name: string): boolean {
  const cut = PHRASE_END.exec(source);
  if (cut === null) return false;
  const next = words(source.slice(cut.index))[0];
  if (next === undefined || /^\p{Lu}/u.test(next.text)) return false;
  const phrase = source.slice(0, cut.index);
  const phraseWords = words(phrase).map((w) => key(w.text));
  if (phraseWords.length === 0 || runHeads(phrase).length > 0) return false;
  const nameWords = words(name).map((w) => key(w.text));
  return phraseWords.length <= nameWords.length && phraseWords.every((w, i) => nameWords[i] === w);
}

/** The text whose words {@link wordsByKey} last indexed, and that index. */
let indexed: { readonly text: string; readonly byKey: ReadonlyMap<string, readonly Word[]> } | null = null;

/**
 * The words of `text` by comparison key and by lower-cased form (a word under
 * both when they differ), in text order; the last text's index is kept, since
 * the name check asks about one document's text once per predicted speaker
 * (reading its words each time made a document of many quotes quadratic).
 */
function wordsByKey(text: string): ReadonlyMap<string, readonly Word[]> {
  if (indexed === null || indexed.text !== text) {
    const byKey = new Map<string, Word[]>();
    const add = (k: string, w: Word): void => {
      const list = byKey.get(k);
      if (list === undefined) byKey.set(k, [w]);
      else list.push(w);
    };
    for (const w of words(text)) {
      const k = key(w.text);
      const lower = w.text.toLowerCase();
      add(k, w);
      if (lower !== k) add(lower, w);
    }
    indexed = { text, byKey };
  }
  return indexed.byKey;
}

/** Whether the word with comparison key `wordKey` occurs in `text` outside the `inside` spans. */
export function occursOutside(text: string, wordKey: string, inside: readonly Span[]): boolean {
  for (const w of wordsByKey(text).get(wordKey) ?? []) {
    if (!inside.some((s) => w.start >= s.start && w.end <= s.end)) return true;
  }
  return false;
}

/**
 * Judges a predicted speaker name against a gold source by name (rules 1 and
 * 2 of the name check): `true` or `false` when the gold decides, `null` when
 * it holds no capitalised run and no canonical reference, so that the caller
 * falls back to the overlap check.
 * @internal
 */
export function nameVerdict(
  text: string,
  name: string,
  goldContent: readonly Span[],
  goldSource: string | null,
  reference: string | undefined,
): boolean | null {
  const last = lastWordKey(name);
  if (last === null || !occursOutside(text, last, goldContent)) return false;
  if (reference !== undefined) return lastWordKey(reference) === last;
  if (goldSource === null) return null;
  if (opensWithDescription(goldSource, name)) return true;
  const heads = runHeads(goldSource);
  if (heads.length === 0) return null;
  const nameWords = new Set(words(name).map((w) => key(w.text)));
  return heads.some((h) => nameWords.has(h));
}
