/**
 * A poll that reports what a share of its respondents said: `In a Gazette
 * poll released Monday, 52 percent of voters said the levy was fair.`, `Some
 * 40 percent said they would vote, according to a Harbor College survey.`
 * Annotated news credits such a finding to the poll, the source the writer
 * took it from; the counted respondents only answered it. The speaker
 * becomes the poll; the cue and the rule stay. A trailing "in" counts only
 * with "a" or "an" ("in the earlier poll" compares).
 * @internal
 */
import type { Candidate, Mention } from './candidate.js';
import type { Doc } from '../prepare/document.js';
import { tokenAt } from '../prepare/lookup.js';
import { POLL_NOUNS } from '../data/cues.js';
import { makeMention } from '../speakers/phrase.js';

/** Words that count respondents: "52 percent", "a majority", "most", "half". */
const COUNTS = new Set(['percent', '%', 'majority', 'majorities', 'most', 'half', 'third', 'quarter', 'plurality', 'minority', 'many', 'few', 'share']);

/** How many tokens a poll's phrase may hold. */
const MAX_POLL = 14;

/** True when the mention counts respondents: "52 percent of voters", "Sixty-seven percent", "a majority of them". */
function isCount(doc: Doc, m: Mention): boolean {
  for (let k = m.first; k < Math.min(m.last, m.first + 5); k++) {
    const t = tokenAt(doc, k);
    if (t.lower === 'of') break;
    if (COUNTS.has(t.lower)) return true;
  }
  return false;
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
    if (c.kind === 'direct' || s === null || c.cue === null || !isCount(doc, s)) continue;
    const sentence = doc.sentences[tokenAt(doc, s.first).sent]!;
    let poll: Mention | null = null;
    // fronted: "In a Gazette poll released Monday, 52 percent ..."
    if (tokenAt(doc, sentence.first).lower === 'in') {
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
