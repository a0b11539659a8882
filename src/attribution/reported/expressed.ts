/**
 * Rule `reported/cue-feeling` (category `stance`, opt-in): a feeling voiced
 * about something, `Ms. Varga expressed concern about the new plant.`,
 * `The council voiced support for a later curfew.` The cue is the verb with
 * the feeling and its preposition ("expressed concern about"); the
 * content is what the feeling is about, after its preposition, as annotated
 * news marks it ("the new plant", "a later curfew"). Other objects of
 * "express" and "voice" ("expressed her condolences", "expressed admiration
 * for ...") are the general object rule's.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { FEELING_NOUNS, FEELING_VERBS } from '../../data/cues.js';
import { DAY_WORDS } from '../../data/time.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { NARRATOR_SUBORDINATORS } from '../../data/clauses.js';
import { EXPRESSED_TOPIC_PREPOSITIONS } from '../../data/function-words.js';
import { PRE_NOUN_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';
import { cueWith } from '../../cues/match.js';

/** Words that may stand before the feeling noun: "his general support", "particular concern", "deep concerns". */
const BEFORE_NOUN: ReadonlySet<string> = PRE_NOUN_TAGS;
/** Most tokens before the feeling noun. */
const MAX_BEFORE = 3;
/** Days, which end the content after "on". */
const WHEN = new Set(DAY_WORDS);
/** Most tokens of the content. */
const MAX_CONTENT = 40;

/** `X expressed concern about Y`, `X voiced support for Y`. */
export function cueFeeling(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !FEELING_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let k = cue.last;
  while (k < sentence.last && k - cue.last < MAX_BEFORE && BEFORE_NOUN.has(tokenAt(doc, k).pos) && !FEELING_NOUNS.has(tokenAt(doc, k).lower)) k++;
  if (!FEELING_NOUNS.has(tokenAt(doc, k).lower) || !EXPRESSED_TOPIC_PREPOSITIONS.has(tokenAt(doc, k + 1).lower)) return null;
  const p = k + 2;
  let end = p;
  while (end < sentence.last && end - p < MAX_CONTENT) {
    const t = tokenAt(doc, end);
    if (!ctx.quoted[end] && (CLAUSE_BREAK.test(t.value) || END.has(t.value) || (end > p && NARRATOR_SUBORDINATORS.has(t.lower)))) break;
    // "... and said he hoped ...": a coordinated verb ends the content; so does a day ("on Wednesday")
    if (end > p && t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokenAt(doc, end + 1).pos)) break;
    if (end > p && t.lower === 'on' && WHEN.has(tokenAt(doc, end + 1).lower)) break;
    end++;
  }
  if (end - p < 1 || end - p >= MAX_CONTENT) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  // the feeling and its preposition belong to the cue, as annotated news marks it: "expressed concern about"
  return candidate(ctx, [range(doc, p, end)], cueWith(cue, { last: p }), speaker, 'reported/cue-feeling', 0.6);
}
