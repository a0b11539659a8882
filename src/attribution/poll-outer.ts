/**
 * A poll that reports what a share of its respondents said: `In a Gazette
 * poll released Monday, 52 percent of voters said the levy was fair.`, `Some
 * 40 percent said they would vote, according to a Harbor College survey.`,
 * `A Harbor College poll found that 52 percent of voters say the levy is fair.`
 * Records and studies that "show", "find", "suggest", "indicate" or "reveal"
 * that someone said something are credited likewise, whoever the speaker:
 * `The next batch of emails shows that Lee asked the clerk to ...`; not
 * when the finding quotes the speaker's own words.
 * Annotated news credits such a finding to the poll, the source the writer
 * took it from; the counted respondents only answered it. The speaker
 * becomes the poll; the cue and the rule stay. A trailing "in" counts only
 * with "a" or "an" ("in the earlier poll" compares).
 * @internal
 */
import type { Candidate, Mention } from './candidate.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { COUNT_HEDGES, FINDING_SOURCES, FINDING_VERBS, POLL_AGGREGATES, POLL_COUNTS, POLL_NOUNS, SOURCE_AUTHOR_PREPOSITIONS } from '../data/cues.js';
import { POSSESSIVES } from '../data/clauses.js';
import { makeMention } from '../speakers/phrase.js';
import { holdsQuotedWords } from '../marks/quoted-words.js';
import { ARTICLES, INDEFINITE_ARTICLES } from '../data/function-words.js';
import { NOUN_HEADED_PHRASE_TAGS, NOUN_OPENING_TAGS } from '../data/tags.js';


/** How many words a quotation inside a finding must hold to be the speaker's own words ("a disaster"), not a term the writer sets off ("the "reporter""). */
const MIN_OWN_WORDS = 2;


/** How many tokens a poll's phrase may hold. */
const MAX_POLL = 14;


/** How many tokens may stand between the finding verb and the respondents: "found that just over half of them - 52 percent - of". */
const MAX_TO_COUNT = 12;

/** How many tokens may stand between a poll's head noun and its finding verb: "a Harbor poll released Friday also found". */
const MAX_TO_VERB = 5;

/** Parts of speech before a poll's or record's head noun: "A new Harbor/Gazette poll". */
const SOURCE_MODIFIER_POS: ReadonlySet<string> = NOUN_OPENING_TAGS;

/** Parts of speech of the author after "by" or "for": "A poll by the Gazette", "a survey for Harbor College". */
const AUTHOR_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/**
 * The first token of the phrase whose head noun is at `head`, from `from` on:
 * its modifiers and joining marks ("A new Harbor/Gazette poll"), opened at
 * most by a possessive pronoun ("Their latest poll", "His emails").
 */
function sourceStart(doc: Doc, from: number, head: number): number {
  let first = head;
  while (first - 1 >= from && head - first < MAX_POLL) {
    const t = tokenAt(doc, first - 1);
    if (POSSESSIVES.has(t.lower)) return first - 1;
    if (!SOURCE_MODIFIER_POS.has(t.pos) && !/^[\/&-]$/.test(t.value)) break;
    first--;
  }
  return first;
}

/**
 * One past the phrase whose head noun is at `head`: the author after "by" or
 * "for" when only that stands before `verb` ("A poll by the Gazette found"),
 * else one past the head.
 */
function sourceEnd(doc: Doc, head: number, verb: number): number {
  if (!SOURCE_AUTHOR_PREPOSITIONS.has(tokenAt(doc, head + 1).lower)) return head + 1;
  let end = head + 2;
  while (end < verb && end - head <= MAX_POLL && AUTHOR_POS.has(tokenAt(doc, end).pos) && !isMarkToken(tokenAt(doc, end).value)) end++;
  // (only nouns and names may end the author: "by the Gazette", never "by the")
  return end > head + 2 && /^(NOUN|PROPN)$/.test(tokenAt(doc, end - 1).pos) ? end : head + 1;
}

