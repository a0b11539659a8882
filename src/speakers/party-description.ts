/**
 * Speaker resolution, a member of a party described by place: "the Wisconsin
 * Republican", "the Ohio Democrat". The news writes it for a person just
 * named ("House Speaker Tom Hale says ... The Wisconsin Republican says"), so
 * it is resolved as "he" or "she" would be (`person-pronouns.ts`), to a
 * person the text does not give another party or state.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { isPlaceName, placeKey } from './kinds.js';
import { placesAfter } from './places.js';
import { PARTY_MEMBER_NOUNS, PARTY_WORDS } from '../data/people.js';

/** The party and place a description of a member of a party by place gives. */
export interface PartyDescription {
  /** The party's letter ("R", "D"). */
  readonly party: string;
  /** The place, as a place key ("wisconsin", "south carolina"). */
  readonly place: string;
}

/**
 * The party and place of name mention `m` when it is "the", a place in the
 * built-in list and a noun of a party member ({@link PARTY_MEMBER_NOUNS}), and
 * nothing else: "the Wisconsin Republican" (with "the" inside the mention or
 * right before it); null for anything else ("a Wisconsin Republican" is
 * someone new, "the Wisconsin Republicans" a group).
 */
export function partyDescription(doc: Doc, m: Mention): PartyDescription | null {
  const words = m.name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  const party = PARTY_MEMBER_NOUNS.get(words[words.length - 1]!.toLowerCase());
  const place = words.slice(0, -1).join(' ');
  if (party === undefined || !/^\p{Lu}/u.test(place) || !isPlaceName(place)) return null;
  const first = tokenAt(doc, m.first);
  const the = first.lower === 'the' ? first : maybeToken(doc, m.first - 1);
  if (the === undefined || the.lower !== 'the' || the.sent !== tokenAt(doc, m.last - 1).sent) return null;
  return { party, place: placeKey(place) };
}

/**
 * True when name `n` is written with a party or a place that is not the
 * description's `d`: "Democratic Sen. Ann Lee" or "Ann Lee (D-Ohio)" for "the
 * Ohio Republican", "Tom Hale (R-Texas)" for "the Ohio Republican".
 */
export function contradictsParty(doc: Doc, n: Mention, d: PartyDescription): boolean {
  // the party word before the name, its titles between ("Democratic Sen. Ann Lee", "Republican Tom Hale")
  const before = maybeToken(doc, n.first - 1);
  const words = [...n.titles.flatMap((t) => t.split(/\s+/)), ...(before !== undefined && /^\p{Lu}/u.test(before.value) ? [before.value] : [])];
  if (words.some((w) => { const p = PARTY_WORDS.get(w.toLowerCase()); return p !== undefined && p !== d.party; })) return true;
  // "(R-Texas)", "D-Ohio": the party's letter and the place after the name
  const open = maybeToken(doc, n.last);
  const letter = maybeToken(doc, n.last + 1);
  if (open !== undefined && (open.value === '(' || open.value === ',') && letter !== undefined && /^[RDI]$/.test(letter.value) && maybeToken(doc, n.last + 2)?.value === '-' && letter.value !== d.party) return true;
  // ("Tom Hale of Texas"; an abbreviation, "R-Wis.", is not weighed: the list has no state for it)
  const places = placesAfter(doc, n).filter((p) => isPlaceName(p));
  return places.length > 0 && !places.includes(d.place);
}
