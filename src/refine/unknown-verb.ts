/**
 * A quotation attributed through a verb the lexicon does not hold:
 * `"It will never give up," an angry mayor retaliated.`, `"Don't forget
 * me," her husband cut in.` No rule reads it, but it is no continuation of
 * the quote before it either.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { tokenBounds } from '../attribution/direct/bounds.js';
import { maybeToken } from '../prepare/lookup.js';
import { CUE_VERBS } from '../data/cues.js';
import { PERSON_PHRASE_TAGS } from '../data/tags.js';

/** Most words of the subject between the closing mark and the verb. */
const MAX_SUBJECT = 5;

/** Parts of speech a subject phrase is made of. */
const SUBJECT_POS: ReadonlySet<string> = PERSON_PHRASE_TAGS;

/**
 * True when the direct quote `c` (one closed stretch, ending on a comma, a
 * question mark or an exclamation mark) is followed in its sentence by a
 * subject of at most MAX_SUBJECT words and a verb (not in -ing, no built-in
 * cue: a rule reads those), with at most one particle after it, that end the
 * sentence or reach a comma:
 * `"...," an angry mayor retaliated.`, `"...?" Reyes pressed.`, `"...," her
 * husband cut in, ...`.
 *
 * `refine/context.ts` namedVerbAt asks the same "subject and verb after the closing mark" question for
 * the carrying of a speaker, but on purpose differently: its subject is capitalised words only (a name
 * or pronoun; a noun phrase after `?` is usually the narrator's own sentence) and its verb may be a
 * cue and need not end the clause.
 */
export function unknownVerbAttribution(doc: Doc, c: Candidate): boolean {
  if (c.stretches.length !== 1 || c.stretches[0]!.close < 0) return false;
  const { open, after } = tokenBounds(doc, c);
  const closing = maybeToken(doc, after - 2);
  if (after - 2 < open || closing === undefined || !/^[,?!]$/.test(closing.value)) return false;
  const first = maybeToken(doc, after);
  if (first === undefined) return false;
  let k = after;
  let noun = false;
  while (k < after + MAX_SUBJECT) {
    const t = maybeToken(doc, k);
    if (t === undefined || t.sent !== first.sent || !SUBJECT_POS.has(t.pos)) break;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') noun = true;
    k++;
  }
  const verb = maybeToken(doc, k);
  if (!noun || verb === undefined || verb.sent !== first.sent || verb.pos !== 'VERB' || /ing$/.test(verb.lower) || CUE_VERBS.has(verb.lemma)) return false;
  let next = maybeToken(doc, k + 1);
  if (next !== undefined && next.sent === verb.sent && (next.pos === 'ADP' || next.pos === 'ADV')) next = maybeToken(doc, k + 2);
  return next === undefined || next.sent !== verb.sent || next.value === '.' || next.value === ',';
}
