/**
 * A bare name whose own "its" follows it: "Acme says its profits rose",
 * "Varnholt refused to extend its contract", "Acme, which does not publish
 * its accounts, ...". A single capitalised word the lists do not know reads as
 * a person's surname; an "its" in the same clause with no noun, name or other
 * pronoun between them that it could stand for makes it an organisation.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken } from '../prepare/lookup.js';
import { FIRST_NAMES } from '../data/names.js';
import { ITS_OWNER_PASSING_WORDS } from '../data/pronouns.js';
import type { Mention } from './shape.js';

/** How many tokens after the name the "its" may stand: a clause's verb group and its object's opening. */
const ITS_REACH = 8;

/**
 * True when name mention `m`, a single capitalised word that is no known
 * first name, is followed in its clause by "its" before any noun, name,
 * number, other pronoun or clause break ("Acme says its", "Varnholt refused to
 * extend its", "Acme, which does not publish its"; not "Hale said the firm
 * cut its", "Hale said it would cut its", "Hale won his party's backing and
 * its").
 * @internal
 */
export function ownsItsAfter(doc: Doc, m: Mention): boolean {
  if (m.kind !== 'name' || m.titles.length > 0 || m.last - m.first !== 1) return false;
  const name = maybeToken(doc, m.first);
  if (name === undefined || !/^\p{Lu}[\p{L}-]+$/u.test(name.value) || FIRST_NAMES.has(name.lower)) return false;
  for (let k = m.last; k < m.last + ITS_REACH; k++) {
    const t = maybeToken(doc, k);
    if (t === undefined) return false;
    if (t.lower === 'its') return true;
    // (a comma only before a relative "which": "Acme, which ...")
    if (t.value === ',') {
      if (k === m.last && maybeToken(doc, k + 1)?.lower === 'which') continue;
      return false;
    }
    if (ITS_OWNER_PASSING_WORDS.has(t.lower)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    return false;
  }
  return false;
}
