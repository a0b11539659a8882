/**
 * Two or three people's names joined by "and" as the antecedent of a
 * non-restrictive "who": "drew fire from Ann Lee and Tom Reyes, who said"
 * speaks as "Ann Lee and Tom Reyes", the way "Ann Lee and Tom Reyes said"
 * does; so do "Govs. Ann Lee and Tom Reyes, who", "Gov. Ann Lee and Sen. Tom
 * Reyes, who" and "Ann Lee, Tom Reyes and Mia Ortiz, who".
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { SINGULAR_AUXILIARIES } from '../../data/clauses.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { TITLE_NOUNS, TITLE_WORDS } from '../../data/titles.js';
import { personNameMention } from './pair-subject.js';
import { isNameToken } from './name-tokens.js';
import { tokenTitleKey } from './title-keys.js';

/** Most tokens of one person's name in the coordination. */
const MAX_NAME = 4;

/** Most names before the last one: "Ann Lee, Tom Reyes and Mia Ortiz". */
const MAX_NAMES_BEFORE = 2;

/** The first token of the name ending right before `end`, not before `floor`; `end` when none stands there. */
function nameStart(doc: Doc, end: number, floor: number): number {
  let s = end;
  while (s - 1 >= floor && end - s < MAX_NAME && tokenAt(doc, s - 1).pos === 'PROPN' && isNameToken(tokenAt(doc, s - 1), doc)) s--;
  return s;
}

/**
 * The first token of the title right before the name starting at `s` ("Sen."
 * as "Sen" and ".", "Gov.", "Mayor"), not before `floor`; `s` when there is none.
 */
function titleStart(doc: Doc, s: number, floor: number): number {
  if (s - 2 >= floor && tokenAt(doc, s - 1).value === '.') {
    const word = tokenAt(doc, s - 2);
    return word.end === tokenAt(doc, s - 1).start && /^\p{Lu}\p{Ll}{1,4}$/u.test(word.value) && tokenTitleKey(word) in TITLE_NOUNS ? s - 2 : s;
  }
  if (s - 1 >= floor && /^\p{Lu}/u.test(tokenAt(doc, s - 1).value) && TITLE_WORDS.has(tokenAt(doc, s - 1).lower)) return s - 1;
  return s;
}

/**
 * True when the verb of the clause from token `k` (after adverbs) is singular
 * ("who was one of them", "who says"): the clause is the last name's alone.
 */
function singularVerbAfter(doc: Doc, k: number): boolean {
  const total = tokenCount(doc);
  while (k < total && tokenAt(doc, k).pos === 'ADV') k++;
  if (k >= total) return false;
  const t = tokenAt(doc, k);
  if (SINGULAR_AUXILIARIES.has(t.lower)) return true;
  return t.pos === 'VERB' && t.lower !== t.lemma && /[^s]s$/.test(t.lower);
}

/**
 * The names joined by "and" that end at the comma `comma` opening a "who"
 * clause, as one mention ("Ann Lee and Tom Reyes"), or the last name alone
 * before a singular verb ("..., who was") or after a list of more than
 * three; null when no two
 * persons' names stand there, or when they are the object of a person's
 * description ("the aide to Ann Lee and Tom Reyes, who": whose clause it is
 * the reader cannot tell).
 */
export function coordinatedWhoAntecedent(doc: Doc, comma: number, floor: number): Mention | null {
  const lastFirst = nameStart(doc, comma, floor);
  const lastName = personNameMention(doc, lastFirst, comma);
  if (!lastName) return null;
  const lastLead = titleStart(doc, lastFirst, floor);
  let k = lastLead - 1;
  if (k - 1 < floor || tokenAt(doc, k).lower !== 'and') return null;
  // ("Ann Lee, Tom Reyes, and Mia Ortiz": a serial comma)
  if (tokenAt(doc, k - 1).value === ',') k--;
  const parts: [number, number][] = [[lastFirst, comma]];
  let end = k;
  for (let n = 0; n < MAX_NAMES_BEFORE; n++) {
    const s = nameStart(doc, end, floor);
    if (!personNameMention(doc, s, end)) break;
    parts.unshift([s, end]);
    const t = titleStart(doc, s, floor);
    if (t - 2 < floor || tokenAt(doc, t - 1).value !== ',') break;
    end = t - 1;
  }
  if (parts.length < 2) return null;
  // a serial comma asks for a list of three
  if (tokenAt(doc, k).value === ',' && parts.length < 3) return null;
  const first = parts[0]![0];
  const lead = titleStart(doc, first, floor);
  // ("the aide to Ann Lee and Tom Reyes, who", "the wife of ...": a person's description owns the names)
  if (lead - 2 >= floor && tokenAt(doc, lead - 1).pos === 'ADP' && (PEOPLE_NOUNS.has(tokenAt(doc, lead - 2).lower) || TITLE_WORDS.has(tokenAt(doc, lead - 2).lower))) return null;
  // ("Gov. Ann Lee and Sen. Tom Reyes, who warns": a singular verb takes the last name alone, with its title;
  // so does a longer list, "celebrities like A, B, C, D and E, who", whose clause is most often the last name's)
  const longer = lead - 2 >= floor && tokenAt(doc, lead - 1).value === ',' && nameStart(doc, lead - 1, floor) < lead - 1;
  if (longer || singularVerbAfter(doc, comma + 2)) return mentionWith(lastName, { first: lastLead, start: tokenAt(doc, lastLead).start });
  const names = parts.map(([s, e]) => personNameMention(doc, s, e)!.name);
  const name = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // (the mention keeps the titles in front: "Govs. Ann Lee and Tom Reyes")
  return shapedMention({ first: lead, last: comma, start: tokenAt(doc, lead).start, end: tokenAt(doc, comma - 1).end, kind: 'name', titles: [], name });
}
