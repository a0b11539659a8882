/**
 * Rule `reported/declared-outcome`: a passive cue that declares an outcome,
 * `Reyes was declared the winner in Dover.`, `Shortly after Ms. Dale was
 * projected the winner, ...`. The content is the clause in two parts, its
 * subject and what follows the cue (annotated news leaves the cue out), up to
 * a comma, a new clause or the agent after "by", who is the speaker when named
 * (else there is none). A relative word as subject ("who was declared the
 * winner") is left alone.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { HARD_CLAUSE_BREAK } from '../../data/marks.js';
import { speakerAfter } from '../../speakers/phrase.js';
import { OUTCOME_NOUNS, OUTCOME_VERBS } from '../../data/cues.js';
import { OUTCOME_CLAUSE_WORDS, POSSESSIVES, CLAUSE_OPENING_PRONOUNS } from '../../data/clauses.js';
import { TIME_WORDS } from '../../data/time.js';
import { END, NP_POS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { LIST_CONJUNCTIONS, MODIFIER_SEPARATORS } from '../../data/function-words.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';

/** How long the subject may be, in tokens. */
const MAX_SUBJECT = 8;
/** How far the clause may run after the outcome noun, in tokens. */
const MAX_TAIL = 20;

/** `X was declared the winner (in Y) (by Z)`. */
export function declaredOutcome(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !OUTCOME_VERBS.has(cue.lemma) || !passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  // "the winner" right after the cue
  let n = cue.last;
  if (tokenAt(doc, n).lower === 'the') n++;
  if (n >= sentence.last || !OUTCOME_NOUNS.has(tokenAt(doc, n).lower)) return null;
  // the subject: the words of a noun phrase back to the clause's start, not a fronted time phrase ("Last night Reyes was ...")
  let start = cue.first;
  while (start > sentence.first && cue.first - start < MAX_SUBJECT) {
    const t = tokenAt(doc, start - 1);
    if (isMarkToken(t.value) || OUTCOME_CLAUSE_WORDS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    if (!NP_POS.has(t.pos) && !POSSESSIVES.has(t.lower)) break;
    start--;
  }
  if (start === cue.first || !PHRASE_OPENING_TAGS.has(tokenAt(doc, start).pos) || CLAUSE_OPENING_PRONOUNS.has(tokenAt(doc, start).lower)) return null;
  // the clause goes on past the noun to a comma (not one inside a list of names), a new clause or "by"
  let end = n + 1;
  let speaker: Mention | null = null;
  while (end < sentence.last && end - n < MAX_TAIL) {
    const t = tokenAt(doc, end);
    // "and" or "or" between names joins a list: "in Dover and Kell"
    const joins = LIST_CONJUNCTIONS.has(t.lower) && tokenAt(doc, end - 1).pos === 'PROPN' && tokenAt(doc, end + 1).pos === 'PROPN';
    if (END.has(t.value) || HARD_CLAUSE_BREAK.test(t.value) || isMarkToken(t.value) || (OUTCOME_CLAUSE_WORDS.has(t.lower) && !joins)) break;
    // a comma inside a list of names goes on: "in Dover, Kell and Marrow" (not "in Dover, Reyes told ...")
    if (t.value === ',' && !(tokenAt(doc, end - 1).pos === 'PROPN' && tokenAt(doc, end + 1).pos === 'PROPN' && MODIFIER_SEPARATORS.has(tokenAt(doc, end + 2).lower))) break;
    if (t.lower === 'by') {
      speaker = speakerAfter(doc, end + 1, sentence.last);
      break;
    }
    end++;
  }
  return candidate(ctx, [range(doc, start, cue.first), range(doc, cue.last, end)], cue, speaker, 'reported/declared-outcome', 0.6);
}
