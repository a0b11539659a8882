/**
 * Rule `reported/reduced-passive-subject`: a reduced passive after a noun
 * phrase, with an adverb of time and an agent after "by", credits the noun
 * phrase to the agent: `Varga's remarks, first reported by The Ledger on
 * Tuesday, stirred the town.` (content "Varga's remarks", speaker "The
 * Ledger"), `... — a detail later confirmed by a harbor official.` The noun phrase
 * opens the sentence or follows a comma, a dash, an opening parenthesis, a
 * semicolon or a quotation mark; after a verb it is that verb's object ("ordered up an analysis of the law, first
 * reported by the Globe") and stays out. Verbs and adverbs in
 * `REDUCED_PASSIVE_VERBS` and `REDUCED_PASSIVE_ADVERBS`.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { speakerAfter } from '../../speakers/phrase.js';
import { REDUCED_PASSIVE_ADVERBS, REDUCED_PASSIVE_VERBS } from '../../data/cues.js';
import { NEGATION_WORDS } from '../../data/function-words.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { subjectBefore } from './passive.js';
import { cueWith } from '../../cues/match.js';

/** Commas, dashes, an opening parenthesis and a semicolon: what may close the noun phrase before the participle, or open it. */
const PHRASE_EDGES = /^(,|\u2014|\u2013|--|\(|;)$/;

/** True when token `k` is one of {@link PHRASE_EDGES} or a dash written as a hyphen with a space before it ("a calculation - a fact"). */
function edgeAt(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  if (PHRASE_EDGES.test(t.value)) return true;
  return t.value === '-' && k > 0 && tokenAt(ctx.doc, k - 1).end < t.start;
}

/** `NP, first reported by X, ...`, `NP first reported by X`. */
export function reducedPassiveSubject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !REDUCED_PASSIVE_VERBS.has(cue.lemma) || cue.last !== cue.head + 1) return null;
  if (!/ed$/.test(tokenAt(doc, cue.head).lower) || maybeToken(doc, cue.last)?.lower !== 'by') return null;
  // the adverb right before the participle, inside the cue or just before it, and nothing else in the cue
  const adverb = cue.head - 1;
  if (adverb < 1 || cue.first < adverb || !REDUCED_PASSIVE_ADVERBS.has(tokenAt(doc, adverb).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  if (adverb <= sentence.first) return null;
  // the noun phrase ends at an edge (a comma, a dash) before the adverb, or right before it
  const end = edgeAt(ctx, adverb - 1) ? adverb - 1 : adverb;
  if (end <= sentence.first || !/^(NOUN|PROPN)$/.test(tokenAt(doc, end - 1).pos)) return null;
  const { start } = subjectBefore(doc, end, sentence.first);
  // two words at least, not a bare name ("Reyes, first reported by ...")
  if (end - start < 2 || (tokenAt(doc, start).pos === 'PROPN' && tokenAt(doc, end - 1).pos === 'PROPN')) return null;
  for (let k = start; k < end; k++) if (ctx.quoted[k]) return null;
  // the phrase opens the sentence or follows an edge or a quotation mark: after a verb it is the verb's object
  const before = maybeToken(doc, start - 1);
  if (before && start > sentence.first && !edgeAt(ctx, start - 1) && !isMarkToken(before.value)) return null;
  const speaker = speakerAfter(doc, cue.last + 1, sentence.last);
  if (!speaker) return null;
  const c = candidate(ctx, [range(doc, start, end)], cue, speaker, 'reported/reduced-passive-subject', 0.45);
  // the tagger's negation of the clause before the phrase is not the participle's: "is not allowed to
  // sail — a fact first reported by ..." (one inside the phrase stays)
  if (cue.negated && !negationIn(ctx, start, cue.head)) c.cue = cueWith(cue, { negated: false });
  return c;
}

/** True when a negation word stands in tokens `from` up to `to` (exclusive). */
function negationIn(ctx: ReportedContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEGATION_WORDS.has(tokenAt(ctx.doc, k).lower)) return true;
  return false;
}
