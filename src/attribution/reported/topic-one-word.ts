/**
 * Rule `reported/cue-topic-word`: the topic of a verb of talking given as one
 * noun, `Instead, he talked about Medicare.`, `Ms. Ortiz spoke about Brennan at
 * the rally.`. Rule `reported/cue-topic` takes topics of two words or more; a
 * single noun is the topic only when the clause ends right after it (its
 * punctuation, a time word or an adjunct's preposition), so "talked about
 * Medicare cuts" and "spoke of Brennan's plan" stay with that rule. A talk
 * to come or one that may be ("we'll talk about debates"), one wanted or
 * refused ("wants to talk about Medicare") and one nobody held ("Nobody
 * talked about Medicare") report nothing said. Lower confidence than a clause, so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { TOPIC_WORD_PREPOSITIONS, ADJUNCT_PREPOSITIONS } from '../../data/cues.js';
import { MONTH_WORDS, NON_TOPIC_TIMES } from '../../data/time.js';
import { MODALS, NEGATIVE_SUBJECTS, UNREALISED_BEFORE_TO } from '../../data/clauses.js';
import { END, TIME_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { cueWith } from '../../cues/match.js';


/** How sure the rule is (as a topic of several words). */
const CONFIDENCE = 0.5;

/** Punctuation that closes the one-word topic. */
const CLOSERS = new Set([',', ';', ':', ...END]);

/** Words after the topic that open an adjunct of when or where: "talked about Medicare on Monday", "in Ohio". */
const AFTER_TOPIC = new Set([...ADJUNCT_PREPOSITIONS, ...TIME_WORDS, ...MONTH_WORDS].filter((w) => w !== 'of' && w !== 'about' && w !== 'to' && w !== 'for'));

/** `X talked about Medicare.`: a verb cue, its topic preposition, one noun, then the clause ends. */
export function cueTopicWord(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  // "then we'll talk about debates": a talk to come or one that may be reports nothing said
  for (let k = cue.first; k < cue.head; k++) if (MODALS.has(tokenAt(doc, k).lower)) return null;
  // "wants to talk about Medicare", "is expected to speak about", "declined to speak about": a talk not held
  for (let k = Math.max(1, cue.first - 1); k < cue.head; k++) if (tokenAt(doc, k).lower === 'to' && UNREALISED_BEFORE_TO.has(tokenAt(doc, k - 1).lemma)) return null;
  const prepositions = TOPIC_WORD_PREPOSITIONS.get(cue.lemma);
  if (!prepositions) return null;
  const sentence = sentenceOf(doc, cue.head);
  const at = cue.last;
  if (at + 2 >= sentence.last || !prepositions.has(tokenAt(doc, at).lower)) return null;
  const word = tokenAt(doc, at + 1);
  if (!/^(NOUN|PROPN)$/.test(word.pos) || ctx.quoted[at + 1] || TIME_WORDS.has(word.lower) || NON_TOPIC_TIMES.has(word.lower)) return null;
  const next = tokenAt(doc, at + 2);
  if (next.sent !== word.sent || !(CLOSERS.has(next.value) || AFTER_TOPIC.has(next.lower))) return null;
  const speaker = cueSubject(doc, cue, sentence);
  // "Nobody talked about Medicare.": no one said anything
  if (!speaker || NEGATIVE_SUBJECTS.has(tokenAt(doc, speaker.first).lower)) return null;
  // the preposition joins the cue: "talked about"
  return candidate(ctx, [range(doc, at + 1, at + 2)], cueWith(cue, { last: at + 1 }), speaker, 'reported/cue-topic-word', CONFIDENCE);
}
