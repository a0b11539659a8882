/**
 * Rule `reported/passive-subject`: what was announced or reported stands as the
 * subject of a passive cue, `The merger was announced on Monday.`, `The move was
 * first reported by The Ledger.`, `The blasts, which were claimed by the
 * group, ...` (a relative "which" after a comma as the subject). The agent
 * after "by", when there is one, is the speaker. Lower confidence than a
 * clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { speakerAfter, timePhraseEnd } from '../../speakers/phrase.js';
import { PASSIVE_OBJECT_VERBS } from '../../data/cues.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { POSSESSIVES, SUBJECT_PREPOSITIONS, PASSIVE_SUBJECT_OPENERS } from '../../data/clauses.js';
import { TIME_DETERMINERS, TIME_UNITS } from '../../data/time.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';
import { agentBeforeTo } from './said-by-to.js';

/** Parts of speech inside the subject noun phrase. */
const SUBJECT_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;
/** How long the subject may be, in tokens. */
const MAX_SUBJECT = 10;

/**
 * True when the token at `k` goes on inside a subject noun phrase: a
 * preposition of {@link SUBJECT_PREPOSITIONS} between two of its words, or an
 * infinitive on its noun ("the plan to close the pier").
 */
function insideSubject(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const before = tokenAt(doc, k - 1);
  if (t.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(t.lower)) return /^(NOUN|PROPN)$/.test(before.pos);
  if (t.lower === 'to' && t.pos === 'PART') return before.pos === 'NOUN' && tokenAt(doc, k + 1).pos === 'VERB';
  return t.pos === 'VERB' && before.lower === 'to' && before.pos === 'PART';
}

/**
 * True when a determiner or a possessive at `k` follows a noun: a noun phrase
 * opens there, another one ends before it; not a time ("The budget this year",
 * "the vote next week": the time belongs to the subject).
 */
function opensAfterNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (TIME_DETERMINERS.has(t.lower) && TIME_UNITS.has(tokenAt(doc, k + 1).lower)) return false;
  return /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos) && (t.pos === 'DET' || POSSESSIVES.has(t.lower));
}

/**
 * True when the token at `k` is a relative "which" right after a comma, in the
 * same sentence: the subject of a non-restrictive relative clause ("the
 * attacks, which were claimed by the group").
 */
function relativeSubjectAt(doc: Doc, k: number): boolean {
  if (k < 1 || tokenAt(doc, k).lower !== 'which') return false;
  const comma = tokenAt(doc, k - 1);
  return comma.value === ',' && comma.sent === tokenAt(doc, k).sent;
}

/**
 * The noun phrase that ends right before token `end`, not before `floor`: its
 * first token, and whether it stopped at a determiner or possessive after a
 * noun (`cut`: "After talks with the union the deal ...", the noun ends an
 * adjunct). `start === end` when no such phrase ends there.
 */
export function subjectBefore(doc: Doc, end: number, floor: number): { start: number; cut: boolean } {
  let start = end;
  let cut = false;
  while (start > floor && end - start < MAX_SUBJECT && !(cut = opensAfterNoun(doc, start)) && (SUBJECT_POS.has(tokenAt(doc, start - 1).pos) || POSSESSIVES.has(tokenAt(doc, start - 1).lower) || insideSubject(doc, start - 1))) start--;
  return { start, cut };
}

/** `NP was announced`, `NP was first reported by X`, `..., which was claimed by X`. */
export function passiveSubject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!PASSIVE_OBJECT_VERBS.has(cue.lemma) || !passiveCue(doc, cue) || !/ed$/.test(tokenAt(doc, cue.head).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  // ", which was first reported by The Ledger": a relative "which" after a comma stands for what was reported
  const relative = relativeSubjectAt(doc, cue.first - 1);
  // the subject ends right before the auxiliary
  const { start, cut } = relative ? { start: cue.first - 1, cut: false } : subjectBefore(doc, cue.first, sentence.first);
  if (start === cue.first) return null;
  const first = tokenAt(doc, start);
  // a pronoun or a bare name ("it was announced", "Smith was asked") is not what was said
  if (!relative && (cue.first - start < 2 || first.pos === 'PROPN' && tokenAt(doc, cue.first - 1).pos === 'PROPN')) return null;
  const before = maybeToken(doc, start - 1);
  // (a subject cut off after an adjunct's noun stands on its own: "Since the storm the closure of the pier was announced")
  if (before && !cut && before.sent === first.sent && !/^[,;:(]$/.test(before.value) && !isMarkToken(before.value) && !PASSIVE_SUBJECT_OPENERS.has(before.lower)) return null;
  let speaker: Mention | null = null;
  let k = cue.last;
  while (k < sentence.last && tokenAt(doc, k).pos === 'ADV') k++;
  // "The rumor was revealed to be false", "Lee is reported to have left": a passive cue raising its subject
  // before an infinitive says something of the subject, which is not what was reported
  if (tokenAt(doc, k).lower === 'to' && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) return null;
  // (with its agent before the infinitive too, "Lee was reported by aides to be furious": `reported/said-to-agent`, fix96)
  if (agentBeforeTo(doc, k, sentence.last) !== null) return null;
  // "The hiker was reported missing", "was declared dead": the cue says a state of its subject, not what was reported
  // ("reported killed", "confirmed missing": a participle as the state too)
  const state = tokenAt(doc, k);
  if (k < sentence.last && (state.pos === 'ADJ' || (state.pos === 'VERB' && /(ing|ed)$/.test(state.lower))) && !/^(NOUN|PROPN|NUM)$/.test(tokenAt(doc, k + 1).pos)) return null;
  // ("was first disclosed last month by The Ledger", "was announced on Monday by the board": a time phrase before the agent)
  const time = timePhraseEnd(doc, k, sentence.last);
  const by = time > k && tokenAt(doc, time).lower === 'by' ? time : k;
  if (tokenAt(doc, by).lower === 'by') speaker = speakerAfter(doc, by + 1, sentence.last);
  // "No deaths were reported, according to police": the source's trailing "according to" reports the whole clause
  else if (tokenAt(doc, time).value === ',' && tokenAt(doc, time + 1).lower === 'according' && tokenAt(doc, time + 2).lower === 'to' && time + 2 < sentence.last) return null;
  return candidate(ctx, [range(doc, start, cue.first)], cue, speaker, 'reported/passive-subject', 0.45);
}
