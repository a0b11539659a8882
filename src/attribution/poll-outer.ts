/**
 * A poll that reports what a share of its respondents said: `In a Gazette
 * poll released Monday, 52 percent of voters said the levy was fair.`, `Some
 * 40 percent said they would vote, according to a Harbor College survey.`,
 * `A Harbor College poll found that 52 percent of voters say the levy is fair.`
 * Records and studies that "show that" someone said something are credited
 * likewise, whoever the speaker: `The next batch of emails shows that Lee
 * asked the clerk to ...`.
 * Annotated news credits such a finding to the poll, the source the writer
 * took it from; the counted respondents only answered it. The speaker
 * becomes the poll; the cue and the rule stay. A trailing "in" counts only
 * with "a" or "an" ("in the earlier poll" compares).
 * @internal
 */
import type { Candidate, Mention } from './candidate.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { FINDING_SOURCES, FINDING_VERBS, POLL_COUNTS, POLL_NOUNS } from '../data/cues.js';
import { makeMention } from '../speakers/phrase.js';


/** How many tokens a poll's phrase may hold. */
const MAX_POLL = 14;


/** How many tokens may stand between the finding verb and the respondents: "found that just over half of them - 52 percent - of". */
const MAX_TO_COUNT = 12;

/** How many tokens may stand between a poll's head noun and its finding verb: "a Harbor poll released Friday also found". */
const MAX_TO_VERB = 5;

/** Parts of speech before a poll's head noun: "A new Harbor/Gazette poll". */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

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
  if (head < from || !POLL_NOUNS.has(tokenAt(doc, head).lower) || /^(average|averages|tracking|polling)$/.test(tokenAt(doc, head).lower)) return null;
  // what stands between the head and the verb: adverbs, auxiliaries, "released Friday", "in January"
  for (let k = head + 1; k < verb; k++) if (!/^(ADV|AUX|VERB|PROPN|NOUN|NUM|ADP)$/.test(tokenAt(doc, k).pos)) return null;
  let first = head;
  while (first - 1 >= from && head - first < MAX_POLL && (BEFORE_HEAD.has(tokenAt(doc, first - 1).pos) || /^[\/&-]$/.test(tokenAt(doc, first - 1).value))) first--;
  return makeMention(doc, first, head + 1);
}


/** How many tokens may stand between a record's head noun and its finding verb: "Research conducted for the Harbor Institute showed". */
const MAX_SOURCE_TO_VERB = 10;

/**
 * The poll, study or records that are the subject of a finding verb with
 * "that" right before `s`, any speaker: "The next batch of emails shows that
 * [Lee] asked ...", "Research conducted for the Harbor Institute showed that
 * [men] ...". The phrase ends at its head noun, with "X of" before it ("the
 * next batch of emails"); else null.
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
  let first = head;
  for (let round = 0; round < 2; round++) {
    while (first - 1 >= from && head - first < MAX_POLL && (BEFORE_HEAD.has(tokenAt(doc, first - 1).pos) || /^[\/&-]$/.test(tokenAt(doc, first - 1).value))) first--;
    // "the next batch of emails", "Early results of an entrance poll"
    if (round > 0 || first - 2 < from || tokenAt(doc, first - 1).lower !== 'of' || tokenAt(doc, first - 2).pos !== 'NOUN') break;
    first -= 2;
  }
  return makeMention(doc, first, head + 1);
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

/** Credits to the poll each reported finding whose speaker counts respondents, when its sentence names the poll. */
export function creditPolls(doc: Doc, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    const s = c.speaker;
    if (c.kind === 'direct' || s === null || c.cue === null) continue;
    const sentence = doc.sentences[tokenAt(doc, s.first).sent]!;
    // the subject of "show that" before the speaker: "The next batch of emails shows that Lee asked ..."
    const source = findingSource(doc, sentence.first, s);
    if (source !== null && source.kind !== 'pronoun') {
      c.speaker = source;
      continue;
    }
    const counted = isCount(doc, s);
    if (!counted && !isCountedBefore(doc, s, sentence.first)) continue;
    // the subject of a finding verb: "A Harbor poll found that 52 percent of voters say ..."
    let poll: Mention | null = pollSubject(doc, sentence.first, isCountedBefore(doc, s, sentence.first) ? s.first - 1 : s.first);
    if (poll === null && !counted) continue;
    // fronted: "In a Gazette poll released Monday, 52 percent ..."
    if (poll === null && tokenAt(doc, sentence.first).lower === 'in') {
      for (let k = sentence.first + 1; k < s.first; k++) {
        if (tokenAt(doc, k).value !== ',') continue;
        poll = pollIn(doc, sentence.first + 1, k);
        break;
      }
    }
    // trailing: "..., according to a Harbor College survey.", "... in a Gazette poll this month."
    for (let k = c.cue.last; poll === null && k + 2 < sentence.last; k++) {
      const according = tokenAt(doc, k).lower === 'according' && tokenAt(doc, k + 1).lower === 'to' && /^[,\u2014\u2013-]$|^['"\u2019\u201d]+$/.test(tokenAt(doc, k - 1).value);
      const inPoll = tokenAt(doc, k).lower === 'in' && /^(a|an)$/.test(tokenAt(doc, k + 1).lower);
      if (!according && !inPoll) continue;
      const from = according ? k + 2 : k + 1;
      let end = from;
      while (end < sentence.last && !/^[.,;:!?]$/.test(tokenAt(doc, end).value)) end++;
      poll = pollIn(doc, from, end);
    }
    if (poll !== null && poll.kind !== 'pronoun') c.speaker = poll;
  }
}
