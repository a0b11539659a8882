/**
 * Opt-in cue words that are no verb where they stand, so that no reported
 * attribution is built on them: the first part of a hyphenated word ("a
 * sought-after host") and the preposition "regarding" ("breaches regarding the
 * rules"). The cue stays a cue for the boundaries of other attributions.
 * Speech, writing and source cues are untouched.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { PROGRESSIVE_BE_FORMS } from '../../data/clauses.js';
import { REGARDING_AS_WINDOW } from '../../data/cues.js';

/**
 * True when the opt-in `cue` is no verb where it stands: a hyphenated word's
 * first part ("sought-after") or a "regarding" without a form of "be" before it
 * and an "as" after it ("breaches regarding the rules"; not "is regarding the
 * plan as ...", "regarding him as a rival").
 * @internal
 */
export function optInCueNoVerb(doc: Doc, cue: CueMatch): boolean {
  if (!OPT_IN_CATEGORIES.has(cue.category)) return false;
  const t = tokenAt(doc, cue.head);
  const dash = maybeToken(doc, cue.head + 1);
  const second = maybeToken(doc, cue.head + 2);
  if (dash !== undefined && second !== undefined && dash.value === '-' && dash.start === t.end && second.start === dash.end && /^\p{L}/u.test(second.value)) return true;
  return t.lower === 'regarding' && !PROGRESSIVE_BE_FORMS.has(maybeToken(doc, cue.head - 1)?.lower ?? '') && !asAhead(doc, cue.head);
}

/** True when an "as" follows token `i` within {@link REGARDING_AS_WINDOW} tokens of its sentence. */
function asAhead(doc: Doc, i: number): boolean {
  const sent = tokenAt(doc, i).sent;
  for (let k = i + 1; k <= i + REGARDING_AS_WINDOW; k++) {
    const w = maybeToken(doc, k);
    if (w === undefined || w.sent !== sent) return false;
    if (w.lower === 'as') return true;
  }
  return false;
}
