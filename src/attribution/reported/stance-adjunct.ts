/**
 * Content ends of opt-in stances taken on a noun phrase, as annotated news
 * marks them: a time or a margin closing the object is when or by how much
 * the side was taken, not what it was taken on. `The union has backed Ada
 * Moss since 2019.` has the content "Ada Moss"; so do `endorsed Ada Moss in
 * coming weeks`, `supported the levy for years` ("the levy") and `upheld the
 * ordinance by a 4-to-3 vote` ("the ordinance"). Only a stance whose content
 * is its verb's object (rules `reported/cue-object`,
 * `reported/speech-object`, `reported/stance-role` and
 * `reported/stance-phrase`), and only when no verb stands in the object
 * before the adjunct: in "doubted the polls showing Reyes leading in 2019" the
 * time belongs to the inner clause. Run last, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { STANCE_MARGIN_NOUNS, STANCE_PLACE_ADVERBS, STANCE_TIME_MODIFIERS } from '../../data/senses.js';
import { TIME_POINT_WORDS, STANCE_TIME_PREPOSITIONS, YEAR } from '../../data/time.js';

/** Rules whose stance content is the noun-phrase object of the cue (read by `reported/stance-name-adjunct.ts` too). */
export const STANCE_OBJECT_RULES: ReadonlySet<string> = new Set(['reported/cue-object', 'reported/speech-object', 'reported/stance-role', 'reported/stance-phrase']);
/** Most tokens between the preposition and the word that closes the adjunct ("by a 4 - to - 3 vote"). */
const MAX_ADJUNCT_INNER = 8;
/** Parts of speech inside a margin before its noun: "a smaller 40 percentage point margin", "a 4-to-3 vote". */
const MARGIN_INNER_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'ADP', 'PUNCT']);
/** Parts of speech inside a time adjunct before its last word: "in early May", "for three years", "for about two years". */
const TIME_INNER_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/**
 * Where a time or a margin adjunct closing the tokens `first` to `last` starts
 * ("in 2019", "for years", "by a 4-to-3 vote"), or -1 when none does.
 */
function adjunctStart(doc: Doc, first: number, last: number): number {
  const final = tokenAt(doc, last);
  const margin = STANCE_MARGIN_NOUNS.has(final.lower);
  if (!margin && !TIME_POINT_WORDS.has(final.lower) && !YEAR.test(final.value)) return -1;
  for (let k = last - 1; k > first && last - k <= MAX_ADJUNCT_INNER + 1; k--) {
    const t = tokenAt(doc, k);
    if (margin && t.lower === 'by') return k;
    // "for over four decades": a preposition of the amount after the one of time
    if (!margin && STANCE_TIME_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') {
      // "the budget for 2020": a year after "for" names what the object is for, no length of time
      if (t.lower === 'for' && YEAR.test(final.value)) return -1;
      return STANCE_TIME_PREPOSITIONS.has(tokenAt(doc, k - 1).lower) ? k - 1 : k;
    }
    const inner = margin ? MARGIN_INNER_POS.has(t.pos) : TIME_INNER_POS.has(t.pos) || STANCE_TIME_MODIFIERS.has(t.lower);
    if (!inner) return -1;
  }
  return -1;
}

/** True when a verb stands among tokens `first` to `last - 1`: "the plan to build a pier". */
function verbIn(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokenAt(doc, k).pos === 'VERB') return true;
  return false;
}

/** Cuts a closing time or margin adjunct off the noun-phrase content of the kept stances in `list`. */
export function cutStanceAdjuncts(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || c.cue.category !== 'stance' || !STANCE_OBJECT_RULES.has(c.rule) || c.parts.length !== 1) continue;
    const part = c.parts[0]!;
    const first = tokenAtOrAfter(doc, part.start);
    // a content before its cue is left as it is
    if (first < c.cue.last) continue;
    let last = first;
    while (last + 1 < tokenCount(doc) && tokenAt(doc, last + 1).end <= part.end) last++;
    while (last > first && tokenAt(doc, last).pos === 'PUNCT') last--;
    if (quoted[last]) continue;
    // "endorsed Ada Moss in early June" was cut before "early", "endorsed Ada Moss here on Sunday" before "on":
    // a preposition left without its noun, or "here", is no part of what the side was taken on
    // (not a particle: "weighed in", "covering up")
    // ("the plan to build a pier there": "there" goes with the verb inside the object and stays)
    const dangling = tokenAt(doc, last);
    const next = tokenAt(doc, last + 1);
    const timeNext = last + 1 < tokenCount(doc) && (STANCE_TIME_MODIFIERS.has(next.lower) || TIME_POINT_WORDS.has(next.lower) || YEAR.test(next.value));
    if (last > first && ((dangling.pos === 'ADP' && STANCE_TIME_PREPOSITIONS.has(dangling.lower) && timeNext) || (STANCE_PLACE_ADVERBS.has(dangling.lower) && !verbIn(doc, first, last)))) {
      c.parts = [{ start: part.start, end: tokenAt(doc, last - 1).end }];
      continue;
    }
    const at = adjunctStart(doc, first, last);
    if (at <= first) continue;
    let verb = false;
    // (a quotation inside the object is left whole too)
    for (let k = first; k < at && !verb; k++) verb = /^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || quoted[k] === 1;
    if (verb) continue;
    // ("endorsed Ada Moss there in 2016": "there" before the time cut goes too)
    const end = at - 1 > first && STANCE_PLACE_ADVERBS.has(tokenAt(doc, at - 1).lower) ? at - 2 : at - 1;
    c.parts = [{ start: part.start, end: tokenAt(doc, end).end }];
  }
}
