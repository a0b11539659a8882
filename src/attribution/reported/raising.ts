/**
 * Rule `reported/impersonal`: an attribution without a source, where the verb
 * of thought or appearance frames a whole clause, subject included:
 * `The bill seems to have stalled.`, `Turnout appeared higher than in 2012.`,
 * `The sale is expected to close in May.`, `It appears that the talks failed.`,
 * `It is believed that the ship sank.` The content is the clause; the speaker
 * is null. Only with the `thought` category (seem, appear, expect, believe).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt, tokenIn } from '../../prepare/lookup.js';
import type { Segment } from '../../prepare/document.js';
import { IMPERSONAL_AS_AUXILIARIES, IMPERSONAL_AS_PASSIVES, IMPERSONAL_PASSIVES, IT_ONLY_PASSIVES, RAISING_VERBS } from '../../data/cues.js';
import { ADVERBIAL_RELATIVES, INNER_CLAUSE_OPENERS, LISTING_PARTICIPLES, RELATIVE_QUESTION_WORDS, TAIL_COORDINATORS, TAIL_OPENERS, WHO_WHICH_RELATIVES, RAISING_INSERT_OPENERS, SUBJECT_INSERT_OPENERS, PAIR_SUBJECT_PREPOSITIONS } from '../../data/clauses.js';
import { cutNarratorTail } from './boundary/narrator-tail.js';
import { cutSecondClause } from './boundary/second-clause.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { passiveCue } from './cue-subject.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { INDEFINITE_ARTICLES, FINITE_HAVE } from '../../data/function-words.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { DETERMINER_OR_ADJECTIVE_TAGS } from '../../data/tags.js';
import { KNOWN_AS_RULE, knownAsFrame } from './known-as.js';
import { CLAUSE_BREAK, HARD_CLAUSE_BREAK } from '../../data/marks.js';
import { cueWith } from '../../cues/match.js';

/** Parts of speech before a participle or gerund that keep it inside the subject: "the merged harbor firm", "a new elected board". */
const NOUN_PHRASE_BEFORE_PARTICIPLE: ReadonlySet<string> = DETERMINER_OR_ADJECTIVE_TAGS;
/** How many tokens the subject of the framed clause may have. */
const MAX_SUBJECT = 16;

/** Most tokens of a framed clause after its cue. */
const MAX_FRAMED = 200;

