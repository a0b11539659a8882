/**
 * "Voters asked about the vote said it was close": a bare "asked" right after
 * a noun, with a short topic and then a verb of speech, is a reduced relative
 * inside the subject of that verb; the people asked speak through "said", and
 * "asked about" reports nothing of its own.
 * @internal
 */
import type { CueMatch } from '../candidate.js';
import { lowerBound, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { headOf, type ReportedContext } from './shared.js';
import { PARTICIPLE_QUANTIFIERS } from '../../data/clauses.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';

/** Most tokens of the topic between the preposition and the verb of speech ("about the new harbor fee"). */
const MAX_TOPIC = 6;

/** Most auxiliaries between the topic and the verb of speech ("have", "had been"). */
const MAX_AUXILIARIES = 2;

/** Parts of speech of the words of that topic: "the vote", "the city's new plan", "Lee". */
const TOPIC_TAGS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/**
 * True when the topic cue `cue` ("asked about") is a bare past participle
 * right after a noun in its sentence (or a word of {@link PARTICIPLE_QUANTIFIERS}:
 * "Those asked about ..."), and the noun phrase of its topic, which
 * starts at token `p`, is followed at once (or after an auxiliary: "have
 * said") by a verb of speech that is a cue
 * of this extraction: "Voters asked about the vote said ..." (not "Voters
 * asked about the vote.", nor "Lee was asked about the vote", nor "Voters
 * asked about the vote, and Lee said ...").
 */
export function reducedRelativeAsked(ctx: ReportedContext, cue: CueMatch, p: number): boolean {
  const { doc } = ctx;
  const head = tokenAt(doc, cue.head);
  if (cue.first !== cue.head || head.lower !== 'asked') return false;
  const before = maybeToken(doc, cue.head - 1);
  // (or a word that stands alone for people: "Those asked about the vote said", "Many asked about ...")
  if (before === undefined || before.sent !== head.sent || (before.pos !== 'NOUN' && before.pos !== 'PROPN' && !PARTICIPLE_QUANTIFIERS.has(before.lower))) return false;
  let k = p;
  while (k < p + MAX_TOPIC && maybeToken(doc, k)?.sent === head.sent && TOPIC_TAGS.has(tokenAt(doc, k).pos) && !ctx.quoted[k]) k++;
  // (an auxiliary before the verb of speech: "Voters asked about the vote have said ...")
  const topicEnd = k;
  while (k < topicEnd + MAX_AUXILIARIES && maybeToken(doc, k)?.pos === 'AUX' && maybeToken(doc, k + 1)?.sent === head.sent) k++;
  const verb = maybeToken(doc, k);
  if (topicEnd === p || verb === undefined || verb.sent !== head.sent || verb.pos !== 'VERB') return false;
  const c = ctx.cues[lowerBound(ctx.cues, k, headOf)];
  return c !== undefined && c.head === k && c.first >= topicEnd && c.category === 'speech';
}
