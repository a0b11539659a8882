/**
 * Rule `reported/asked-for`: what the subject of an active "asked" requested,
 * named after "for": `The union asked for a new contract.`, `Mayor Reyes has
 * asked for $2 million to repair the pier.`, and with the one asked between
 * the verb and "for": `The lawyer asked the judge for a short delay.` The
 * content is the noun phrase after "for" with an infinitive of its own ("to
 * repair the pier"), cut as the topic of a noun of commenting is
 * (`reported/noun-topic`): before clause punctuation, a subordinator, the
 * sentence's own next verb, or a phrase of where or when it was asked ("in
 * a letter", "on Monday", "last year"). A passive ("was asked for his view") is
 * `reported/asked`'s; an infinitive or a gerund of "ask" ("refused to ask for
 * help", "a letter asking for ..."), a length of time ("asked for years"),
 * a "for" with nothing after it ("what his aides asked for") and a participle
 * after its noun before the sentence's own verb ("The price asked for the
 * house was ..."), a participle set off by commas ("The board, asked for its
 * view, declined ...": passive) and a bare "it" closing the sentence ("asked
 * for it": deserved it) give nothing.
 * A noun phrase, so a lower confidence than a clause (`minConfidence` can drop
 * it).
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import { DAY_OR_MONTH, OCCASION_NOUNS, TIME_NOUN_SET, TIME_UNITS, RELATIVE_TIME_DETERMINERS, SPAN_DIRECTION_ADVERBS } from '../../data/time.js';
import { infinitiveEnd } from './noun-infinitive.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { candidate, endBeforeSecondClause, range, sentenceOf, TIME_WORDS, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { contentEnd } from './content-end.js';
import { FINITE_ASK_FORMS } from '../../data/cues.js';
import { PERSON_PHRASE_TAGS } from '../../data/tags.js';
import { TRAILING_CIRCUMSTANCE_OPENERS } from '../../data/clauses.js';
import { clauseStartsAt } from './clause-start.js';
import { cueWith } from '../../cues/match.js';

/** The rule's name. */
const RULE = 'reported/asked-for';
/** How sure the rule is (a noun phrase requested, below a clause). */
const CONFIDENCE = 0.45;
/** Parts of speech of the one asked between "asked" and "for": `asked the state court for ...`. */
const LISTENER_POS: ReadonlySet<string> = PERSON_PHRASE_TAGS;
/** How many words the one asked may take. */
const MAX_LISTENER = 5;
/** Parts of speech that may open what was asked for: a noun phrase ("$2 million": a symbol). */
const REQUEST_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'SYM']);
/** Reflexive pronouns after "for" request nothing: "asked for himself". */
const REFLEXIVE = /self$|selves$/;

/** True for an auxiliary or a verb not in -ing: the verb of a clause ("was", "declined"), not a gerund ("finding"). */
function finiteVerb(t: { readonly pos: string; readonly lower: string }): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));
}