/** True when the mention counts respondents: "52 percent of voters", "Sixty-seven percent", "a majority of them". */
function isCount(doc: Doc, m: Mention): boolean {
  for (let k = m.first; k < Math.min(m.last, m.first + 5); k++) {
    const t = tokenAt(doc, k);
    if (t.lower === 'of') break;
    if (POLL_COUNTS.has(t.lower)) return true;
  }
  return false;
}

/** True when the count stands before the mention: "68 percent of [Democratic voters]", "55 percent - of [backers]". */
function isCountedBefore(doc: Doc, m: Mention, floor: number): boolean {
  if (m.first - 2 < floor || tokenAt(doc, m.first - 1).lower !== 'of') return false;
  for (let k = m.first - 2; k >= Math.max(floor, m.first - 4); k--) if (POLL_COUNTS.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/**
 * The poll that is the subject of a finding verb before the respondents:
 * "A Harbor poll found that [52 percent of voters] say", "Polls show as many as
 * [30 percent] say". The poll phrase ends at its head noun; only adverbs,
 * auxiliaries and a participle with its time phrase ("released Friday") may
 * stand between it and the verb, and no other verb between the verb and the count.
 */
function pollSubject(doc: Doc, from: number, count: number): Mention | null {
  let verb = count - 1;
  while (verb >= from && count - verb <= MAX_TO_COUNT && !FINDING_VERBS.has(tokenAt(doc, verb).lower)) {
    const t = tokenAt(doc, verb);
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[;:.!?]$/.test(t.value)) return null;
    verb--;
  }
  if (verb < from || !FINDING_VERBS.has(tokenAt(doc, verb).lower)) return null;
  let head = verb - 1;
  while (head >= from && verb - head <= MAX_TO_VERB && !POLL_NOUNS.has(tokenAt(doc, head).lower)) {
    if (/^[,;:.!?()]$/.test(tokenAt(doc, head).value)) return null;
    head--;
  }
  if (head < from || !POLL_NOUNS.has(tokenAt(doc, head).lower) || POLL_AGGREGATES.has(tokenAt(doc, head).lower)) return null;
  // what stands between the head and the verb: adverbs, auxiliaries, "released Friday", "in January"
  for (let k = head + 1; k < verb; k++) if (!/^(ADV|AUX|VERB|PROPN|NOUN|NUM|ADP)$/.test(tokenAt(doc, k).pos)) return null;
  return makeMention(doc, sourceStart(doc, from, head), head + 1);
}

/** How many tokens may stand between a record's head noun and its finding verb: "Research conducted for the Harbor Institute showed". */
const MAX_SOURCE_TO_VERB = 10;

/**
 * The poll, study or records that are the subject of a finding verb with
 * "that" right before `s`, any speaker: "The next batch of emails shows that
 * [Lee] asked ...", "Research conducted for the Harbor Institute showed that
 * [men] ...". The phrase ends at its head noun or its author after "by" or
 * "for" ("A poll by the Gazette"), with "X of" before it ("the next batch of
 * emails") and a possessive opening it ("His emails"); else null.
 */
function findingSource(doc: Doc, from: number, s: Mention): Mention | null {
  if (s.first - 2 < from || tokenAt(doc, s.first - 1).lower !== 'that') return null;
  let verb = s.first - 2;
  if (!FINDING_VERBS.has(tokenAt(doc, verb).lower)) return null;
  while (verb - 1 >= from && /^(AUX|ADV)$/.test(tokenAt(doc, verb - 1).pos)) verb--;
  let head = verb - 1;
  while (head >= from && verb - head <= MAX_SOURCE_TO_VERB && !FINDING_SOURCES.has(tokenAt(doc, head).lower)) {
    const t = tokenAt(doc, head);
    if (/^[,;:.!?()]$/.test(t.value) || isMarkToken(t.value) || !/^(ADV|AUX|VERB|PROPN|NOUN|NUM|ADP|DET|ADJ|PART|PUNCT)$/.test(t.pos)) return null;
    head--;
  }
  if (head < from || !FINDING_SOURCES.has(tokenAt(doc, head).lower)) return null;
  let first = sourceStart(doc, from, head);
  // "the next batch of emails", "Early results of an entrance poll"
  if (first - 2 >= from && tokenAt(doc, first - 1).lower === 'of' && tokenAt(doc, first - 2).pos === 'NOUN') first = sourceStart(doc, from, first - 2);
  return makeMention(doc, first, sourceEnd(doc, head, verb));
}

/** The poll phrase in tokens [from, to) when it is one ("a Gazette poll released Monday"), else null. */
function pollIn(doc: Doc, from: number, to: number): Mention | null {
  if (to - from < 1 || to - from > MAX_POLL) return null;
  let poll = false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (/^[,;:]$/.test(t.value)) return null;
    if (POLL_NOUNS.has(t.lower) && t.lower !== 'average' && t.lower !== 'averages') poll = true;
  }
  return poll ? makeMention(doc, from, to) : null;
}

