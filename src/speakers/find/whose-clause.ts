/**
 * A phrase inside a "whose" clause set off between a subject and its verb:
 * "Ann Lee, whose hometown, Dover, is flooding, argues ...", "Tom Reyes, whose
 * company, Brightline, sells data, said ...". The phrase belongs to the clause;
 * the subject before the clause speaks. Also the chains of "whose" clauses
 * joined by "and" or "or" ({@link joinedWhoseBefore}, {@link whoseChain}),
 * read here for speaker finding and for the reported stage.
 * @internal
 */
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { DASHES, closesAside } from './name-tokens.js';
import { nameText } from './mention.js';
import { LIST_CONJUNCTIONS } from '../../data/function-words.js';
import { CLAUSE_RELATIVES } from '../../data/clauses.js';

/** How many tokens may stand between "whose" and the end of the phrase found ("whose husband signed the Harbor Act"). */
const MAX_TO_PHRASE = 12;

/**
 * When `found`, a phrase found before the cue at `cueFirst`, stands inside a
 * "whose" clause that opens with a comma or dash and closes with the same mark
 * before the cue, after a verb of its own, the index of the comma or dash that
 * opens the clause (the subject ends right before it); else -1. The phrase may
 * be the clause's subject, an appositive of it or its verb's object ("whose
 * husband signed the Harbor Act --"). Without a verb before the closing mark
 * the cue is the clause's own: "Ann Lee, whose aide, Tom Park, said ...".
 */
export function whoseClauseOpen(doc: Doc, found: Mention, cueFirst: number): number {
  // (from the phrase's end: a name in apposition may carry the description before it in its span)
  const sent = tokenAt(doc, found.last - 1).sent;
  let verb = false;
  for (let k = found.last - 2; k > 0 && found.last - 1 - k <= MAX_TO_PHRASE; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || isMarkToken(t.value) || CLAUSE_RELATIVES.has(t.lower)) return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.lower !== 'whose') continue;
    const open = k - 1;
    const opener = maybeToken(doc, open);
    if (opener === undefined || (opener.value !== ',' && !DASHES.has(opener.value))) return -1;
    // the same mark closing the clause after its verb before the phrase: the phrase stands after the
    // clause, coordinated with its owner ("Mr. Lee, whose company makes chips, and Ms. Varga, a lawyer, said")
    let clauseVerb = false;
    for (let c = k + 1; c < found.first; c++) {
      const t = tokenAt(doc, c);
      if (t.pos === 'VERB' || t.pos === 'AUX') clauseVerb = true;
      if (clauseVerb && closesAside(doc, opener, c)) return -1;
    }
    // the clause closes with the same mark after a verb of its own, before the cue (a comma before
    // its verb closes an appositive inside it: "whose company, Brightline, sells")
    for (let c = found.last; c < cueFirst; c++) {
      const t = tokenAt(doc, c);
      if (t.sent !== sent || isMarkToken(t.value)) return -1;
      if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
      if (closesAside(doc, opener, c) && verb) return open;
    }
    return -1;
  }
  return -1;
}

/**
 * A description found before a cue that runs over two "whose" clauses joined by "and" or "or" ("The hacker whose
 * prank revealed the leak and whose post denied"), cut to the second clause's own "whose" phrase, the cue's
 * speaker as "whose prank" is the first one's: "whose post" (the last such clause of a longer chain). Only when a
 * verb stands in the first clause and no comma before the cut; `found` as it is otherwise.
 */
export function coordinatedWhoseMention(doc: Doc, found: Mention | null): Mention | null {
  if (found === null || found.kind !== 'description') return found;
  let verb = false;
  let first = -1;
  // the last such "whose" so far: in a chain ("... and whose post denied the report and whose aide confirmed"), the
  // cue's own clause is the last one
  let cut = -1;
  // (no comma stands between the first "whose" and `k`: a "whose" after "and" or "or" is joined to one before it)
  for (let k = found.first; k < found.last; k++) {
    const t = tokenAt(doc, k);
    if (t.lower === 'whose' && first < 0) first = k;
    else if (first >= 0 && (t.pos === 'VERB' || t.pos === 'AUX')) verb = true;
    else if (t.value === ',') break;
    else if (t.lower === 'whose' && verb && k > found.first && found.last - k > 1 && joinedWhoseBefore(doc, k, first) >= 0) cut = k;
  }
  if (cut < 0) return found;
  const start = tokenAt(doc, cut).start;
  return shapedMention({ first: cut, last: found.last, start, end: found.end, kind: 'description', titles: [], name: nameText(doc, start, found.end) });
}

/**
 * The "whose" that the "whose" at `whose` is joined to by "and" or "or", with
 * no comma between, in a chain of "whose" clauses ("whose prank revealed the
 * leak and whose post denied"): the nearest "whose" before the conjunction
 * right before `whose`, not before `floor`; -1 when there is none.
 */
export function joinedWhoseBefore(doc: Doc, whose: number, floor: number): number {
  if (!LIST_CONJUNCTIONS.has(tokenAt(doc, whose - 1).lower)) return -1;
  for (let k = whose - 2; k >= floor; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return -1;
    if (t.lower === 'whose') return k;
  }
  return -1;
}

/**
 * The chain of "whose" clauses that ends with the one at `whose`, walked back
 * one link ({@link joinedWhoseBefore}, not before `floor`) at a time, with no
 * call per link (a long chain overflowed the stack): the links from `whose`
 * back to the first one for which `done` is true, or to the chain's first
 * link. `done` is asked of every link, `whose` too.
 */
export function whoseChain(doc: Doc, whose: number, floor: number, done: (link: number) => boolean): number[] {
  const chain = [whose];
  for (let w = whose; !done(w); ) {
    w = joinedWhoseBefore(doc, w, floor);
    if (w < 0) break;
    chain.push(w);
  }
  return chain;
}
