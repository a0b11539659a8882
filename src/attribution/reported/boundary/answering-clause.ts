/**
 * A second speaker's reply after an inserted attribution: in the invented
 * `The union wants higher pay, Lee said, and Moss agreed.` the clause after
 * ", and" reports what another speaker did (a verb of saying with a subject
 * of its own and nothing after it), not more of what Lee said; the content
 * ends before it. Other clauses after ", X said, and" (`..., Lee said, and
 * it will strike if needed`) stay in the content, as annotated news keeps
 * them.
 * @internal
 */
import type { Doc } from '../../../prepare/document.js';
import { tokenAt } from '../../../prepare/lookup.js';
import { CUE_VERBS } from '../../../data/cues.js';

/** Most words of the subject of the reply ("the city's mayor"). */
const MAX_REPLY_SUBJECT = 4;

/**
 * True when the words from `p` (the "and" after an inserted attribution's
 * closing comma) to `end` are "and", a subject of up to
 * {@link MAX_REPLY_SUBJECT} words with no verb, and a verb of saying that
 * ends them ("and Moss agreed", "and the mayor disagreed").
 */
export function answeringClause(doc: Doc, p: number, end: number): boolean {
  if (tokenAt(doc, p).lower !== 'and') return false;
  const verb = end - 1;
  const subject = verb - (p + 1);
  if (subject < 1 || subject > MAX_REPLY_SUBJECT) return false;
  const v = tokenAt(doc, verb);
  if (v.pos !== 'VERB' || v.lower === v.lemma || !CUE_VERBS.has(v.lemma)) return false;
  for (let k = p + 1; k < verb; k++) if (/^(VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(tokenAt(doc, k).pos)) return false;
  return true;
}
