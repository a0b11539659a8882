/**
 * A person named with a title inside a headline's title-case run: the
 * "Admiral Tessa Holm" of "Admiral Tessa Holm Speaks Out".
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../shape.js';
import { FIRST_NAMES } from '../../data/names.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { words } from '../name-words.js';
import { isInitialWord } from './initial.js';

/**
 * True for a given name and a surname (a middle initial between) after a title ("Admiral
 * Tessa Holm", "Gov. Ann Reyes") that opens with a known given name or is
 * followed by a capitalised verb of its headline ("Speaks Out"), which ends
 * the name where a verb in lower case would: a person even in a headline
 * whose other words name no one, so a "she" of the body may stand for it
 * though the body never repeats the surname. A run without a title ("Sarah
 * Palin Unleashed") or of one word after it ("Hacker Guccifer") is no such
 * name.
 */
export function isTitledFullName(doc: Doc, n: Mention): boolean {
  if (n.kind !== 'name' || n.titles.length === 0) return false;
  const ws = words(n.name);
  // (a given name and a surname, with at most a middle initial between: "Sen. Ann Reyes Fights", the tagger's noun
  // taken into the name, is no person's name)
  if (ws.length === 3 ? !isInitialWord(ws[1]!) : ws.length !== 2) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(ws[0]!) || !/^\p{Lu}\p{Ll}/u.test(ws[ws.length - 1]!)) return false;
  if (FIRST_NAMES.has(ws[0]!.toLowerCase())) return true;
  const next = maybeToken(doc, n.last);
  return next !== undefined && next.sent === tokenAt(doc, n.first).sent && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Lu}\p{Ll}/u.test(next.value);
}
