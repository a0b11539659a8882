/**
 * A narrator's addition after a comma is not part of what was said: in the
 * invented `Lee said the pier will reopen, which the divers doubt.` the
 * content ends before ", which"; so it does before a contrast (`..., despite
 * the storm`), a clause after a quotation closed by a comma, and "but" before
 * a clause with a pronoun subject (`..., but she hoped to stay`). A plain
 * comma splice, or "but" before a noun-phrase subject, stays in the content.
 * @internal
 */
import { isMarkToken, tokenAt } from '../../../prepare/lookup.js';
import { CIRCUMSTANCE_NOUN_PREPOSITIONS, DECLINING_VERBS, ESTIMATE_VERBS } from '../../../data/cues.js';
import { CIRCUMSTANCE_SPAN_COUNTS, TIME_UNITS } from '../../../data/time.js';
import type { Doc } from '../../../prepare/document.js';
import { markEnd } from '../../candidate.js';
import { WH_WORDS, NARRATOR_OPENERS, CONTRAST_OPENERS, FRONTED_OPENERS, DASH_CLAUSES, DASH_ASIDES, AFTER_QUOTE_CONTINUERS, AS_TOO_AUXILIARIES, DISCOURSE_FOR, REACTION_PARTICIPLES, REACTION_PARTICIPLE_OTHER_SENSE, RELATIVE_OPENERS } from '../../../data/clauses.js';
import { cueHeadAt, spacedDash, type ReportedContext } from '../shared.js';
import { clauseStartsAt } from '../clause-start.js';
import { COMMA_CLAUSE_CONJUNCTIONS, SECOND_CLAUSE_CONJUNCTIONS } from '../../../data/function-words.js';
import { PUT_OBJECT_PRONOUNS, SPEAKER_AGAIN_PRONOUNS, SECOND_CLAUSE_PRONOUNS } from '../../../data/pronouns.js';
import { MAX_TAIL } from './limits.js';
import { mediumOccasionAt } from './occasion.js';

/**
 * True when a participle of the reaction a report drew stands at `p`
 * ("drawing boos", "putting them at odds"; "putting" only before an object
 * pronoun or "at odds"), not the same word in the event's
 * own sense ("drawing on its reserves", "putting an end to the talks").
 */
function reactionParticiple(doc: Doc, p: number, end: number): boolean {
  const lower = tokenAt(doc, p).lower;
  if (lower === 'putting') {
    // "putting them ahead of", "putting the council at odds with"; not "putting an end to the talks"
    if (p + 1 < end && PUT_OBJECT_PRONOUNS.has(tokenAt(doc, p + 1).lower)) return true;
    for (let k = p + 1; k + 1 < end && k <= p + 4; k++) if (tokenAt(doc, k).lower === 'at' && tokenAt(doc, k + 1).lower === 'odds') return true;
    return false;
  }
  return REACTION_PARTICIPLES.has(lower) && !(p + 1 < end && REACTION_PARTICIPLE_OTHER_SENSE.get(lower)?.has(tokenAt(doc, p + 1).lower));
}

/** Most tokens from "while" to a verb of holding back. */
const MAX_HOLD_BACK = 4;

/**
 * True when the contrast clause that starts at `p` (after "while" or
 * "whereas") is the narrator's and not part of the content before it: a
 * participle of the speaker's next act (`said X, while acknowledging that
 * ...`), another share of a count (`said yes, while 9 percent said no`,
 * `while about 4 in 10 ...`), or a clause that holds a cue of its own (`...,
 * while her rival won by saying that ...`). Any other contrast (`said the
 * port grew, while the airport shrank`) belongs to the content.
 */
