/**
 * Speaker resolution, the person a relative "who" stands for when the phrase
 * before it names a place or a body that ends a person's appositive:
 * "said Ann Lee, 24, from Dover, who said" and "Tom Hale, a professor at
 * the University of Dover, who said" are Ann Lee and Tom Hale; "who" is said
 * of people.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { tokenAt } from '../prepare/lookup.js';
import { kindOfName } from './kinds.js';
import { DASHES } from '../data/marks.js';

/** Most tokens between the person's name and the place or body that ends its appositive. */
const MAX_APPOSITIVE = 16;

/**
 * For the antecedent `a` of a relative "who", a name of a place or an
 * organisation (or one that stands where places stand, `place`: "from
 * Dover"): the nearest person's name before it in its sentence (from
 * `names`, in text order, `before` the index of the first name at or after
 * `a`) that a comma follows and that no verb, semicolon or dash
 * ({@link DASHES}) separates from `a`, at most {@link MAX_APPOSITIVE} tokens
 * back, a person by `isPerson` (its index in `names`); else null ("the
 * council, who said" stays the council's).
 */
export function appositiveHolder(doc: Doc, names: readonly Mention[], before: number, a: Mention, place: boolean, isPerson: (k: number) => boolean): Mention | null {
  if (a.kind !== 'name') return null;
  const kind = kindOfName(a.name);
  if (!place && kind !== 'place' && kind !== 'organization') return null;
  const sent = tokenAt(doc, a.first).sent;
  for (let k = before - 1; k >= 0; k--) {
    const n = names[k]!;
    if (n.end > a.start) continue;
    if (tokenAt(doc, n.first).sent !== sent || a.first - n.last > MAX_APPOSITIVE) return null;
    // ("a gynecologist from Englewood, New Jersey,": a name where places stand is passed over)
    if (!isPerson(k)) continue;
    if (tokenAt(doc, n.last).value !== ',') return null;
    for (let j = n.last; j < a.first; j++) {
      const t = tokenAt(doc, j);
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ';' || DASHES.has(t.value)) return null;
    }
    return n;
  }
  return null;
}
