/**
 * Whether a stretch of tokens holds a finite verb of its own: read by the
 * content-then-cue rules and by the inserted attribution before a "that"
 * clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { APPOSITIVE_RELATIVES, FRONTED_OPENERS, POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';
import { TokenSet } from '../../prepare/token-set.js';

/** True when a finite verb (an auxiliary, or a verb not in -ing) stands in tokens [from, end): "Seeing him suffer led him to ...". */
export function finiteVerb(doc: Doc, from: number, end: number): boolean {
  if (end <= from) return false;
  // (outside the text, the walk itself; inside, the first token that settles the answer, from a table)
  const table = from >= 0 && end <= tokenCount(doc) ? settlingTableOf(doc) : undefined;
  if (table === undefined) {
    for (let k = from; k < end; k++) {
      const settles = settlesAt(doc, k);
      if (settles !== UNSETTLED) return settles === FINITE;
    }
    return false;
  }
  const k = table.settled.nextAtOrAfter(from);
  return k >= 0 && k < end && table.finite.has(k);
}

/** What token `k` tells {@link finiteVerb} when its walk reaches it. */
const UNSETTLED = 0;
const FINITE = 1;
const NOT_FINITE = 2;

function settlesAt(doc: Doc, k: number): number {
  const t = tokenAt(doc, k);
  // a verb of a relative or subordinate clause inside the phrase is not the phrase's own: "in an era where voters get ..."
  if (APPOSITIVE_RELATIVES.has(t.lower) || FRONTED_OPENERS.has(t.lower)) return NOT_FINITE;
  if (t.pos === 'AUX') return FINITE;
  // (the tag first: most tokens are no verb, and then need no test of their word; the table reads every token)
  if (t.pos !== 'VERB') return UNSETTLED;
  const participle = /ed$/.test(t.lower) && tokenAt(doc, k - 1).pos === 'NOUN';
  return !/ing$/.test(t.lower) && !participle && !/^\p{Lu}/u.test(t.value) && tokenAt(doc, k - 1).pos !== 'PART' ? FINITE : UNSETTLED;
}

/** The tokens that settle {@link finiteVerb}'s answer when its walk reaches them, and those that settle it as finite. */
interface SettlingTable {
  readonly settled: TokenSet;
  readonly finite: TokenSet;
}

/**
 * The {@link SettlingTable} of each document, made on the first ask: the
 * content-then-cue rules ask about the words from a sentence's start to each
 * attribution, and a walk for each was quadratic in one long sentence of
 * attributions ("The plan, some say, ..." again and again).
 */
const SETTLING_TABLES = new WeakMap<Doc, SettlingTable>();

function settlingTableOf(doc: Doc): SettlingTable {
  let table = SETTLING_TABLES.get(doc);
  if (table === undefined) {
    const n = tokenCount(doc);
    const settled = new TokenSet(n);
    const finite = new TokenSet(n);
    for (let k = 0; k < n; k++) {
      const settles = settlesAt(doc, k);
      if (settles !== UNSETTLED) settled.add(k);
      if (settles === FINITE) finite.add(k);
    }
    table = { settled: settled.seal(), finite: finite.seal() };
    SETTLING_TABLES.set(doc, table);
  }
  return table;
}

/**
 * True when a gerund subject's finite verb stands in tokens [from, end), the
 * words right after the gerund: as {@link finiteVerb} reads it, or after an
 * opener of {@link FRONTED_OPENERS} that is a preposition there, its noun
 * phrase, then the verb ("Walking before a meal had almost no effect").
 */
export function gerundSubjectVerb(doc: Doc, from: number, end: number): boolean {
  if (finiteVerb(doc, from, end)) return true;
  const opener = from < end ? tokenAt(doc, from) : undefined;
  if (opener === undefined || opener.pos !== 'ADP' || !FRONTED_OPENERS.has(opener.lower)) return false;
  let k = from + 1;
  // (a possessive may open the phrase, "before his speech"; another pronoun is a clause's subject, "before he left")
  while (k < end && (NOUN_OPENING_TAGS.has(tokenAt(doc, k).pos) || (k === from + 1 && POSSESSIVES_AND_YOUR.has(tokenAt(doc, k).lower)))) k++;
  return k > from + 1 && k < end && finiteVerb(doc, k, k + 1);
}

/**
 * True when the past participle at `start` is an adjective before its subject's
 * noun, and the noun's finite verb follows at once: "Allied navies will hold ...",
 * "Elected officials should listen" (the tagger reads the capitalised participle
 * as a verb). An introductory participle goes on with no noun and verb so
 * ("Asked whether he would run", "Pressed on the matter").
 */
export function participleSubject(doc: Doc, start: number, end: number): boolean {
  if (!/ed$/.test(tokenAt(doc, start).lower)) return false;
  let k = start + 1;
  while (k < end && k - start <= 2 && tokenAt(doc, k).pos === 'NOUN' && /^\p{Ll}/u.test(tokenAt(doc, k).value)) k++;
  if (k === start + 1 || k >= end) return false;
  const verb = tokenAt(doc, k);
  return verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower) && /^\p{Ll}/u.test(verb.value));
}