function narratorContrast(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  let first = p;
  while (first < end && tokenAt(doc, first).pos === 'ADV') first++;
  const t = tokenAt(doc, first);
  if (first < end && t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
  if (first < end && t.pos === 'NUM') return true;
  if (first < end && SPEAKER_AGAIN_PRONOUNS.has(t.lower) && !ctx.quoted[first]) return true;
  for (let k = p; k < Math.min(end, p + MAX_HOLD_BACK); k++) if (!ctx.quoted[k] && DECLINING_VERBS.has(tokenAt(doc, k).lemma)) return true;
  if (estimateAt(ctx, p, end)) return true;
  for (let k = p; k < Math.min(end, p + MAX_TAIL); k++) if (!ctx.quoted[k] && cueHeadAt(ctx, k)) return true;
  return false;
}

/** Most tokens from a verb of an estimate to its "at" ("put the number of marchers at"). */
const MAX_ESTIMATE_OBJECT = 6;

/**
 * True when the contrast clause at `p` gives another source's estimate of a
 * count: a verb of {@link ESTIMATE_VERBS} within its first tokens, then "at"
 * and a number (`said 5,000 marched, while police put the number at 2,000`).
 */
function estimateAt(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  for (let k = p; k < Math.min(end, p + MAX_HOLD_BACK); k++) {
    if (ctx.quoted[k] || !ESTIMATE_VERBS.has(tokenAt(doc, k).lemma) || !/^(VERB|AUX)$/.test(tokenAt(doc, k).pos)) continue;
    for (let q = k + 2; q < Math.min(end - 1, k + MAX_ESTIMATE_OBJECT + 2); q++) {
      if (tokenAt(doc, q).lower !== 'at') continue;
      // (an adverb may stand before the number: "at about 6,000")
      const n = tokenAt(doc, q + 1).pos === 'ADV' ? q + 2 : q + 1;
      return tokenAt(doc, n).pos === 'NUM' || /^\p{Sc}$/u.test(tokenAt(doc, n).value);
    }
  }
  return false;
}

/**
 * True when the content `[from, end)` opens with a quotation mark whose first
 * word opens a subordinate clause ({@link FRONTED_OPENERS}): 'was that "as
 * voters learn more," they would ...', where the comma closing the quotation
 * closes that fronted clause, not the content.
 */
function quotedFrontedOpener(ctx: ReportedContext, from: number, end: number): boolean {
  const { doc } = ctx;
  if (from + 1 >= end || !isMarkToken(tokenAt(doc, from).value) || !ctx.quoted[from + 1]) return false;
  return FRONTED_OPENERS.has(tokenAt(doc, from + 1).lower);
}

/** True when a token in [from, end) stands inside quotation marks. */
function quotedBefore(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ctx.quoted[k]) return true;
  return false;
}

/**
 * The end of content `[from, end)` once a narrator's addition after a comma is
 * cut off: a relative clause or the narrator's contrast (`said X, which ...`,
 * `said X, despite ...`, `said X, while acknowledging ...`: see
 * narratorContrast; with `contrastStays` false, as for a finding, any "while"
 * or "whereas" clause), and after a
 * quotation closed by a comma, any clause or adjunct (`was "ready to lead the
 * club," the players focused on ...`, `was "messy," in an interview`), and a
 * dash before "though" or an appositive (`said X — though others ...`, `said X -
 * an old favorite`), and a dash after the last quoted words before "and", "but",
 * "or", "which", "who", "then" or "yet" (`said it was "a disgrace" — and the
 * crowd cheered`). Only after
 * the content has a verb of its own, so a comma inside its subject (`said the
 * bill, which passed, would fail`) does not cut. A comma and "and", "but",
 * "yet" or "so" before a clause whose subject is a pronoun (`said the deal was
 * off, but he hoped to revive it`) cut too, and so does a participle of the
 * reaction the words drew (`said X, drawing boos`, `said X, putting them at
 * odds with ...`). A plain comma splice, `, but` with a clause whose subject
 * is a noun phrase, any other participle (`said X, leaving the choice to
 * ...`) and "even", "as", "when" or "though" clauses are left alone:
 * annotated news keeps those inside the content more often than not.
 */
