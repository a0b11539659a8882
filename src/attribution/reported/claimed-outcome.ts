/**
 * Rule `reported/claimed-outcome`: an outcome or a deed claimed, `Ms. Lund
 * claimed victory in a post on Monday.` (content "victory"), `The campaign
 * is already claiming a partial victory in Dover.`, `Not everyone was
 * claiming success.`, `The group claimed credit for the raid.` (cue "claimed
 * credit for", content "the raid"). The noun ({@link CLAIMED_OUTCOME_NOUNS},
 * or one of {@link CLAIMED_DEED_NOUNS} before "for") opens the object after
 * at most two words (a determiner, a possessive, an adjective: "a moral
 * victory", "outright victory"); the object runs to a punctuation mark, an
 * "and" or "but" before a verb, or a phrase of where it was said ("in a
 * tweet"). A progressive cue is allowed ("is claiming"): the noun, not the
 * verb, makes the object words said.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CLAIMED_DEED_NOUNS, CLAIMED_OUTCOME_NOUNS } from '../../data/cues.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { PRE_NOUN_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';
import { cueWith } from '../../cues/match.js';

/** How many words may stand between the cue and its noun ("a moral victory"). */
const MAX_BEFORE_NOUN = 2;
/** How far the object may run, in tokens (past it, the noun alone is taken). */
const MAX_OBJECT = 25;
/** Parts of speech of the words before the noun ("outright" may be read as an adverb). */
const BEFORE_NOUN_POS: ReadonlySet<string> = PRE_NOUN_TAGS;

/** `X claimed (a) victory ...`, `X claimed credit for Y`. */
export function claimedOutcome(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || cue.lemma !== 'claim' || passiveCue(doc, cue) || ctx.quoted[cue.last]) return null;
  const sentence = sentenceOf(doc, cue.head);
  let n = cue.last;
  while (n < sentence.last && n - cue.last < MAX_BEFORE_NOUN && BEFORE_NOUN_POS.has(tokenAt(doc, n).pos) && !isNoun(ctx, n)) n++;
  if (n >= sentence.last || !isNoun(ctx, n)) return null;
  const noun = tokenAt(doc, n).lower;
  let p = cue.last;
  let spanned = cue;
  if (CLAIMED_DEED_NOUNS.has(noun)) {
    // the deed after "for" is the content; the noun and "for" join the cue
    if (tokenAt(doc, n + 1).lower !== 'for' || n + 2 >= sentence.last) return null;
    p = n + 2;
    spanned = cueWith(cue, { last: p });
  }
  let end = objectEnd(ctx, Math.max(p, n), sentence.last);
  end = cutMediumAdjunct(ctx, p, end);
  if (end <= p) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, end)], spanned, speaker, 'reported/claimed-outcome', 0.5);
}

/** True when token `k` is one of the nouns the rule looks for, unquoted. */
function isNoun(ctx: ReportedContext, k: number): boolean {
  const lower = tokenAt(ctx.doc, k).lower;
  return !ctx.quoted[k] && (CLAIMED_OUTCOME_NOUNS.has(lower) || CLAIMED_DEED_NOUNS.has(lower));
}

/**
 * One past the object that holds token `from`: at the first unquoted
 * punctuation mark (or sentence end; a hyphen only when spaced), or
 * "and"/"but" before a verb; only the
 * noun when that is too far.
 */
function objectEnd(ctx: ReportedContext, from: number, last: number): number {
  const { doc } = ctx;
  for (let k = from + 1; k < last && k - from <= MAX_OBJECT; k++) {
    if (ctx.quoted[k]) continue;
    const t = tokenAt(doc, k);
    // (a hyphen inside a word is none: "so-called"; a spaced one is: "victory - only saying ...")
    const spacedHyphen = t.value === '-' && tokenAt(doc, k - 1).end < t.start;
    if (END.has(t.value) || CLAUSE_BREAK.test(t.value) || spacedHyphen) return k;
    if ((t.lower === 'and' || t.lower === 'but') && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) return k;
  }
  // no boundary met: the rest of the sentence when it is short enough, else only the noun
  if (from + 1 <= last && last - from <= MAX_OBJECT) return last;
  return from + 1;
}
