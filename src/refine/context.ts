/**
 * Carries a speaker to a quoted paragraph with no attribution of its own that
 * directly follows a paragraph with an attributed quote.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import { maybeToken, tokenAtOrAfter } from '../prepare/lookup.js';
import { DASHES } from '../data/marks.js';
import { endsAttribution } from '../attribution/no-cue.js';
import { viewSlice } from '../prepare/view.js';
import { otherSpeakerBetween } from './merge-guard.js';
import { candidateWith } from '../attribution/candidate.js';

/** Gives context speakers to unattributed direct quotes that open a paragraph. */
export function carryContext(doc: Doc, candidates: readonly Candidate[]): void {
  let lastAttributed: Candidate | null = null;
  // the attributed direct quote that ends last: another candidate may start at the same place
  // ('Lee said: "A. B," Lee said.' is read from the colon and from the trailing cue)
  let lastDirect: Candidate | null = null;
  // reported speech was found after the direct quotes: walk all of them in text order
  const ordered = candidates.filter((c) => c.keep).sort((a, b) => candidateStart(a) - candidateStart(b));
  for (const c of ordered) {
    if (c.speaker !== null || c.cue !== null) {
      // (a quote inside the span of the one before is part of its words, and that one's speaker goes on: 'Her friends
      // mocked the plan, calling it "a folly," Ann Vey said.' then '"But it is our folly."' is Ann Vey's)
      if (lastAttributed === null || !within(c, lastAttributed)) lastAttributed = c;
      if (c.kind === 'direct' && (lastDirect === null || candidateEnd(c) >= candidateEnd(lastDirect))) lastDirect = c;
      continue;
    }
    const opensParagraph = c.stretches.length > 0 && c.stretches[0]!.open === doc.paragraphs[c.para]!.start;
    // '"...," Bennett grinned.', '"...?" reacted Lee.', '"..." - Lee.': words of the quote's own
    // sentence follow it, an attribution the rules could not read; it is not the previous speaker's
    // (also after the first stretch of a quote that went on past its speaker: '"A," an angry Vidal retaliated. "B."',
    // '"A?" Vidal pressed. "B."')
    if (ownAttributionFollows(doc, c) || (c.stretches.length > 1 && ownAttributionFollows(doc, headOf(c), true))) continue;
    // '"A," Smith said. "B."': a quote right after an attributed quote's attribution, in the same paragraph
    // (not after a sentence of another named person's between them: see otherSpeakerBetween)
    if (c.stretches.length > 0 && lastDirect && followsAttribution(doc, lastDirect, c) && !otherSpeakerBetween(doc, lastDirect, c, (lastDirect.from ?? lastDirect).speaker)) {
      const from = lastDirect.from ?? lastDirect;
      if (from.speaker) {
        c.from = from;
        c.via = 'context';
        c.rule = 'direct/context';
        c.confidence = 0.7;
        lastAttributed = c;
        lastDirect = c;
        continue;
      }
    }
    const source = lastAttributed?.from ?? lastAttributed;
    const lastPara = lastAttributed ? lastAttributed.stretches[lastAttributed.stretches.length - 1]?.para ?? lastAttributed.para : -2;
    if (opensParagraph && source && source.speaker && lastPara === c.para - 1) {
      c.from = source;
      c.via = 'context';
      c.rule = 'direct/context';
      c.confidence = 0.7;
      lastAttributed = c;
    }
  }
}

/** True when candidate `inner` lies inside the span of candidate `outer`. */
function within(inner: Candidate, outer: Candidate): boolean {
  return candidateStart(inner) >= candidateStart(outer) && candidateEnd(inner) <= candidateEnd(outer);
}

/** The words between a speaker and the rest of the quote it interrupts: a verb, maybe an adverb or particle, and a comma. */
const INTERRUPTION = /^\s+\p{Ll}+(\s+\p{Ll}+)?\s*,\s*$/u;

/**
 * True when `c` opens right after the sentence that attributes the direct quote
 * `prev`, in the same paragraph: only the speaker and cue stand between them,
 * at most `maxGap` characters. With `named`, `prev` has a speaker and no cue
 * (`"A," he surmised. "B."`) and only the speaker stands between them, or the
 * speaker, a verb and a comma interrupt the quote (`"A," he surmised, "b."`).
 */