/** `NP seems to ...`, `NP is expected to ...`, `It appears that ...`, `It is believed that ...`. */
export function impersonal(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const passive = passiveCue(doc, cue);
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  // "still seems not to have settled ...": a negation between the cue and its infinitive is skipped like an adverb
  while (tokenIn(doc, sentence, p).pos === 'ADV' || (tokenIn(doc, sentence, p).lower === 'not' && tokenIn(doc, sentence, p + 1).lower === 'to')) p++;
  const next = tokenIn(doc, sentence, p);
  if (p >= sentence.last) return null;
  // "The two towns are widely seen as strongholds": a finite passive with "as"
  // ("The mill was known as the Poorhouse of the valley": "known as" and "known for" frame it the same way, rule `reported/known-as`)
  const knownAs = passive && knownAsFrame(doc, sentence, cue, p) && finiteAsPassive(ctx, cue, sentence);
  const seenAs = knownAs || (passive && IMPERSONAL_AS_PASSIVES.has(cue.lemma) && next.lower === 'as' && finiteAsPassive(ctx, cue, sentence));
  if (!seenAs && (passive ? !IMPERSONAL_PASSIVES.has(cue.lemma) : !RAISING_VERBS.has(cue.lemma))) return null;
  const itSubject = tokenIn(doc, sentence, cue.first - 1).lower === 'it';
  if (seenAs && itSubject) return null;
  // ("It is hoped that ...", never "the themes that marketers hope to ...")
  if (IT_ONLY_PASSIVES.has(cue.lemma) && !(itSubject && passive && next.lower !== 'to')) return null;
  // "It is expected to reopen in May": a passive with its infinitive, whose "it" stands for a thing named before
  const itInfinitive = itSubject && passive && next.lower === 'to' && /^(VERB|AUX)$/.test(tokenIn(doc, sentence, p + 1).pos);
  if (itSubject && !itInfinitive) {
    // "It appears (that) the talks failed", "It is believed that ..."
    // "It now seems inevitable that the talks will fail": the adjective (and any adverb before it) is part of what seems,
    // as in "It seems likely the talks will fail" ({@link adjectiveThat})
    const adjective = adjectiveThat(ctx, passive, sentence, p);
    const from = next.lower === 'that' ? p + 1 : adjective ? cue.last : p;
    if (!clauseStartsAt(doc, adjective ? p + 2 : from, sentence.last)) return null;
    const end = cutAtNextAttribution(ctx, from, contentEnd(ctx, from, sentence));
    if (end - from < 3) return null;
    return candidate(ctx, [range(doc, from, end)], cue, null, 'reported/impersonal', 0.5);
  }
  // "NP seems to ...", "NP is expected to ...", "NP appeared uneasy"
  // "are expected to quickly fan out": an adverb may split the infinitive
  const verbAt = tokenIn(doc, sentence, p + 1).pos === 'ADV' && p + 2 < sentence.last ? p + 2 : p + 1;
  const infinitive = next.lower === 'to' && /^(VERB|AUX)$/.test(tokenIn(doc, sentence, verbAt).pos);
  // "appeared paralyzed", "seemed an insult away from ..."
  const complement = !passive && (next.pos === 'ADJ' || next.lower === 'like' || (next.pos === 'VERB' && /ed$/.test(next.lower)) || INDEFINITE_ARTICLES.has(next.lower));
  if (!infinitive && !complement && !seenAs) return null;
  const start = itInfinitive ? cue.first - 1 : subjectStart(ctx, cue.first, sentence, passive && infinitive);
  if (start < 0) return null;
  // (read at most MAX_FRAMED tokens on: each frame of a long sentence read it to its end)
  const bounded = sentence.last - cue.last > MAX_FRAMED ? { ...sentence, last: cue.last + MAX_FRAMED } : sentence;
  let end = cutAtNextAttribution(ctx, cue.last, contentEnd(ctx, cue.last, bounded));
  end = cutSecondClause(ctx, cue.last, cutNarratorTail(ctx, cue.last, end));
  // "The day seemed to crystallize ..., and voters ...": a clause joined after a comma is the narrator's
  end = clauseTail(ctx, cue.last, end, passive);
  // "Voters in the county, where the mayor is expected to win, went to the polls": the relative clause ends at its comma
  if (start > sentence.first && ADVERBIAL_RELATIVES.has(tokenIn(doc, sentence, start - 1).lower)) end = clauseComma(ctx, cue.last, end);
  if (end - cue.last < (infinitive ? 2 : 1)) return null;
  // "is seen as a model by other towns": an agent names the source, no sourceless frame
  if (seenAs) for (let k = p; k < end; k++) if (tokenIn(doc, sentence, k).lower === 'by') return null;
  // the cue stays out of the content, as annotated news marks it: "The sale" + "to close in May"
  // "is seen as", "is best known for": the preposition of the frame is the cue's, as annotated news marks it ({@link seenAsCue})
  const spanned = seenAs ? seenAsCue(cue, p) : cue;
  return candidate(ctx, [range(doc, start, cue.first), range(doc, spanned.last, end)], spanned, null, knownAs ? KNOWN_AS_RULE : 'reported/impersonal', 0.5);
}

/**
 * True when an "it" frame of a raising verb ("It seems", "It now appears")
 * has an adjective and "that" at token `p`, past any adverb: `It may seem
 * surprising that the pier closed.`, `It seems increasingly likely that ...`.
 * The content then runs from the first word after the cue, adjective
 * included, as it does without "that" (`It seems likely the pier will
 * close.`) and as annotated news marks it: on PolNeAR train such a frame was
 * read from "that" on twice, and annotated from the adjective both times.
 * Not after a passive ("It is widely believed that ...").
 */
