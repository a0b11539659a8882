/**
 * Rule `reported/cue-wh`: an embedded question as the object of a verb of
 * explaining or recounting, `The mayor explained why the pier had closed.`,
 * `She described how the water reached the bridge.`, `He recalled what the
 * town was like.` The question runs to the next clause punctuation; the
 * cue's subject speaks. Questions that already read as a clause after a
 * verb of asking are rule `reported/cue-question`'s; this one takes those
 * whose words the clause test refuses (a gerund subject, a question word as
 * subject) and the verbs that are no verbs of asking. Lower confidence than
 * a clause, so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { maybeToken } from '../../prepare/lookup.js';
import { WH_OBJECT_VERBS, WH_OBJECT_WORDS } from '../../data/cues.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';

/** How sure the rule is: below a clause (0.8) and a reported question (0.75). */
const CONFIDENCE = 0.55;
/** How long the question may be, in tokens. */
const MAX_QUESTION = 40;
/** How many tokens the question must have, its question word included: "explained why it failed". */
const MIN_QUESTION = 3;

/** `X explained why ...`, `X described how ...`. */
export function cueWh(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !WH_OBJECT_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  const wh = maybeToken(doc, p);
  if (!wh || p >= sentence.last || ctx.quoted[p] || !WH_OBJECT_WORDS.has(wh.lower)) return null;
  // "explained why: ...", "did not say why.": a question word standing alone asks nothing the text reports
  const next = maybeToken(doc, p + 1);
  if (!next || next.pos === 'PUNCT' || END.has(next.value)) return null;
  const end = endAtClausePunctuation(ctx, p, sentence, MAX_QUESTION);
  if (end - p < MIN_QUESTION) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-wh', CONFIDENCE);
}
