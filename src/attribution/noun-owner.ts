/**
 * The owner of a noun of saying, who is its speaker: "his" in "his claim",
 * "Ms. Ortiz" in "Ms. Ortiz's warning", "the campaign" in "the campaign's
 * claim". Read by the direct rules (a noun of saying before a quote), the
 * reported noun cues (`reported/noun-cue.ts` and its kin) and the refiners'
 * last guess (`refine/fallback.ts`), so it stands at the attribution stage's
 * root rather than inside one rule that a later stage runs.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import type { Mention } from './candidate.js';
import { makeMention } from '../speakers/phrase.js';
import { shapedMention } from '../speakers/shape.js';
import { DEGREE_ADVERBS, ARTICLES_AND_DEMONSTRATIVES } from '../data/function-words.js';
import { TIME_OWNERS } from '../data/time.js';
import { TITLE_ABBREVIATIONS } from '../data/titles.js';
import { POSSESSIVES, NOUN_CUE_MODIFIERS } from '../data/clauses.js';

/** True when token `k` is joined to the next one by a hyphen: the "by" and "now" of "by-now-familiar". */
function hyphenBefore(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const next = maybeToken(doc, k + 1);
  return next !== undefined && t.end === next.start && (t.value === '-' || next.value === '-');
}

/**
 * The speaker of a noun cue: "his" in "his claim", "Ms. Ortiz" in "Ms. Ortiz's
 * warning", "the campaign" in "the campaign's claim"; a word of time ("the
 * week's claim", "Monday's warning") is none.
 */
export function owner(doc: Doc, noun: number): Mention | null {
  // "Reyes's recent assertion", "Reyes's by-now-familiar claims": adjectives between the owner and the noun
  let at = noun;
  while (at - 1 >= 0 && noun - at < 6 && (tokenAt(doc, at - 1).pos === 'ADJ' || (DEGREE_ADVERBS.has(tokenAt(doc, at - 1).lower) && at < noun && tokenAt(doc, at).pos === 'ADJ') || NOUN_CUE_MODIFIERS.has(tokenAt(doc, at - 1).lower) || hyphenBefore(doc, at - 1) || (at < noun && hyphenBefore(doc, at - 2)))) at--;
  const before = maybeToken(doc, at - 1);
  if (!before || before.sent !== tokenAt(doc, noun).sent) return null;
  if (POSSESSIVES.has(before.lower)) {
    return shapedMention({ first: at - 1, last: at, start: before.start, end: before.end, kind: 'pronoun', titles: [], name: before.value });
  }
  if (/^['’]s$/.test(before.lower) || before.lower === "'" || before.lower === '’') {
    let k = at - 1;
    while (k - 1 >= 0 && tokenAt(doc, k - 1).sent === before.sent && (tokenAt(doc, k - 1).pos === 'PROPN' || (tokenAt(doc, k - 1).value === '.' && k - 2 >= 0 && /^[A-Z][a-z]{0,3}$/.test(tokenAt(doc, k - 2).value)))) k--;
    if (at - 2 >= 0 && TIME_OWNERS.has(tokenAt(doc, at - 2).lower)) return null;
    // "Mr. Grant's assertion": a surname the tagger read as a verb or a noun, right after a title
    if (k === at - 1 && titledSurname(doc, at - 2, before.sent)) k = at - 3;
    if (k < at - 1) return makeMention(doc, k, at - 1);
    // "the campaign's claim", "the nonprofit's assurances": a common noun after "the"
    const head = tokenAt(doc, at - 2);
    if (at - 3 >= 0 && head.pos === 'NOUN' && tokenAt(doc, at - 3).pos === 'DET' && tokenAt(doc, at - 3).sent === before.sent) return makeMention(doc, at - 3, at - 1);
    return commonOwner(doc, at - 1);
  }
  return null;
}

/**
 * True when token `k` is a capitalised word right after a title abbreviation
 * ("Mr.", "Sen.", "Dr.") in sentence `sent`, as "Grant" in "Mr. Grant's", a
 * surname the tagger read as a verb or a noun.
 */
function titledSurname(doc: Doc, k: number, sent: number): boolean {
  if (k < 1) return false;
  const name = tokenAt(doc, k);
  const title = tokenAt(doc, k - 1);
  return name.sent === sent && title.sent === sent && /^[A-Z][a-z]+$/.test(name.value) && TITLE_ABBREVIATIONS.has(title.lower.replace(/\.$/, '')) && title.value.endsWith('.');
}

/** How many words a common-noun owner may have before its possessive mark. */
const MAX_COMMON_OWNER = 4;

/**
 * A common-noun phrase that owns a noun cue, ending right before the possessive
 * mark at `mark`: "the city council's warning", "the nonprofit's assurances"
 * (a head the tagger read as an adjective, after a determiner), "budget hawks'
 * warnings" (a plural possessive, no determiner needed). Null for anything else.
 */
function commonOwner(doc: Doc, mark: number): Mention | null {
  const sent = tokenAt(doc, mark).sent;
  const head = mark - 1;
  if (head < 0 || tokenAt(doc, head).sent !== sent) return null;
  const h = tokenAt(doc, head);
  const plural = /^['’]$/.test(tokenAt(doc, mark).value) && h.pos === 'NOUN' && /[^s]s$/.test(h.lower) && /^[a-z]/.test(h.value);
  let first = head;
  while (first - 1 >= 0 && head - first + 1 < MAX_COMMON_OWNER && tokenAt(doc, first - 1).sent === sent && tokenAt(doc, first - 1).pos === 'NOUN' && /^[a-z]/.test(tokenAt(doc, first - 1).value)) first--;
  const det = first - 1 >= 0 && tokenAt(doc, first - 1).sent === sent && ARTICLES_AND_DEMONSTRATIVES.has(tokenAt(doc, first - 1).lower);
  if (det && (h.pos === 'NOUN' || (h.pos === 'ADJ' && first === head))) return makeMention(doc, first - 1, mark);
  // ("the Ohio senator's answer", "the New York group's claim": names before a lower-case head, after "the")
  const named = namedModifiers(doc, first, sent);
  if (named !== null && h.pos === 'NOUN' && /^[a-z]/.test(h.value)) return makeMention(doc, named, mark);
  if (plural) return makeMention(doc, first, mark);
  return null;
}

/**
 * The determiner "the" before names that modify a common noun owner starting
 * at `first` ("the Ohio senator", "the New York group"), or null: at least one
 * name and at most {@link MAX_COMMON_OWNER} of them.
 */
function namedModifiers(doc: Doc, first: number, sent: number): number | null {
  let k = first;
  while (k - 1 >= 0 && first - k < MAX_COMMON_OWNER && tokenAt(doc, k - 1).sent === sent && tokenAt(doc, k - 1).pos === 'PROPN') k--;
  if (k === first || k - 1 < 0 || tokenAt(doc, k - 1).sent !== sent || tokenAt(doc, k - 1).lower !== 'the') return null;
  return k - 1;
}
