/**
 * Where reported content starts: past a short listener before a quotation
 * (the invented `Lee told the divers, "Stay ashore."` gives the quotation
 * alone), at the noun phrase of a noun of saying before "that" (`Moss denied
 * the new reports that the pier is closed.`), and at the relative word before
 * a speaker (`what Lee called "a mess"`), and past a day right after the cue
 * before an object (`promised Sunday lower fares`).
 * @internal
 */
import { isMarkToken, tokenAt } from '../../../prepare/lookup.js';
import { CIRCUMSTANCE_CONTENT_NOUNS, CIRCUMSTANCE_NOUN_PREPOSITIONS, MEDIUM_WORDS, NAMING_VERBS, NOUN_CUES, QUOTED_OBJECT_RELATIVES } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import type { CueMatch, Mention, Range } from '../../candidate.js';
import { POSSESSIVES_AND_YOUR } from '../../../data/clauses.js';
import type { ReportedContext } from '../shared.js';
import { NOUN_HEADED_PHRASE_TAGS, NOUN_OPENING_TAGS } from '../../../data/tags.js';
import { DAY_PARTS, DAY_SET, WEEKDAY_SET } from '../../../data/time.js';
import { FIRST_NAMES } from '../../../data/names.js';
import { TITLE_WORDS } from '../../../data/titles.js';

/** Most words of a listener or an object that a comma or a colon separates from the quotation after it. */
const MAX_LEAD_WORDS = 3;

/**
 * The start of a quoted object's content `[from, end)` once a short listener or
 * object before a comma or a colon that opens the quotation is left out: `told
 * them, "..."`, `told his backers, "..."`, `answered Ada Moss: "..."` give
 * the quotation alone, as annotated news marks it. `from` stays when the words
 * before the mark are more than three, hold no such comma or colon, or a
 * quotation mark.
 */
export function skipShortLead(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from; k < Math.min(end - 1, from + MAX_LEAD_WORDS + 1); k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || ctx.quoted[k]) return from;
    if (t.value !== ',' && t.value !== ':') continue;
    if (k === from || !isMarkToken(tokenAt(doc, k + 1).value) || !ctx.quoted[k + 2]) return from;
    return k + 1;
  }
  return from;
}

/**
 * Parts of speech of the words of a noun phrase: a maker ("the Harbor Gazette",
 * "rival lawmakers", "his Ohio counterpart"), or the words before a noun of
 * saying ("the", "new", "Breitbart", "'s").
 */
export const NOUN_PHRASE_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/**
 * The first token of the noun phrase whose head, a noun of saying, stands
 * right before the "that" at `that` (`denied accusations that ...`, `cited
 * the new reports that ...`, `repeated Ms. Ortiz's claim that ...`), not
 * before `from`; -1 when the word before "that" is no such noun. Annotated
 * news takes that noun phrase, its clause included, as what was said.
 */
export function nounClauseStart(doc: Doc, from: number, that: number): number {
  const head = tokenAt(doc, that - 1);
  if (that - 1 < from || head.pos !== 'NOUN' || !NOUN_CUES.has(head.lower)) return -1;
  let k = that - 1;
  for (; k > from && tokenAt(doc, k - 1).sent === head.sent; k--) {
    const t = tokenAt(doc, k - 1);
    if (!NOUN_PHRASE_POS.has(t.pos) && !POSSESSIVES_AND_YOUR.has(t.lower)) break;
  }
  return k;
}

/**
 * True when the word before the "that" at `that` heads a noun of report or
 * thought ({@link CIRCUMSTANCE_CONTENT_NOUNS}, no medium: not "said after the
 * vote in a statement that") whose phrase follows a preposition of
 * circumstance at or after `from`: "after reports that", "amid fears that".
 */
export function circumstanceNoun(doc: Doc, from: number, that: number): boolean {
  const head = tokenAt(doc, that - 1);
  if (head.pos !== 'NOUN' || !CIRCUMSTANCE_CONTENT_NOUNS.has(head.lower) || MEDIUM_WORDS.has(head.lower)) return false;
  let k = that - 1;
  // (back over the noun phrase to its preposition, which is no part of speech of a noun phrase)
  while (k > from && NOUN_PHRASE_POS.has(tokenAt(doc, k - 1).pos)) k--;
  const before = tokenAt(doc, k - 1);
  return k - 1 >= from && before.pos === 'ADP' && CIRCUMSTANCE_NOUN_PREPOSITIONS.has(before.lower);
}