function adjectiveThat(ctx: ReportedContext, passive: boolean, sentence: Segment, p: number): boolean {
  const { doc } = ctx;
  if (passive || p + 1 >= sentence.last || ctx.quoted[p] || ctx.quoted[p + 1]) return false;
  return tokenIn(doc, sentence, p).pos === 'ADJ' && tokenIn(doc, sentence, p + 1).lower === 'that';
}

/**
 * The cue of a sourceless "seen as" or "known as/for" frame (rules
 * `reported/impersonal` and `reported/known-as`) runs through its preposition (and any adverb before it):
 * `The mill is widely seen as a landmark.` -> cue "is widely seen as", `Ms.
 * Varga is best known for her work.` -> cue "is best known for". On PolNeAR
 * train, where such a frame is annotated, the cue takes the preposition 17
 * times and leaves it out 5 times. `p` is the token of the preposition.
 */
function seenAsCue(cue: CueMatch, p: number): CueMatch {
  return cueWith(cue, { last: p + 1 });
}

/**
 * True when the passive cue (of {@link IMPERSONAL_AS_PASSIVES}) is finite and
 * its subject no relative word: "is seen", "were widely viewed", "has been
 * regarded" (not "can be seen", "being seen", "which is seen": mostly not
 * annotated on PolNeAR train).
 */
function finiteAsPassive(ctx: ReportedContext, cue: CueMatch, sentence: Segment): boolean {
  const { doc } = ctx;
  let k = cue.head - 1;
  while (k >= cue.first && /^(ADV|PART)$/.test(tokenIn(doc, sentence, k).pos)) k--;
  if (k < cue.first || !IMPERSONAL_AS_AUXILIARIES.has(tokenIn(doc, sentence, k).lower)) return false;
  if (tokenIn(doc, sentence, k).lower === 'been') {
    k--;
    while (k >= cue.first && /^(ADV|PART)$/.test(tokenIn(doc, sentence, k).pos)) k--;
    if (k < cue.first || !FINITE_HAVE.has(tokenIn(doc, sentence, k).lower)) return false;
  }
  for (let j = cue.first; j < k; j++) if (!/^(ADV|PART)$/.test(tokenIn(doc, sentence, j).pos)) return false;
  const before = tokenIn(doc, sentence, cue.first - 1);
  return !(WHO_WHICH_RELATIVES.has(before.lower) || RELATIVE_QUESTION_WORDS.has(before.lower) || before.lower === 'that');
}

/** How long that insertion may be. */
const MAX_INSERT = 20;

/** The comma that opens the insertion closed by the comma at `close`, or -1. */
function openingComma(ctx: ReportedContext, close: number, sentence: Segment): number {
  const { doc } = ctx;
  for (let k = close - 1; k > sentence.first && close - k <= MAX_INSERT; k--) {
    const t = tokenIn(doc, sentence, k);
    if (ctx.quoted[k] || HARD_CLAUSE_BREAK.test(t.value) || t.value === '--') return -1;
    if (t.value !== ',') continue;
    const next = tokenIn(doc, sentence, k + 1);
    // "..., headed by Ada Moss, ...", "..., which has held ..., ..."
    // "..., under growing pressure, ...": a prepositional phrase between commas
    // ("No one, including the mayor, seems ...", "Farming, not fishing, appeared ...": a phrase that widens or sets off the subject)
    return RAISING_INSERT_OPENERS.has(next.lower) || SUBJECT_INSERT_OPENERS.has(next.lower) || (next.pos === 'VERB' && /(ed|en)$/.test(next.lower)) || (next.pos === 'ADP' && next.lower !== 'of') ? k : -1;
  }
  return -1;
}

/**
 * The first token of the subject right before a cue: back to the sentence
 * start, a comma, a colon or a clause opener, over at most a few tokens that
 * hold a noun, a name or a pronoun other than "it"; -1 when there is none.
 * With `passiveInfinitive` ("is expected to ..."), a relative "that" is the
 * subject too ("a plan that is expected to pass"), and so is a subject after
 * "where" or "when" ("the county where the mayor is expected to win").
 */
