/**
 * Where the object of an opt-in cue goes on past a conjunction or a comma: a
 * second gerund (the invented `Lee blamed the levy for closing the pier and
 * driving out the divers.`) and a name set off after a common noun it stands
 * for (`Moss was referring to her deputy, Ada Reyes.`) stay in the object.
 * Speech cues are untouched.
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import type { Doc } from '../../../prepare/document.js';
import { OPT_IN_CATEGORIES } from '../../../options.js';
import type { CueCategory } from '../../../types.js';
import type { ReportedContext } from '../shared.js';
import { isSplitInitial } from '../../../speakers/find/initial.js';

/** True when token `k` is a gerund or a present participle: a verb ending in "-ing". */
export function gerundAt(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'VERB' && t.lower.endsWith('ing');
}

/**
 * True when the conjunction at token `k` joins a second gerund to the object
 * of a cue of the opt-in `category` that starts at token `p` and holds a gerund of its own:
 * "blamed the levy for raising rents and driving out tenants", "supports
 * putting cameras on officers and hiring more staff". The second gerund goes
 * on with the object rather than opening the subject's next act, which is a
 * finite verb ("questioned the plan and said ...") or a participle after an
 * object with no gerund ("thanking the crew and praising the mayor"). Speech
 * cues are untouched. Measured on PolNeAR train with every category on (see
 * CHANGELOG).
 */
export function gerundListGoesOn(ctx: ReportedContext, category: CueCategory, p: number, k: number): boolean {
  const { doc } = ctx;
  if (!OPT_IN_CATEGORIES.has(category) || !gerundAt(doc, k + 1) || ctx.quoted[k + 1]) return false;
  for (let j = p; j < k; j++) if (!ctx.quoted[j] && gerundAt(doc, j)) return true;
  return false;
}

/** Most tokens of a name set off after an object: "John F. Kerry", "Vladimir V. Putin". */
const MAX_APPOSITIVE_NAME = 5;

/**
 * The end of the object `[p, end)` of a cue of the opt-in `category` with the
 * name that follows it between commas or before the sentence's end, when the
 * object closes on a common noun the name stands for: "referring to her
 * predecessor, Ada Moss." gives "her predecessor, Ada Moss". A name followed
 * by a verb after its comma is the next clause's subject, not the object's
 * ("backing the mayor's campaign, Harbor First PAC, spent ..."), and stays
 * out. Speech cues are untouched.
 */
export function withAppositiveName(ctx: ReportedContext, category: CueCategory, p: number, end: number, last: number): number {
  const { doc } = ctx;
  if (!OPT_IN_CATEGORIES.has(category) || end - p < 1 || end + 2 >= last || tokenAt(doc, end - 1).pos !== 'NOUN' || tokenAt(doc, end).value !== ',' || ctx.quoted[end]) return end;
  let k = end + 1;
  while (k < last && k - end <= MAX_APPOSITIVE_NAME && !ctx.quoted[k] && (tokenAt(doc, k).pos === 'PROPN' || (tokenAt(doc, k).value === '.' && k > end + 1 && isSplitInitial(doc, k - 1) && tokenAt(doc, k).start === tokenAt(doc, k - 1).end))) k++;
  if (k - end < 3 || k - end > MAX_APPOSITIVE_NAME) return end;
  // the name closes the sentence, or a comma sets it off before no verb
  if (k >= last || /^[.!?]$/.test(tokenAt(doc, k).value)) return k;
  if (tokenAt(doc, k).value === ',' && !/^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) return k;
  return end;
}
