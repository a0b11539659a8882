/**
 * Content ends of opt-in infinitive cues, as annotated news marks them: an
 * "and" or "but" before a finite auxiliary or a subject pronoun opens a second
 * predicate or a clause of the narrator's, not more of what was wanted,
 * planned or refused. `Tobin Hale declined to be named and is not on the
 * board.` has the content "to be named"; so do `plans to vote but is
 * undecided` ("to vote") and `decided not to run and she won easily` ("not to
 * run"). Only a thought, finding or stance whose content opens with its "to"
 * (rules `reported/cue-infinitive`, `reported/cue-infinitive-short`,
 * `reported/state-object`), and only when no inner clause ("that", "if",
 * "when", ...), quotation, parenthesis or dash comes first. Measured on
 * PolNeAR train (every category): 4 contents exact that were not, none lost;
 * every gold item of the shape ends before the conjunction. Run on the kept
 * candidates, after the opt-in tails.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { INFINITIVE_INNER_CLAUSE_WORDS, SECOND_PREDICATE_AUX } from '../../data/clauses.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { OPT_IN_CATEGORIES } from '../../options.js';

/** Rules whose opt-in content may open with the "to" of an infinitive. */
const INFINITIVE_RULES: ReadonlySet<string> = new Set(['reported/cue-infinitive', 'reported/cue-infinitive-short', 'reported/state-object']);
/** Marks that open an aside inside the content: a parenthesis or a dash. */
const ASIDE = /^(?:[()\u2014\u2013]|--|-)$/;

/** Token index of the "and" or "but" that opens a second predicate in tokens `first` to `last`, or -1. */
function secondPredicate(doc: Doc, first: number, last: number, quoted: Readonly<Uint8Array>): number {
  for (let k = first + 1; k < last; k++) {
    const t = tokenAt(doc, k);
    if (quoted[k] || ASIDE.test(t.value) || INFINITIVE_INNER_CLAUSE_WORDS.has(t.lower)) return -1;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    const next = tokenAt(doc, k + 1);
    if (quoted[k + 1]) return -1;
    if ((SECOND_PREDICATE_AUX.has(next.lower) && next.pos === 'AUX') || (PERSON_SUBJECT_PRONOUNS.has(next.lower) && next.pos === 'PRON')) return k;
  }
  return -1;
}

/** Cuts a second predicate off the content of the kept opt-in infinitive cues in `list` (see the module comment). */
export function cutInfinitiveSecondPredicates(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || !INFINITIVE_RULES.has(c.rule) || c.parts.length !== 1) continue;
    const part = c.parts[0]!;
    let first = tokenAtOrAfter(doc, part.start);
    if (first >= tokenCount(doc) || first < c.cue.last) continue;
    // "decided not to run ..."
    const to = tokenAt(doc, first).lower === 'not' ? first + 1 : first;
    if (to >= tokenCount(doc) || tokenAt(doc, to).lower !== 'to') continue;
    let last = first;
    while (last + 1 < tokenCount(doc) && tokenAt(doc, last + 1).end <= part.end) last++;
    first = to;
    const k = secondPredicate(doc, first, last, quoted);
    if (k < 0) continue;
    // (a comma before the conjunction goes too)
    const end = tokenAt(doc, k - 1).value === ',' && k - 1 > first ? k - 2 : k - 1;
    if (end <= first) continue;
    c.parts = [{ start: part.start, end: tokenAt(doc, end).end }];
  }
}
