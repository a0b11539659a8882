/**
 * Drops quoted stretches that nobody is reported as saying: scare quotes,
 * titles and nicknames (the so-called "experts", the film "Heat", the song
 * "A Change Is Gonna Come"), and fragments that start mid-sentence, but for
 * a fragment that ends the "that" clause it opens in (`worried that the
 * fund was "a piggy bank."`), which is a mixed quote of the clause.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd } from '../attribution/candidate.js';
import { isTitle, wordsOf } from '../marks/title.js';
import { closesThatClause } from '../attribution/reported/that-fragment.js';
import { viewSlice } from '../prepare/view.js';
import { isMarkToken, maybeToken, tokenAtOrAfter } from '../prepare/lookup.js';
import { SHOWN_PHRASE_NOUNS, WORK_NOUNS } from '../data/cues.js';

/** Fewest words an unattributed quotation needs to be kept. */
const MIN_WORDS = 5;

/** A byline right after a closing mark: `"Museum to reopen in May," by the Ledger's Ann Cole`. */
const BYLINE = /^,?\s*by\s+(?:the\s+)?\p{Lu}/u;
/** How far past the closing mark the byline is looked for, in characters. */
const BYLINE_LOOK = 40;

/**
 * True when the word right before the quotation's opening mark names it as a
 * phrase shown or a work's title: `the lyric "We were kings of nothing"`,
 * `the song "Hold the light"`.
 */
function afterShownNoun(doc: Doc, c: Candidate): boolean {
  const k = tokenAtOrAfter(doc, c.parts[0]!.start);
  const mark = maybeToken(doc, k - 1);
  const noun = maybeToken(doc, k - 2);
  // (any opening mark: 'the song «...»', 'the lyric „...“')
  if (!mark || !noun || !isMarkToken(mark.value)) return false;
  return SHOWN_PHRASE_NOUNS.has(noun.lower) || WORK_NOUNS.has(noun.lower);
}

function words(doc: Doc, c: Candidate): string[] {
  return c.parts.flatMap((p) => wordsOf(viewSlice(doc.view, p.start, p.end)));
}

/** Drops unattributed quotes that are short, titles or mid-sentence fragments; others stay with no speaker. */
export function dropScareQuotes(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (!c.keep || c.kind !== 'direct') continue;
    if (c.cue !== null || c.speaker !== null) continue;
    const ws = words(doc, c);
    // (a headline credited to its writer is a title too: '"Museum to reopen in May," by the Ledger's Ann Cole')
    // (and the words a lyric, a slogan or a work's title names: 'the lyric "We were kings of nothing"')
    if (isTitle(ws) || afterShownNoun(doc, c) || BYLINE.test(viewSlice(doc.view, candidateEnd(c), candidateEnd(c) + BYLINE_LOOK))) {
      c.keep = false;
      continue;
    }
    if (c.via === 'context') continue;
    const fragment = ws.length > 0 && /^\p{Ll}/u.test(ws[0]!);
    // ('worried that the fund was "a piggy bank."': the words of a "that" clause, kept whole by widenThatFragments)
    if ((ws.length < MIN_WORDS || (fragment && ws.length < 10)) && !closesThatClause(doc, c)) {
      c.keep = false;
      continue;
    }
    c.rule = 'direct/unattributed';
    c.confidence = 0.4;
  }
}
