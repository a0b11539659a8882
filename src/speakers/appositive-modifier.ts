/**
 * A name inside the appositive of the person named right before it, as a
 * modifier of the role the appositive gives that person: "the Harbor
 * Trust" of "Tom Hale, executive director of the Harbor Trust, said",
 * "Kestrel" of "Ann Lee, the former Kestrel chief who left in May,". A
 * "he" or "she" after it that fits the person stands for the person, not for
 * that name (the caller checks the gender). Read by the name clues of
 * personal pronouns (`name-clues.ts`).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { RELATIVE_OPENERS } from '../data/clauses.js';

/** How many tokens an appositive may hold before the name it modifies. */
const MAX_BEFORE = 8;

/** How many tokens after the name the appositive is read for its role noun when the name opens it. */
const MAX_AFTER = 8;

/** True for a token that ends an appositive or is no part of one: a mark of punctuation or quotation. */
function breaks(value: string): boolean {
  return /^[,;:()[\]"“”‘’'«»—–-]+$/u.test(value) && value !== "'s" && value !== '’s';
}

/**
 * True when name `n` stands in an appositive set off by a comma right after
 * name `before` in its sentence and modifies the role that appositive gives:
 * after a lower-case word of the appositive ("executive director of the
 * Harbor Trust", "a Lakeport Democrat", "who ran Kestrel's lab"), with no
 * verb before it outside a relative clause; or opening the appositive with a
 * lower-case noun after it before the next comma and no verb ("Color of
 * Change's executive director,"). Not a name right after the comma that
 * the next comma closes ("Tom Hale, Ann Lee and ..." is a list).
 */
export function isAppositiveModifier(doc: Doc, n: Mention, before: Mention | undefined): boolean {
  if (before === undefined) return false;
  const comma = maybeToken(doc, before.last);
  const sent = tokenAt(doc, n.first).sent;
  if (comma === undefined || comma.value !== ',' || comma.sent !== sent || tokenAt(doc, before.first).sent !== sent) return false;
  if (n.first > before.last + 1) {
    if (n.first - before.last - 1 > MAX_BEFORE) return false;
    const opener = tokenAt(doc, before.last + 1);
    // (the appositive opens with a lower-case word: a role, a determiner, a relative pronoun)
    if (!/^\p{Ll}/u.test(opener.value)) return false;
    const relative = RELATIVE_OPENERS.has(opener.lower);
    for (let k = before.last + 1; k < n.first; k++) {
      const t = tokenAt(doc, k);
      if (breaks(t.value)) return false;
      if (!relative && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
    }
    return true;
  }
  // the name opens the appositive: a lower-case noun closes it at the next comma, with no verb between
  const sentenceEnd = doc.sentences[sent]!.last;
  for (let k = n.last; k < Math.min(sentenceEnd, n.last + MAX_AFTER); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') {
      const last = tokenAt(doc, k - 1);
      return k > n.last && last.pos === 'NOUN' && /^\p{Ll}/u.test(last.value);
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || breaks(t.value)) return false;
  }
  return false;
}
