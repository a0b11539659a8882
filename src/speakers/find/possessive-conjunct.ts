/**
 * Two people joined by "and" when the second is named after a possessive and
 * a description: "Grace Liu and her brother Wei said", "Ann Ruiz and her
 * husband, Tom Ruiz, said", "Sen. Ada Moss and his House counterpart Tom
 * Hale said". Both speak, as in the plain "Ann Ruiz and Tom Ruiz said": the
 * name is "Grace Liu and Wei", not the second person alone with the first
 * read as a title.
 * @internal
 */
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { THIRD_POSSESSIVES } from '../../data/clauses.js';
import { kindOfName } from '../kinds.js';
import { NO_TITLES } from './titles.js';

/** Reads the mention of tokens `first` to `last - 1` (passed in: `makeMention` imports this module). */
type MentionOf = (doc: Doc, first: number, last: number) => Mention | null;

/**
 * The name "A and B" of tokens `first` to `last - 1` when they read "A and
 * his/her/their DESCRIPTION B": A a person's name, B a person's name at the
 * end after a description that opens with the possessive (with or without a
 * comma before B); null otherwise. `and` is the index of the one "and".
 */
export function possessiveConjunctName(doc: Doc, first: number, last: number, and: number, mentionOf: MentionOf): Mention | null {
  if (and <= first || and + 3 > last) return null;
  const left = personBeforePossessive(doc, first, and, mentionOf);
  if (left === null) return null;
  const right = mentionOf(doc, and + 1, last);
  if (right?.kind !== 'name' || kindOfName(right.name) !== 'person' || right.name === left.name) return null;
  // (a description stands between the possessive and the name: "her brother Wei", not "his Ann Lee")
  if (right.titles.length === 0 && right.description === undefined) return null;
  return shapedMention({ first, last, start: tokenAt(doc, first).start, end: tokenAt(doc, last - 1).end, kind: 'name', titles: NO_TITLES, name: `${left.name} and ${right.name}` });
}

/**
 * The person's name of tokens `first` to `and - 1` when the "and" at `and` is
 * followed by a person's possessive ("his", "her", "their"; not "its"): the
 * "Grace Liu" of "Grace Liu and her brother Wei"; null otherwise.
 */
function personBeforePossessive(doc: Doc, first: number, and: number, mentionOf: MentionOf): Mention | null {
  const possessive = tokenAt(doc, and + 1).lower;
  if (!THIRD_POSSESSIVES.has(possessive) || possessive === 'its') return null;
  const left = mentionOf(doc, first, and);
  return left?.kind === 'name' && left.first === first && kindOfName(left.name) === 'person' ? left : null;
}

/**
 * The pair when `described`, a description, reads "A and his/her/their
 * DESCRIPTION" and `appositive`, the name set off after it, names the second
 * person: "Ann Ruiz and her husband, Tom Ruiz, said" speak as "Ann Ruiz and
 * Tom Ruiz" (the mention runs from A to the appositive's end); null otherwise.
 */
export function possessiveConjunctAppositive(doc: Doc, described: Mention, appositive: Mention, mentionOf: MentionOf): Mention | null {
  if (appositive.kind !== 'name' || kindOfName(appositive.name) !== 'person' || appositive.first <= described.last) return null;
  let and = -1;
  for (let k = described.first + 1; k < described.last - 1; k++) {
    if (tokenAt(doc, k).lower !== 'and') continue;
    if (and >= 0) return null;
    and = k;
  }
  const left = and < 0 ? null : personBeforePossessive(doc, described.first, and, mentionOf);
  if (left === null || left.name === appositive.name) return null;
  return shapedMention({ first: described.first, last: appositive.last, start: described.start, end: appositive.end, kind: 'name', titles: NO_TITLES, name: `${left.name} and ${appositive.name}` });
}

/**
 * One past the name set off after a description that opens with a possessive
 * (tokens `start` to `end - 1`: "her husband" of `said Ann Ruiz and her
 * husband, Tom Ruiz.`), when a person's name of at most four tokens follows
 * its comma before `ceiling` and ends the clause (a full stop, a comma, a
 * semicolon or `ceiling` after it); `end` otherwise.
 */
export function possessiveAppositiveEnd(doc: Doc, start: number, end: number, ceiling: number, mentionOf: MentionOf): number {
  if (end + 1 >= ceiling || !THIRD_POSSESSIVES.has(tokenAt(doc, start).lower) || tokenAt(doc, end).value !== ',') return end;
  const described = mentionOf(doc, start, end);
  if (described?.kind !== 'description' || described.first !== start) return end;
  for (let stop = Math.min(ceiling, end + 5); stop > end + 1; stop--) {
    const after = stop < ceiling ? tokenAt(doc, stop) : undefined;
    const closes = after === undefined || after.sent !== tokenAt(doc, stop - 1).sent || /^[.;,]$/u.test(after.value);
    if (!closes) continue;
    const name = mentionOf(doc, end + 1, stop);
    if (name?.kind === 'name' && name.first === end + 1 && name.last === stop && kindOfName(name.name) === 'person') return stop;
  }
  return end;
}
