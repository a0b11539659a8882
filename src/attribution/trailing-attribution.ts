/**
 * The speaker of an attribution that closes the clause before a participle
 * cue: in `Ada Moss has cancelled her tour, her agent said on Monday, citing
 * "exhaustion."` the participle shares the attribution's subject (her agent),
 * not the subject of the clause it reports (Ada Moss). Also the attribution a
 * quotation goes on with after a participle aside ({@link
 * interruptedAttribution}). Both are read by the rule
 * `direct/leading-speaker-cue` in `direct/leading.ts`.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { CueMatch, Mention } from './candidate.js';
import { closingMark, isIngCue } from './candidate.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { speakerAfter, speakerBefore, timePhraseEnd } from '../speakers/phrase.js';
import { ADJUNCT_TAGS } from '../data/tags.js';
import { CLOSING_MARK_TOKENS } from '../data/marks.js';

/** Most tokens of an adjunct between the attribution's verb and the participle's comma ("in a statement on Monday"). */
const MAX_ADJUNCT = 5;

/**
 * The subject of a verb cue that ends the clause right before the
 * participle cue `cue` (only an adjunct and a comma between), when that
 * subject is set off by a comma from the words before it (`CLAUSE, her
 * agent said, citing ...`): the attribution the participle goes on with.
 * `null` when the participle follows no comma, or no such attribution
 * stands before it.
 * @param cueAt the cue at each token of the document (by any of its tokens)
 * @param floor the first token the speaker may start at
 */
export function trailingAttributionSpeaker(doc: Doc, cueAt: readonly (CueMatch | undefined)[], cue: CueMatch, floor: number): Mention | null {
  const comma = cue.first - 1;
  if (comma <= floor || tokenAt(doc, comma).value !== ',') return null;
  for (let j = comma - 1; j >= floor && comma - j <= MAX_ADJUNCT + 1; j--) {
    const earlier = cueAt[j];
    if (earlier && earlier !== cue && earlier.head === j) {
      if (earlier.form !== 'verb' || isIngCue(doc, earlier)) return null;
      const speaker = speakerBefore(doc, earlier.first, floor);
      // (the subject set off by a comma: "..., her agent said", not "Her agent said the tour was off, citing")
      return speaker !== null && speaker.first > floor && tokenAt(doc, speaker.first - 1).value === ',' ? speaker : null;
    }
    const t = tokenAt(doc, j);
    if (!ADJUNCT_TAGS.has(t.pos) || tokenAt(doc, j).sent !== tokenAt(doc, comma).sent) return null;
  }
  return null;
}

/**
 * The attribution that a quotation after the participle cue `cue` goes on
 * with, when the participle has words of its own before the comma that ends
 * it and the attribution follows a direct quote closed by a comma: in `"We
 * will win," Ada Moss said, referring to the vote, "and we will keep the
 * pier."` (or `..., said Ada Moss, referring ...`) the second quotation goes
 * on with the first, attributed by "said"; "referring to the vote" is an aside
 * (its object is "the vote"). Any closing mark counts (straight, curly,
 * single, doubled apostrophes). The quotation must open with a lower-case
 * word. `null` otherwise.
 * @param cueAt the cue at each token of the document (by any of its tokens)
 * @param open the quotation's opening mark
 * @param floor the first token the speaker may start at
 */
export function interruptedAttribution(doc: Doc, cueAt: readonly (CueMatch | undefined)[], cue: CueMatch, open: number, floor: number): { cue: CueMatch; speaker: Mention } | null {
  const comma = cue.first - 1;
  if (cue.form !== 'verb' || !isIngCue(doc, cue) || comma <= floor || tokenAt(doc, comma).value !== ',') return null;
  // the participle's own words, then a comma, then the quotation
  if (open - cue.last < 2 || tokenAt(doc, open - 1).value !== ',') return null;
  // (the first word after the mark, past any token of a mark split in two: "``" is read as two backticks)
  let word = open + 1;
  while (maybeToken(doc, word) !== undefined && /^\p{P}+$/u.test(tokenAt(doc, word).value)) word++;
  const opening = maybeToken(doc, word);
  if (opening === undefined || !/^\p{Ll}/u.test(opening.value)) return null;
  // (right after a direct quote closed by a comma: '"We will win," Ada Moss said', '‘We will win,’ said Ada Moss'; the
  // quote may stand before `floor`, which the quote before sets)
  const afterQuote = (k: number): boolean => {
    const mark = closingMark(doc, k);
    return mark >= 1 && CLOSING_MARK_TOKENS.has(tokenAt(doc, mark).value) && tokenAt(doc, mark - 1).value === ',';
  };
  for (let j = comma - 1; j >= floor && comma - j <= MAX_ADJUNCT + 1; j--) {
    const earlier = cueAt[j];
    if (earlier && earlier !== cue && earlier.head === j) {
      if (earlier.form !== 'verb' || isIngCue(doc, earlier)) return null;
      // the speaker after the cue, up to the participle's comma: '"We will win," said Ada Moss, referring to ...'
      if (afterQuote(earlier.first)) {
        // (and a time phrase: '"We will win," said Ada Moss on Monday, referring to ...')
        const after = speakerAfter(doc, earlier.last, comma);
        return after !== null && (after.last === comma || timePhraseEnd(doc, after.last, comma) === comma) ? { cue: earlier, speaker: after } : null;
      }
      const speaker = speakerBefore(doc, earlier.first, floor);
      return speaker !== null && afterQuote(speaker.first) ? { cue: earlier, speaker } : null;
    }
    const t = tokenAt(doc, j);
    if (!ADJUNCT_TAGS.has(t.pos) || t.sent !== tokenAt(doc, comma).sent) return null;
  }
  return null;
}