export function followsAttribution(doc: Doc, prev: Candidate, c: Candidate, named = false, maxGap = 250): boolean {
  if (prev.kind !== 'direct' || prev.stretches.length === 0 || (prev.cue === null) !== named || prev.speaker === null) return false;
  const last = prev.stretches[prev.stretches.length - 1]!;
  if (last.para !== c.stretches[0]!.para) return false;
  const gapStart = candidateEnd(prev);
  const gapEnd = candidateStart(c);
  if (gapEnd <= gapStart || gapEnd - gapStart > maxGap || prev.speaker.start < gapStart || prev.speaker.end > gapEnd) return false;
  // ('"A," she elaborated, "B."': a quote interrupted by its speaker and a verb the lexicon does not read goes on)
  if (prev.cue === null) return endsAttribution(doc, prev.speaker.end, gapEnd, false) || INTERRUPTION.test(doc.text.slice(prev.speaker.end, gapEnd));
  const cueStart = maybeToken(doc, prev.cue.first)!.start;
  const cueEnd = maybeToken(doc, prev.cue.last - 1)!.end;
  if (cueStart < gapStart || cueEnd > gapEnd) return false;
  // the attribution ends its sentence: "... Smith said. "B."", or a short lead-in opens the next one
  // ("... Smith said. But "B."")
  return endsAttribution(doc, Math.max(cueEnd, prev.speaker.end), gapEnd, gapEnd - gapStart <= 60);
}

/** The quote `c` cut to its first stretch (`c` itself when it has one). */
export function headOf(c: Candidate): Candidate {
  return c.stretches.length > 1 ? candidateWith(c, { stretches: c.stretches.slice(0, 1) }) : c;
}

/** Capitalised words that may name a speaker before its verb, at most: "Sen. Ann Lee". */
const MAX_NAME_WORDS = 4;

/**
 * True when the words right after a direct quote's closing mark belong to the
 * quote's own sentence: the quote ends with a comma or no punctuation and a
 * word follows (`"...," Bennett grinned`), it ends with ? or ! and a
 * lower-case word follows (`"...?" reacted Lee`), or a dash follows
 * (`"..." - Lee`). Such a quote has an attribution of its own. With
 * `interior` (`c` is the first stretch of a quote that goes on after the
 * words), a ? or ! may also be followed by a name or pronoun and a lower-case
 * verb (`"...?" Vidal pressed. "..."`).
 */
export function ownAttributionFollows(doc: Doc, c: Candidate, interior = false): boolean {
  const last = c.stretches[c.stretches.length - 1];
  if (last === undefined || last.close < 0) return false;
  const next = maybeToken(doc, tokenAtOrAfter(doc, last.end));
  if (next === undefined || next.para !== last.para) return false;
  if (DASHES.has(next.value)) return true;
  if (next.value === ',') return false;
  const end = viewSlice(doc.view, last.contentStart, last.contentEnd).trimEnd();
  const closing = end[end.length - 1] ?? '';
  if (closing === '.' || closing === ':' || closing === ';' || closing === '\u2026') return false;
  if (!/^[\p{L}]/u.test(next.value)) return false;
  if (closing === '?' || closing === '!') return /^\p{Ll}/u.test(next.value) || (interior && namedVerbAt(doc, next.i, last.para));
  return true;
}

/**
 * True when the tokens from `k` in paragraph `para` are a few capitalised words (a name or a
 * pronoun: "Vidal", "Sen. Ann Lee", "He") and then a lower-case verb ("pressed", "went on").
 *
 * Not `unknownVerbAttribution`'s subject test (`refine/unknown-verb.ts`), on purpose: after a `?` or
 * `!` the next words usually open a sentence of the narrator's, so only a name or pronoun marks them as
 * the quote's attribution (`"...?" The question hung in the air. "..."` still carries the speaker: a
 * noun phrase subject would stop it). unknownVerbAttribution reads any short noun phrase (`an angry
 * mayor`) but asks more of the verb: no built-in cue, and the sentence or clause ends right after it.
 * Read through one helper, the two were byte-identical on train and dev but the noun-phrase subject
 * broke that carried case (test/direct-16.test.ts).
 */
function namedVerbAt(doc: Doc, k: number, para: number): boolean {
  let n = 0;
  for (; n < MAX_NAME_WORDS; n++) {
    const t = maybeToken(doc, k + n);
    if (t === undefined || t.para !== para || !/^\p{Lu}/u.test(t.value)) break;
  }
  const verb = maybeToken(doc, k + n);
  return n > 0 && verb !== undefined && verb.para === para && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value);
}
