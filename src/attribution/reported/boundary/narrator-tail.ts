/**
 * The narrator's tail at the end of a content: an appositive that sums the
 * report up (the invented `Lee said the pier is safe, a claim the divers
 * dispute.`) or ranks it (`..., the first time it has done so`), a parenthesis (`... (naturally)`), the terms it was said on
 * (`..., speaking on condition of anonymity`) and an absolute "with" clause
 * (`..., with aides taking notes`); a name's tag in parentheses stays
 * (`Sen. Ada Moss (D-Ore.)`).
 * @internal
 */
import { isMarkToken, tokenAt, tokenCount } from '../../../prepare/lookup.js';
import { NOUN_CUES } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { BACK_POINTERS, FRONTED_SUBORDINATORS, RANKING_WORDS, RELATIVE_PRONOUNS, SUMMING_RELATIVES, UNNAMED } from '../../../data/clauses.js';
import { cueHeadAt, type ReportedContext } from '../shared.js';
import { INDEFINITE_ARTICLES, LIST_CONJUNCTIONS } from '../../../data/function-words.js';
import { MAX_TAIL } from './limits.js';

/** How many words the subject of an absolute "with" clause may have: "with the rest of the board". */
const MAX_WITH_SUBJECT = 5;

/**
 * True when an absolute clause follows "with" at `p`: a short noun phrase
 * (a noun, a name or an object pronoun in it) and then a verb in -ing
 * ("with an aide going on the radio", "with them waiting outside"); not "with
 * the help of ...", "with a smile" or "with its housing crisis".
 */
function withAbsolute(doc: Doc, p: number, end: number): boolean {
  let noun = false;
  for (let k = p; k < end && k - p <= MAX_WITH_SUBJECT; k++) {
    const t = tokenAt(doc, k);
    // (an -ing word the tagger read as a noun, after the subject and before no noun: "with its chief going on ...")
    if (noun && /ing$/.test(t.lower) && (t.pos === 'VERB' || (t.pos === 'NOUN' && !/^(NOUN|PROPN)$/.test(tokenAt(doc, k + 1).pos)))) return true;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) noun = true;
    else if (!/^(DET|ADJ|NUM|PART)$/.test(t.pos)) return false;
  }
  return false;
}

/** Most words between an appositive's article and the relative word of its clause: "a move that", "a rare public acknowledgment that". */
const MAX_SUMMING_HEAD = 4;

/**
 * Where the list check of an appositive opened at `from` stops: at the
 * relative word of a summing head (`a move that ...`, `an acknowledgment
 * which ...`), whose clause may join words of its own ("a move that could
 * split the economic and political union"); else `end`.
 */
function listCheckEnd(ctx: ReportedContext, from: number, end: number): number {
  if (!INDEFINITE_ARTICLES.has(tokenAt(ctx.doc, from).lower)) return end;
  for (let k = from + 2; k < Math.min(end, from + 2 + MAX_SUMMING_HEAD); k++) {
    const t = tokenAt(ctx.doc, k);
    if (ctx.quoted[k] || t.value === ',' || LIST_CONJUNCTIONS.has(t.lower)) return end;
    if (SUMMING_RELATIVES.has(t.lower) && tokenAt(ctx.doc, k - 1).pos === 'NOUN') return k;
  }
  return end;
}

/** True when tokens [from, end) hold no "and" or "or": not the rest of a list ("a car, a house and a boat"). */
function noList(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (LIST_CONJUNCTIONS.has(tokenAt(ctx.doc, k).lower)) return false;
  return true;
}

/**
 * The end of a reported clause `[from, end)` before an absolute "with" clause
 * after a comma, once the clause has a verb: `denied it happened, with an aide
 * going on the radio to ...` (the narrator's). Only a reported clause: the
 * object of a cue keeps it (`began an ad campaign, with spots casting ...`).
 */
export function cutWithAbsolute(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  let sawVerb = false;
  for (let k = from; k < Math.min(end - 2, from + MAX_TAIL); k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX') sawVerb = true;
    if (sawVerb && t.value === ',' && !ctx.quoted[k] && tokenAt(doc, k + 1).lower === 'with' && !ctx.quoted[k + 1] && withAbsolute(doc, k + 2, end)) return k;
  }
  return end;
}

/**
 * The end of content `[from, end)` once the terms of anonymity the source
 * spoke on are cut off: `said the talks had stalled on condition of
 * anonymity because ...`, `discussed the meeting only on the condition that
 * he not be named`. "on (the) condition of anonymity" or "on (the) condition
 * that ... not be named/identified", outside quotation marks, is the
 * narrator's; any other condition is content (`would sign on the condition
 * that the pier stays open`). An "only" before it goes with it.
 */
export function cutConditionTail(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_TAIL); k++) {
    if (ctx.quoted[k] || tokenAt(doc, k).lower !== 'on') continue;
    const c = tokenAt(doc, k + 1).lower === 'the' ? k + 2 : k + 1;
    if (c + 1 >= end || tokenAt(doc, c).lower !== 'condition' || ctx.quoted[c]) continue;
    const next = tokenAt(doc, c + 1).lower;
    let anonymous = next === 'of' && tokenAt(doc, c + 2).lower === 'anonymity';
    for (let j = c + 2; next === 'that' && j < Math.min(end, c + 8); j++) if (UNNAMED.has(tokenAt(doc, j).lower) && tokenAt(doc, j - 1).lower === 'be' && tokenAt(doc, j - 2).lower === 'not') anonymous = true;
    if (!anonymous) continue;
    // "said the witness had agreed to testify on condition of anonymity", "said he would only speak on the condition
    // that ...": the terms go with a verb of saying inside the content, which keeps them
    if (cueInside(ctx, from, k)) return end;
    return k - 1 > from && tokenAt(doc, k - 1).lower === 'only' ? k - 1 : k;
  }
  return end;
}