/** A trailing poll phrase, tokens [from, end), opened by "according to" or "in a" at token `k`. */
interface TrailingPoll {
  readonly k: number;
  readonly from: number;
  readonly end: number;
}

/** The trailing poll opened at token `k` of a sentence ending at `last` ("according to a Harbor College survey", "in a Gazette poll"), or null. */
function trailingPollAt(doc: Doc, k: number, last: number): TrailingPoll | null {
  const according = tokenAt(doc, k).lower === 'according' && tokenAt(doc, k + 1).lower === 'to' && /^[,\u2014\u2013-]$|^['"\u2019\u201d]+$/.test(tokenAt(doc, k - 1).value);
  const inPoll = tokenAt(doc, k).lower === 'in' && INDEFINITE_ARTICLES.has(tokenAt(doc, k + 1).lower);
  if (!according && !inPoll) return null;
  const from = according ? k + 2 : k + 1;
  // (a phrase longer than MAX_POLL is no poll: the walk stops there)
  let end = from;
  while (end < last && end - from <= MAX_POLL && !/^[.,;:!?]$/.test(tokenAt(doc, end).value)) end++;
  return pollIn(doc, from, end) === null ? null : { k, from, end };
}

/** The first trailing poll opened at token `from` or later, before the sentence's end at `last` (a walk; see {@link sentencePolls}). */
function firstTrailingPoll(doc: Doc, from: number, last: number): TrailingPoll | null {
  for (let k = from; k + 2 < last; k++) {
    const found = trailingPollAt(doc, k, last);
    if (found !== null) return found;
  }
  return null;
}

/** Every trailing poll of the sentence at index `sent`, in order, stored in `polls`. */
function sentencePolls(doc: Doc, polls: Map<number, TrailingPoll[]>, sent: number): TrailingPoll[] {
  const sentence = doc.sentences[sent]!;
  const out: TrailingPoll[] = [];
  for (let k = sentence.first + 1; k + 2 < sentence.last; k++) {
    const found = trailingPollAt(doc, k, sentence.last);
    if (found !== null) out.push(found);
  }
  polls.set(sent, out);
  return out;
}

/** The first poll of `list` (in order of `k`) opened at token `k` or later, or null: a binary search. */
function firstAtOrAfter(list: readonly TrailingPoll[], k: number): TrailingPoll | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.k < k) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? null;
}

