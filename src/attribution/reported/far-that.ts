/**
 * Rule `reported/cue-far-that`: a cue whose "that" comes after a long listener
 * or adjunct that the cue-first rule does not skip: `Lopez told a crowded hall
 * at a hotel in downtown Dover that she would stay in the race`, `Reyes said in
 * an interview with the Harbor Times last week that ...`. The content is the
 * clause after "that". (An aside between two dashes right after the cue,
 * `Ortiz said — on the radio, no less — that ...`, is skipped by the cue-first
 * rule before this one runs.)
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { LISTENER_VERBS, NOUN_CUES, REPORTING_VERBS, DEGREE_WORDS, ANSWERING_LEMMAS } from '../../data/cues.js';
import { END, TIME_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt, gerundClause } from './clause-start.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { clauseEnd } from './boundary.js';
import { circumstanceNoun } from './boundary/openings.js';
import { NARRATOR_GAP_OPENERS } from '../../data/clauses.js';

/** How far after the cue its "that" may stand, in tokens. */
const MAX_GAP = 25;

/**
 * True when the token at `k` may stand between a cue and its far "that": no
 * verb of a clause of its own (an -ing form of an adjunct, "rebuking him by
 * name", and a capitalised word in a name, "The Associated Press", may), no
 * end of a sentence or clause.
 */
function inGap(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  if (ctx.quoted[k] || isMarkToken(t.value)) return true;
  if (END.has(t.value) || t.value === ';' || t.value === ':') return false;
  if (t.pos === 'AUX') return false;
  if (t.pos === 'VERB') return /ing$/.test(t.lower) || /^\p{Lu}/u.test(t.value);
  // a relative or subordinate clause inside the gap is the narrator's: "said when he left that ..."
  return !NARRATOR_GAP_OPENERS.has(t.lower);
}

/** `X told a crowded hall at a hotel in Dover that CLAUSE`. */
export function cueFarThat(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || (!REPORTING_VERBS.has(cue.lemma) && !LISTENER_VERBS.has(cue.lemma)) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  // the gap opens with an adjunct ("in an interview", "on Monday", "emphatically", a dash), or a listener
  // after a verb that takes one ("told a crowded hall"); an object after another verb has its own relative
  // clause ("lamented a vote that she cast")
  const opener = maybeToken(doc, cue.last);
  // "responded to accusations that", "agreeing to tests that": what a reply answers or an agreement accepts is no speech
  if (opener?.lower === 'to' && ANSWERING_LEMMAS.has(cue.lemma)) return null;
  if (!opener || !(LISTENER_VERBS.has(cue.lemma) || /^(ADP|ADV|PUNCT)$/.test(opener.pos) || TIME_WORDS.has(opener.lower))) return null;
  const limit = Math.min(sentence.last - 1, cue.last + MAX_GAP);
  let that = -1;
  // at least two tokens between: a "that" right after the cue, or after one word, is the cue-first rule's
  for (let k = cue.last; k < limit; k++) {
    const t = tokenAt(doc, k);
    if (t.lower === 'that' && !ctx.quoted[k]) {
      // a noun that takes a that-clause of its own ("over allegations that"), or a participle ("videos showing that"), owns it
      const before = tokenAt(doc, k - 1);
      // (so does a report after a preposition of circumstance: "recalled the kettles after reports that")
      // (a capitalised "verb" is the end of a name: "told CBS host Charlie Rose that")
      const owned = NOUN_CUES.has(before.lower) || (before.pos === 'VERB' && k - 1 !== cue.head && !/^\p{Lu}/u.test(before.value)) || circumstanceNoun(doc, cue.last, k);
      // (a gerund may be the clause's subject: "complained to a radio host that closing the pier was unfair")
      if (k - cue.last >= 2 && t.pos !== 'ADV' && !owned && (clauseStartsAt(doc, k + 1, sentence.last) || gerundClause(doc, k + 1, sentence.last))) that = k;
      break;
    }
    // "so routine that", "such a mess that": a clause of result, not what was said
    if (DEGREE_WORDS.has(t.lower)) return null;
    if (!inGap(ctx, k)) return null;
  }
  if (that < 0) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  const p = that + 1;
  const end = clauseEnd(ctx, sentence, cue.first, p);
  if (end - p < 2) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-far-that', 0.75);
}
