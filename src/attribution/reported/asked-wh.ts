/**
 * Rule `reported/asked-wh`: a question put to someone unnamed at the start of
 * a sentence, `Asked which county was his favorite, Reed laughed.`, `When
 * asked what might surprise voters, she said ...`, `Asked whether watching the
 * race from afar had been hard, he shrugged.` The question runs to the comma
 * before the main clause and has a verb of its own; annotated news marks it
 * with no speaker (the one asked answers in the main clause, the asker is
 * unnamed). Questions whose words after the question word already read as a
 * clause are rule `reported/asked-question`'s; this one takes the others (a
 * question word as subject, "which" with its noun, a gerund subject).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { ASKED_QUESTION_WORDS } from '../../data/cues.js';
import { ASKED_QUESTION_OPENERS } from '../../data/clauses.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';

/** How sure the rule is (as `reported/asked-question`). */
const CONFIDENCE = 0.4;
/** How long the question may be, in tokens. */
const MAX_QUESTION = 40;
/** How many words the question must have: "Asked why, ..." asks nothing the text reports. */
const MIN_QUESTION = 3;

/** `Asked WH ..., MAIN CLAUSE`: the question from its question word to the comma. */
export function askedWh(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.lemma !== 'ask' || cue.form !== 'verb' || cue.negated || cue.first !== cue.head || tokenAt(doc, cue.head).lower !== 'asked') return null;
  const sentence = sentenceOf(doc, cue.head);
  const opens = cue.first === sentence.first || (cue.first - 1 === sentence.first && ASKED_QUESTION_OPENERS.has(tokenAt(doc, sentence.first).lower));
  const p = cue.last;
  if (!opens || p >= sentence.last || !ASKED_QUESTION_WORDS.has(tokenAt(doc, p).lower)) return null;
  let verb = false;
  for (let k = p + 1; k < Math.min(sentence.last, p + MAX_QUESTION); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' && !ctx.quoted[k]) return verb && k - p >= MIN_QUESTION ? candidate(ctx, [range(doc, p, k)], cue, null, 'reported/asked-wh', CONFIDENCE) : null;
    if (END.has(t.value) || t.value === ';' || t.value === ':') return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return null;
}
