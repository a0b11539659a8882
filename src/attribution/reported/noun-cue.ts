/**
 * Rule `reported/noun-cue`: a noun of saying with a that-clause, `his claim
 * that the vote was rigged`, `the statement that ...`, `Ms. Ortiz's warning that
 * ...`. The possessive before the noun is the speaker; the clause ends where the
 * sentence's own verb takes over (`His claim that the vote was rigged | was false`).
 * @internal
 */
import { tokenAt } from '../../prepare/lookup.js';
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { makeMention } from '../../speakers/phrase.js';
import { NOUN_CUES } from '../../data/cues.js';
import { passesOptInBar } from './opt-in.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { candidate, clauseStartsAt, contentEnd, range, sentenceOf, type ReportedContext } from './shared.js';

/** How far the clause end is looked for, in tokens (keeps a long sentence of many noun cues linear). */
const MAX_CLAUSE = 120;
const POSSESSIVE = /^(his|her|their|its|our|my)$/;
const SUBJECT_PRONOUNS = /^(i|we|you|they|he|she)$/;
/** Words after which a verb is inside the clause, not the sentence's own: "that X, who was ...". */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'because', 'while', 'and', 'or', 'but', 'to']);

/** The speaker of a noun cue: "his" in "his claim", "Ms. Ortiz" in "Ms. Ortiz's warning". */
function owner(doc: Doc, noun: number): Mention | null {
  const tokens = doc.tokens;
  // "Trump's recent assertion": adjectives between the owner and the noun
  let at = noun;
  while (at - 1 >= 0 && tokenAt(doc, at - 1).pos === 'ADJ' && noun - at < 3) at--;
  const before = tokens[at - 1];
  if (!before || before.sent !== tokenAt(doc, noun).sent) return null;
  if (POSSESSIVE.test(before.lower)) {
    return { first: at - 1, last: at, start: before.start, end: before.end, kind: 'pronoun', titles: [], name: before.value };
  }
  if (/^['’]s$/.test(before.lower) || before.lower === "'" || before.lower === '’') {
    let k = at - 1;
    while (k - 1 >= 0 && tokenAt(doc, k - 1).sent === before.sent && (tokenAt(doc, k - 1).pos === 'PROPN' || (tokenAt(doc, k - 1).value === '.' && k - 2 >= 0 && /^[A-Z][a-z]{0,3}$/.test(tokenAt(doc, k - 2).value)))) k--;
    return k < at - 1 ? makeMention(doc, k, at - 1) : null;
  }
  return null;
}

/** One past the that-clause starting at `from`: before the sentence's own verb after the clause's verb. */
function clauseEnd(doc: Doc, from: number, end: number): number {
  const tokens = doc.tokens;
  let sawVerb = false;
  let opened = false;
  for (let k = from; k < Math.min(end, from + MAX_CLAUSE); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.value === ';') return k;
    if (CLAUSE_OPENERS.has(t.lower) && k > from) opened = true;
    const verb = t.pos === 'AUX' || t.pos === 'VERB';
    // "that the vote was rigged | was false", "that the plant would close | came on Monday"
    const prev = tokenAt(doc, k - 1);
    // ("would close" may come tagged as an auxiliary and an adverb)
    const verbGroup = prev.pos === 'ADV' && tokenAt(doc, k - 2).pos === 'AUX' && t.pos === 'VERB';
    if (verb && sawVerb && !opened && (verbGroup || /^(NOUN|PROPN|ADJ|NUM|VERB)$/.test(prev.pos)) && (t.pos === 'AUX' || !/(ing|ed)$/.test(t.lower) || (/ed$/.test(t.lower) && prev.pos === 'VERB'))) return k;
    if (verb) sawVerb = true;
  }
  return end;
}

/** Adds the noun-cue attributions, except where a verb cue's content already starts. */
export function addNounCues(ctx: ReportedContext, reported: Candidate[]): Candidate[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const found: Candidate[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const t = tokenAt(doc, k);
    const category = NOUN_CUES.get(t.lower);
    if (category === undefined || !ctx.categories.has(category) || ctx.quoted[k]) continue;
    // "We hope that ...", "they fear that ...": after a subject pronoun the word is a verb of thought
    if (OPT_IN_CATEGORIES.has(category) && SUBJECT_PRONOUNS.test(tokenAt(doc, k - 1).lower) && tokenAt(doc, k - 1).sent === t.sent) continue;
    const that = tokenAt(doc, k + 1);
    if (that.lower !== 'that' || that.sent !== t.sent || !clauseStartsAt(doc, k + 2, doc.sentences[t.sent]!.last)) continue;
    const sentence = sentenceOf(doc, k);
    const end = clauseEnd(doc, k + 2, contentEnd(ctx, k + 2, sentence));
    if (end - (k + 2) < 2) continue;
    const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: t.lower.replace(/s$/, ''), category, negated: false, form: 'verb' };
    const speaker = owner(doc, k);
    const c = candidate(ctx, [range(doc, k + 2, end)], cue, speaker, 'reported/noun-cue', 0.55);
    if (passesOptInBar(doc, c)) found.push(c);
  }
  if (found.length === 0) return reported;
  // "says in a statement that ...": the verb's attribution stands, unless its cue is the noun itself ("his claim")
  const nouns = new Set(found.map((c) => tokenAt(doc, c.cue!.head).start));
  const kept = reported.filter((r) => !r.cue || !nouns.has(tokenAt(doc, r.cue.head).start));
  const starts = new Set(kept.map((r) => r.parts[0]!.start));
  return [...kept, ...found.filter((c) => !starts.has(c.parts[0]!.start))];
}
