/**
 * Rule `reported/said-to`: a passive cue with an infinitive, `The senator is said
 * to have opposed the bill.`, `The chairman was reported to be furious.` No one
 * is named as the source; the content is the subject and the infinitive around
 * the cue, as two parts.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { NP_POS, candidate, contentEnd, cutAtNextAttribution, passiveCue, range, sentenceOf, type ReportedContext } from './shared.js';
import { HEARSAY_VERBS } from '../../data/cues.js';

/** How long the subject may be, in tokens. */
const MAX_SUBJECT = 12;

/** `X is said to have ...`, `X was reported to be ...`. */
export function saidTo(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!HEARSAY_VERBS.has(cue.lemma) || !passiveCue(doc, cue) || !/ed$|^said$/.test(tokenAt(doc, cue.head).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const to = cue.last;
  if (tokenAt(doc, to).lower !== 'to' || !/^(VERB|AUX)$/.test(tokenAt(doc, to + 1).pos) || to + 1 >= sentence.last) return null;
  let start = cue.first;
  while (start > sentence.first && cue.first - start < MAX_SUBJECT && (NP_POS.has(tokenAt(doc, start - 1).pos) || tokenAt(doc, start - 1).value === '.')) start--;
  // "It is said to ...": a lone pronoun says nothing of what was said
  if (start === cue.first || (cue.first - start === 1 && tokenAt(doc, start).pos === 'PRON')) return null;
  const before = tokenAt(doc, start - 1);
  if (start > sentence.first && !/^[,;:(]$/.test(before.value) && !isMarkToken(before.value) && !/^(and|but|that|while)$/.test(before.lower)) return null;
  const end = cutAtNextAttribution(ctx, to, contentEnd(ctx, to, sentence));
  if (end - to < 2) return null;
  return candidate(ctx, [range(doc, start, cue.first), range(doc, to, end)], cue, null, 'reported/said-to', 0.5);
}
