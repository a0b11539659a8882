/**
 * Rule `reported/relative-cue`: a cue inside a relative clause whose verb comes
 * right after it, `the leaks, which the audit said were hidden`, `moves
 * that he said improved the economy`, `what she said is growing demand`. The
 * content is the relative word and the clause after the cue, in two parts (its
 * speaker and cue left out), as annotated news corpora mark it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { makeMention, speakerBefore } from '../../speakers/phrase.js';
import { REPORTING_VERBS } from '../../data/cues.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { RELATIVE_RULE_WORDS } from '../../data/clauses.js';

/** How long the relative clause may run, in tokens (keeps a long sentence of many such cues linear). */
const MAX_CLAUSE = 120;

/** `..., which X said were covered up`, `what X said is ...`. */
export function relativeCue(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !REPORTING_VERBS.has(cue.lemma) || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const verb = tokenAt(doc, cue.last);
  // the relative clause's own verb follows the cue with no subject of its own
  if (cue.last >= sentence.last || (verb.pos !== 'AUX' && verb.pos !== 'VERB') || /ing$/.test(verb.lower) || verb.lower === 'to') return null;
  let speaker = speakerBefore(doc, cue.first, sentence.first);
  // "which critics said were hidden": a relative word read as the speaker's determiner opens the clause
  if (speaker && speaker.last - speaker.first >= 2 && !speaker.antecedent && RELATIVE_RULE_WORDS.has(tokenAt(doc, speaker.first).lower) && /^(DET|PRON)$/.test(tokenAt(doc, speaker.first).pos)) {
    speaker = makeMention(doc, speaker.first + 1, speaker.last);
  }
  if (!speaker || !RELATIVE_RULE_WORDS.has(tokenAt(doc, speaker.first - 1).lower) || tokenAt(doc, speaker.first - 1).sent !== verb.sent) return null;
  // the clause ends at the first comma, semicolon or dash outside quotation marks
  const end = endAtClausePunctuation(ctx, cue.last, sentence, MAX_CLAUSE);
  if (end - cue.last < 2) return null;
  // annotated news takes the relative word and the clause's verb phrase as the content, without the speaker and cue between
  return candidate(ctx, [range(doc, speaker.first - 1, speaker.first), range(doc, cue.last, end)], cue, speaker, 'reported/relative-cue', 0.6);
}
