/**
 * A gesture beat that brings in another person between two quotations keeps
 * them apart: in `"A," said Ms. Lindgren. Her neighbour shrugged: "B."` and
 * `"A," said one. Another sighed. "B."` the second quotation is no part of the
 * first quote, whatever the first speaker is (a name, a description or
 * "one"). Another person is a clause subject that opens a sentence between
 * the two (or the lead-in of the second quotation's own sentence) and is
 * "another" or "others" alone before a verb, or a person word owned by "his",
 * "her" or "their" (`Her neighbour`, `His lawyer`; not `Her voice`). Used by
 * `otherSpeakerBetween` (`merge-guard.ts`); fix96. PolNeAR train: the shape
 * does not occur among joined quotes (0 fires).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd } from '../attribution/candidate.js';
import { tokenBounds } from '../attribution/direct/bounds.js';
import { maybeToken, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { sentenceSubject } from '../speakers/phrase.js';
import { kindOfHead } from '../speakers/kinds.js';
import { THIRD_POSSESSIVES } from '../data/clauses.js';
import { OTHER_PERSON_WORDS } from '../data/function-words.js';

/**
 * True when a sentence between the end of what `host` holds (its last part,
 * its cue, its speaker) and the mark that opens `c`, or the words before that
 * mark in its own sentence, opens with a subject that is another person (see
 * the file comment).
 */
export function newPersonBetween(doc: Doc, host: Candidate, c: Candidate): boolean {
  const open = tokenBounds(doc, c).open;
  let from = tokenAtOrAfter(doc, candidateEnd(host));
  if (host.cue !== null && host.cue.last > from) from = host.cue.last;
  if (host.speaker !== null && host.speaker.last > from) from = host.speaker.last;
  if (from >= open || from < 1) return false;
  const sentFrom = tokenAt(doc, from - 1).sent + 1;
  const sentTo = tokenAt(doc, open).sent;
  for (let s = sentFrom; s <= sentTo; s++) {
    const sentence = doc.sentences[s]!;
    const end = s === sentTo ? open : sentence.last;
    if (sentence.first < end && otherPersonOpens(doc, sentence.first, end)) return true;
  }
  return false;
}

/** True when the words at [`first`, `end`) open with another person as a clause subject before its verb. */
function otherPersonOpens(doc: Doc, first: number, end: number): boolean {
  const t = tokenAt(doc, first);
  // "Another sighed.", "Others shook their heads."
  if (OTHER_PERSON_WORDS.has(t.lower)) {
    const verb = maybeToken(doc, first + 1);
    return first + 1 < end && verb !== undefined && /^(VERB|AUX)$/.test(verb.pos);
  }
  // "Her neighbour shrugged:", "His lawyer nodded."
  if (!THIRD_POSSESSIVES.has(t.lower) || t.lower === 'its') return false;
  const m = sentenceSubject(doc, first, end);
  if (m === null || m.first !== first || m.kind !== 'description' || m.last >= end) return false;
  const head = tokenAt(doc, m.head ?? m.last - 1);
  return head.pos === 'NOUN' && kindOfHead(head.lower) === 'person' && /^(VERB|AUX|ADV)$/.test(tokenAt(doc, m.last).pos);
}
