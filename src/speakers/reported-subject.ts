/**
 * The subject of a content that a trailing "it" or "they" reports: "The
 * agency expects prices to rise by 3%, it said." The pronoun stands for that
 * subject, not for whoever spoke last before the sentence.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import { maybeToken, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { makeMention } from './find/mention.js';
import { REPORTED_SUBJECT_DETERMINERS } from '../data/function-words.js';
import { SELF_REPORTED_STATE_LEMMAS } from '../data/clauses.js';

/** Most words between the determiner and the verb of the content's subject ("The regional property agency"). */
const MAX_SUBJECT_WORDS = 4;

/**
 * The noun phrase that opens the content `own` as its subject when the
 * pronoun `m` ("it", "they") comes right after that content, in its sentence,
 * after a comma: "The agency expects prices to rise, it said" gives "The
 * agency". The phrase is an optional determiner and nouns, proper nouns or
 * adjectives right before a verb. Null when there is no such phrase.
 */
export function reportedSubject(doc: Doc, m: Mention, own: readonly Range[]): Mention | null {
  const content = own[0];
  if (content === undefined || own.length !== 1 || content.end > m.start || m.first < 1) return null;
  const comma = tokenAt(doc, m.first - 1);
  if (comma.value !== ',' || comma.start < content.end - 1 || comma.start > content.end + 1) return null;
  const first = tokenAtOrAfter(doc, content.start);
  const start = maybeToken(doc, first);
  if (start === undefined || start.start !== content.start || start.sent !== tokenAt(doc, m.first).sent) return null;
  let k = REPORTED_SUBJECT_DETERMINERS.has(start.lower) ? first + 1 : first;
  const nouns = k;
  while (k < m.first && k - nouns < MAX_SUBJECT_WORDS && /^(NOUN|PROPN|ADJ)$/.test(tokenAt(doc, k).pos)) k++;
  if (k === nouns || k >= m.first || !/^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos) || !/^(VERB|AUX)$/.test(tokenAt(doc, k).pos)) return null;
  return makeMention(doc, first, k);
}

/**
 * The name that opens the first part of a two-part content `own` as the
 * subject of a verb of a state of mind ({@link SELF_REPORTED_STATE_LEMMAS})
 * that ends that part, when the pronoun `m` ("he", "she") stands right after
 * it, after a comma: "Tom Reyes hoped, he said, that the port would reopen"
 * gives "Tom Reyes", who reports his own hope. Null otherwise.
 */
export function selfReportingSubject(doc: Doc, m: Mention, own: readonly Range[]): Mention | null {
  if (own.length !== 2 || m.first < 2) return null;
  const [first, second] = own as [Range, Range];
  if (first.end > m.start || second.start < m.end) return null;
  const comma = tokenAt(doc, m.first - 1);
  if (comma.value !== ',' || comma.start < first.end - 1 || comma.start > first.end + 1) return null;
  const verbAt = m.first - 2;
  const verb = tokenAt(doc, verbAt);
  if (verb.pos !== 'VERB' || !SELF_REPORTED_STATE_LEMMAS.has(verb.lemma) || verb.sent !== tokenAt(doc, m.first).sent) return null;
  const start = tokenAtOrAfter(doc, first.start);
  if (tokenAt(doc, start).start !== first.start || start >= verbAt) return null;
  for (let k = start; k < verbAt; k++) if (tokenAt(doc, k).pos !== 'PROPN') return null;
  const name = makeMention(doc, start, verbAt);
  return name !== null && name.kind === 'name' && name.first === start && name.last === verbAt ? name : null;
}
