/**
 * Words outside the marks that annotated news counts as part of what was
 * said, making a direct quote mixed: the words before a speaker and cue set
 * between commas (the invented `In the end, Lee said, "we rebuild."`), the
 * relative word before a naming verb (`which Lee called "a ruin"`), the opening
 * of a sentence the quote finishes (`Instead, Moss "is wrong. She knows it,"
 * Lee said.`) and the words that finish its sentence after the closing mark
 * (`Lee said, "We need a week" before the vote.`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch, Range } from '../candidate.js';
import { closingMark, conjoinedVerbAt, narratorClauseAt } from '../candidate.js';
import { isMarkToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { TIME_WORDS } from '../../data/time.js';
import { CONNECTIVE_OPENERS, NAMING_VERBS, TOPIC_OPENERS } from '../../data/cues.js';
import { viewSlice, viewChar } from '../../prepare/view.js';
import { WH_RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { clauseGoesOn } from './bounds.js';
import { continuedIntroStart } from './continued-intro.js';

/**
 * `which he described as "a mess"`, `who the mayor calls "a fine man"`: the
 * relative word before the speaker of a naming verb right before the
 * quotation, which annotated news counts as the first part of what was said;
 * null otherwise.
 */
export function namingRelative(doc: Doc, found: Attribution, open: number): Range | null {
  const { cue, speaker } = found;
  if (!cue || !speaker || !NAMING_VERBS.has(cue.lemma) || speaker.last > cue.first) return null;
  const between = open - cue.last;
  if (between > 1 || (between === 1 && tokenAt(doc, cue.last).lower !== 'as')) return null;
  const rel = tokenAt(doc, speaker.first - 1);
  if (speaker.first === 0 || !WH_RELATIVE_PRONOUNS.has(rel.lower) || rel.sent !== tokenAt(doc, open).sent) return null;
  return { start: rel.start, end: rel.end };
}

/**
 * `In other words, he said, "..."`, `As Ned stumbled, Mr. Reyes said, "..."`:
 * the words from the sentence start to the comma before a speaker and cue that
 * stand between commas before the quote, which annotated news counts as the
 * first part of what was said; null when they hold a quotation mark, a cue or
 * a comma (a quotation that goes on in lower case allows commas and may start
 * its words later: see `continued-intro.ts`), or open with a preposition or a participle (the narrator's framing:
 * `At the debate, she said, "..."`), or have no verb (`Minutes later, ...`);
 * a topic (`Of the plan, ...`) or a connective (`Of
 * course, ...`, `In other words, ...`, `Instead, ...`) opens what was said.
 * The attribution may also be inverted (`But, said Ann Lee, "..."`) or have
 * a "that" after its comma (`It is a warning, Lee said, that "..."`); then,
 * as after a lone conjunction (`But, he added, "..."`), the words before it
 * are what was said whatever opens them. Null too when a cue of its own
 * stands between the speaker and this cue (`The pier will close, Lee said,
 * adding, "..."`): the words before are that cue's report.
 */
