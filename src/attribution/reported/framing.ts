/**
 * The narrator's framing before reported content: a dateline, a linking word
 * or adverb and its comma, a fronted phrase and its comma.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import { FRAMING_OPENERS, LINKING_ADVERBS } from '../../data/clauses.js';
import { DASHES } from '../../data/marks.js';
import { clauseStartsAt } from './clause-start.js';
import { MAX_LOOK, type ReportedContext } from './shared.js';
import { LINKING_CONJUNCTIONS } from '../../data/function-words.js';
import { timestampLength } from '../../prepare/lookup.js';

/** How many tokens a dateline before its agency's closing parenthesis may have. */
const MAX_DATELINE = 8;

/** How many tokens a dateline's agency may have between its parentheses: "(Wire)", "(Thomson Reuters Foundation)". */
const MAX_AGENCY = 3;

/**
 * True when `start` opens the first sentence of its paragraph and a "(" follows
 * within a dateline's length, after tokens that are all in capitals or names
 * (or a day's number): `DENVER (Wire) - ...`, `Lima (Wire) - ...`,
 * `PARIS, May 3 (Wire) - ...`.
 */
function startsDateline(doc: Doc, start: number): boolean {
  const first = tokenAt(doc, start);
  if (doc.sentences[first.sent]!.first !== start || doc.paragraphs[first.para]!.first !== start) return false;
  for (let k = start; k < Math.min(tokenCount(doc), start + MAX_DATELINE); k++) {
    const t = tokenAt(doc, k);
    if (t.value === '(') return k > start;
    // (a month, whatever its tag, and its day: "PARIS, May 3 (Wire) - ...")
    const date = /^\d{1,2}$/.test(t.value) || (/^\p{Lu}/u.test(t.value) && DAY_OR_MONTH.has(t.lower));
    if (t.pos !== 'PROPN' && !(/\p{Lu}/u.test(t.value) && t.value === t.value.toUpperCase()) && t.value !== ',' && !date) return false;
  }
  return false;
}

/**
 * The token of the spaced hyphen that closes a dateline of capitals opening
 * its paragraph (`HARLOW - ...`, `PORT ELLIS, N.D. - ...`), or -1: every token
 * before it is a word in capitals, an abbreviation in capitals or a comma.
 */
function spacedHyphenDateline(doc: Doc, start: number): number {
  const first = tokenAt(doc, start);
  if (doc.sentences[first.sent]!.first !== start || doc.paragraphs[first.para]!.first !== start) return -1;
  for (let k = start + 1; k < Math.min(tokenCount(doc), start + MAX_DATELINE); k++) {
    const t = tokenAt(doc, k);
    if (t.value === '-') {
      const before = doc.text.charAt(t.start - 1), after = doc.text.charAt(t.end);
      return /\s/.test(before) && /\s/.test(after) ? k : -1;
    }
    if (t.value !== ',' && !/^[A-Z][A-Z.']*$/.test(t.value)) return -1;
  }
  return -1;
}

/**
 * Where reported content before a cue starts once the narrator's framing is left
 * out: a live blog's time stamp opening its line (`16:30 ...`), a dateline
 * (`LOS ANGELES, Feb. 2 (UPI) — ...`, `Lima (Wire) - ...`), a
 * linking adverb and its comma (`Still, ...`, `Even so, ...`), or a fronted
 * phrase and its comma (`After that fiasco, the plan is dead, Smith said`,
 * `Emerging from the meeting, ...`), when a clause starts after that comma.
 * `openers` are the words that open such a phrase (default
 * FRAMING_OPENERS); `participles` also lets a participle open it.
 */
export function skipFraming(ctx: ReportedContext, start: number, comma: number, openers: ReadonlySet<string> = FRAMING_OPENERS, participles = true): number {
  const { doc } = ctx;
  // a live blog's time stamp opening its line: "16:30 A shelter has opened, the council says." (and its time zone: "16:30 GMT")
  const stamp = timestampLength(doc, start);
  if (stamp > 0 && start + stamp + 1 < comma) return skipFraming(ctx, start + stamp, comma, openers, participles);
  const first = tokenAt(doc, start);
  // a dateline: capitals at the sentence start, then a dash (a spaced hyphen only at the start of a paragraph,
  // after capitals alone: "HARLOW - The plan ...", "PORT ELLIS, N.D. - ...")
  if (/^[A-Z]{2,}/.test(first.value) && first.value === first.value.toUpperCase()) {
    const hyphen = spacedHyphenDateline(doc, start);
    if (hyphen > 0) return hyphen + 1 < comma ? hyphen + 1 : start;
    for (let k = start + 1; k < Math.min(comma, start + 16); k++) {
      if (/^(\u2014|\u2013|--)$/.test(tokenAt(doc, k).value)) return k + 1 < comma ? k + 1 : start;
    }
  }
  // a dateline with its agency and a spaced hyphen: "DENVER (Wire) - ...", at the start of a paragraph,
  // after words in capitals or names only ("The plan (a draft) - not final - is dead" has none)
  if (startsDateline(doc, start)) {
    // (the agency's name after the "(" may take up to MAX_AGENCY tokens of its own)
    for (let k = start + 1; k < Math.min(comma - 2, start + MAX_DATELINE + MAX_AGENCY); k++) {
      if (tokenAt(doc, k).value === ')' && DASHES.has(tokenAt(doc, k + 1).value)) return k + 2;
    }
  }
  let p = start;
  if (tokenAt(doc, p).pos === 'CCONJ') p++;
  // a linking adverb and its comma: "Still, ...", "Even so, ...", "(And) Oddly, ..."
  const linked = skipLinkingWord(doc, p, comma);
  if (linked > p) return linked;
  if (tokenAt(doc, p).lower === 'even' && tokenAt(doc, p + 1).lower === 'so' && tokenAt(doc, p + 2).value === ',' && p + 3 < comma) return p + 3;
  const opener = tokenAt(doc, p);
  if (!openers.has(opener.lower) && !(participles && opener.pos === 'VERB' && /ing$/.test(opener.lower))) return start;
  // only the first comma: a later one may stand inside a list ("Gardner in Colorado, Ernst in Iowa and ...")
  for (let k = p + 1; k < Math.min(comma - 2, p + MAX_LOOK); k++) {
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k]) return clauseStartsAt(doc, k + 1, comma) ? k + 1 : start;
  }
  return start;
}

/**
 * Where content that opens its sentence starts once a linking word is left
 * out: a conjunction (`But the vote was close, according to ...`) or a linking
 * adverb and its comma (`Still, ...`, `In fact, ...`), which link the narrator's
 * sentences rather than belong to what the source said.
 */
export function skipLinkingWord(doc: Doc, start: number, end: number): number {
  const t = tokenAt(doc, start);
  if (LINKING_CONJUNCTIONS.has(t.lower) && t.pos === 'CCONJ' && start + 2 < end) return tokenAt(doc, start + 1).value === ',' ? start + 2 : start + 1;
  const comma = LINKING_ADVERBS.has(t.lower) ? start + 1 : t.lower === 'in' && tokenAt(doc, start + 1).lower === 'fact' ? start + 2 : -1;
  return comma > 0 && comma + 1 < end && tokenAt(doc, comma).value === ',' ? comma + 1 : start;
}
