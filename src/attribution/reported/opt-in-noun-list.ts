/**
 * Content ends of opt-in attributions inside a list of nouns: in `The council
 * plans to reach riders by mail, radio spots and street posters.` the content
 * stopped at the first comma ("to reach riders by mail"), in the middle of the
 * list the sentence closes on; annotated news marks the whole list ("to reach
 * riders by mail, radio spots and street posters"). The content must close on
 * a noun, and what follows its comma must be nothing but short noun phrases
 * (one to three nouns, names or adjectives, the last a noun or a name, and
 * no time word) parted by commas, with "and" or "or" before the last one, up
 * to the end of the sentence. A list that goes on with a verb (`backed the plan, Lee and Moss
 * said`) or any other word is not touched. Run on the kept candidates, after
 * the opt-in tails; speech and the other default categories are untouched.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { commaTail } from './comma-tail.js';
import { LIST_CONJUNCTIONS } from '../../data/function-words.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { TIME_DETERMINERS, TIME_OR_MONTH_WORDS } from '../../data/time.js';

/** Most words in one item of the list: "health care", "digital ads", "the"-less noun phrases. */
const MAX_ITEM = 3;

/** True when token `k` is a noun or a name. */
function nounAt(doc: Doc, k: number): boolean {
  return /^(NOUN|PROPN)$/.test(tokenAt(doc, k).pos);
}

/**
 * True when token `k`, inside an item that starts at token `item`, is a plural
 * noun the tagger read as a verb: a word in -s after a noun of the item, with
 * a comma, "and", "or" or the end of the sentence after it ("phone calls and
 * digital ads").
 */
function pluralTaggedVerb(doc: Doc, k: number, item: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (k <= item || t.pos !== 'VERB' || !/s$/.test(t.lower) || !nounAt(doc, k - 1)) return false;
  const after = tokenAt(doc, k + 1);
  return k === last || after.value === ',' || LIST_CONJUNCTIONS.has(after.lower);
}

/**
 * Index of the last token of the noun list that starts at token `from` and
 * closes the sentence at or before token `last`, or -1 when what follows is no
 * such list (see the module comment).
 */
function listEnd(doc: Doc, from: number, last: number, quoted: Readonly<Uint8Array>): number {
  let k = from;
  let conjunction = false;
  for (;;) {
    // an item: one to three nouns, names or adjectives, closing on a noun or a name
    let n = 0;
    while (k + n <= last && n < MAX_ITEM && !quoted[k + n] && (/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k + n).pos) || pluralTaggedVerb(doc, k + n, k, last))) {
      // a time word is an adjunct of the sentence, not an item: "buses and trams last year"
      if (TIME_OR_MONTH_WORDS.has(tokenAt(doc, k + n).lower) || TIME_DETERMINERS.has(tokenAt(doc, k + n).lower)) return -1;
      n++;
    }
    if (n === 0 || !(nounAt(doc, k + n - 1) || pluralTaggedVerb(doc, k + n - 1, k, last))) return -1;
    k += n;
    if (conjunction) return k > last ? last : -1;
    if (k > last) return -1;
    // then a comma, a conjunction, or a comma and a conjunction
    if (tokenAt(doc, k).value === ',' && !quoted[k]) k++;
    if (k <= last && LIST_CONJUNCTIONS.has(tokenAt(doc, k).lower) && !quoted[k]) {
      conjunction = true;
      k++;
    } else if (tokenAt(doc, k - 1).value !== ',') return -1;
    if (k > last) return -1;
  }
}

/** True when a kept candidate other than `c` has a part or a cue in the characters `[start, end)`. */
function taken(list: readonly Candidate[], c: Candidate, doc: Doc, start: number, end: number): boolean {
  for (const o of list) {
    if (o === c || !o.keep) continue;
    if (o.parts.some((p) => p.start < end && start < p.end)) return true;
    if (o.cue && tokenAt(doc, o.cue.first).start < end && start < tokenAt(doc, o.cue.last - 1).end) return true;
  }
  return false;
}

/**
 * Extends the content of every kept opt-in attribution in `list` that stops at
 * a comma inside a list of nouns closing its sentence to the list's end (see
 * the module comment). Only a content after its cue, of one part, is extended.
 */
export function extendOptInNounLists(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length !== 1) continue;
    const part = c.parts[0]!;
    const tail = commaTail(doc, part, quoted);
    if (tail === null || tail.comma < 1) continue;
    const { comma, last } = tail;
    // the content comes after its cue and closes on a noun or a name
    if (tokenAtOrAfter(doc, part.start) < c.cue.last || !nounAt(doc, comma - 1) || quoted[comma - 1]) continue;
    const end = listEnd(doc, comma + 1, last, quoted);
    if (end < 0 || taken(list, c, doc, tokenAt(doc, comma).start, tokenAt(doc, end).end)) continue;
    c.parts = [{ start: part.start, end: tokenAt(doc, end).end }];
  }
}
