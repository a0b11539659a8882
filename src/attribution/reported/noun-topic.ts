/**
 * Rule `reported/noun-topic`: the topic of a noun of commenting made by the
 * subject of a verb of giving, `Ms. Lund has made favorable comments about the
 * ferry plan.`, `Reed made no comment on the dredging vote Friday.` The content is the
 * topic after "about", "on" or "regarding", up to clause punctuation or the
 * sentence's own verb, a day or month at its end left out, as a topic of talk
 * after a verb (`reported/cue-topic`); the cue is the verb group of "made"
 * with the noun and its preposition. A noun only owned ("Reyes's comments
 * about the toll", which annotated news marks as often as the object of
 * another verb), a time after "on" ("made remarks on Tuesday") and a noun
 * another attribution already holds give nothing. Lower confidence than a
 * clause, so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import type { Doc, Token } from '../../prepare/document.js';
import { plainTokens, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { TOPIC_NOUNS, TOPIC_NOUN_PREPOSITIONS } from '../../data/cues.js';
import { DAY_OR_MONTH, TIME_NOUN_SET } from '../../data/time.js';
import { giverOf, giverVerb, infinitiveEnd } from './noun-infinitive.js';
import { candidate, endBeforeDay, range, sentenceOf, TIME_WORDS, verbGroupStart, type ReportedContext } from './shared.js';
import { contentEnd } from './content-end.js';
import { heldByExisting, spanIndex } from './span-index.js';
import { CONTENT_OPENING_TAGS } from '../../data/tags.js';

/** The rule's name. */
const RULE = 'reported/noun-topic';
/** How sure the rule is (a topic of a noun cue, below a topic after a verb). */
const CONFIDENCE = 0.45;
/** Parts of speech that may open the topic: a noun phrase or a gerund ("comments on building a wall"). */
const TOPIC_START: ReadonlySet<string> = CONTENT_OPENING_TAGS;

/** True when `t` may open a topic or what is mentioned: a noun phrase or a gerund, not another verb form. */
export function opensTopic(t: Token): boolean {
  return TOPIC_START.has(t.pos) && (t.pos !== 'VERB' || /ing$/.test(t.lower));
}

/**
 * True when the topic that would start at token `k` is a time ("her remarks
 * on Tuesday", "on the day", "comments on Monday's vote" stays): a time word,
 * or a day, month or time noun as the word or the word after a determiner.
 */
export function isTimeTopic(doc: Doc, k: number): boolean {
  const first = tokenAt(doc, k);
  const head = first.pos === 'DET' ? tokenAt(doc, k + 1) : first;
  return TIME_WORDS.has(first.lower) || DAY_OR_MONTH.has(head.lower) || TIME_NOUN_SET.has(head.lower);
}

/**
 * The entry of `nouns` for the noun at token `k` when a preposition it takes
 * (`takes`) follows and a topic opens after it in the same sentence, all
 * unquoted, the topic no time: "comments on building", "no mention of the
 * strike" (not "her remarks on Tuesday"); undefined otherwise. The token
 * is tagged a noun ({@link madeNounSites}).
 */
function madeNounSite<T>(ctx: ReportedContext, k: number, t: Token, nouns: ReadonlyMap<string, T>, takes: (preposition: string, noun: T) => boolean): T | undefined {
  const { doc } = ctx;
  const noun = nouns.get(t.lower);
  if (noun === undefined || ctx.quoted[k]) return undefined;
  const prep = tokenAt(doc, k + 1);
  const first = tokenAt(doc, k + 2);
  if (!takes(prep.lower, noun) || prep.sent !== t.sent || first.sent !== t.sent || ctx.quoted[k + 2]) return undefined;
  // a noun phrase or a gerund ("comments on building", "no mention of raising taxes"), and no time: "her remarks on Tuesday", "on the day"
  if (!opensTopic(first) || isTimeTopic(doc, k + 2)) return undefined;
  return noun;
}

/** A noun of a made attribution at token `k`, with its entry of the table. */
export interface MadeNounSite<T> {
  readonly k: number;
  readonly noun: T;
}

/**
 * Every noun of `nouns` in the document, in text order, with a preposition it
 * takes and a topic after it ({@link madeNounSite}): where {@link nounTopics}
 * and `noun-mention.ts` look for a made attribution ("made comments on",
 * "made no mention of").
 */
export function madeNounSites<T>(ctx: ReportedContext, nouns: ReadonlyMap<string, T>, takes: (preposition: string, noun: T) => boolean): MadeNounSite<T>[] {
  const { doc } = ctx;
  const sites: MadeNounSite<T>[] = [];
  const plain = plainTokens(doc);
  const table = doc.table;
  for (let k = 0, count = tokenCount(doc); k + 2 < count; k++) {
    // (the tag first: most tokens are no noun, and then need no look-up, nor a long text's token object)
    if (table !== undefined && table.posOf(k) !== 'NOUN') continue;
    const t = plain !== undefined ? plain[k]! : tokenAt(doc, k);
    if (t.pos !== 'NOUN') continue;
    const noun = madeNounSite(ctx, k, t, nouns, takes);
    if (noun !== undefined) sites.push({ k, noun });
  }
  return sites;
}

/** True when `preposition` is one a noun of {@link TOPIC_NOUNS} takes before its topic. */
const takesTopic = (preposition: string): boolean => TOPIC_NOUN_PREPOSITIONS.has(preposition);

/** The made noun-topic attributions of the document, except where another candidate already holds the noun or its topic. */
export function nounTopics(ctx: ReportedContext, existing: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('speech')) return [];
  const found: Candidate[] = [];
  let index: ReturnType<typeof spanIndex> | null = null;
  for (const { k, noun: lemma } of madeNounSites(ctx, TOPIC_NOUNS, takesTopic)) {
    const t = tokenAt(doc, k);
    // (a noun whose verb the caller removed is off too: `removeCues: ['remark']` drops "made remarks about ...")
    if (ctx.removedNouns.has(t.lower)) continue;
    const sentence = sentenceOf(doc, k);
    const verb = giverVerb(doc, k, sentence);
    const speaker = verb >= 0 ? giverOf(doc, k, sentence) : null;
    if (!speaker) continue;
    let end = infinitiveEnd(ctx, k + 1, contentEnd(ctx, k + 2, sentence), true);
    // "made no comment on the dredging vote Friday": the day is the narrator's
    end = endBeforeDay(doc, k + 2, end);
    if (end <= k + 2) continue;
    index ??= spanIndex([existing]);
    const parts = [range(doc, k + 2, end)];
    if (heldByExisting(index, t, parts[0]!)) continue;
    // the cue: "has made favorable comments about", the verb group of "made" with the noun and its preposition
    const cueFirst = verbGroupStart(doc, verb, speaker.last);
    const cue: CueMatch = { first: cueFirst, last: k + 2, head: k, lemma, category: 'speech', negated: false, form: 'verb' };
    found.push(candidate(ctx, parts, cue, speaker, RULE, CONFIDENCE));
  }
  return found;
}
