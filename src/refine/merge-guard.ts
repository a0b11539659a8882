/**
 * What keeps `mergeInterrupted` from joining two quotations that are not one
 * speaker's: two quotes whose speakers are different named people (`"A,"
 * Ada Moss grinned. "B," Karl Osei said.`), and a quote after a sentence of
 * the narrator's whose subject names another person than the named speaker
 * of the first (`"A," Ada Moss grinned. Karl Osei shook his head. "B."`): the
 * second quote is no part of the first. (A quotation between the two is a
 * candidate of its own, which `mergeInterrupted` makes the next host.)
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd } from '../attribution/candidate.js';
import { tokenBounds } from '../attribution/direct/bounds.js';
import { tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { sentenceSubject } from '../speakers/phrase.js';
import type { Mention } from '../speakers/shape.js';
import { lastWord } from '../speakers/name-words.js';
import { newPersonBetween } from './new-speaker-between.js';


/** True when the mentions `a` and `b` are two different people: both names, with different last words. */
function differentPeople(a: Mention, b: Mention): boolean {
  return a.kind === 'name' && b.kind === 'name' && lastWord(a.name) !== lastWord(b.name);
}

/**
 * True when `mergeInterrupted` must not join the quote `c` to `host`: both
 * have a speaker and they are different named people, or the host's speaker
 * is a name and between the end of what `host` holds (its last part, its cue
 * and its speaker) and the mark that opens `c` stands a whole sentence whose
 * subject is another person's name. A host with no speaker, or a pronoun or
 * a description as its speaker, is never kept apart by a name: `"A?" Lee
 * pressed. "B."` is one quote whose attribution is the sentence between.
 * Only the sentences between the two are read, so joining a run of quotes
 * reads each sentence once. `speaker` is the host's speaker, or the one it
 * took from context (`carryContext`).
 */
export function otherSpeakerBetween(doc: Doc, host: Candidate, c: Candidate, speaker: Mention | null = host.speaker): boolean {
  // ('"A," said one. Another sighed. "B."': a gesture beat of another person, whatever the host's speaker; fix96)
  if (newPersonBetween(doc, host, c)) return true;
  if (speaker === null || speaker.kind !== 'name') return false;
  if (c.speaker !== null && differentPeople(speaker, c.speaker)) return true;
  const open = tokenBounds(doc, c).open;
  let from = tokenAtOrAfter(doc, candidateEnd(host));
  if (host.cue !== null && host.cue.last > from) from = host.cue.last;
  if (host.speaker !== null && host.speaker.last > from) from = host.speaker.last;
  if (from >= open) return false;
  // the sentence that holds the end of the host's attribution is its own; whole sentences after it, before c's
  const sentFrom = tokenAt(doc, from - 1).sent + 1;
  const sentTo = tokenAt(doc, open).sent;
  for (let s = sentFrom; s < sentTo; s++) {
    const sentence = doc.sentences[s]!;
    const subject = sentenceSubject(doc, sentence.first, sentence.last);
    if (subject !== null && differentPeople(speaker, subject)) return true;
  }
  return false;
}