/**
 * True when the verb right before token `to` (past adverbs and particles only)
 * is an unquoted cue's head inside content (from, to): the terms go with a
 * report of its own ("agreed to testify on", "would only speak on"), not with
 * a verb that has an object ("had told donors the deal was dead on").
 */
function cueInside(ctx: ReportedContext, from: number, to: number): boolean {
  let verb = to - 1;
  while (verb > from && /^(ADV|PART)$/.test(tokenAt(ctx.doc, verb).pos)) verb--;
  if (verb <= from || ctx.quoted[verb]) return false;
  return cueHeadAt(ctx, verb);
}

/** Most tokens of a name tag in parentheses: "(R-S.C.)", "(ACA)". */
const MAX_NAME_TAG = 6;

/**
 * True when tokens [from, to) inside a parenthesis are a name's tag, not the
 * narrator's aside: an initialism or a party and state after the name it goes
 * with (`the Clean Water Act (CWA)`, `Rep. Dana Whitfield (D-Ore.)`), every word
 * capitalized, no comma. Such a tag is part of the content; `(naturally)` is not.
 */
function nameTag(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_NAME_TAG || !/^\p{Lu}/u.test(tokenAt(doc, from).value)) return false;
  for (let k = from; k < to; k++) if (!/^(\p{Lu}[\p{L}.]*|[-.])$/u.test(tokenAt(doc, k).value)) return false;
  return true;
}

/**
 * The index of the ")" that closes a name's tag opened by the "(" at `open`
 * (`nameTag`), or -1 when none does: an object goes on past `(D-Ore.)`.
 */
export function nameTagClose(doc: Doc, open: number): number {
  const stop = Math.min(tokenCount(doc), open + MAX_NAME_TAG + 2);
  for (let k = open + 1; k < stop; k++) if (tokenAt(doc, k).value === ')') return nameTag(doc, open + 1, k) ? k : -1;
  return -1;
}

/**
 * The end of content `[from, end)` once a narrator's appositive or
 * parenthesis at its end is cut off; a name's tag in parentheses stays
 * (`nameTag`), and the comma that closes a fronted subordinate clause
 * ({@link FRONTED_SUBORDINATORS}: "if the levy fails, a vote will be held")
 * opens no appositive.
 */
export function cutNarratorTail(ctx: ReportedContext, from: number, end: number): number {
  const stop = Math.min(end - 1, from + MAX_TAIL);
  // ("Lee said that if the levy fails, the first thing to go will be the ferry": the first comma after a fronted
  // subordinate clause opens the main clause, no appositive)
  let fronted = FRONTED_SUBORDINATORS.has(tokenAt(ctx.doc, from).lower);
  for (let k = from + 2; k < stop; k++) {
    if (ctx.quoted[k]) continue;
    const t = tokenAt(ctx.doc, k);
    if (t.value === '(' && tokenAt(ctx.doc, end - 1).value === ')' && !nameTag(ctx.doc, k + 1, end - 1)) return k;
    if (t.value !== ',') continue;
    if (fronted) {
      fronted = false;
      continue;
    }
    const next = tokenAt(ctx.doc, k + 1);
    if (ctx.quoted[k + 1] || isMarkToken(next.value)) continue;
    // "..., the latter a reference to ...": an appositive that points back at one of two things named
    const pointsBack = next.lower === 'the' && BACK_POINTERS.has(tokenAt(ctx.doc, k + 2).lower);
    // "..., the first time it has done so", "..., the biggest drop in a decade": an appositive that ranks what came before
    const ranks = next.lower === 'the' && RANKING_WORDS.has(tokenAt(ctx.doc, k + 2).lower) && !ctx.quoted[k + 2];
    // "..., language that critics called weak": a bare noun and a relative word sum up what came before, as "a move that" does
    // (a noun of saying only when the relative word is the subject, its verb right after it: "..., remarks that were
    // aired"; else "that" may open what it says: "..., claims that taxes would rise")
    const sumsUp = next.pos === 'NOUN' && (!NOUN_CUES.has(next.lower) || /^(VERB|AUX)$/.test(tokenAt(ctx.doc, k + 3).pos)) && /^\p{Ll}/u.test(next.value) && SUMMING_RELATIVES.has(tokenAt(ctx.doc, k + 2).lower) && !ctx.quoted[k + 2];
    const tailEnd = Math.min(end, k + MAX_TAIL);
    if ((INDEFINITE_ARTICLES.has(next.lower) || pointsBack || ranks || sumsUp) && noList(ctx, k + 1, listCheckEnd(ctx, k + 1, tailEnd)) && !closedBefore(ctx, k + 1, end)) return k;
  }
  return end;
}

/**
 * True when the first unquoted comma in tokens [from, end) has a lower-case
 * word after it: the appositive opened before `from` is closed and the content
 * goes on (`name Ann Lee, a former judge, as the new chief`). A comma inside
 * the appositive's date or place (`a girl born Sept. 26, 2014`, `a drive from
 * Dover, Del., ...`) is followed by a number or a capital; one inside its
 * relative clause stands right after the relative word (`a move that, if
 * approved, would ...`).
 */
function closedBefore(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end - 1; k++) {
    if (ctx.quoted[k] || tokenAt(ctx.doc, k).value !== ',') continue;
    const next = tokenAt(ctx.doc, k + 1);
    if (RELATIVE_PRONOUNS.has(tokenAt(ctx.doc, k - 1).lower)) return false;
    return /^\p{Ll}/u.test(next.value) && !ctx.quoted[k + 1];
  }
  return false;
}
