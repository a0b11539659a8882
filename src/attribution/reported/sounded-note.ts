/**
 * Rule `reported/sounded-note`: the topic of a note its subject sounded,
 * `The mayor sounded a cautious note about the budget.`, `Ms. Ruiz sounded a
 * hopeful note for the harbor plan.` The content is the topic after "about",
 * "for", "on" or "regarding", cut as the topic of a noun of commenting
 * (`reported/noun-topic`): before clause punctuation, a subordinator, the
 * sentence's own next verb or a phrase of where or when; a topic that opens
 * with a question word runs to clause punctuation ("for what the plan
 * promised"). The cue is the verb group of "sounded" with the note and its
 * preposition. "sound" is no cue of the lexicon (a bell sounds, a plan sounds
 * good): only a determiner, at most two adjectives and "note" make it one.
 * A gerund with no subject of its own and a note another attribution already
 * holds give nothing, and so does a thing ("The bell sounded a low note"). Lower confidence than a clause, so `minConfidence` can
 * drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { plainTokens, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { speakerBefore, sharedSubject } from '../../speakers/phrase.js';
import { isSpeakingHead } from '../../speakers/kinds.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import { infinitiveEnd } from './noun-infinitive.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { opensTopic } from './noun-topic.js';
import { candidate, endBeforeDay, range, sentenceOf, TIME_WORDS, verbGroupStart, WH_WORDS, type ReportedContext } from './shared.js';
import { contentEnd, endAtClausePunctuation } from './content-end.js';
import { heldByExisting, spanIndex } from './span-index.js';
import { ARTICLES, NOTE_TOPIC_PREPOSITIONS } from '../../data/function-words.js';

/** The rule's name. */
const RULE = 'reported/sounded-note';
/** How sure the rule is (a topic of a noun cue, below a clause). */
const CONFIDENCE = 0.45;
/** How many adjectives may stand between the determiner and "note": "a cautious, upbeat note". */
const MAX_ADJECTIVES = 2;
/** How far a topic opened by a question word may run, in tokens. */
const MAX_QUESTION_TOPIC = 40;

/** Index of "note" after the verb at `verb` ("sounded a cautious note"), or -1. */
function noteAfter(ctx: ReportedContext, verb: number): number {
  const { doc } = ctx;
  const det = tokenAt(doc, verb + 1);
  if (!ARTICLES.has(det.lower) || det.sent !== tokenAt(doc, verb).sent) return -1;
  for (let k = verb + 2; k <= verb + 2 + MAX_ADJECTIVES && k < tokenCount(doc); k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || t.sent !== det.sent) return -1;
    if (t.lower === 'note') return k;
    if (t.pos !== 'ADJ' && t.value !== ',') return -1;
  }
  return -1;
}

/** The sounded-note attributions of the document, except where another candidate already holds the note or its topic. */
export function soundedNotes(ctx: ReportedContext, existing: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  if (!ctx.categories.has('speech')) return [];
  const found: Candidate[] = [];
  let index: ReturnType<typeof spanIndex> | null = null;
  const plain = plainTokens(doc);
  const table = doc.table;
  for (let v = 1, count = tokenCount(doc); v + 4 < count; v++) {
    // (a long text's token of another lemma is passed over without a token object)
    if (table !== undefined && table.lemmaOf(v) !== 'sound') continue;
    const verb = plain !== undefined ? plain[v]! : tokenAt(doc, v);
    if (verb.lemma !== 'sound' || verb.pos !== 'VERB' || ctx.quoted[v]) continue;
    // "while sounding a note": a gerund with no subject of its own
    if (/ing$/.test(verb.lower) && !/^(AUX)$/.test(tokenAt(doc, v - 1).pos)) continue;
    const note = noteAfter(ctx, v);
    if (note < 0) continue;
    const prep = tokenAt(doc, note + 1);
    const first = tokenAt(doc, note + 2);
    if (!NOTE_TOPIC_PREPOSITIONS.has(prep.lower) || prep.sent !== verb.sent || first.sent !== verb.sent || ctx.quoted[note + 2]) continue;
    const question = WH_WORDS.has(first.lower);
    if (!question && (!opensTopic(first) || TIME_WORDS.has(first.lower) || DAY_OR_MONTH.has(first.lower))) continue;
    const sentence = sentenceOf(doc, v);
    const cueFirst = verbGroupStart(doc, v, sentence.first + 1);
    const speaker = speakerBefore(doc, cueFirst, sentence.first) ?? sharedSubject(doc, cueFirst, v);
    // things sound notes too ("The bell sounded a low note"): a name, a pronoun or a head for people or an organisation
    if (!speaker || (speaker.kind === 'description' && !isSpeakingHead(tokenAt(doc, speaker.head ?? speaker.last - 1)))) continue;
    let end: number;
    if (question) end = endAtClausePunctuation(ctx, note + 2, sentence, MAX_QUESTION_TOPIC);
    else {
      // "sounded a cautious note about the budget in an interview on Monday": where and when are no part of it
      const bound = contentEnd(ctx, note + 2, sentence);
      end = infinitiveEnd(ctx, note + 1, cutMediumAdjunct(ctx, note + 2, bound), true);
      for (let cut = endBeforeDay(doc, note + 2, end); cut < end; cut = endBeforeDay(doc, note + 2, end)) end = cut;
    }
    if (end <= note + 2) continue;
    index ??= spanIndex([existing]);
    const part = range(doc, note + 2, end);
    if (heldByExisting(index, range(doc, v, note + 1), part)) continue;
    const cue: CueMatch = { first: cueFirst, last: note + 2, head: v, lemma: 'sound', category: 'speech', negated: false, form: 'verb' };
    found.push(candidate(ctx, [part], cue, speaker, RULE, CONFIDENCE));
  }
  return found;
}