export function cutSecondClause(ctx: ReportedContext, from: number, end: number, contrastStays = true): number {
  const { doc } = ctx;
  const stop = Math.min(end - 1, from + MAX_TAIL);
  const opener = tokenAt(doc, from);
  // "said that if elected, he would ...": the first comma closes a fronted clause, not the content
  // (also a quoted one: 'was that "as voters learn more," they would ...')
  let fronted = FRONTED_OPENERS.has(opener.lower) || opener.pos === 'ADP' || quotedFrontedOpener(ctx, from, end);
  let sawVerb = false;
  for (let k = from; k < stop; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (k > from) sawVerb = true;
      continue;
    }
    // "said X — though others disagree", "said X - an old favorite": a dash before the narrator's aside
    if (spacedDash(ctx, k) && !ctx.quoted[k] && sawVerb && !fronted && DASH_ASIDES.has(tokenAt(doc, k + 1).lower) && k + 1 < end) return k;
    // 'said he was "ready" — and the crowd cheered': after quoted words, a dash before a new clause
    if (spacedDash(ctx, k) && !ctx.quoted[k] && sawVerb && !fronted && k + 1 < end && quotedBefore(ctx, from, k) && !quotedBefore(ctx, k, end) && DASH_CLAUSES.has(tokenAt(doc, k + 1).lower)) return k;
    let at = -1;
    let closed = false;
    if (t.value === ',' && !ctx.quoted[k]) at = k;
    // 'was "ready to lead the club," the players ...': the comma inside the closing mark
    else if (t.value === ',' && ctx.quoted[k] && isMarkToken(tokenAt(doc, k + 1).value) && !ctx.quoted[k + 1] && tokenAt(doc, k + 1).start === t.end) {
      // the mark's last token: two apostrophes ('') are one mark
      at = markEnd(doc, k + 1) - 1;
      closed = true;
    }
    if (at < 0) continue;
    // "asked whether the plant would close, but got no answer": after a reported question, a conjunction and a past
    // verb are the asker's next act (also after a fronted opener: "whether" opens the question itself); after a
    // statement they stay, as annotated news keeps them ("said he was unsure, but planned to ...")
    if (!closed && sawVerb && at + 2 < end && WH_WORDS.has(opener.lower) && COMMA_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, at + 1).lower) && !ctx.quoted[at + 1] && speakerNextAct(ctx, at + 2, end)) return at;
    if (fronted) {
      fronted = false;
      continue;
    }
    if (!sawVerb) continue;
    const next = tokenAt(doc, at + 1);
    if (at + 1 >= end || isMarkToken(next.value)) continue;
    const cut = closed ? at + 1 : at;
    // 'was "a broken system," because ...', '"a fight in Reno," where ...': the quoted words' reason, place or relative stays
    // ('"glow in the dark," for instance': a discourse adverb is not one)
    // (not a clause with a report of its own: '"a scam," with Lee saying ...', '"unfair," compared with 40 percent who said ...')
    if (closed && AFTER_QUOTE_CONTINUERS.has(next.lower) && !DISCOURSE_FOR.has(tokenAt(doc, at + 2).lower) && !cueInClause(ctx, at + 1, end)) continue;
    // ('was that "the family comes first," so the state should ...': the consequence the quoted reason leads to stays;
    // not a clause whose subject is a pronoun, the narrator's: '"...," so he left')
    if (closed && next.lower === 'so' && !ctx.quoted[at + 1] && !SECOND_CLAUSE_PRONOUNS.has(tokenAt(doc, at + 2).lower) && clauseStartsAt(doc, at + 2, end) && !cueInClause(ctx, at + 1, end)) continue;
    // "said X, while others disagreed", "said X, which ...", 'was "ready to lead," in an interview'
    // ("said X, while Y did Z": a contrast of another subject's own stays, as annotated news keeps it)
    if (NARRATOR_OPENERS.has(next.lower) && !(RELATIVE_OPENERS.has(next.lower) && !closed && openingSubjectBefore(ctx, from, at) && relativeInSubject(ctx, at + 2, end)) && (!contrastStays || !CONTRAST_OPENERS.has(next.lower) || narratorContrast(ctx, at + 2, end))) return cut;
    // "said they would not back him, as has the mayor": the narrator's note on who else did the same
    // (not an aside the content goes on after: "said he backed it, as did the council, and would sign it")
    if (next.lower === 'as' && !ctx.quoted[at + 1] && AS_TOO_AUXILIARIES.has(tokenAt(doc, at + 2).lower) && !contentAfterAside(ctx, at + 3, end)) return cut;
    // "said X, drawing boos from the crowd": a participle of the reaction the words drew is the narrator's
    if (reactionParticiple(doc, at + 1, end) && !ctx.quoted[at + 1]) return cut;
    // "said the pipes were replaced, in a statement on Monday": where the words were given is the narrator's
    if (!closed && mediumOccasionAt(ctx, at + 1, end)) return cut;
    // "promised to recruit more officers, after a week of criticism": a span of time of what led to the words is the narrator's
    if (!closed && !ctx.quoted[at + 1] && spanOfCircumstance(doc, at + 1, end)) return cut;
    // (a verb after it stays: 'is "peanuts," compared to ...', 'is "Mexican," given ...')
    if (closed && (next.pos === 'ADP' || next.pos === 'AUX' || clauseStartsAt(doc, at + 1, end))) return cut;
    // 'was "a disgrace," and welcomed the visit': a coordinated verb after the closing mark
    if (closed && next.lower === 'and' && tokenAt(doc, at + 2).pos === 'VERB') return cut;
    // "said the deal was off, but he hoped to revive it": a conjunction and a clause with a pronoun subject of its own
    if (COMMA_CLAUSE_CONJUNCTIONS.has(next.lower) && !ctx.quoted[at + 1] && SECOND_CLAUSE_PRONOUNS.has(tokenAt(doc, at + 2).lower) && clauseStartsAt(doc, at + 2, end)) return cut;
  }
  return end;
}

/**
 * True when tokens from `p` open a span of time that led up to the words, set
 * off after a comma: "after a week of criticism", "following months of
 * protests", "amid years of delays" ({@link CIRCUMSTANCE_NOUN_PREPOSITIONS},
 * then a word of {@link CIRCUMSTANCE_SPAN_COUNTS} or a number, a time unit
 * and "of").
 */
