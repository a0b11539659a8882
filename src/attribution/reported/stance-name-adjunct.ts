/**
 * Content ends of opt-in stances taken on a person named (or a personal
 * pronoun), as annotated news marks them: the name is what the side was taken
 * on, and what follows it without a comma is how, when or where it was taken.
 * `The union backed Ada Moss during the second debate.` has the content "Ada
 * Moss"; so do `endorsed Ada Moss early`, `supported Ada Moss by a wide
 * margin`, `assailed Ada Moss from every side`, `backed Ada Moss who is
 * running again`, `endorsed Ada Moss - the first time it took a side`,
 * `endorsed Ada Moss and whom ...` and `supporting Ada Moss have said ...`
 * (the name then closes the object of a participle). Measured on PolNeAR train
 * (every category): 10 contents exact that were not, none lost (not "after",
 * "before", "since" or "until", which may open a clause the object takes); after "in",
 * "for", "of", "as", "against", "on" or "over" the gold goes on as often as it
 * stops, and after a common noun ("the bill after ...") it goes on more often,
 * so neither is cut. Only a stance whose content is its verb's object (the
 * rules of `reported/stance-adjunct.ts`). Run on the kept candidates, after
 * the stance adjuncts' cut and before the proposition nouns are taken.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import {
  NAME_OBJECT_ADJUNCT_PREPOSITIONS,
  NAME_OBJECT_AND_OPENERS,
  NAME_OBJECT_ARGUMENT_WORDS,
  NAME_OBJECT_PRONOUNS,
  NAME_OBJECT_RELATIVES,
} from '../../data/senses.js';
import { STANCE_OBJECT_RULES } from './stance-adjunct.js';

/** Dashes that open an aside after the name. */
const DASH = /^(?:[\u2014\u2013]|--|-)$/;
/** Most tokens of a name: "Sen. Ada Maria de la Moss" is far below it. */
const MAX_NAME = 8;

/**
 * The token after the name (or personal pronoun) that opens the object at
 * `first`, when that name ends before `last`; -1 when the object opens with
 * no name or the name fills it.
 */
function afterName(doc: Doc, first: number, last: number): number {
  const t = tokenAt(doc, first);
  if (NAME_OBJECT_PRONOUNS.has(t.lower) && t.pos === 'PRON') return first + 1 <= last ? first + 1 : -1;
  if (t.pos !== 'PROPN') return -1;
  let k = first + 1;
  // "Sen. Ada Moss": a full stop joined to a title or an initial stays inside the name, as does an inner hyphen
  while (k <= last && k - first < MAX_NAME) {
    const n = tokenAt(doc, k);
    if (n.pos === 'PROPN' || (n.value === '.' && n.start === tokenAt(doc, k - 1).end)) k++;
    // ("Ivo Kasza-Lind": the hyphen inside a name, with no space on either side, stays inside it too)
    else if (n.value === '-' && n.start === tokenAt(doc, k - 1).end && tokenAt(doc, k + 1).start === n.end && tokenAt(doc, k + 1).pos === 'PROPN') k += 2;
    else break;
  }
  return k <= last && k - first < MAX_NAME ? k : -1;
}

/** True when the token at `k` (inside the object, before `last`) opens no part of a named object. */
function opensAdjunct(doc: Doc, k: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos === 'ADP' && NAME_OBJECT_ADJUNCT_PREPOSITIONS.has(t.lower)) return true;
  if (NAME_OBJECT_RELATIVES.has(t.lower)) return true;
  // a dash with a space before it ("Ada Moss - the first time ..."), not the hyphen of a name ("Moss-Hale")
  if (DASH.test(t.value) && t.start > tokenAt(doc, k - 1).end) return true;
  // "and whom ...", "and those who ...", "and to ..."
  if (t.lower === 'and' && k < last && NAME_OBJECT_AND_OPENERS.has(tokenAt(doc, k + 1).lower)) return true;
  // "endorsed her early", "backed Ada Moss strongly" (not "blamed Ada Moss directly for the loss": the verb's
  // second argument goes on after the adverb, and so does the content)
  if (t.pos === 'ADV' && /ly$/.test(t.lower)) return k === last || !NAME_OBJECT_ARGUMENT_WORDS.has(tokenAt(doc, k + 1).lower);
  // "early", whatever its tag, unless a noun follows ("her early years": a possessive, no whole object)
  if (t.lower === 'early') return k === last || !/^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k + 1).pos);
  // "supporting Ada Moss have said": the name closed the object of a participle
  return t.pos === 'AUX';
}

/** Cuts what follows a name or personal pronoun object of the kept stances in `list` (see the module comment). */
export function cutNameObjectAdjuncts(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.category !== 'stance' || !STANCE_OBJECT_RULES.has(c.rule) || c.parts.length !== 1) continue;
    const part = c.parts[0]!;
    const first = tokenAtOrAfter(doc, part.start);
    // a content before its cue is left as it is
    if (first < c.cue.last || first >= tokenCount(doc) || quoted[first]) continue;
    let last = first;
    while (last + 1 < tokenCount(doc) && tokenAt(doc, last + 1).end <= part.end) last++;
    while (last > first && tokenAt(doc, last).pos === 'PUNCT') last--;
    const k = afterName(doc, first, last);
    if (k < 0 || quoted[k] || !opensAdjunct(doc, k, last)) continue;
    c.parts = [{ start: part.start, end: tokenAt(doc, k - 1).end }];
  }
}
