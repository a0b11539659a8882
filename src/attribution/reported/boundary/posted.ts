/**
 * The object of a verb of posting online (`SpeechObjectVerb.posted`: tweet,
 * retweet, post) is the thing posted; where it went up and when are the
 * narrator's. In the invented `Ada Moss posted a photo of the flooded pier to
 * her Facebook page on Friday.` the object is "a photo of the flooded pier".
 * @internal
 */
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { POSTED_PLACE_PREPOSITIONS, POSTED_PLACE_WORDS, POSTED_RESULT_NOUNS } from '../../../data/cues.js';
import { MONTH_WORDS, TIME_LEADS, TIME_WORDS } from '../../../data/time.js';
import { PHRASE_OPENERS } from '../../../data/function-words.js';
import { LETTER_NAME_STOPS } from '../../../data/abbreviations.js';
import { NP_POS, type ReportedContext } from '../shared.js';

/** Month names as a set. */
const MONTHS: ReadonlySet<string> = new Set(MONTH_WORDS);
/** Most words of a place phrase after its preposition ("to his campaign's Facebook page"). */
const MAX_PLACE_WORDS = 5;

/** True when tokens `[k, end)` are only a time ("Friday afternoon", "on Thursday", "last week", "in May 2015"), and there is one. */
function onlyTime(ctx: ReportedContext, k: number, end: number): boolean {
  let time = false;
  for (let j = k; j < end; j++) {
    const t = tokenAt(ctx.doc, j);
    if (ctx.quoted[j]) return false;
    if (TIME_WORDS.has(t.lower) || MONTHS.has(t.lower)) time = true;
    else if (!(TIME_LEADS.has(t.lower) || t.pos === 'NUM')) return false;
  }
  return time;
}

/** The end of a place phrase at `k` ("to her Facebook page", "on Twitter", "online"), or -1. */
function placeEnd(ctx: ReportedContext, k: number, end: number): number {
  const t = tokenAt(ctx.doc, k);
  if (ctx.quoted[k]) return -1;
  if (t.lower === 'online') return k + 1;
  if (!POSTED_PLACE_PREPOSITIONS.has(t.lower)) return -1;
  let place = -1;
  for (let j = k + 1; j < end && j - k <= MAX_PLACE_WORDS; j++) {
    const w = tokenAt(ctx.doc, j);
    // (places joined by a conjunction: "on Facebook and Instagram")
    const joined = w.pos === 'CCONJ' && place === j;
    if (ctx.quoted[j] || !(joined || NP_POS.has(w.pos) || PHRASE_OPENERS.has(w.lower) || /^['\u2019]s$/.test(w.value))) break;
    // (wink keeps "X." whole at a sentence's end: "on TikTok and X.")
    if (POSTED_PLACE_WORDS.has(w.lower) || (LETTER_NAME_STOPS.has(w.value) && POSTED_PLACE_WORDS.has(w.lower.slice(0, -1)))) place = j + 1;
  }
  return place;
}

/**
 * The end of the posted object `[p, end)` once a place it went up and a time
 * closing it are cut off: "the clip to YouTube on Thursday" gives "the
 * clip", "her thanks Friday afternoon" gives "her thanks". A place phrase
 * followed by more than a time stays ("a comment on Twitter that compared
 * ..." is the comment's own description).
 */
export function postedObjectEnd(ctx: ReportedContext, p: number, end: number): number {
  for (let k = p + 1; k < end; k++) {
    const place = placeEnd(ctx, k, end);
    if (place > 0 && (place === end || onlyTime(ctx, place, end))) return k;
    if (place < 0 && /^(NOUN|PROPN)$/.test(tokenAt(ctx.doc, k - 1).pos) && onlyTime(ctx, k, end)) return k;
  }
  return end;
}

/**
 * True when the posted object `[p, end)` is no post: it stands before a
 * colon ("tweeted the following:", "posted this tweet:", which point at the
 * post quoted next) or its first noun is a score ("posted a big win").
 */
export function noPost(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  if (maybeToken(doc, end)?.value === ':') return true;
  for (let k = p; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'NOUN') return POSTED_RESULT_NOUNS.has(t.lower);
  }
  return false;
}
