/**
 * Content ends of opt-in attributions (thought, evidence, stance) framed
 * inside a fronted adverbial clause: in `While the sale is expected to close
 * in May, the union wants a vote.` or `When Ms. Varga realised the vault was
 * empty, she called the police.` the attribution sits in the clause that a
 * subordinator opens at the start of the sentence, and its content ends at
 * the comma before the main clause ("the vault was empty"), as annotated news
 * marks it. Run last, on the kept candidates; only for the opt-in categories.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { OPENING_SUBORDINATOR_LEADS } from '../../data/clauses.js';
import { SUBORDINATORS, LIST_CONJUNCTIONS } from '../../data/function-words.js';
import { clauseStartsAt } from './clause-start.js';
import { placeComma } from './boundary/place-comma.js';
import { dateComma } from './boundary/name-comma.js';

/** True when token `k` is a subordinator opening its sentence, after at most one lead word ("But if", "Even though"). */
function frontedSubordinator(doc: Doc, k: number, quoted: Readonly<Uint8Array>): boolean {
  if (k < 0 || quoted[k]) return false;
  const t = tokenAt(doc, k);
  if (!SUBORDINATORS.has(t.lower)) return false;
  const first = doc.sentences[t.sent]!.first;
  if (k === first) return true;
  return k - 1 === first && OPENING_SUBORDINATOR_LEADS.has(tokenAt(doc, first).lower);
}

/** How many tokens a list item between two commas may have. */
const MAX_LIST_ITEM = 8;

/**
 * True when the comma at `k` parts the items of a list: the next comma
 * outside quotation marks comes within {@link MAX_LIST_ITEM} tokens with no
 * verb before it, and "and" or "or" stands before it ("the schedule, the
 * plan and the toll,") or right after it ("the schedule, the plan, and the
 * toll").
 */
function listComma(doc: Doc, k: number, last: number, quoted: Readonly<Uint8Array>): boolean {
  let or = false;
  for (let j = k + 1; j < Math.min(last, k + 2 + MAX_LIST_ITEM); j++) {
    const t = tokenAt(doc, j);
    if (quoted[j]) return false;
    if (t.value === ',') return j > k + 1 && (or || (j + 1 < last && LIST_CONJUNCTIONS.has(tokenAt(doc, j + 1).lower)));
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:.!?]$/.test(t.value)) return false;
    if (LIST_CONJUNCTIONS.has(t.lower)) or = true;
  }
  return false;
}

/** Cuts the content of the kept opt-in attributions in `list` that a fronted subordinator frames at the comma before the main clause. */
export function cutFrontedClauses(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const cue = c.cue;
    const sent = tokenAt(doc, cue.head).sent;
    let frame = Math.min(cue.first, tokenAtOrAfter(doc, c.parts[0]!.start));
    if (c.speaker && c.speaker.first < frame && tokenAt(doc, c.speaker.first).sent === sent) frame = c.speaker.first;
    if (!frontedSubordinator(doc, frame - 1, quoted)) continue;
    const part = c.parts[c.parts.length - 1]!;
    const from = Math.max(cue.last, tokenAtOrAfter(doc, part.start));
    const sentence = doc.sentences[sent]!;
    for (let k = from + 1; k < sentence.last && tokenAt(doc, k).end <= part.end; k++) {
      if (quoted[k] || tokenAt(doc, k).value !== ',') continue;
      // "... $11 billion and, records show, ...": a comma after "and" opens an aside
      if (tokenAt(doc, k - 1).pos === 'CCONJ') break;
      // "the ferry schedule, the pier plan and the toll, her aides ...": a comma between the items of a list
      if (listComma(doc, k, sentence.last, quoted)) continue;
      // "would speak in Dalton, Ga., she ...", "on Jan. 5, 2026, the board ...": the comma of a place's name or a date
      if (placeComma(doc, k) || dateComma(doc, k)) continue;
      // the main clause after the comma, maybe quoted: "..., the union wants a vote", '..., "we left"'
      const main = /^["\u201c]$/.test(tokenAt(doc, k + 1).value) ? k + 2 : k + 1;
      if (!clauseStartsAt(doc, main, sentence.last)) continue;
      if (tokenAt(doc, k).start < part.end) c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, k - 1).end }];
      break;
    }
  }
}
