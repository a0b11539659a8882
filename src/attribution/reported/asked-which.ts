/**
 * Rule `reported/asked-which`: a question put to someone that the rule of
 * `asked.ts` does not open: one led by "whom", "which" or "whose" (`When asked
 * whom she backed, Lund smiled.`, `was asked which plan he liked`), and a bare
 * question word (`When asked why, Reed laughed.`). As there, the one asked is
 * no speaker: the quote has none. The content is the question.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { hasVerbBetween, tokenAt } from '../../prepare/lookup.js';
import { ASKED_QUESTION_OPENERS, OBJECT_WH_WORDS } from '../../data/clauses.js';
import { END, WH_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';

/** How long the question may run, in tokens. */
const MAX_ASKED = 60;

/** `when asked whom she backed`, `was asked which plan won`, `When asked why, ...`. */
export function askedWhich(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.lemma !== 'ask' || cue.form !== 'verb' || cue.negated || tokenAt(doc, cue.head).lower !== 'asked') return null;
  const sentence = sentenceOf(doc, cue.head);
  // put to someone: a passive ("was asked"), or "when asked" opening the sentence or after a comma or verb
  const opener = cue.first - 1;
  const led = opener >= sentence.first && ASKED_QUESTION_OPENERS.has(tokenAt(doc, opener).lower) && tokenAt(doc, opener).pos !== 'NOUN';
  if (!passiveCue(doc, cue) && !led) return null;
  const p = cue.last;
  if (p >= sentence.last) return null;
  const t = tokenAt(doc, p);
  const next = tokenAt(doc, p + 1);
  // a bare question word before a comma or the sentence end: "When asked why, ..."
  if ((WH_WORDS.has(t.lower) || OBJECT_WH_WORDS.has(t.lower)) && t.lower !== 'if' && (next.value === ',' || END.has(next.value))) {
    return candidate(ctx, [range(doc, p, p + 1)], cue, null, 'reported/asked-which', 0.5);
  }
  if (!OBJECT_WH_WORDS.has(t.lower)) return null;
  const end = cutAtNextAttribution(ctx, p, endAtClausePunctuation(ctx, p, sentence, MAX_ASKED));
  // a question of a few words at least, with a verb of its own: "whom she backed", "which plan won"
  if (end - p < 3 || !hasVerbBetween(doc, p + 1, end)) return null;
  return candidate(ctx, [range(doc, p, end)], cue, null, 'reported/asked-which', 0.5);
}
