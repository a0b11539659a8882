/**
 * Rule `reported/cue-answer-to`: a short answer that the answer rule of
 * `object.ts` does not end: one followed by a clause of contrast (`Most members
 * said yes while a third said no.`), and one with what it answers after "to"
 * (`Reed said no to the new levy.`). The content is the answer, with its
 * "to" phrase.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { ANSWER_VERBS } from '../../data/cues.js';
import { ANSWER_CONTRAST } from '../../data/clauses.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { YES_NO_WORDS } from '../../data/function-words.js';

/** How far the "to" phrase may run, in tokens. */
const MAX_TO = 15;

/** `X said yes while Y ...`, `X said no to Y`. */
export function cueAnswerTo(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !ANSWER_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  if (p + 1 >= sentence.last || ctx.quoted[p] || !YES_NO_WORDS.has(tokenAt(doc, p).lower)) return null;
  const after = tokenAt(doc, p + 1);
  let end = p + 1;
  if (after.lower === 'to') {
    // the "to" phrase, a noun phrase, to a comma, a clause word or the sentence end
    end = p + 2;
    while (end < sentence.last && end - p < MAX_TO) {
      const t = tokenAt(doc, end);
      if (END.has(t.value) || /^[,;:()]$/.test(t.value) || isMarkToken(t.value) || ANSWER_CONTRAST.has(t.lower) || /^(VERB|AUX)$/.test(t.pos)) break;
      end++;
    }
    if (end < p + 3) return null;
  } else if (!ANSWER_CONTRAST.has(after.lower)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-answer-to', 0.5);
}