export function introduction(doc: Doc, cueAt: readonly (CueMatch | undefined)[], found: Attribution, open: number, floor: number): Range | null {
  const { cue, speaker } = found;
  if (!cue || !speaker) return null;
  // 'It is a warning, Lee said, that "..."': a "that" after the attribution's comma leads into the quotation
  const that = open - 2 >= cue.last && tokenAt(doc, open - 1).lower === 'that' ? 1 : 0;
  const close = open - 1 - that;
  if (tokenAt(doc, close).value !== ',') return null;
  // 'But, said Ann Lee, "..."': an inverted attribution, its speaker right after the cue, closes at that comma too
  const inverted = cue.form === 'verb' && speaker.first === cue.last && speaker.last === close;
  if (speaker.last > cue.first && !inverted) return null;
  // 'No new ferry, he said, "will fix the harbor."': a quotation that opens in lower case goes on from the words before
  // (the speaker right before the cue: 'she sent a note saying, "agreed."' is the narrator's)
  const continues = !that && speaker.last === cue.first && /^\p{Ll}/u.test(viewSlice(doc.view, tokenAt(doc, open).start, tokenAt(doc, open).start + 40).replace(/^[\s"'`\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A]+/u, ''));
  // (then a short listener may follow the cue: 'In the end, she told the crowd, "it will work out."')
  if (!inverted && cue.last !== close && !(continues && shortListener(doc, cue.last, close))) return null;
  const comma = (inverted ? cue.first : speaker.first) - 1;
  if (tokenAt(doc, comma).value !== ',') return null;
  // '..., Lee said, adding, "..."': a cue of its own between the speaker and this one reports the words before
  for (let k = speaker.last; k < cue.first; k++) if (cueAt[k]) return null;
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  let start = Math.max(sentence.first, floor);
  if (comma - start < 1) return null;
  // (a quotation that goes on in lower case: the words may hold commas; see continued-intro.ts for where they start)
  if (continues) {
    const from = continuedIntroStart(doc, start, comma);
    if (from === null) return null;
    start = from;
  }
  // "At Sunday's debate, she said, ...", "After reading the verse, he said, ...": the narrator's framing
  const openAt = tokenAt(doc, start).pos === 'CCONJ' ? start + 1 : start;
  const opener = tokenAt(doc, openAt);
  // "Of the plan, she said, ...", "In other words, ...": a topic or a connective opens what was said;
  // so do a lone conjunction ("But, he added, ..."), an inverted attribution ("..., said Lee, ...") and a "that"
  // after it, which set the attribution inside the sentence the quotation finishes
  const linked = (comma - start === 1 && tokenAt(doc, start).pos === 'CCONJ') || inverted || that === 1;
  const topic = continues || linked || TOPIC_OPENERS.has(opener.lower) || CONNECTIVE_OPENERS.has(viewSlice(doc.view, opener.start, tokenAt(doc, comma - 1).end).toLowerCase());
  if (!topic && (opener.pos === 'ADP' || (opener.pos === 'VERB' && /ing$/.test(opener.lower)))) return null;
  let verb = false;
  for (let k = start; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || cueAt[k] || /^[:;()\u2014\u2013-]$/.test(t.value) || t.value === '--' || (t.value === ',' && !continues)) return null;
    verb ||= t.pos === 'VERB' || t.pos === 'AUX';
  }
  // "Minutes later, he said, ...": a time phrase with no verb frames the quote
  if (!verb && !topic) return null;
  return { start: tokenAt(doc, start).start, end: tokenAt(doc, comma - 1).end };
}

/**
 * `Instead, Ann Lee "is wrong. She knows it," Moss said.`: the words that open
 * the sentence of a quotation which starts inside it and runs over more than
 * one sentence, which annotated news counts as the first part of what was
 * said; null when the quotation stays in one sentence, or the words before it
 * hold a cue, a quotation mark, a colon or a semicolon, or no word.
 */
export function midSentenceLead(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, after: number, floor: number): Range | null {
  const first = tokenAt(doc, open);
  if (after - 2 <= open || tokenAt(doc, after - 2).sent === first.sent) return null;
  const start = Math.max(doc.sentences[first.sent]!.first, floor);
  if (start >= open) return null;
  let word = false;
  for (let k = start; k < open; k++) {
    const t = tokenAt(doc, k);
    if (cueAt[k] || isMarkToken(t.value) || t.value === ':' || t.value === ';') return null;
    word ||= /[\p{L}\p{N}]/u.test(t.value);
  }
  if (!word) return null;
  return { start: tokenAt(doc, start).start, end: tokenAt(doc, open - 1).end };
}

/** Punctuation that ends the words finishing a sentence after a quotation. */
const TAIL_STOPS = new Set([',', ';', ':', '.', '?', '!', '(', '\u2014', '\u2013', '--']);

/**
 * `... said, "We need two more weeks" before the vote.`: the words of the
 * same sentence after the closing mark (at token `after`) up to a comma, a
 * stop, a dash, another quotation mark or "and"/"but" before a verb; null
 * when the quotation ends with its own punctuation, punctuation follows it
 * or the words name a time (the narrator's `on Friday`).
 */
export function quoteTail(doc: Doc, after: number): Range | null {
  if (!clauseGoesOn(doc, after)) return null;
  // a quotation that ends with its own punctuation ("Time will tell," when asked) is complete
  const close = tokenAt(doc, closingMark(doc, after));
  if (!/[\p{L}\p{N}]/u.test(viewChar(doc.view, close.start - 1) ?? '')) return null;
  const sent = tokenAt(doc, after).sent;
  let k = after;
  while (k < tokenCount(doc)) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || TAIL_STOPS.has(t.value) || isMarkToken(t.value)) break;
    // '... "We will win" as the crowd cheered': a subordinate clause of the narrator ("before the vote", a preposition, stays)
    if (narratorClauseAt(doc, k)) break;
    // "... and left the hall": a second verb of the narrator's subject
    if (conjoinedVerbAt(doc, k, tokenCount(doc))) break;
    // 'wrote, "..." on Sunday': the narrator's time of saying
    if (TIME_WORDS.has(t.lower)) return null;
    k++;
  }
  if (k === after) return null;
  return { start: tokenAt(doc, after).start, end: tokenAt(doc, k - 1).end };
}

/** Most words of a listener between a cue and the comma before a quotation. */
const MAX_LISTENER_WORDS = 3;

/** True when tokens `[from, to)` are one to three words, none of them a mark or punctuation (`told the crowd`). */
function shortListener(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LISTENER_WORDS) return false;
  for (let k = from; k < to; k++) if (!/^[\p{L}\p{N}]/u.test(tokenAt(doc, k).value)) return false;
  return true;
}
