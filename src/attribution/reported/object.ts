/**
 * Rules `reported/cue-object` and `reported/cue-topic`: what was said given as
 * a noun phrase, `Senator Ruth Alvarez has denied the accusations.`, or as the
 * topic after a preposition, `The mayor talked about the border.`, `Asked about
 * the deficit, ...`. Lower confidence than a clause, so `minConfidence` can drop them.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken } from '../../prepare/lookup.js';
import { OBJECT_VERBS, TOPIC_PREPOSITIONS } from '../../data/cues.js';
import {
  ADJUNCT_PREPOSITIONS, END, TIME_WORDS, candidate, cueSubject, cutAtNextAttribution, passiveCue, range, sentenceOf, subjectlessCue, type ReportedContext,
} from './shared.js';

/** Words that may start the object: a determiner, a noun, an adjective, a number, a possessive, a gerund. */
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVES = /^(his|her|their|its|our|my|your)$/;
/** Words that end the object phrase: a subordinate clause of the narrator. */
const OBJECT_STOP = new Set(['because', 'after', 'before', 'when', 'while', 'as', 'since', 'until', 'if', 'although', 'though', 'but', 'during']);
/** How long an object phrase may be, in tokens. */
const MAX_OBJECT = 40;

/** `X denied the accusations`, `X talked about the border`. */
export function cueObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  if (cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  // "spoke proudly of", "talked at length about" is left out; one adverb is skipped
  if (tokens[p]?.pos === 'ADV' && p + 1 < sentence.last) p++;
  const prepositions = TOPIC_PREPOSITIONS.get(cue.lemma);
  let rule: string;
  if (prepositions?.has(tokens[p]?.lower ?? '')) {
    p++;
    rule = 'reported/cue-topic';
  } else if (OBJECT_VERBS.has(cue.lemma) && p === cue.last) {
    rule = 'reported/cue-object';
  } else return null;
  const first = tokens[p];
  if (!first || p >= sentence.last) return null;
  const gerund = first.pos === 'VERB' && /ing$/.test(first.lower);
  if (!OBJECT_START.has(first.pos) && !POSSESSIVES.test(first.lower) && !gerund && !isMarkToken(first.value)) return null;
  // the object ends at a comma, a colon or a dash outside quotation marks, or a narrator's subordinate clause
  let end = p;
  while (end < sentence.last && end - p < MAX_OBJECT) {
    const t = tokens[end]!;
    if (!ctx.quoted[end] && end > p && (/^[,;:()\u2014\u2013]$/.test(t.value) || t.value === '--' || OBJECT_STOP.has(t.lower) || END.has(t.value))) break;
    // "confirmed the report on Tuesday": a time adjunct ends the object
    if (!ctx.quoted[end] && end > p && (TIME_WORDS.has(t.lower) || (ADJUNCT_PREPOSITIONS.has(t.lower) && TIME_WORDS.has(tokens[end + 1]?.lower ?? '')))) break;
    end++;
  }
  if (end - p >= MAX_OBJECT) return null;
  end = cutAtNextAttribution(ctx, p, end);
  if (end - p < 2) return null;
  const speaker = cueSubject(doc, cue, sentence);
  let confidence = 0.5;
  if (!speaker) {
    // "Asked about the deficit, ...": a question put to someone, with no speaker named
    if (rule !== 'reported/cue-topic' || cue.lemma !== 'ask' || !subjectlessCue(doc, cue, sentence)) return null;
    confidence -= 0.1;
  }
  return candidate(ctx, [range(doc, p, end)], cue, speaker, speaker ? rule : `${rule}-no-speaker`, confidence);
}
