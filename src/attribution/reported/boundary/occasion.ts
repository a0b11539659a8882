/**
 * The occasion or the medium a noun-phrase object was voiced on is the
 * narrator's: in the invented `Moss thanked the divers at a harbor rally.` the
 * object is "the divers"; in `Lee criticized the plan on her radio show.` it
 * is "the plan".
 * @internal
 */
import { hasVerbBetween, isMarkToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../../prepare/lookup.js';
import { MEDIUM_WORDS, COURT_OWNERS, COURT_WORDS, EVENT_NOUNS, OCCASION_DETERMINERS, OCCASION_PREPOSITIONS, MEDIUM_OR_TIME_PREPOSITIONS } from '../../../data/cues.js';
import { SPOKESPERSON_NOUNS } from '../../../data/clauses.js';
import { NP_POS, TIME_WORDS, type ReportedContext } from '../shared.js';
import { PHRASE_OPENERS } from '../../../data/function-words.js';
import { WEEKDAY_SET } from '../../../data/time.js';
import { MAX_TAIL } from './limits.js';
import { gerundAt } from './object-list.js';

/** Most words between the occasion's determiner and its noun ("at the annual Munich Security Conference"). */
const MAX_OCCASION_WORDS = 5;

/**
 * The end of the noun-phrase object `[start, end)` of an opt-in cue once the
 * occasion it was voiced on is cut off: "thanked supporters at a rally in
 * Ohio" gives "supporters", "questioned the plan in an interview" gives "the
 * plan". Only when the object has no verb of its own before the occasion
 * ("accused him of shoving her at a rally" keeps it). Measured on PolNeAR
 * train with every category on (see CHANGELOG).
 */
export function cutOccasionTail(ctx: ReportedContext, start: number, end: number): number {
  const { doc } = ctx;
  const first = tokenAtOrAfter(doc, start);
  for (let k = first + 1; k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || (t.pos === 'VERB' && !gerundAt(doc, k)) || t.pos === 'AUX') return end;
    const det = tokenAt(doc, k + 1).lower;
    // "in the meeting" is mostly the object's own ("participants in the meeting"); "in an interview", "at the summit" the occasion
    if (!OCCASION_PREPOSITIONS.has(t.lower) || !OCCASION_DETERMINERS.has(det) || (t.lower === 'in' && det === 'the')) continue;
    for (let j = k + 2; j < tokenCount(doc) && j <= k + 1 + MAX_OCCASION_WORDS && tokenAt(doc, j).end <= end; j++) {
      const w = tokenAt(doc, j);
      if (EVENT_NOUNS.has(w.lower)) return tokenAt(doc, k - 1).end;
      if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'ADP') break;
    }
  }
  return end;
}

/**
 * True when a phrase of the medium the words were given in opens at `p`, before
 * `end`: "in", "on", "at" or "during", a determiner or a possessive, and a
 * noun of a medium within a few words of nouns and adjectives ("in a
 * statement released on Monday", "in an interview with a radio station", "in
 * a post on its website"); not "in the event that ...", a condition.
 */
export function mediumOccasionAt(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  if (ctx.quoted[p] || !MEDIUM_OR_TIME_PREPOSITIONS.has(tokenAt(doc, p).lower) || !PHRASE_OPENERS.has(tokenAt(doc, p + 1).lower)) return false;
  for (let j = p + 2; j < Math.min(end, p + 2 + MAX_MEDIUM_PHRASE); j++) {
    const w = tokenAt(doc, j);
    if (ctx.quoted[j] || !NP_POS.has(w.pos)) return false;
    // ("in the event that ..." is a condition of the content's own)
    if (MEDIUM_WORDS.has(w.lower)) return !(w.lower === 'event' && tokenAt(doc, j + 1).lower === 'that');
  }
  return false;
}

/** True when a medium or a time word stands in tokens [from, end): "a tweet Sunday", "a statement", "Twitter". */
export function namesMedium(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokenAt(ctx.doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || /^[,.;:!?]$/.test(t.value)) return false;
    if (MEDIUM_WORDS.has(t.lower) || TIME_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * True when the tokens from `k` are a determined phrase naming a person the
 * source speaks through or a medium ("a spokeswoman", "his lawyer", "a
 * statement"), ending the content at `end` or before a comma.
 */
function throughSpokesperson(ctx: ReportedContext, k: number, end: number): boolean {
  const { doc } = ctx;
  if (!PHRASE_OPENERS.has(tokenAt(doc, k).lower)) return false;
  for (let j = k + 1; j < Math.min(end, k + 1 + MAX_MEDIUM_PHRASE); j++) {
    const w = tokenAt(doc, j);
    if (ctx.quoted[j] || !NP_POS.has(w.pos)) return false;
    if (SPOKESPERSON_NOUNS.has(w.lower) || MEDIUM_WORDS.has(w.lower)) return j + 1 >= end || /^[,;.]$/.test(tokenAt(doc, j + 1).value);
  }
  return false;
}

/** How many tokens after the preposition the medium or time word may stand. */
const MAX_MEDIUM_PHRASE = 6;

/**
 * The end of a noun-phrase object `[from, end)` once a phrase of where or
 * when it was said is cut off: `criticized the plan on its Facebook page`,
 * `praised the mayor at a press conference`, `mentioned the vote in an
 * interview`. The phrase opens with "in", "on", "at" or "during" and a
 * determiner or a possessive (or a name: `on Fox News`), and names a medium or
 * a time within a few words of nouns and adjectives (no "and", no clause, not
 * `in the event that`). With `keepWeekday`, "on" and a weekday stay
 * (`praised the plan on Monday`; see `objectAt`).
 */
export function cutMediumAdjunct(ctx: ReportedContext, from: number, end: number, keepWeekday = false): number {
  const { doc } = ctx;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_TAIL); k++) {
    const t = tokenAt(doc, k);
    // "denied the charges through a spokeswoman", "through his lawyer", "through a statement" (not after a verb of
    // the object's own: "criticized the payments made through an agent")
    if (!ctx.quoted[k] && t.lower === 'through' && !hasVerbBetween(ctx.doc, from, k) && throughSpokesperson(ctx, k + 1, end)) return k;
    if (ctx.quoted[k] || !MEDIUM_OR_TIME_PREPOSITIONS.has(t.lower)) continue;
    const next = tokenAt(doc, k + 1);
    if (keepWeekday && t.lower === 'on' && WEEKDAY_SET.has(next.lower)) continue;
    if (!PHRASE_OPENERS.has(next.lower) && next.pos !== 'PROPN') continue;
    for (let j = k + 1; j < Math.min(end, k + 1 + MAX_MEDIUM_PHRASE); j++) {
      const w = tokenAt(doc, j);
      if (ctx.quoted[j] || (!NP_POS.has(w.pos) && w.lower !== 'of')) break;
      // (and a court the words were said in, named or owned: "admitted fraud at Bradford Crown Court", "at his trial";
      // not "a review of staffing at the court", which may be the object's own, nor a court word that modifies the
      // noun after it: "the staff at his trial lawyer's office"; a time word after it is none: "at his trial today")
      const after = tokenAt(doc, j + 1);
      const court = COURT_WORDS.has(w.lower) && (next.pos === 'PROPN' || COURT_OWNERS.has(next.lower)) && (after.pos !== 'NOUN' || TIME_WORDS.has(after.lower));
      if ((MEDIUM_WORDS.has(w.lower) || TIME_WORDS.has(w.lower) || court) && tokenAt(doc, j + 1).lower !== 'that') return k;
    }
  }
  return end;
}
