/**
 * "heard" after a hearing body or its members, a report by no one named: "The
 * court heard that the driver had been drinking", "the inquest at Hove Town
 * Hall heard the alarm had failed", "MPs heard that the line had lost money".
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../prepare/lookup.js';
import { bareClauseAt } from './thought-adjective.js';
import { HEARING_BODIES, HEARING_MEMBERS, HEARING_PLACE_PREPOSITIONS } from '../data/cues.js';
import { SENTENCE_END } from '../data/marks.js';
import { afterTimePhrase } from './time-phrase.js';

/** Most names of the place of a hearing body before "heard": "in Leeds", "at Hove Town Hall". */
const MAX_HEARING_PLACE = 3;

/**
 * True when the hearing body's word at token `k` is tagged as one: a noun, or
 * a name right after "the" ("the Court heard", which the tagger reads as a
 * name when capitalised; not "the Supreme Court heard").
 */
function bodyTag(doc: Doc, k: number): boolean {
  const body = tokenAt(doc, k);
  return body.pos === 'NOUN' || (body.pos === 'PROPN' && maybeToken(doc, k - 1)?.lower === 'the');
}

/**
 * True when "heard" at token `i` is a verb right after a hearing body
 * ({@link HEARING_BODIES}, or its members: {@link HEARING_MEMBERS}) and at
 * most its place ("in Leeds") and "has", and "that" (after a time phrase or
 * not) or a clause with no "that" ({@link bareClauseAt}) follows: "The court
 * heard that ...", "The court heard on Monday that ...", "the inquiry has
 * heard the alarm had failed".
 */
export function heardByBody(doc: Doc, i: number): boolean {
  const t = tokenAt(doc, i);
  if (t.pos !== 'VERB') return false;
  // (a time phrase may stand before "that": "The court heard on Monday that ...")
  if (maybeToken(doc, i + 1)?.lower !== 'that' && !bareClauseAt(doc, i + 1) && maybeToken(doc, afterTimePhrase(doc, i + 1))?.lower !== 'that') return trailingHeard(doc, i);
  let k = i - 1;
  // (an auxiliary between: "has heard", "was yesterday heard" is none)
  if (k >= 0 && tokenAt(doc, k).pos === 'AUX' && tokenAt(doc, k).lemma === 'have') k--;
  // (the body's place between: "The court in Leeds heard that ...", "the inquest at Hove Town Hall heard")
  let place = k;
  while (place >= 0 && k - place < MAX_HEARING_PLACE && tokenAt(doc, place).pos === 'PROPN') place--;
  if (place < k && place > 0 && HEARING_PLACE_PREPOSITIONS.has(tokenAt(doc, place).lower)) k = place - 1;
  const body = maybeToken(doc, k);
  if (body === undefined || body.sent !== t.sent) return false;
  // ("MPs heard that ...": members of such a body, a name to the tagger at the sentence's start)
  return (HEARING_BODIES.has(body.lower) && bodyTag(doc, k)) || (HEARING_MEMBERS.has(body.lower) && (body.pos === 'NOUN' || body.pos === 'PROPN'));
}

/**
 * True when "heard" at token `i` closes its sentence right after "the" and a
 * hearing body ({@link HEARING_BODIES}) that follow a comma, with "has" or
 * "had" or not, and a time phrase or not: "He followed her home, the court
 * heard.", "..., the jury has heard", "..., the inquest heard on Monday" (the
 * report stands before; not after a quotation, which has a speaker of its
 * own).
 */
function trailingHeard(doc: Doc, i: number): boolean {
  const t = tokenAt(doc, i);
  // (a time phrase may close it: "..., the inquest heard on Monday.")
  const after = maybeToken(doc, afterTimePhrase(doc, i + 1));
  if (after !== undefined && after.sent === t.sent && !SENTENCE_END.has(after.value)) return false;
  // (an auxiliary between, as "The court has heard that ..." allows: "..., the court has heard.")
  const b = i >= 1 && tokenAt(doc, i - 1).pos === 'AUX' && tokenAt(doc, i - 1).lemma === 'have' ? i - 2 : i - 1;
  const body = maybeToken(doc, b);
  const the = maybeToken(doc, b - 1);
  const comma = maybeToken(doc, b - 2);
  if (body === undefined || the === undefined || comma === undefined || comma.sent !== t.sent || !bodyTag(doc, b) || !HEARING_BODIES.has(body.lower) || the.lower !== 'the' || comma.lower !== ',') return false;
  // ('"I panicked," the accused told detectives, the court heard.': a quotation before has its own speaker)
  for (let k = b - 3; k >= 0 && tokenAt(doc, k).sent === t.sent; k--) if (isMarkToken(tokenAt(doc, k).value)) return false;
  return true;
}
