/**
 * An inverted verb of saying that opens the sentence before the quote, and
 * participles of manner set off before it (rule `direct/leading-speaker-cue`):
 * in the invented `Said Ada Moss, who runs the ferry, "We will rebuild."` the
 * cue is "Said" and the speaker "Ada Moss"; in `Lee said, beaming: "Not
 * yet."` the cue is "said", not "beaming".
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch } from '../candidate.js';
import { attributionWith, isIngCue } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { speakerAfter } from '../../speakers/phrase.js';
import { MANNER_PARTICIPLE_LEMMAS, SAYING_CATEGORIES, OPENING_PASSIVE_LEMMAS } from '../../data/cues.js';

/**
 * True when the cue `c` is a lone participle between a comma and the comma or
 * colon right before the quotation opening at token `open`: "beaming" in
 * 'Said Lee, beaming: "..."', how the speaker spoke, not a cue of its own.
 */
function mannerParticiple(doc: Doc, c: CueMatch, open: number): boolean {
  return c.form === 'verb' && isIngCue(doc, c) && c.first === c.head && c.last === open - 1 && tokenAt(doc, c.first - 1).value === ',';
}

/**
 * True when token `j` is a participle of manner ({@link MANNER_PARTICIPLE_LEMMAS})
 * between a comma and the comma or colon right before the quotation opening
 * at token `open`: "shrugging" in 'Lee said, shrugging: "..."'.
 */
export function setOffManner(doc: Doc, j: number, open: number): boolean {
  const t = tokenAt(doc, j);
  if (j + 2 !== open || j < 1 || !/ing$/.test(t.lower) || !MANNER_PARTICIPLE_LEMMAS.has(t.lemma)) return false;
  const after = tokenAt(doc, j + 1).value;
  return tokenAt(doc, j - 1).value === ',' && (after === ':' || after === ',');
}

/**
 * The leading attribution `leading` of the quotation opening at token `open`,
 * unless its cue is a participle of manner after an inverted verb of saying
 * that opens the sentence: 'Said Lee, beaming: "..."' is said by Lee, cue
 * "Said", not "beaming" (see {@link invertedOpening}), or right after a verb
 * of saying and its comma: 'Lee said, beaming: "..."' has the cue "said".
 */
export function invertedOverManner(doc: Doc, cueAt: readonly (CueMatch | undefined)[], leading: Attribution | null, open: number, floor: number): Attribution | null {
  if (leading?.cue == null || !mannerParticiple(doc, leading.cue, open)) return leading;
  // 'Lee said, beaming: "..."': a verb of saying right before a participle of manner and its comma is the cue
  // (not 'he said, adding: "..."', a second cue of its own)
  const said = MANNER_PARTICIPLE_LEMMAS.has(leading.cue.lemma) && leading.cue.first - 2 >= floor ? cueAt[leading.cue.first - 2] : undefined;
  if (said !== undefined && said.form === 'verb' && said.category === 'speech' && said.last === leading.cue.first - 1 && !isIngCue(doc, said)) return attributionWith(leading, { cue: said });
  return invertedOpening(doc, cueAt, open, floor, true) ?? leading;
}

/**
 * 'Said Ann Lee, who runs the mill, "..."': a sentence opening with an
 * inverted verb of saying, its speaker's name right after it, and a comma or
 * colon before the quote (the words between are the speaker's appositive or
 * relative clause, not part of what was said); with `described`, a
 * description too ('Said the mayor, beaming: "..."').
 */
export function invertedOpening(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number, described = false): Attribution | null {
  const before = tokenAt(doc, open - 1);
  if (open - 1 < floor || (before.value !== ',' && before.value !== ':')) return null;
  const sentence = doc.sentences[tokenAt(doc, open - 1).sent]!;
  if (sentence.first < floor) return null;
  const cue = cueAt[sentence.first];
  if (!cue || cue.form !== 'verb' || cue.first !== sentence.first || cue.head !== cue.first || !SAYING_CATEGORIES.has(cue.category)) return null;
  if (!/^\p{Lu}/u.test(tokenAt(doc, cue.first).value) || isIngCue(doc, cue) || OPENING_PASSIVE_LEMMAS.has(cue.lemma)) return null;
  // (no other cue or quotation mark between the verb and the quote)
  // (but a participle of manner set off right before the quote: 'Said Lee, beaming: "..."')
  for (let k = cue.last; k < open - 1; k++) if ((cueAt[k] && !mannerParticiple(doc, cueAt[k]!, open)) || isMarkToken(tokenAt(doc, k).value) || /^[.!?;]$/.test(tokenAt(doc, k).value)) return null;
  const speaker = speakerAfter(doc, cue.last, open);
  if (!speaker || (speaker.kind !== 'name' && !(described && speaker.kind === 'description')) || speaker.first !== cue.last || speaker.last >= open) return null;
  // the name is set off by a comma: "Said Ann Lee, ..."
  if (tokenAt(doc, speaker.last).value !== ',') return null;
  return { cue, speaker, rule: 'direct/leading-speaker-cue', confidence: 0.8 };
}
