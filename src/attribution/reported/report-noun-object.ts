/**
 * Content starts of that-clauses whose noun of report is the object of a
 * speech cue, or of a preposition after it: `The mayor cited reports that the
 * bridge was unsafe` has the content "reports that the bridge was unsafe",
 * and `Reporters asked about Mr. Lane's assertion that the levy was legal`
 * "Mr. Lane's assertion that the levy was legal", as annotated news marks
 * them, not only the clause. The noun ({@link REPORT_NOUNS}) stands right
 * before "that" (or before a comma or a dash and "that": "Ms. Reyes did not
 * rebut Mr. Lane's point, that ..."); its phrase runs back over determiners,
 * possessives, modifiers and "of" between nouns ("Mr. Lane's line of
 * criticism — that ...") to the cue or to a preposition that opens the
 * cue's object ("about", "on", "upon"), not one that sets the scene ("said
 * in a statement that ...", "claimed at one point that ...": see
 * {@link SETTING_PREPOSITIONS}). Rules `reported/cue-that` and
 * `reported/cue-that-no-speaker` only, run on the kept candidates after
 * `takePropositionNouns`.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { REPORT_NOUNS, SETTING_PREPOSITIONS } from '../../data/cues.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';

/** The rules whose content may take its noun of report back. */
const RULES: ReadonlySet<string> = new Set(['reported/cue-that', 'reported/cue-that-no-speaker']);

/** Most words between the cue and the noun phrase: "comment Tuesday on", "asked questions about". */
const MAX_GAP = 3;

/** True when token `k` may stand inside the noun phrase of a noun of report, before its head. */
function phraseWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.lower === "'s" || t.lower === '\u2019s' || POSSESSIVES.has(t.lower)) return true;
  // "line of criticism": "of" between two nouns
  if (t.lower === 'of') return k > 0 && tokenAt(doc, k - 1).pos === 'NOUN' && k + 1 < tokenCount(doc);
  return NOUN_HEADED_PHRASE_TAGS.has(t.pos) && t.pos !== 'PART';
}

/**
 * The first token of the noun phrase whose noun of report heads the "that"
 * at `that`, when that phrase is the object of the cue ending before
 * `cueEnd` or of a preposition after it; -1 otherwise.
 */
function reportPhraseStart(doc: Doc, cueEnd: number, that: number, quoted: Readonly<Uint8Array>): number {
  let head = that - 1;
  if (/^[,\u2014\u2013]$/.test(tokenAt(doc, head).value)) head--;
  if (head < cueEnd || quoted[head] || !REPORT_NOUNS.has(tokenAt(doc, head).lower)) return -1;
  let first = head;
  // (a plural head right after a noun may be that subject's verb: "said her office reports that", "said the agency
  // claims that"; not after a determiner, a possessive or a modifier: "cited new reports that")
  const previous = tokenAt(doc, head - 1);
  if (/s$/.test(tokenAt(doc, head).lower) && head > cueEnd && ['NOUN', 'PROPN', 'PRON'].includes(previous.pos) && !POSSESSIVES.has(previous.lower)) return -1;
  // (a determiner or a possessive pronoun opens the phrase: not "told the council the fact that")
  while (first - 1 >= cueEnd && !quoted[first - 1] && phraseWord(doc, first - 1)) {
    first--;
    const t = tokenAt(doc, first);
    if (t.pos === 'DET' || POSSESSIVES.has(t.lower)) break;
  }
  // ("his request of ...": no phrase opens on "of")
  if (tokenAt(doc, first).lower === 'of') first++;
  if (first === cueEnd) return first;
  const before = tokenAt(doc, first - 1);
  if (before.pos !== 'ADP' || SETTING_PREPOSITIONS.has(before.lower) || first - cueEnd > MAX_GAP + 1) return -1;
  return first;
}

/** Moves the start of the kept that-clause contents in `list` back over the noun of report they belong to. */
export function takeReportNouns(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !RULES.has(c.rule) || c.parts.length === 0) continue;
    const first = c.parts[0]!;
    const s = tokenAtOrAfter(doc, first.start);
    // (the "that" before the content, or its first word when the content keeps it)
    const k = tokenAt(doc, s).lower === 'that' ? s : s - 1;
    const that = maybeToken(doc, k);
    if (!that || that.lower !== 'that' || quoted[k] || that.sent !== tokenAt(doc, c.cue.head).sent) continue;
    const start = reportPhraseStart(doc, c.cue.last, k, quoted);
    if (start < 0) continue;
    c.parts = [{ start: tokenAt(doc, start).start, end: first.end }, ...c.parts.slice(1)];
  }
}
