/**
 * Where reported content ends inside its sentence: the narrator's additions are
 * not part of what was said. Among them: an appositive noun phrase after a
 * comma that sums the report up (`..., a claim the office disputes`), a
 * parenthesis at the end (`... (naturally)`), the terms or occasion it was said
 * on (`on condition of anonymity`, `at a rally`), a span of time after a quoted
 * object (`"Closed" for a week`), an absolute `with` clause (`, with aides
 * taking notes`), and, for an opt-in infinitive inside a relative clause, the
 * main clause after it (`Members who wanted to attend could be left out`).
 * @internal
 */
import { isMarkToken, lowerBound, tokenAt } from '../../prepare/lookup.js';
import { OBJECT_BREAKS } from '../../data/marks.js';
import { CIRCUMSTANCE_CONTENT_NOUNS, CIRCUMSTANCE_NOUN_PREPOSITIONS, MEDIUM_WORDS, NAMING_VERBS, NOUN_CUES, QUOTED_OBJECT_RELATIVES, DECLINING_VERBS, ESTIMATE_VERBS, MEDIUM_OR_TIME_PREPOSITIONS } from '../../data/cues.js';
import type { Doc, Segment } from '../../prepare/document.js';
import { markEnd, type CueMatch, type Mention, type Range } from '../candidate.js';
import { WH_WORDS, NARRATOR_OPENERS, CONTRAST_OPENERS, FRONTED_OPENERS, DASH_CLAUSES, DASH_ASIDES, QUOTED_OBJECT_SUBORDINATORS, AFTER_QUOTE_CONTINUERS, AS_TOO_AUXILIARIES, DISCOURSE_FOR, POSSESSIVES_AND_YOUR, REACTION_PARTICIPLES, REACTION_PARTICIPLE_OTHER_SENSE, RELATIVE_OPENERS } from '../../data/clauses.js';
import { DURATION_PREPOSITIONS, OCCASION_NOUNS, TIME_POINT_WORDS, TIME_UNITS } from '../../data/time.js';
import { cutAtSecondReport } from './second-report.js';
import { cueHeadAt, headOf, spacedDash, cutAtMainClause, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { COMMA_CLAUSE_CONJUNCTIONS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { PUT_OBJECT_PRONOUNS, SPEAKER_AGAIN_PRONOUNS, SECOND_CLAUSE_PRONOUNS } from '../../data/pronouns.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';
import { MAX_TAIL } from './boundary/limits.js';
import { gerundListGoesOn, withAppositiveName } from './boundary/object-list.js';
import { cutRelativeInfinitive } from './boundary/relative-infinitive.js';
import { cutOccasionTail, mediumOccasionAt, namesMedium, cutMediumAdjunct } from './boundary/occasion.js';
import { cutAtAsideClose } from './boundary/asides.js';
import { cutWithAbsolute, cutConditionTail, nameTagClose, cutNarratorTail } from './boundary/narrator-tail.js';

// the rule families read these from here (reported/*.ts, reported.ts)
export { cutAtAsideClose, cutConditionTail, cutMediumAdjunct, cutNarratorTail, cutOccasionTail, cutRelativeInfinitive, gerundListGoesOn, nameTagClose, withAppositiveName };

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

/**
 * Where a reported clause that starts at token `p` ends, for a cue whose first
 * token is `cueFirst` in `sentence`: the content end of `within` (the sentence
 * that holds `p`), cut at the next attribution, at a main clause after a
 * fronted cue, before a narrator's tail and before a second clause.
 */
export function clauseEnd(ctx: ReportedContext, sentence: Segment, cueFirst: number, p: number, within: Segment = sentence): number {
  let end = cutAtAsideClose(ctx, sentence, cueFirst, p, cutAtNextAttribution(ctx, p, contentEnd(ctx, p, within), true));
  end = cutAtSecondReport(ctx, p, end);
  end = cutAtMainClause(ctx, sentence, cueFirst, p, end);
  end = cutNarratorTail(ctx, p, cutConditionTail(ctx, p, end));
  // a finding's "while" tail is the evidence stage's to judge (evidence-tail.ts)
  const cue = ctx.cues[lowerBound(ctx.cues, cueFirst, headOf)];
  return cutWithAbsolute(ctx, p, cutSecondClause(ctx, p, end, !(cue && cue.first === cueFirst && cue.category === 'evidence')));
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

/** Most words between a duration preposition and its word of time: "for the next two weeks". */
const MAX_SPAN_LEAD = 3;

/**
 * True when a span or a point of time opens at token `k`, before `end`: "a
 * week", "two years", "years", "the next month", "March" (after "for",
 * "until", "since"), or an occasion counted: "the third time".
 */
function spanOfTimeAt(ctx: ReportedContext, k: number, end: number): boolean {
  for (let j = k; j < end && j <= k + MAX_SPAN_LEAD; j++) {
    const t = tokenAt(ctx.doc, j);
    if (ctx.quoted[j] || isMarkToken(t.value)) return false;
    if (TIME_POINT_WORDS.has(t.lower) || TIME_UNITS.has(t.lower) || OCCASION_NOUNS.has(t.lower)) return true;
    if (!/^(DET|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * The end of a noun-phrase object `[from, end)` that holds quoted words once the
 * narrator's words after the quotation are cut off: `called the deal "a disaster"
 * and vowed to undo it`, `called him "a nice guy," adding ...`, `described it as
 * "historic" — the first such ...`. The object ends at the closing mark when a
 * comma (inside or after the mark), a dash, a semicolon or a parenthesis follows
 * it, or "and"/"but" with a verb or a pronoun; another quotation after the
 * comma or the conjunction (`"weak," "low energy" and "a loser"`) continues the object.
 */
export function cutAfterQuotedObject(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  const stop = Math.min(end - 1, from + MAX_TAIL);
  for (let k = from + 1; k < stop; k++) {
    const t = tokenAt(doc, k);
    // a closing mark: quoted words before it, none at it
    if (!isMarkToken(t.value) || ctx.quoted[k] || !ctx.quoted[k - 1]) continue;
    // a closing mark of two apostrophes ('') is one mark, though the tokenizer splits it
    const close = markEnd(doc, k);
    const inner = tokenAt(doc, k - 1);
    const next = tokenAt(doc, close);
    if (isMarkToken(next.value)) continue;
    if (OBJECT_BREAKS.has(next.value) || next.value === '-') {
      if (isMarkToken(tokenAt(doc, close + 1).value)) continue;
      return close;
    }
    if (inner.value === ',' || inner.value === ';') return close;
    if (SECOND_CLAUSE_CONJUNCTIONS.has(next.lower)) {
      const after = tokenAt(doc, close + 1);
      if (!isMarkToken(after.value) && after.pos === 'PRON') return close;
    }
    // 'called it "abhorrent" in a tweet Sunday', '"criminals" while calling for a wall'
    if (QUOTED_OBJECT_SUBORDINATORS.has(next.lower) || (MEDIUM_OR_TIME_PREPOSITIONS.has(next.lower) && namesMedium(ctx, close + 1, Math.min(end, close + 5)))) return close;
    // 'The sign read "Closed" for a week': how long the words stood is the narrator's
    if (DURATION_PREPOSITIONS.has(next.lower) && spanOfTimeAt(ctx, close + 1, end)) return close;
  }
  return end;
}

/** Most words of a listener or an object that a comma or a colon separates from the quotation after it. */
const MAX_LEAD_WORDS = 3;

/**
 * The start of a quoted object's content `[from, end)` once a short listener or
 * object before a comma or a colon that opens the quotation is left out: `told
 * them, "..."`, `told his backers, "..."`, `answered Ada Moss: "..."` give
 * the quotation alone, as annotated news marks it. `from` stays when the words
 * before the mark are more than three, hold no such comma or colon, or a
 * quotation mark.
 */
export function skipShortLead(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from; k < Math.min(end - 1, from + MAX_LEAD_WORDS + 1); k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || ctx.quoted[k]) return from;
    if (t.value !== ',' && t.value !== ':') continue;
    if (k === from || !isMarkToken(tokenAt(doc, k + 1).value) || !ctx.quoted[k + 2]) return from;
    return k + 1;
  }
  return from;
}

/**
 * Parts of speech of the words of a noun phrase: a maker ("the Harbor Gazette",
 * "rival lawmakers", "his Ohio counterpart"), or the words before a noun of
 * saying ("the", "new", "Breitbart", "'s").
 */
export const NOUN_PHRASE_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/**
 * The first token of the noun phrase whose head, a noun of saying, stands
 * right before the "that" at `that` (`denied accusations that ...`, `cited
 * the new reports that ...`, `repeated Ms. Ortiz's claim that ...`), not
 * before `from`; -1 when the word before "that" is no such noun. Annotated
 * news takes that noun phrase, its clause included, as what was said.
 */
export function nounClauseStart(doc: Doc, from: number, that: number): number {
  const head = tokenAt(doc, that - 1);
  if (that - 1 < from || head.pos !== 'NOUN' || !NOUN_CUES.has(head.lower)) return -1;
  let k = that - 1;
  for (; k > from && tokenAt(doc, k - 1).sent === head.sent; k--) {
    const t = tokenAt(doc, k - 1);
    if (!NOUN_PHRASE_POS.has(t.pos) && !POSSESSIVES_AND_YOUR.has(t.lower)) break;
  }
  return k;
}

/**
 * True when the word before the "that" at `that` heads a noun of report or
 * thought ({@link CIRCUMSTANCE_CONTENT_NOUNS}, no medium: not "said after the
 * vote in a statement that") whose phrase follows a preposition of
 * circumstance at or after `from`: "after reports that", "amid fears that".
 */
export function circumstanceNoun(doc: Doc, from: number, that: number): boolean {
  const head = tokenAt(doc, that - 1);
  if (head.pos !== 'NOUN' || !CIRCUMSTANCE_CONTENT_NOUNS.has(head.lower) || MEDIUM_WORDS.has(head.lower)) return false;
  let k = that - 1;
  // (back over the noun phrase to its preposition, which is no part of speech of a noun phrase)
  while (k > from && NOUN_PHRASE_POS.has(tokenAt(doc, k - 1).pos)) k--;
  const before = tokenAt(doc, k - 1);
  return k - 1 >= from && before.pos === 'ADP' && CIRCUMSTANCE_NOUN_PREPOSITIONS.has(before.lower);
}

/**
 * `what Ada Moss called "a mess"`, `the fee, which she said the city would
 * refund`, `the emails, which he said were "private"`: the relative word right
 * before the speaker of a verb of saying (the speaker right before the cue, in
 * one sentence), whose gap the reported words leave; annotated news counts it
 * as the first part of what was said. Null otherwise, and, but for a naming
 * verb, after a preposition ("in which he said ...", read either way).
 */
export function relativeOpening(doc: Doc, cue: CueMatch, speaker: Mention): Range | null {
  if (speaker.antecedent || speaker.last !== cue.first || speaker.first === 0) return null;
  const rel = tokenAt(doc, speaker.first - 1);
  if (!QUOTED_OBJECT_RELATIVES.has(rel.lower) || rel.sent !== tokenAt(doc, cue.head).sent) return null;
  if (!NAMING_VERBS.has(cue.lemma) && speaker.first >= 2 && tokenAt(doc, speaker.first - 2).pos === 'ADP') return null;
  return { start: rel.start, end: rel.end };
}
