/**
 * The words of a name or phrase as speaker resolution compares them: split on
 * white space, the last word, the one word, and the lower-case words without
 * possessive endings.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';

export function words(s: string): string[] {
  // (a name of one word, the most common case, without splitting)
  if (!/\s/.test(s)) return s.length > 0 ? [s] : [];
  return splitWords(s);
}

/**
 * `s.split(/\s+/)` without its empty strings, which only white space at the
 * start or the end of `s` leaves (at the ends of the list): no filtered copy.
 * @internal
 */
export function splitWords(s: string): string[] {
  const parts = s.split(/\s+/);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length > 0 && parts[0] === '') parts.shift();
  return parts;
}

/**
 * The first word of `s` as {@link words} finds it ('' for none), or null when
 * that word is longer than `max` characters: a name opened by a word of
 * 100,000 letters is read no further than `max` for each ask.
 */
export function firstWordWithin(s: string, max: number): string | null {
  let a = 0;
  while (a < s.length && /\s/.test(s[a]!)) a++;
  let b = a;
  while (b < s.length && !/\s/.test(s[b]!)) {
    if (b - a >= max) return null;
    b++;
  }
  return s.slice(a, b);
}

/** The last word of a name, lower-cased and without a possessive ("Tom Reed's" -> "reed"). */
export function lastWord(s: string): string {
  return (words(s).at(-1) ?? '').toLowerCase().replace(/['’]s?$/, '');
}

/** The one word of a name of one word (as {@link words} would find it), or null for a name of none or several. */
export function soleWord(s: string): string | null {
  // (no split: `trim` takes off exactly the white space `\s` matches)
  const t = s.trim();
  return t.length > 0 && !/\s/.test(t) ? t : null;
}

/** True when token `k` is a possessive mark after a word: "'s", "’s", or a bare apostrophe ("Sanders’ aide"). */
export function isOwnerMark(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  return t !== undefined && /^['\u2019]s?$/i.test(t.value) && t.start === tokenAt(doc, k - 1).end;
}

/**
 * The lower-case words of a phrase, possessive endings dropped ("Lee's
 * spokeswoman" -> lee, spokeswoman), a hyphenated word also by its halves
 * ("Ann Lee-Park" -> ann, lee-park, lee, park: the tokenizer splits "Lee-Park's").
 */
export function ownerWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'\u2019.-]+/u)
    .map((w) => w.replace(/['\u2019]s?$/, '').replace(/\.$/, ''))
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
    .filter((w) => w.length > 0);
}
