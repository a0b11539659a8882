/**
 * Colon lead-ins (rule `direct/colon-lead-in`): a clause ending in a colon at
 * the end of the paragraph before a quoted paragraph (the invented `Ada Moss
 * described the night of the flood:` then `"The water came in fast."`), and a
 * quote after a colon that keeps its leading attribution when the attribution
 * after it leads in the next quote (`Lee said: "Not yet." Moss said, "Soon."`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { endsSentence, decisiveBefore } from './bounds.js';
import { leadingAttribution } from './leading.js';

/** `Delgado described the night the water came in:` before a quoted paragraph: the last cue with a speaker in the sentence of the colon. */
export function colonLeadIn(doc: Doc, cueAt: readonly (CueMatch | undefined)[], colon: number): Attribution | null {
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  for (let j = colon - 1; j >= sentence.first; j--) {
    const cue = cueAt[j];
    if (!cue || cue.head !== j) continue;
    const speaker = speakerBefore(doc, cue.first, sentence.first);
    if (speaker) return { cue, speaker, rule: 'direct/colon-lead-in', confidence: 0.8 };
  }
  return null;
}

/**
 * True when the trailing attribution `trail` of the quote closing before
 * token `after` leads in the next quote instead (`Lee said: "A." Moss said,
 * "B."`): the quote ends with a full stop, and a comma or a colon, after at
 * most a few words of the attribution's sentence, stands right before the next
 * quote's opening mark at `ceiling` (`hasNext`: that quote opens in the
 * paragraph).
 */
export function leadsInNext(doc: Doc, trail: Attribution, after: number, ceiling: number, hasNext: boolean): boolean {
  if (!hasNext || trail.cue === null || trail.speaker === null || !endsSentence(doc, after)) return false;
  // (a few words may go on between: 'Moss told the board, "B."', 'Moss said on Monday, "B."')
  const end = Math.max(trail.cue.last, trail.speaker.last);
  if (end > ceiling - 1 || ceiling - 1 - end > MAX_LEAD_ON || !/^[,:]$/.test(tokenAt(doc, ceiling - 1).value)) return false;
  for (let k = end; k < ceiling - 1; k++) if (/^[.!?;:]$/.test(tokenAt(doc, k).value) || isMarkToken(tokenAt(doc, k).value)) return false;
  return true;
}

/** Most tokens between a trailing attribution and the comma or colon before the next quote it leads in. */
const MAX_LEAD_ON = 6;

/**
 * The leading attribution of a quote opening at token `open` right after a
 * colon (`Lee said: "A."`), or null: what a quote ending in a full stop keeps
 * when the attribution after it leads in the next quote (see {@link leadsInNext}).
 */
export function colonLead(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number, after: number): Attribution | null {
  const k = decisiveBefore(doc, open);
  if (k < floor || tokenAt(doc, k).value !== ':') return null;
  const lead = leadingAttribution(doc, cueAt, open, floor, after);
  return lead !== null && lead.speaker !== null ? lead : null;
}
