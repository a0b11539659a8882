/**
 * A programme named after a verb of speaking (fix95): `Lena Holm, speaking to
 * "Weekend Desk" on Sunday, said ...`, `Speaking Sunday on ABC's "Up Front,"
 * Holm admitted ...`, `was to appear on "The View"`. The quoted words are the
 * name of the programme or outlet the speaker was on, not what was said, so
 * `reported/cue-quoted-object` reports nothing for them.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { PROGRAMME_PREPOSITIONS, PROGRAMME_VERBS } from '../../data/cues.js';
import { isShortTitle } from '../../marks/title.js';

/** Most words between a verb of speaking and a programme's title: "Sunday on ABC's", "to me for the". */
const MAX_PROGRAMME_LEAD = 6;

/**
 * True when the quotation that opens at offset `open`, whose words are
 * `quoted`, is a short title ({@link isShortTitle}) a few words after a cue of
 * {@link PROGRAMME_VERBS} (from token `from`, the cue's end), with a
 * preposition of {@link PROGRAMME_PREPOSITIONS} and no comma or bracket
 * between: the programme the speaker was on.
 */
export function programmeTitle(doc: Doc, cue: CueMatch, from: number, open: number, quoted: readonly string[]): boolean {
  if (!PROGRAMME_VERBS.has(cue.lemma) || !isShortTitle(quoted)) return false;
  const mark = tokenAtOrAfter(doc, open);
  if (mark - from > MAX_PROGRAMME_LEAD) return false;
  // the preposition may be the cue's own particle: "speaking on", "talking to"
  let preposition = cue.last > cue.head + 1 && PROGRAMME_PREPOSITIONS.has(tokenAt(doc, cue.last - 1).lower);
  for (let k = from; k < mark; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.value === '(' || t.value === ';' || t.value === ':') return false;
    if (PROGRAMME_PREPOSITIONS.has(t.lower)) preposition = true;
  }
  return preposition;
}
