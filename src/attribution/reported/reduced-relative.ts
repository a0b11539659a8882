/**
 * Rule `reported/reduced-relative-cue`: a cue inside a relative clause that has
 * no relative word, its verb right after it: `a decision they say allowed the
 * debt to grow`, `a probe the agency said was still open`, `something aides
 * argue is possible`. The content is the noun phrase with its clause (speaker
 * and cue left out), as `reported/relative-cue` takes it with a relative word.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { hasVerbBetween, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { REPORTING_VERBS } from '../../data/cues.js';
import { INDEFINITE_PRONOUNS } from '../../data/function-words.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';

/** How long the relative clause may run, in tokens (keeps a long sentence of many such cues linear). */
const MAX_CLAUSE = 120;
/** How many words the speaker inside the clause may have ("the law enforcement agency"). */
const MAX_SPEAKER = 5;
/** How many words the noun phrase before the speaker may have, back to its determiner. */
const MAX_HEAD_PHRASE = 6;

/** First token of the noun phrase that ends at `last` (its determiner when it has one), or -1. */
function phraseStart(ctx: ReportedContext, last: number, floor: number): number {
  const { doc } = ctx;
  let k = last;
  while (k - 1 >= floor && last - k < MAX_HEAD_PHRASE) {
    const t = tokenAt(doc, k - 1);
    if (t.pos === 'DET') return k - 1;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM') break;
    k--;
  }
  return k;
}

/** True when only punctuation or a conjunction stands between the sentence start and `start`. */
function opensClause(ctx: ReportedContext, start: number, first: number): boolean {
  for (let k = first; k < start; k++) if (!/^(PUNCT|CCONJ)$/.test(tokenAt(ctx.doc, k).pos)) return false;
  return true;
}

/**
 * True when a verb stands after the verb group at `from` (auxiliaries, verbs,
 * adverbs, particles, one adjective) before `end`: "was still open has been
 * closed" has two, "was read aloud at the funeral" one.
 */
function secondVerb(ctx: ReportedContext, from: number, end: number): boolean {
  const { doc } = ctx;
  let k = from;
  while (k < end && /^(AUX|VERB|ADV|PART)$/.test(tokenAt(doc, k).pos)) k++;
  return hasVerbBetween(doc, k, end);
}

/** `a decision they say allowed ...`, `a probe the agency said was ...`. */
export function reducedRelativeCue(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !REPORTING_VERBS.has(cue.lemma) || cue.first !== cue.head || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const verb = tokenAt(doc, cue.last);
  // the clause's own verb follows the cue with no subject of its own
  if (cue.last >= sentence.last || (verb.pos !== 'AUX' && verb.pos !== 'VERB') || /ing$/.test(verb.lower) || verb.lower === 'to' || /^\p{Lu}/u.test(verb.value)) return null;
  const speaker = speakerBefore(doc, cue.first, sentence.first);
  if (!speaker || speaker.antecedent || speaker.last - speaker.first > MAX_SPEAKER || speaker.first - 1 <= sentence.first) return null;
  // the speaker follows a common noun (or "something") with nothing between: the clause's antecedent
  const head = tokenAt(doc, speaker.first - 1);
  if (head.sent !== verb.sent || ctx.quoted[speaker.first - 1] || !(head.pos === 'NOUN' || INDEFINITE_PRONOUNS.has(head.lower))) return null;
  const start = phraseStart(ctx, speaker.first - 1, sentence.first);
  // "The letter the senator wrote was read aloud.": a phrase that opens the sentence with one verb group
  // after its cue has that group as the sentence's own verb, and the noun is what the cue's verb made
  if (opensClause(ctx, start, sentence.first) && !secondVerb(ctx, cue.last, sentence.last)) return null;
  // the clause ends at the first comma, semicolon or dash outside quotation marks
  const end = endAtClausePunctuation(ctx, cue.last, sentence, MAX_CLAUSE);
  if (end - cue.last < 2) return null;
  // the noun phrase and the clause's verb phrase, without the speaker and cue between
  return candidate(ctx, [range(doc, start, speaker.first), range(doc, cue.last, end)], cue, speaker, 'reported/reduced-relative-cue', 0.55);
}