/** Credits to the poll each reported finding whose speaker counts respondents, when its sentence names the poll. */
export function creditPolls(doc: Doc, candidates: readonly Candidate[]): void {
  // the trailing polls of each sentence read so far, by sentence index
  let polls: Map<number, TrailingPoll[]> | undefined;
  for (const c of candidates) {
    const s = c.speaker;
    if (c.kind === 'direct' || s === null || c.cue === null) continue;
    const sent = tokenAt(doc, s.first).sent;
    const sentence = doc.sentences[sent]!;
    // the subject of "show that" before the speaker: "The next batch of emails shows that Lee asked ..."
    // (not when the speaker's own words are quoted: "The emails show that Lee called the plan "a mess for the town"")
    // (the quotation test last: it reads the content's text, and most speakers follow no finding verb)
    const found = findingSource(doc, sentence.first, s);
    const source = found !== null && !holdsQuotedWords(doc, c.parts, MIN_OWN_WORDS) ? found : null;
    if (source !== null && source.kind !== 'pronoun') {
      c.speaker = source;
      withCountedSubject(doc, c, s, sentence.first);
      continue;
    }
    const counted = isCount(doc, s);
    const countedBefore = isCountedBefore(doc, s, sentence.first);
    if (!counted && !countedBefore) continue;
    // the subject of a finding verb: "A Harbor poll found that 52 percent of voters say ..."
    let poll: Mention | null = pollSubject(doc, sentence.first, countedBefore ? s.first - 1 : s.first);
    if (poll === null && !counted) continue;
    // fronted: "In a Gazette poll released Monday, 52 percent ..."
    if (poll === null && tokenAt(doc, sentence.first).lower === 'in') {
      // (a comma past MAX_POLL tokens closes no poll: the walk stops there)
      for (let k = sentence.first + 1; k < s.first && k - (sentence.first + 1) <= MAX_POLL; k++) {
        if (tokenAt(doc, k).value !== ',') continue;
        poll = pollIn(doc, sentence.first + 1, k);
        break;
      }
    }
    // trailing: "..., according to a Harbor College survey.", "... in a Gazette poll this month."
    // (the sentence's trailing polls are found once: a scan to the sentence end for each count is quadratic in a
    // long sentence of counts)
    if (poll === null) {
      const found = c.cue.last > sentence.first ? firstAtOrAfter((polls ??= new Map()).get(sent) ?? sentencePolls(doc, polls, sent), c.cue.last) : firstTrailingPoll(doc, c.cue.last, sentence.last);
      if (found !== null) poll = pollIn(doc, found.from, found.end);
    }
    if (poll !== null && poll.kind !== 'pronoun') {
      c.speaker = poll;
      withCountedSubject(doc, c, s, sentence.first);
    }
  }
}

/**
 * `In a Gazette poll, just 8 percent of voters said the levy was fair`, `The
 * emails show that Lee asked the clerk to wait`: once the poll or the records
 * are credited, the speaker they report and its verb are part of what they
 * found, and open the content (with the count before "of" and the words that
 * hedge it: "just", "as many as"), when they stand right before it.
 */
function withCountedSubject(doc: Doc, c: Candidate, counted: Mention, floor: number): void {
  const first = c.parts[0];
  if (first === undefined || c.cue === null || counted.last > c.cue.first || tokenAt(doc, counted.first).start >= first.start) return;
  // only the cue (and its adverbs or auxiliaries) between the respondents and the content
  for (let k = counted.last; k < c.cue.first; k++) if (!/^(ADV|AUX|PART)$/.test(tokenAt(doc, k).pos)) return;
  let from = counted.first;
  // "68 percent of [Democratic voters]", "55 percent - of [backers]": the count before the mention
  if (isCountedBefore(doc, counted, floor)) {
    for (let k = counted.first - 2; k >= Math.max(floor, counted.first - 4); k--) {
      if (!POLL_COUNTS.has(tokenAt(doc, k).lower)) continue;
      from = k - 1 >= floor && tokenAt(doc, k - 1).pos === 'NUM' ? k - 1 : k;
      break;
    }
  }
  while (from - 1 >= floor && COUNT_HEDGES.has(tokenAt(doc, from - 1).lower)) from--;
  // ("a majority of riders", "a full 61 percent": the article before the count)
  if (from - 1 >= floor && ARTICLES.has(tokenAt(doc, from - 1).lower)) from--;
  c.parts[0] = { start: tokenAt(doc, from).start, end: first.end };
}
