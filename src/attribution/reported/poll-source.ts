/**
 * Rule `reported/poll-source` (category `evidence`, opt-in): a finding
 * attributed to a poll or survey through a fronted "in", `In a Gazette poll
 * released Monday, 52 percent of voters backed the levy.`, `In the most
 * recent Ledger/Mercer survey, ...`. The poll is the source, "in" the cue,
 * the clause the content. A trailing "in the polls"
 * (`The mayor leads by six points in the latest survey.`) is left out: on
 * PolNeAR train annotators counted it only half of the time (17 of 35).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { maybeToken, tokenCount, tokenIn } from '../../prepare/lookup.js';
import { POLL_NOUNS } from '../../data/cues.js';
import { DEGREE_ADVERBS } from '../../data/function-words.js';
import { passesOptInBar } from './opt-in.js';
import { candidate, descriptionMention, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';
import { POLL_PARTICIPLES } from '../../data/clauses.js';

/** Parts of speech inside the poll's noun phrase before its head. */
const POLL_MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT']);
/** How many tokens the phrase before the head noun may have ("the most recent YouGov/Economist"). */
const MAX_BEFORE_HEAD = 8;

/** The poll phrase after "in" at `k`: one past its last token (the head noun, or the end of "released Monday"), or null. */
function pollPhrase(ctx: ReportedContext, k: number, last: number): { end: number } | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, k);
  let q = k + 1;
  while (q < last && q - k <= MAX_BEFORE_HEAD && !POLL_NOUNS.has(tokenIn(doc, sentence, q).lower)) {
    const t = tokenIn(doc, sentence, q);
    // "the most recent Ledger survey": an adverb of degree before an adjective
    const degree = t.pos === 'ADV' && DEGREE_ADVERBS.has(t.lower) && tokenIn(doc, sentence, q + 1).pos === 'ADJ';
    // "CNN/ORC", "Shaw & Company": a joining mark, whatever its tag
    const joiner = /^[\/&-]$/.test(t.value);
    if ((!POLL_MODIFIER_POS.has(t.pos) && !degree && !joiner) || (t.pos === 'PUNCT' && !joiner)) return null;
    q++;
  }
  if (!POLL_NOUNS.has(tokenIn(doc, sentence, q).lower)) return null;
  let end = q + 1;
  // "released Monday", "conducted last week", "of likely voters", "by Gallup"
  if (POLL_PARTICIPLES.has(tokenIn(doc, sentence, end).lower)) {
    end++;
    while (end < last && NOUN_OPENING_TAGS.has(tokenIn(doc, sentence, end).pos) && end - q < 6) end++;
  }
  return { end };
}

/** Finds the poll attributions of a document when `evidence` cues are reported. */
export function findPollSources(ctx: ReportedContext, direct: readonly Candidate[], reported: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  // (the taken spans indexed once, when the first match needs them)
  let index: SpanIndex | null = null;
  if (!ctx.categories.has('evidence')) return out;
  for (let k = 0; k < tokenCount(doc); k++) {
    const t = maybeToken(doc, k)!;
    if (t.lower !== 'in' || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    const poll = pollPhrase(ctx, k, sentence.last);
    if (!poll) continue;
    const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: 'in', category: 'evidence', negated: false, form: 'phrase' };
    const speaker = descriptionMention(doc, k + 1, poll.end);
    // fronted only: "In a Gazette poll released Monday, 52 percent backed the levy."
    if (k !== sentence.first || tokenIn(doc, sentence, poll.end).value !== ',') continue;
    const first = poll.end + 1;
    if (!clauseStartsAt(doc, first, sentence.last)) continue;
    const last = contentEnd(ctx, first, sentence);
    if (last - first < 3) continue;
    const r = range(doc, first, last);
    if (overlapsIndex((index ??= spanIndex([direct, reported])), r.start, r.end)) continue;
    const c = candidate(ctx, [r], cue, speaker, 'reported/poll-source', 0.6);
    if (passesOptInBar(doc, c)) out.push(c);
  }
  return out;
}
