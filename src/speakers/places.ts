/**
 * Places in speaker resolution: the places named right after a name ("Ana
 * Ruiz of Spain", "Jim Ward (R-Ohio)"), and a name that stands where places
 * stand ("in Chicago", "Microsoft executives"), which speaks for no one.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { FIRST_NAMES } from '../data/names.js';
import { isPlaceName, isStateAbbreviation, placeKey } from './kinds.js';
import { maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { words } from './name-words.js';
import { beforeDeterminer } from './not-antecedent.js';
import { NAME_PLACE_PREPOSITIONS, PLACE_AFTER_NAME_OPENERS } from '../data/places.js';
import { isRoleWord } from './appositives.js';
import { HONORIFICS } from '../data/titles.js';
import { titleKey } from './find/title-keys.js';

/** No places (one shared empty list). */
const NONE: readonly string[] = Object.freeze([]);

/** Places named right after a name: "Ana Ruiz of Spain", "Jim Ward (R-Ohio)", "Tom Reyes, D-Texas". */
export function placesAfter(doc: Doc, n: Mention): readonly string[] {
  let k = n.last;
  const opener = maybeToken(doc, k);
  if (!opener || !PLACE_AFTER_NAME_OPENERS.has(opener.lower)) return NONE;
  k++;
  // "of the United States"
  if (opener.lower === 'of' && maybeToken(doc, k)?.lower === 'the') k++;
  if (/^[RDI]$/.test(maybeToken(doc, k)?.value ?? '') && maybeToken(doc, k + 1)?.value === '-') k += 2;
  const out: string[] = [];
  let run = '';
  for (; k < Math.min(tokenCount(doc), n.last + 6); k++) {
    const t = tokenAt(doc, k);
    if (!/^\p{Lu}/u.test(t.value)) break;
    run = run === '' ? t.value : `${run} ${t.value}`;
    if (isPlaceName(run) || isStateAbbreviation(run)) out.push(placeKey(run));
  }
  // (most names have none: one shared empty list rather than one per name of a long text)
  return out.length > 0 ? out : NONE;
}

/** Most lower-case adjectives between a preposition and the place it takes ("in northern Ohio", "of nearby Dover"). */
const MAX_PLACE_ADJECTIVES = 2;

/**
 * Index of the token before a name, past up to {@link MAX_PLACE_ADJECTIVES}
 * lower-case adjectives and a determiner before it: the preposition of "in
 * northern Ohio", "of nearby Dover", "from the Middle East".
 */
function beforeModifiers(doc: Doc, n: Mention): number {
  let k = n.first - 1;
  while (k >= 0 && n.first - 1 - k < MAX_PLACE_ADJECTIVES && tokenAt(doc, k).pos === 'ADJ' && /^\p{Ll}/u.test(tokenAt(doc, k).value)) k--;
  return k === n.first - 1 ? beforeDeterminer(doc, n) : maybeToken(doc, k)?.pos === 'DET' ? k - 1 : k;
}

/**
 * True when a name stands where places stand ("in Chicago", "from the
 * Middle East", "of nearby Dover"): a name after a preposition of place,
 * adjectives between or not, unless it starts with a known first name or
 * follows an honorific ("to Mr. Hollins"); or a name that modifies a noun
 * ("Microsoft executives").
 */
export function describesPlace(doc: Doc, n: Mention, bySurname: ReadonlyMap<string, readonly Mention[]>): boolean {
  // "Microsoft executives", "Varga supporters": a name that modifies a noun is not a person speaking
  const next = maybeToken(doc, n.last);
  const single = words(n.name).length === 1 && !bySurname.has(n.name.toLowerCase());
  if (single && next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value) && next.sent === tokenAt(doc, n.last - 1).sent) return true;
  // (a name after an honorific is a person's wherever it stands: "when it comes to Mr. Hollins's record")
  if (n.titles.some((t) => HONORIFICS.has(titleKey(t)))) return false;
  const at = beforeModifiers(doc, n);
  const prev = maybeToken(doc, at);
  if (!prev || !(NAME_PLACE_PREPOSITIONS.has(prev.lower) || (prev.lower === 'of' && isRoleWord(maybeToken(doc, at - 1)) && !/^['’]s$/.test(next?.lower ?? '')))) return false;
  const ws = words(n.name);
  return ws.length === 1 || !FIRST_NAMES.has(ws[0]!.toLowerCase());
}