function subjectStart(ctx: ReportedContext, cueFirst: number, sentence: Segment, passiveInfinitive: boolean): number {
  const { doc } = ctx;
  let s = cueFirst;
  let noun = false;
  const before = tokenIn(doc, sentence, cueFirst - 1);
  // "delegates who are expected to ...": the relative word is the subject, as annotated news marks it
  if (cueFirst - 1 > sentence.first && WHO_WHICH_RELATIVES.has(before.lower) && !ctx.quoted[cueFirst - 1]) return cueFirst - 1;
  // "a plan that is expected to pass", "That was expected to take years": "that" is the subject of a passive frame
  if (passiveInfinitive && before.lower === 'that' && !ctx.quoted[cueFirst - 1]) return cueFirst - 1;
  // (the subject is counted from its relative clause or appositive: a long one does not make the subject long)
  let counted = cueFirst;
  // "The bank, which has held rates near zero, is expected to ...": a relative clause or an appositive between commas
  if (before.value === ',' && !ctx.quoted[cueFirst - 1]) {
    const open = openingComma(ctx, cueFirst - 1, sentence);
    if (open < 0) return -1;
    s = open;
    if (passiveInfinitive) counted = open;
  }
  while (s > sentence.first && counted - s < MAX_SUBJECT) {
    const t = tokenIn(doc, sentence, s - 1);
    // "The merged harbor firm", "the idea of reinstating the law": a participle or gerund after a determiner, an adjective or "of" is inside the noun phrase
    // ("After winning the vote the union seemed ...": not after another preposition)
    const before = s - 2 >= sentence.first && !ctx.quoted[s - 2] ? tokenIn(doc, sentence, s - 2) : null;
    if (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && before !== null && (NOUN_PHRASE_BEFORE_PARTICIPLE.has(before.pos) || before.lower === 'of')) {
      s--;
      continue;
    }
    // "Ms. Varga and Mr. Reyes appeared to ...": a conjunct of nouns back to the sentence start or a comma joins the subject
    if ((t.lower === 'and' || t.lower === 'or') && !ctx.quoted[s - 1]) {
      const far = conjunctStart(ctx, s - 1, cueFirst, sentence);
      if (far >= 0) {
        s = far;
        break;
      }
    }
    if (ctx.quoted[s - 1] || CLAUSE_BREAK.test(t.value) || INNER_CLAUSE_OPENERS.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') break;
    // "the county where the mayor is expected to win": the clause after "where" has a subject of its own
    if (passiveInfinitive && ADVERBIAL_RELATIVES.has(t.lower) && noun) break;
    // "is not only that Reyes appears to ...": a "that" after a word other than a noun opens a clause whose subject
    // stands between it and the cue
    if (t.lower === 'that' && noun && complementizerThat(ctx, s - 1, sentence)) break;
    // "positions that now seem ...", "what seemed ...": a relative or question word makes no free-standing clause
    if (RELATIVE_QUESTION_WORDS.has(t.lower)) return -1;
    // "a loss on the night she is expected to win": a subject pronoun opens the clause, the words before it are the narrator's
    // ("what she seemed to mean": no free-standing clause, as below)
    if (PERSON_SUBJECT_PRONOUNS.has(t.lower) && t.pos === 'PRON') {
      if (s - 2 >= sentence.first && RELATIVE_QUESTION_WORDS.has(tokenIn(doc, sentence, s - 2).lower)) return -1;
      s--;
      noun = true;
      break;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && t.lower !== 'it')) noun = true;
    s--;
  }
  if (!noun || s === cueFirst || counted - s >= MAX_SUBJECT) return -1;
  return s;
}

/**
 * True when the "that" at `k` opens a clause rather than a relative one: it is
 * tagged a subordinator (not "that approach"), the word before it is no
 * noun, name, pronoun or number ("is not only that ...", "so clear that ..."),
 * and it stands outside quotation marks.
 */
function complementizerThat(ctx: ReportedContext, k: number, sentence: Segment): boolean {
  if (k <= sentence.first || ctx.quoted[k] || ctx.quoted[k - 1] || tokenIn(ctx.doc, sentence, k).pos !== 'SCONJ') return false;
  return !/^(NOUN|PROPN|PRON|NUM)$/.test(tokenIn(ctx.doc, sentence, k - 1).pos);
}