function spanOfCircumstance(doc: Doc, p: number, end: number): boolean {
  if (!CIRCUMSTANCE_NOUN_PREPOSITIONS.has(tokenAt(doc, p).lower)) return false;
  let k = p + 1;
  if (CIRCUMSTANCE_SPAN_COUNTS.has(tokenAt(doc, k).lower) || tokenAt(doc, k).pos === 'NUM') k++;
  return k + 2 < end && TIME_UNITS.has(tokenAt(doc, k).lower) && /^\p{Ll}/u.test(tokenAt(doc, k).value) && tokenAt(doc, k + 1).lower === 'of';
}

/**
 * True when a verb in the past tense with no subject of its own opens at `p`
 * (after a comma and a conjunction; an adverb may stand before it): after a
 * reported question, the asker's next act, coordinated with the cue and not
 * part of the question (`asked whether the plant would close, but got no
 * answer`, `asked how much it cost, and then left`). Not an -ing or base form, not an auxiliary
 * (`..., but would not say when` may be the content's own verb).
 */
function speakerNextAct(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  let v = p;
  while (v < end && v < p + 2 && tokenAt(doc, v).pos === 'ADV') v++;
  if (v >= end || ctx.quoted[v]) return false;
  const t = tokenAt(doc, v);
  return t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower);
}

/**
 * True when a cue's head right after its subject (a noun, a name or a
 * pronoun) stands in tokens [from, end) before the next unquoted comma,
 * semicolon, colon or spaced dash: the clause there holds a report of its
 * own (`with Lee saying ...`, `compared with 40 percent who said ...`); not
 * a cue of means or a modal's (`where he hoaxed them by telling ...`, `even
 * if she could not show it`), which annotated news keeps in the content.
 */
function cueInClause(ctx: ReportedContext, from: number, end: number): boolean {
  const { doc } = ctx;
  for (let k = from; k < Math.min(end, from + MAX_TAIL); k++) {
    const t = tokenAt(doc, k);
    if (!ctx.quoted[k] && (/^[,;:]$/.test(t.value) || spacedDash(ctx, k))) return false;
    if (cueHeadAt(ctx, k) && k > from && /^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, k - 1).pos)) return true;
  }
  return false;
}

/**
 * True when the phrase before the comma at `comma` opens its clause: no verb
 * stands between it and the content's start `from` or the last "that"
 * (`said that the fee, which ...`), so a relative clause after it may sit
 * inside a subject; not after an object (`said the cuts would hurt seniors,
 * who rely on it, then left`).
 */
function openingSubjectBefore(ctx: ReportedContext, from: number, comma: number): boolean {
  const { doc } = ctx;
  for (let k = comma - 1; k >= from; k--) {
    const t = tokenAt(doc, k);
    if (t.lower === 'that') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/**
 * True when the relative clause that starts at `from` is closed by the next
 * unquoted comma and a verb of the clause it interrupts follows: `said that
 * Lee, who had refused to testify, is now helping the inquiry`. The relative
 * then sits inside a subject and is not the narrator's addition. A cue after
 * the comma (`when Lee, who ran in 1992, called for ...`) is another report.
 */
function relativeInSubject(ctx: ReportedContext, from: number, end: number): boolean {
  const { doc } = ctx;
  for (let k = from; k < Math.min(end - 1, from + MAX_TAIL); k++) {
    const t = tokenAt(doc, k);
    if (/^[;:]$/.test(t.value) || spacedDash(ctx, k)) return false;
    if (t.value !== ',' || ctx.quoted[k]) continue;
    let v = k + 1;
    while (v < end && tokenAt(doc, v).pos === 'ADV') v++;
    return v < end && /^(VERB|AUX)$/.test(tokenAt(doc, v).pos) && !/ing$/.test(tokenAt(doc, v).lower) && !cueHeadAt(ctx, v);
  }
  return false;
}

/**
 * True when a comma in tokens [from, end) closes an aside ("as did the
 * council,") and the content goes on after it with a verb of its subject:
 * "..., and would sign it", "..., but never voted for it". (An appositive
 * after the comma, "as has Ann Ruiz, the mayor", is still the aside.)
 */
function contentAfterAside(ctx: ReportedContext, from: number, end: number): boolean {
  const { doc } = ctx;
  for (let k = from; k < end - 2; k++) {
    if (tokenAt(doc, k).value !== ',' || ctx.quoted[k] || !SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, k + 1).lower)) continue;
    const v = tokenAt(doc, k + 2).pos === 'ADV' ? k + 3 : k + 2;
    if (v < end && /^(VERB|AUX)$/.test(tokenAt(doc, v).pos)) return true;
  }
  return false;
}
