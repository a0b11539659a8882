/**
 * Rule `reported/noun-mention`: what the subject of a verb of giving mentions
 * with a noun of mentioning, `Mayor Tobin made no mention of the strike.`,
 * `Ms. Vale has made veiled references to the audit.` The content is the noun
 * phrase after "of" / "to", cut as the topic of a noun of commenting
 * (`reported/noun-topic`); the cue is the verb group of "made" with the noun
 * and its preposition. "made no mention" reports, as "did not mention" does,
 * what was left unsaid. A gerund of "make" with no subject of its own
 * ("barred from making references to ..."), a time after the preposition and
 * a noun another attribution already holds give nothing. Lower confidence than
 * a clause, so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { MENTION_NOUNS } from '../../data/cues.js';
import { POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { giverOf, giverVerb, infinitiveEnd } from './noun-infinitive.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { madeNounSites } from './noun-topic.js';
import { candidate, endBeforeDay, range, sentenceOf, verbGroupStart, type ReportedContext } from './shared.js';
import { contentEnd } from './content-end.js';
import { heldByExisting, spanIndex } from './span-index.js';
import { NOUN_OPENING_TAGS } from '../../data/tags.js';
import { LIST_CONJUNCTIONS } from '../../data/function-words.js';

/** The rule's name. */
const RULE = 'reported/noun-mention';
/** How sure the rule is (a noun phrase after a noun cue, below a clause). */
const CONFIDENCE = 0.45;

/** Parts of speech of a noun phrase in a list of what is mentioned: "God, religion or his faith". */
const LIST_WORDS: ReadonlySet<string> = NOUN_OPENING_TAGS;

/**
 * The end of a list that runs on after a comma at `end`: `God, religion or his
 * faith`. Each item after a comma is a noun phrase of a few words, and the
 * list must close with "and" / "or" (after a comma or not: "the strike, the
 * flood, or the fire") and a last noun phrase before clause punctuation or the
 * sentence's end; else `end` ("Ann Ruiz, who left ...").
 */
function listEnd(ctx: ReportedContext, end: number, last: number): number {
  const { doc } = ctx;
  const phrase = (p: number): number => {
    let q = p;
    while (q < last && q - p < 5 && !ctx.quoted[q] && (LIST_WORDS.has(tokenAt(doc, q).pos) || POSSESSIVES_AND_YOUR.has(tokenAt(doc, q).lower))) q++;
    return q > p && tokenAt(doc, q - 1).pos !== 'DET' ? q : p;
  };
  let p = end;
  while (p < last && tokenAt(doc, p).value === ',') {
    const q = phrase(p + 1);
    if (q === p + 1) return end;
    // (a comma before the closing "and" / "or": "the strike, the flood, or the fire")
    const comma = tokenAt(doc, q).value === ',' && LIST_CONJUNCTIONS.has(tokenAt(doc, q + 1).lower) && q + 1 < last ? 1 : 0;
    const next = tokenAt(doc, q + comma);
    if (next.lower === 'and' || next.lower === 'or') {
      const r = phrase(q + comma + 1);
      if (r === q + comma + 1) return end;
      return r >= last || /^[.;:,!?]$/.test(tokenAt(doc, r).value) ? r : end;
    }
    p = q;
  }
  return end;
}

/** True when `preposition` is the one a noun of {@link MENTION_NOUNS} takes: "mention of", "reference to". */
const takesMention = (preposition: string, noun: { readonly preposition: string }): boolean => preposition === noun.preposition;

/** The noun-mention attributions of the document, except where another candidate already holds the noun or what it mentions. */
export function nounMentions(ctx: ReportedContext, existing: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('speech')) return [];
  const found: Candidate[] = [];
  let index: ReturnType<typeof spanIndex> | null = null;
  for (const { k, noun } of madeNounSites(ctx, MENTION_NOUNS, takesMention)) {
    const t = tokenAt(doc, k);
    const sentence = sentenceOf(doc, k);
    const verb = giverVerb(doc, k, sentence);
    // "prohibited from making references to ...": a gerund with no subject of its own reports nothing made
    if (verb < 0 || /ing$/.test(tokenAt(doc, verb).lower)) continue;
    const speaker = giverOf(doc, k, sentence);
    if (!speaker) continue;
    // "made no mention of the strike in his speech", "during the debate": where it was (not) said is no part of it
    const bound = contentEnd(ctx, k + 2, sentence);
    const medium = cutMediumAdjunct(ctx, k + 2, bound);
    let end = infinitiveEnd(ctx, k + 1, medium, true);
    end = endBeforeDay(doc, k + 2, end);
    if (end <= k + 2) continue;
    end = listEnd(ctx, end, medium < bound ? medium : sentence.last);
    index ??= spanIndex([existing]);
    const parts = [range(doc, k + 2, end)];
    if (heldByExisting(index, t, parts[0]!)) continue;
    // the cue: "has made no mention of", the verb group of "made" with the noun and its preposition
    const cueFirst = verbGroupStart(doc, verb, speaker.last);
    const cue: CueMatch = { first: cueFirst, last: k + 2, head: k, lemma: noun.lemma, category: 'speech', negated: false, form: 'verb' };
    found.push(candidate(ctx, parts, cue, speaker, RULE, CONFIDENCE));
  }
  return found;
}