/**
 * The first token of the conjunct before the "and" (or "or") at `and` when it
 * runs back to the sentence start or a comma over words that hold a noun, a
 * name or a pronoun and no verb, preposition or clause opener ("Mrs. Ada Moss
 * and ..."); -1 otherwise ("The fire damaged the school and ...").
 */
function conjunctStart(ctx: ReportedContext, and: number, cueFirst: number, sentence: Segment): number {
  const { doc } = ctx;
  let s = and;
  let noun = false;
  // "The ties between Norland and Vesta seem ...": a preposition after a noun makes the conjunct part of that noun's phrase
  let afterPreposition = false;
  while (s > sentence.first && cueFirst - s < MAX_SUBJECT) {
    const t = tokenIn(doc, sentence, s - 1);
    if (ctx.quoted[s - 1]) return -1;
    if (CLAUSE_BREAK.test(t.value)) break;
    if (INNER_CLAUSE_OPENERS.has(t.lower) || RELATIVE_QUESTION_WORDS.has(t.lower) || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (t.pos === 'ADP') {
      if (!noun || !PAIR_SUBJECT_PREPOSITIONS.has(t.lower)) return -1;
      afterPreposition = true;
      noun = false;
    } else if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && t.lower !== 'it')) noun = true;
    s--;
  }
  if (afterPreposition && !noun) return -1;
  if (!noun || s === and || cueFirst - s >= MAX_SUBJECT) return -1;
  if (s > sentence.first && tokenIn(doc, sentence, s - 1).value !== ',') return -1;
  return s;
}

/**
 * The first comma, semicolon, parenthesis or dash after `from` and before
 * `end`, outside quotation marks, or `end`: where a relative clause that holds
 * a framed clause closes ("where the mayor is expected to win, went ...").
 */
function clauseComma(ctx: ReportedContext, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (!ctx.quoted[k] && /^([,;()\u2014\u2013]|--)$/.test(tokenAt(ctx.doc, k).value)) return k;
  return end;
}

/**
 * True when a participle phrase of the narrator's opens at token `k`, after a
 * comma: "..., giving employees time to prepare", "..., potentially teeing up
 * a vote" (an adverb in "-ly" may come first), but not "..., including ...",
 * which lists what the clause holds.
 */
function participleTail(ctx: ReportedContext, k: number, end: number): boolean {
  const { doc } = ctx;
  let first = k;
  if (tokenAt(doc, first).pos === 'ADV' && /ly$/.test(tokenAt(doc, first).lower)) first++;
  if (first >= end || ctx.quoted[first]) return false;
  const t = tokenAt(doc, first);
  return t.pos === 'VERB' && /ing$/.test(t.lower) && !LISTING_PARTICIPLES.has(t.lower);
}

/**
 * The end of a framed clause running from `from` to `end`: its first
 * semicolon, or its first comma before one of `TAIL_OPENERS`, outside
 * quotation marks ("Turnout seemed to be falling, as polls closed early":
 * measured on train, 10 more contents exact, 2 fewer matched), or, after a
 * passive frame ("is expected to"), its first comma before a participle
 * phrase ("..., giving workers time": 3 more exact on train, none fewer; after
 * "seems" the phrase was annotated inside twice of two). After "and",
 * "so" or "yet" only a clause or another opener ends it; a list goes on
 * ("to hire pilots, cooks, and clerks").
 */
function clauseTail(ctx: ReportedContext, from: number, end: number, passive: boolean): number {
  const { doc } = ctx;
  for (let k = from + 1; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const v = tokenAt(doc, k).value;
    if (v === ';') return k;
    if (passive && v === ',' && k + 1 < end && participleTail(ctx, k + 1, end)) return k;
    if (v !== ',' || k + 1 >= end || !TAIL_OPENERS.has(tokenAt(doc, k + 1).lower)) continue;
    if (!TAIL_COORDINATORS.has(tokenAt(doc, k + 1).lower) || TAIL_OPENERS.has(tokenAt(doc, k + 2).lower) || clauseStartsAt(doc, k + 2, end)) return k;
  }
  return end;
}
