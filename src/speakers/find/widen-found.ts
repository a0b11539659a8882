/**
 * A speaker found before its cue, widened over words before it that belong
 * to it: a capitalised word the tagger read as an adverb in a name ("The Far
 * North District Council") and the first noun of "N after N" ("Resident
 * after resident"). Each returns the mention as found otherwise.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { Mention } from '../shape.js';
import { nameText } from './mention.js';
import { mentionWith } from '../shape.js';

/**
 * A name found as the speaker, widened to a capitalised word the tagger read
 * as an adverb between "the" and the name: `The Far North District Council
 * said` is spoken by "Far North District Council", not "North District
 * Council", its mention opening at "The". The mention as found otherwise
 * (and with a title: "The Very Rev. Ann Lee said" is "Ann Lee").
 */
export function adverbInName(doc: Doc, found: Mention | null, floor: number): Mention | null {
  // (not over a title: "The Very Rev. Ann Lee" is "Ann Lee", its "Very" the title's)
  if (found === null || found.kind !== 'name' || found.titles.length > 0 || found.first - 2 < floor) return found;
  const word = tokenAt(doc, found.first - 1);
  const article = tokenAt(doc, found.first - 2);
  if (word.pos !== 'ADV' || !/^[A-Z][a-z]+$/.test(word.value) || article.lower !== 'the' || article.sent !== tokenAt(doc, found.first).sent) return found;
  // (the mention opens at "the", as it does for "The North District Council", so that the name opens its clause for
  // a verb coordinated after it: "The Far North District Council said ..., but warned ...")
  return mentionWith(found, { first: found.first - 2, start: article.start, name: `${word.value} ${found.name}` });
}

/**
 * A bare noun found as the speaker, widened to the "N after N" phrase it ends:
 * `Resident after resident told the council ...` is spoken by "Resident after
 * resident", not "resident". The mention as found otherwise.
 */
export function repeatedNoun(doc: Doc, found: Mention | null, floor: number): Mention | null {
  if (found === null || found.kind !== 'description' || found.last - found.first !== 1 || found.first - 2 < floor) return found;
  const noun = tokenAt(doc, found.first);
  const after = tokenAt(doc, found.first - 1);
  const first = tokenAt(doc, found.first - 2);
  if (noun.pos !== 'NOUN' || after.lower !== 'after' || first.lower !== noun.lower || first.sent !== noun.sent) return found;
  const start = first.start;
  // (its name with the spaces of a description: one space for a line break or a run of spaces, as `nameText` gives)
  return mentionWith(found, { first: found.first - 2, start, name: nameText(doc, start, found.end) });
}
