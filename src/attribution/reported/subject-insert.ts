/**
 * An insertion set off by commas between a clause's subject and its verb:
 * "that Reyes, bent by rivals, would not run", "that the plan, first drafted
 * in May, will fail". The clause goes on after it, so a comma there does not
 * end the clause (used by rule `reported/noun-cue`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';

/** Most tokens between the two commas of an insertion. */
const MAX_INSERTION = 16;

/**
 * The closing comma of an insertion opened by the comma at `comma`, when the
 * clause's subject (a noun, name or pronoun) comes right before it and its
 * verb (an auxiliary, or a verb not in -ing) right after the closing comma;
 * null otherwise. The insertion holds no quotation mark, semicolon or
 * conjunction at its start, and stays before `end` and in its sentence. Reads
 * at most {@link MAX_INSERTION} tokens.
 */
export function insertionEnd(doc: Doc, comma: number, end: number): number | null {
  const open = tokenAt(doc, comma);
  if (comma === 0 || !/^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, comma - 1).pos)) return null;
  const first = maybeToken(doc, comma + 1);
  if (first === undefined || first.pos === 'CCONJ' || first.value === ',') return null;
  for (let k = comma + 1; k < Math.min(end, comma + 2 + MAX_INSERTION); k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== open.sent || t.value === ';' || isMarkToken(t.value)) return null;
    if (t.value !== ',') continue;
    const verb = maybeToken(doc, k + 1);
    if (k + 1 >= end || verb === undefined || verb.sent !== open.sent) return null;
    return verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)) ? k : null;
  }
  return null;
}
