/**
 * Two people who open a sentence as its subject, joined by "and": "Ada Moss
 * and Tom Reyes met ...", "Teodor Lisowski and his wife, Ana, lived ...".
 * A "they" that opens the next sentence stands for both.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { KIN_NOUNS } from '../../data/people.js';
import { THIRD_POSSESSIVES } from '../../data/clauses.js';
import { makeMention } from './mention.js';
import { kindOfName } from '../kinds.js';

/** Most tokens of one person's name in the pair. */
const MAX_NAME = 4;

/**
 * A capitalised name token: a word ("Reyes", "McDonald"), an apostrophe name
 * ("O'Brien") or an initial ("J.", "J.P.").
 */
const NAME_TOKEN = /^\p{Lu}(?:\p{Ll}|['\u2019]\p{Lu}\p{Ll}|\.)/u;

/** One past the last capitalised name token from `k` (at most {@link MAX_NAME}, before `last`). */
function nameEnd(doc: Doc, k: number, last: number): number {
  let e = k;
  while (e < last && e - k < MAX_NAME && tokenAt(doc, e).pos === 'PROPN' && NAME_TOKEN.test(tokenAt(doc, e).value)) e++;
  return e;
}

/**
 * The mention of tokens `first` to `end - 1` when it is a person's name (as
 * {@link makeMention} reads them), else null. Also read by the coordinated
 * antecedent of "who" (`coordinated-who.ts`).
 */
export function personNameMention(doc: Doc, first: number, end: number): Mention | null {
  if (end <= first) return null;
  const m = makeMention(doc, first, end);
  return m && m.kind === 'name' && kindOfName(m.name) === 'person' ? m : null;
}

/** The person's name of exactly tokens `first` to `end - 1`, or null when they are no person's name. */
function personName(doc: Doc, first: number, end: number): string | null {
  const m = personNameMention(doc, first, end);
  return m && m.first === first && m.last === end ? m.name : null;
}

/**
 * The name of the two people joined by "and" that open the sentence of tokens
 * `first` to `last - 1` and are followed by its verb: "Ada Moss and Tom
 * Reyes" ("Ada Moss and Tom Reyes met ..."), "Teodor Lisowski and Ana"
 * ("Teodor Lisowski and his wife, Ana, lived ..."), "Teodor Lisowski and his
 * wife" (no name set off); else null.
 */
export function pairSubject(doc: Doc, first: number, last: number): string | null {
  const and = nameEnd(doc, first, last);
  const one = personName(doc, first, and);
  if (one === null || and >= last || tokenAt(doc, and).lower !== 'and') return null;
  let k = and + 1;
  let two: string | null;
  if (THIRD_POSSESSIVES.has(tokenAt(doc, k).lower) && k + 1 < last && KIN_NOUNS.has(tokenAt(doc, k + 1).lower)) {
    two = `${tokenAt(doc, k).value} ${tokenAt(doc, k + 1).value}`;
    k += 2;
    // "his wife, Ana,": the relative's name set off by commas
    if (k < last && tokenAt(doc, k).value === ',') {
      const end = nameEnd(doc, k + 1, last);
      const name = personName(doc, k + 1, end);
      if (name === null || end >= last || tokenAt(doc, end).value !== ',') return null;
      two = name;
      k = end + 1;
    }
  } else {
    const end = nameEnd(doc, k, last);
    two = personName(doc, k, end);
    k = end;
  }
  if (two === null || k >= last || !/^(VERB|AUX)$/.test(tokenAt(doc, k).pos)) return null;
  return `${one} and ${two}`;
}
