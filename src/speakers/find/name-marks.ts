/**
 * Apostrophes and hyphens inside and after names: possessives, inner hyphens,
 * ages, party codes.
 * @internal
 */
import { KOREAN_SURNAMES } from '../../data/names.js';
import type { Doc, Token } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { isPlaceName, isStateAbbreviation } from '../kinds.js';
import { startsUpper } from '../../prepare/case.js';

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