/** True when the words from `p` measure a length of time: "for years", "for two weeks", "for a long time". */
function lengthOfTime(ctx: ReportedContext, p: number): boolean {
  const { doc } = ctx;
  for (let j = p; j <= p + 2 && j < tokenCount(doc); j++) {
    const t = tokenAt(doc, j);
    if (TIME_UNITS.has(t.lower) || OCCASION_NOUNS.has(t.lower) || TIME_NOUN_SET.has(t.lower)) return true;
    if (!/^(DET|NUM|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

/** Index of the "for" after the cue, past the one asked (`asked the court for`), or -1. */
function forAfter(ctx: ReportedContext, cue: CueMatch, last: number): number {
  const { doc } = ctx;
  // (a cue that already holds its "for")
  if (tokenAt(doc, cue.last - 1).lower === 'for') return cue.last - 1;
  for (let k = cue.last; k < Math.min(last, cue.last + MAX_LISTENER + 1); k++) {
    if (ctx.quoted[k]) return -1;
    const t = tokenAt(doc, k);
    if (t.lower === 'for') return k > cue.last && tokenAt(doc, k - 1).pos === 'DET' ? -1 : k;
    if (!LISTENER_POS.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * The first token in [from, end) that opens a clause of time or circumstance
 * ("when", "while", "after", ... with a clause after it): "a recount | when
 * the margin is small"; else `end`. `reported/asked-listener` cuts a topic
 * with "about" there too ("about the budget | when the meeting began").
 */
export function circumstanceClauseAt(ctx: ReportedContext, from: number, end: number, last: number): number {
  for (let k = from; k < end; k++) {
    if (!ctx.quoted[k] && TRAILING_CIRCUMSTANCE_OPENERS.has(tokenAt(ctx.doc, k).lower) && clauseStartsAt(ctx.doc, k + 1, last)) return k;
  }
  return end;
}

/** `X asked for NP`, `X asked Y for NP`. */
export function askedFor(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!ctx.categories.has('speech') || cue.form !== 'verb' || cue.lemma !== 'ask' || cue.negated) return null;
  const head = tokenAt(doc, cue.head);
  if (!FINITE_ASK_FORMS.has(head.lower) || head.pos !== 'VERB' || passiveCue(doc, cue)) return null;
  // "to ask for help": an infinitive reports no request made
  if (tokenAt(doc, cue.head - 1).lower === 'to') return null;
  const sentence = sentenceOf(doc, cue.head);
  const at = forAfter(ctx, cue, sentence.last);
  if (at < 0 || at + 1 >= sentence.last) return null;
  const first = tokenAt(doc, at + 1);
  if (ctx.quoted[at + 1] || !REQUEST_START.has(first.pos) || (first.pos === 'SYM' && first.value !== '$') || REFLEXIVE.test(first.lower)) return null;
  if (TIME_WORDS.has(first.lower) || lengthOfTime(ctx, at + 1)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  // "asked for $2 million in a letter on Monday": where and when it was asked are no part of it
  const bound = contentEnd(ctx, at + 1, sentence);
  const medium = cutMediumAdjunct(ctx, at + 1, bound);
  let end = endBeforeSecondClause(ctx, at + 1, infinitiveEnd(ctx, at, medium, true));
  // "asked for a recount when the margin is small": a clause of time or circumstance, whatever the tag of its opener
  end = circumstanceClauseAt(ctx, at + 2, end, sentence.last);
  while (end - 1 > at + 1 && DAY_OR_MONTH.has(tokenAt(doc, end - 1).lower)) end -= tokenAt(doc, end - 2).lower === 'on' || tokenAt(doc, end - 2).lower === 'in' ? 2 : 1;
  // "asked for a raise last year", "... earlier this month": when it was asked is the narrator's
  if (end - 2 > at + 1 && RELATIVE_TIME_DETERMINERS.has(tokenAt(doc, end - 2).lower) && TIME_UNITS.has(tokenAt(doc, end - 1).lower)) {
    end -= 2;
    if (end - 1 > at + 1 && SPAN_DIRECTION_ADVERBS.has(tokenAt(doc, end - 1).lower)) end--;
  }
  // "asked for copies as well", "asked for help again": an adverb at the end is the narrator's
  if (end - 2 > at + 1 && tokenAt(doc, end - 2).lower === 'as' && tokenAt(doc, end - 1).lower === 'well') end -= 2;
  // (not one that ends a phrase: "to the back")
  while (end - 1 > at + 1 && tokenAt(doc, end - 1).pos === 'ADV' && !ctx.quoted[end - 1] && !/^(DET|ADP|PART)$/.test(tokenAt(doc, end - 2).pos)) end--;
  if (end <= at + 1) return null;
  // "The price asked for the house was ...": a participle after its noun, the sentence's verb after the phrase
  if (cue.first === cue.head && end < sentence.last && finiteVerb(tokenAt(doc, end)) && /^(NOUN|PROPN)$/.test(tokenAt(doc, cue.first - 1).pos)) return null;
  // "The board, asked for its view, declined to comment": a participle set off by commas is passive, its noun the one asked
  if (cue.first === cue.head && tokenAt(doc, cue.first - 1).value === ',' && end + 1 < sentence.last && tokenAt(doc, end).value === ',' && finiteVerb(tokenAt(doc, end + 1))) return null;
  // "the senator asked for it.": the idiom (deserved it), no request
  if (end === at + 2 && tokenAt(doc, at + 1).lower === 'it' && /^[.!?]$/.test(tokenAt(doc, end).value)) return null;
  // the cue takes its "for" when nothing stands between ("asked for"); with the one asked between, "asked" alone
  const spanned: CueMatch = at === cue.last ? cueWith(cue, { last: at + 1 }) : cue;
  return candidate(ctx, [range(doc, at + 1, end)], spanned, speaker, RULE, CONFIDENCE);
}
