/**
 * A direct quote whose speaker is named only in the short sentence right
 * after it: `"We will not back down." Those were the words of Senator Ann
 * Lee.`, `"..." So said Mayor Ann Lee.`, `"..." That was how Coach Ann Lee
 * put it.` (rule `direct/next-sentence-speaker`). The sentence must hold
 * nothing but the frame, the speaker and at most a time phrase: "That is how
 * Lee is campaigning" or "That was what Lee wanted" frame no quote.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate, CueMatch, Mention } from './candidate.js';
import { maybeToken, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { makeMention, phraseEndAfter, speakerAfter, timePhraseEnd } from '../speakers/phrase.js';
import { NEXT_SENTENCE_BE, NEXT_SENTENCE_DEMONSTRATIVES, NEXT_SENTENCE_SO, NEXT_SENTENCE_THAT_BE, PUT_FORMS } from '../data/cues.js';

/** What the sentence after a quote names: its speaker and its cue. */
interface Named {
  readonly speaker: Mention;
  readonly cue: CueMatch;
}

/** A speech cue over tokens [first, last), its head at `head`. */
function cueOver(first: number, last: number, head: number, lemma: string, form: 'verb' | 'phrase'): CueMatch {
  return { first, last, head, lemma, category: 'speech', negated: false, form };
}

/**
 * True when the sentence of token `k` ends at `k`, or after a time phrase at
 * `k` ("on Monday"), with a full stop or an exclamation mark as its last token.
 */
function endsAfter(doc: Doc, k: number, sentenceLast: number): boolean {
  const end = timePhraseEnd(doc, k, sentenceLast);
  const t = maybeToken(doc, end);
  return end === sentenceLast && t !== undefined && (t.value === '.' || t.value === '!');
}

/** Most tokens a name after the frame is read over before a time phrase that ends the sentence. */
const NAME_REACH = 8;

/**
 * The speaker named from token `from` to the end of the sentence (its final
 * stop at `last`), or up to a time phrase that ends it: "So said Mayor Ann
 * Lee last week.", "... Ann Lee yesterday." (a name read on to the end would
 * take in "last week" and be no person's).
 */
function speakerBefore(doc: Doc, from: number, last: number): Mention | null {
  for (let j = from + 1; j < Math.min(last, from + NAME_REACH); j++) {
    if (timePhraseEnd(doc, j, last) === last) return speakerAfter(doc, from, j) ?? speakerAfter(doc, from, last);
  }
  return speakerAfter(doc, from, last);
}

/**
 * The speaker and cue the sentence starting at token `k` names for the quote
 * just before it: "So said X.", "Thus said X.", "Those were the words of X.", "That was how
 * X put it." Null for any other sentence.
 */
function namedInSentence(doc: Doc, k: number, sentenceFirst: number): Named | null {
  const first = tokenAt(doc, k);
  const sentence = doc.sentences[first.sent]!;
  // the frame opens the sentence (or follows the closing mark that opens it)
  if (sentence.first !== sentenceFirst) return null;
  const last = sentence.last - 1;
  const at = (j: number): string => (j <= last ? tokenAt(doc, j).lower : '');
  // "So said Mayor Ann Lee.", "Thus says Ann Lee.": the inverted verb of saying
  if (NEXT_SENTENCE_SO.has(first.lower) && (at(k + 1) === 'said' || at(k + 1) === 'says')) {
    const speaker = speakerBefore(doc, k + 2, last);
    if (speaker === null || !endsAfter(doc, speaker.last, last)) return null;
    return { speaker, cue: cueOver(k + 1, k + 2, k + 1, 'say', 'verb') };
  }
  // "Those were the words of Senator Ann Lee (on Monday)."
  if (NEXT_SENTENCE_DEMONSTRATIVES.has(first.lower) && NEXT_SENTENCE_BE.has(at(k + 1)) && at(k + 2) === 'the' && at(k + 3) === 'words' && at(k + 4) === 'of') {
    const speaker = speakerBefore(doc, k + 5, last);
    if (speaker === null || !endsAfter(doc, speaker.last, last)) return null;
    return { speaker, cue: cueOver(k + 2, k + 5, k + 3, 'word', 'phrase') };
  }
  // "That was how Coach Ann Lee put it (on Monday)." ("That's how ...": the tokeniser splits "'s")
  if (first.lower === 'that' && NEXT_SENTENCE_THAT_BE.has(at(k + 1)) && at(k + 2) === 'how') {
    const end = phraseEndAfter(doc, k + 3, last);
    if (end <= k + 3 || !PUT_FORMS.has(at(end)) || at(end + 1) !== 'it' || !endsAfter(doc, end + 2, last)) return null;
    const speaker = makeMention(doc, k + 3, end);
    return speaker === null ? null : { speaker, cue: cueOver(end, end + 2, end, 'put', 'verb') };
  }
  return null;
}

/**
 * Gives each direct quote left with no cue and no speaker the speaker and
 * cue of the sentence right after its closing mark, in its paragraph and
 * before any other quote, when that sentence only names who said it (see
 * the module's note). Runs right after the direct rules.
 */
export function attributeNextSentence(doc: Doc, candidates: Candidate[]): void {
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n]!;
    if (!c.keep || c.kind !== 'direct' || c.cue !== null || c.speaker !== null) continue;
    const last = c.stretches[c.stretches.length - 1]!;
    if (last.close < 0) continue;
    const k = tokenAtOrAfter(doc, last.end);
    const t = maybeToken(doc, k);
    // (in the quote's paragraph, after its sentence: the quote ended its own sentence; wink starts the next
    // sentence at a closing guillemet or low-high mark after a full stop, '«We won.» So said X.', so the frame
    // may follow the closing mark that opens its sentence)
    if (t === undefined || t.para !== last.para) continue;
    const mark = tokenAt(doc, k - 1);
    const sentenceFirst = t.sent !== mark.sent ? k : mark.start === last.close && doc.sentences[mark.sent]!.first === k - 1 ? k - 1 : -1;
    if (sentenceFirst < 0) continue;
    const named = namedInSentence(doc, k, sentenceFirst);
    if (named === null) continue;
    // (no other quote inside the naming sentence)
    const next = candidates[n + 1];
    if (next !== undefined && next.stretches[0]!.open < tokenAt(doc, named.speaker.last - 1).end) continue;
    c.cue = named.cue;
    c.speaker = named.speaker;
    c.rule = 'direct/next-sentence-speaker';
    c.confidence = 0.8;
  }
}