/**
 * `Which one of them said the plan would fail?`, `Which aide said ...`: a
 * "which" that opens its sentence right before a subject that is no pronoun
 * asks which one spoke; it is the subject's question word, not a relative word
 * whose gap the reported words leave (`Which he said was a mistake.` keeps it).
 */
function questionDeterminer(doc: Doc, speaker: Mention): boolean {
  const rel = tokenAt(doc, speaker.first - 1);
  if (rel.lower !== 'which') return false;
  if (speaker.first >= 2 && tokenAt(doc, speaker.first - 2).sent === rel.sent && !isMarkToken(tokenAt(doc, speaker.first - 2).value)) return false;
  return tokenAt(doc, speaker.first).pos !== 'PRON' || tokenAt(doc, speaker.first).lower === 'one';
}

/**
 * `what Ada Moss called "a mess"`, `the fee, which she said the city would
 * refund`, `the emails, which he said were "private"`: the relative word right
 * before the speaker of a verb of saying (the speaker right before the cue, in
 * one sentence), whose gap the reported words leave; annotated news counts it
 * as the first part of what was said. Null otherwise, and, but for a naming
 * verb, after a preposition ("in which he said ...", read either way).
 */
export function relativeOpening(doc: Doc, cue: CueMatch, speaker: Mention): Range | null {
  if (speaker.antecedent || speaker.last !== cue.first || speaker.first === 0) return null;
  const rel = tokenAt(doc, speaker.first - 1);
  if (!QUOTED_OBJECT_RELATIVES.has(rel.lower) || rel.sent !== tokenAt(doc, cue.head).sent) return null;
  if (!NAMING_VERBS.has(cue.lemma) && speaker.first >= 2 && tokenAt(doc, speaker.first - 2).pos === 'ADP') return null;
  if (questionDeterminer(doc, speaker)) return null;
  return { start: rel.start, end: rel.end };
}

/**
 * Where an object starts when a day stands right after its cue at `p`
 * (a weekday, "today", "yesterday", with "night", "morning", ... or not)
 * before a noun phrase, a possessive or "not only": `promised Sunday lower
 * fares`, `praised Monday night the harbor board` give the object without
 * the day, which is the cue's time, as annotated news marks it. Else `p`
 * (not before a verb: `announced Monday would ...`; nor a day's possessive:
 * `praised Sunday's vote`; nor a day that opens a name before a capitalised
 * word, `criticized Sunday Times reporters`, or is a capitalised "Today":
 * `praised Today show hosts`; a first name or a title after the day opens
 * a person's name, not the day's: `praised Monday Ann Lee's plan` gives
 * `Ann Lee's plan`).
 */
export function afterCueDay(doc: Doc, p: number, last: number): number {
  const day = tokenAt(doc, p);
  // (a capitalised "Today" or "Tonight" after a cue is a name's: "praised Today show hosts")
  if (!DAY_SET.has(day.lower) || (!WEEKDAY_SET.has(day.lower) && /^\p{Lu}/u.test(day.value))) return p;
  let q = p + 1;
  if (q < last && DAY_PARTS.has(tokenAt(doc, q).lower)) q++;
  if (q + 1 >= last) return p;
  const t = tokenAt(doc, q);
  // ("criticized Sunday Times reporters", "thanked Monday Night Football fans": a capitalised word after the day
  // makes the day the first word of a name; not a first name or a title, "praised Monday Ann Lee's plan", "criticized
  // Sunday Senator Tom Hale's plan", whose day is the cue's time)
  if ((/^\p{Lu}/u.test(t.value) && !personOpening(t.lower)) || (q - 1 > p && /^\p{Lu}/u.test(tokenAt(doc, q - 1).value))) return p;
  const notOnly = t.lower === 'not' && tokenAt(doc, q + 1).lower === 'only';
  if (/^['\u2019]s$/.test(t.lower) || isMarkToken(t.value)) return p;
  return NOUN_OPENING_TAGS.has(t.pos) || POSSESSIVES_AND_YOUR.has(t.lower) || notOnly ? q : p;
}

/** True when lower-case word `w` opens a person's name: a first name of {@link FIRST_NAMES} or a title word ("sen." too). */
function personOpening(w: string): boolean {
  return FIRST_NAMES.has(w) || TITLE_WORDS.has(w.replace(/\.$/, ''));
}
