/**
 * Rule `reported/cue-topic-adjunct`: the topic of a verb of talking after a
 * listener, an adjunct or adverbs between the verb and "about": `Ms. Lund
 * talked to dock workers about the new toll.`, `Reed spoke at length about
 * the port.`, `Lee spoke at the pier on Tuesday about the ferry.`; and what
 * someone speaks out against or for: `Lee spoke out against the levy.` The content
 * is the topic, found as `reported/cue-topic` finds it right after the verb;
 * the cue is the verb alone. Lower confidence than a clause.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { OCCASION_NOUNS, SPAN_UNITS, TIME_UNITS } from '../../data/time.js';
import { COMPARATIVE_ADVERBS, LISTENER_PRONOUNS, INDEFINITE_ARTICLES } from '../../data/function-words.js';
import { SPEAK_OUT_STANCES, TOPIC_ADJUNCT_PREPOSITIONS, TOPIC_ADJUNCT_VERBS } from '../../data/cues.js';
import { sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { cueObject, objectAt } from './object.js';
import { cueWith } from '../../cues/match.js';

/** How many tokens may stand between the verb and "about". */
const MAX_GAP = 12;

/** Parts of speech inside a listener or adjunct phrase: "to the Harbor Times", "at next year's dinner". */
const GAP_POS = new Set(['ADV', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);


/**
 * The token of "about" after a listener, adjuncts or adverbs right after the
 * cue, or -1: only adverbs, prepositions of {@link TOPIC_ADJUNCT_PREPOSITIONS}
 * and the words of their noun phrases stand between ("about" before a number
 * is "roughly": "spoke for about an hour").
 */
function topicAfterAdjunct(ctx: ReportedContext, cue: CueMatch, last: number): number {
  const { doc } = ctx;
  for (let k = cue.last; k < last && k - cue.last <= MAX_GAP; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return -1;
    if (t.lower === 'about' && !roughly(ctx, k)) return k > cue.last && !onlyOneAdverb(ctx, cue, k) ? k : -1;
    // "the people he tried to talk to about the case": a preposition with no noun phrase of its own is stranded
    if (TOPIC_ADJUNCT_PREPOSITIONS.has(t.lower) && tokenAt(doc, k + 1).lower === 'about' && !roughly(ctx, k + 1)) return -1;
    if (t.lower === 'about' || TOPIC_ADJUNCT_PREPOSITIONS.has(t.lower) || GAP_POS.has(t.pos) || (t.pos === 'PRON' && LISTENER_PRONOUNS.has(t.lower))) continue;
    return -1;
  }
  return -1;
}

/** True when the "about" at `k` means "roughly": before a number or "an hour" ("spoke for about 30 minutes"). */
function roughly(ctx: ReportedContext, k: number): boolean {
  const next = tokenAt(ctx.doc, k + 1);
  return next.pos === 'NUM' || (INDEFINITE_ARTICLES.has(next.lower) && SPAN_UNITS.has(tokenAt(ctx.doc, k + 2).lower));
}

/** True when one adverb alone stands before "about" ("spoke proudly about"): the topic rule's own shape. */
function onlyOneAdverb(ctx: ReportedContext, cue: CueMatch, about: number): boolean {
  return about === cue.last + 1 && tokenAt(ctx.doc, cue.last).pos === 'ADV';
}

/**
 * One past the stance words after "speak out" and at most one adverb at `p`
 * ("out strongly against", "out in favor of"), or -1.
 */
function speakOutStance(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  if (tokenAt(doc, p).lower !== 'out') return -1;
  let k = p + 1;
  if (tokenAt(doc, k).pos === 'ADV') k++;
  for (const words of SPEAK_OUT_STANCES) {
    if (k + words.length >= last) continue;
    if (!words.every((w, i) => tokenAt(doc, k + i).lower === w)) continue;
    // "spoke out for an hour", "for about 20 minutes", "for years", "for the first time": a length of time or an
    // occasion, no stance
    const at = k + words.length;
    if (words[0] === 'for' && lengthOfTime(ctx, at)) return -1;
    return at;
  }
  return -1;
}

/**
 * True when a length of time or an occasion opens at `p` (after "for"): a
 * unit of time or "time(s)" that heads its phrase, after nothing or only
 * determiners, numbers, adjectives and "about" ("years", "an hour", "about
 * 20 minutes", "the first time"); not a unit word inside a longer name or
 * noun phrase ("the Second Amendment", "second chances", "day laborers").
 */
function lengthOfTime(ctx: ReportedContext, p: number): boolean {
  const { doc } = ctx;
  for (let j = p; j <= p + 2; j++) {
    const t = tokenAt(doc, j);
    if ((TIME_UNITS.has(t.value) || OCCASION_NOUNS.has(t.value)) && !/^(NOUN|PROPN)$/.test(tokenAt(doc, j + 1).pos)) return true;
    if (!/^(DET|NUM|ADJ)$/.test(t.pos) && t.lower !== 'about') return false;
  }
  return false;
}

/** `X talked to Y about Z`, `X spoke at length about Z`, `X spoke out against Z`. */
export function cueTopicAfterAdjunct(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !TOPIC_ADJUNCT_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  // "spoke out against the levy", "has spoken out in favor of the plan": the particle joins the cue
  const stance = cue.lemma === 'speak' ? speakOutStance(ctx, cue.last, sentence.last) : -1;
  if (stance >= 0) {
    const c = objectAt(ctx, cue, sentence, stance, 'reported/cue-topic');
    if (!c) return null;
    c.cue = cueWith(cue, { last: cue.last + 1 });
    c.rule = 'reported/cue-topic-adjunct';
    return c;
  }
  const about = topicAfterAdjunct(ctx, cue, sentence.last);
  if (about < 0) return null;
  // the topic as the topic rule reads it right after the verb; the verb alone stays the cue
  const c = cueObject(ctx, cueWith(cue, { last: about }));
  if (!c || c.rule !== 'reported/cue-topic') return null;
  c.cue = cue;
  c.rule = 'reported/cue-topic-adjunct';
  return comparedTopic(ctx, cue, about, c);
}

/**
 * The candidate with its topic ending before "than" when a comparative stands
 * between the verb and "about" ("spoke more openly about the strike than she
 * had in years": the comparison is the narrator's).
 */
function comparedTopic(ctx: ReportedContext, cue: CueMatch, about: number, c: Candidate): Candidate {
  const { doc } = ctx;
  let compared = false;
  for (let k = cue.last; k < about; k++) if (COMPARATIVE_ADVERBS.has(tokenAt(doc, k).lower)) compared = true;
  const last = c.parts[c.parts.length - 1];
  if (!compared || !last) return c;
  for (let k = about + 2; k < tokenCount(doc) && tokenAt(doc, k).start < last.end; k++) {
    if (tokenAt(doc, k).lower !== 'than' || ctx.quoted[k]) continue;
    if (tokenAt(doc, k - 1).start <= last.start) return c;
    c.parts = [...c.parts.slice(0, -1), { start: last.start, end: tokenAt(doc, k - 1).end }];
    return c;
  }
  return c;
}
