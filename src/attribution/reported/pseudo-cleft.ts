/**
 * Rule `reported/pseudo-cleft`: a sentence that opens with "What" or "All",
 * the speaker and a verb of saying, then "was" or "is" and "that": `What the
 * mayor said was that the pier would close`, `All she said is that ...`, or
 * a bare clause after the copula (`What he said was the plan would fail`).
 * The content is the clause, as with "said that ..."; the opening words and
 * the copula are the narrator's frame. With no clause after the copula the
 * relative-cue rule reads the shape (`what she said is growing demand`).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention, speakerBefore } from '../../speakers/phrase.js';
import { REPORTING_VERBS } from '../../data/cues.js';
import { FINITE_BE_FORMS, PSEUDO_CLEFT_OPENERS } from '../../data/clauses.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { clauseEnd } from './boundary.js';
import { clauseStartsAt } from './clause-start.js';

/** `What he said was that the plan would fail`, `All she said is that ...`, `What he said was the plan would fail`. */
export function pseudoCleft(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !REPORTING_VERBS.has(cue.lemma) || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const be = cue.last;
  if (be + 2 >= sentence.last || !FINITE_BE_FORMS.has(tokenAt(doc, be).lower) || ctx.quoted[be + 1]) return null;
  // "was that the plan would fail", or a bare clause: "was the plan would fail" (not "was a lie")
  const that = tokenAt(doc, be + 1).lower === 'that';
  if (!that && !clauseStartsAt(doc, be + 1, sentence.last)) return null;
  let speaker = speakerBefore(doc, cue.first, sentence.first);
  // ("All Ada Brill said": the opener read as the first word of the speaker's phrase)
  if (speaker && speaker.last - speaker.first >= 2 && PSEUDO_CLEFT_OPENERS.has(tokenAt(doc, speaker.first).lower)) speaker = makeMention(doc, speaker.first + 1, speaker.last);
  if (!speaker || speaker.first - 1 < sentence.first) return null;
  // the opener starts the sentence, or follows a conjunction or a quotation mark that does
  const opener = speaker.first - 1;
  if (!PSEUDO_CLEFT_OPENERS.has(tokenAt(doc, opener).lower)) return null;
  const before = opener > sentence.first ? maybeToken(doc, opener - 1) : undefined;
  if (before && !(opener - 1 === sentence.first && (before.pos === 'CCONJ' || /^["'\u201c\u2018]$/.test(before.value)))) return null;
  const p = that ? be + 2 : be + 1;
  const end = clauseEnd(ctx, sentence, cue.first, p);
  if (end - p < 2) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/pseudo-cleft', 0.7);
}
