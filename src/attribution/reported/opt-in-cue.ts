/**
 * Cue spans of opt-in attributions (thought, evidence, stance) as annotated
 * news marks them: the feeling voiced with a clause belongs to the cue, and
 * leaves the content with its "that": `Ms. Varga expressed concern that the
 * plant would close` has the cue "expressed concern" and the content "the
 * plant would close"; so does a disposition shown (`The board has shown no
 * interest in selling the land`: cue "has shown no interest in", content
 * "selling the land"). Run last, on the kept candidates: the cue object is
 * replaced, and no later stage looks it up. Only for the opt-in categories
 * (a manner adverb before the cue joins it for every category, in
 * `cue-adverb.ts`).
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { DISPOSITION_NOUNS, FEELING_CLAUSE_NOUNS, FEELING_VERBS } from '../../data/cues.js';
import { clauseStartsAt } from './clause-start.js';
import { DETERMINER_OR_ADJECTIVE_TAGS, PRE_NOUN_TAGS } from '../../data/tags.js';
import { cueWith } from '../../cues/match.js';

/** Most tokens before the feeling noun: "expressed much remorse", "expressed similar doubts". */
const MAX_BEFORE_FEELING = 2;

/**
 * The token after the feeling noun that a cue of `FEELING_VERBS` at `c`
 * voices with a clause (`expressed [deep] concern [that] CLAUSE`), or -1.
 */
function feelingEnd(doc: Doc, c: Candidate, quoted: Readonly<Uint8Array>): number {
  const cue = c.cue!;
  let k = cue.last;
  while (k - cue.last < MAX_BEFORE_FEELING && PRE_NOUN_TAGS.has(tokenAt(doc, k).pos) && !FEELING_CLAUSE_NOUNS.has(tokenAt(doc, k).lower)) k++;
  const noun = tokenAt(doc, k);
  if (!FEELING_CLAUSE_NOUNS.has(noun.lower) || quoted[k] || noun.sent !== tokenAt(doc, cue.head).sent) return -1;
  const after = tokenAt(doc, k + 1);
  if (after.lower === 'that') return clauseStartsAt(doc, k + 2, doc.sentences[after.sent]!.last) ? k + 1 : -1;
  // without "that", a clause with a subject of its own ("confidence it would pass"), not a phrase ("the frustration of many voters")
  if (after.pos === 'ADP' || !clauseStartsAt(doc, k + 1, doc.sentences[noun.sent]!.last)) return -1;
  return k + 1;
}

/** Moves a voiced feeling from the content (or the gap before it) into the cue: "expressed concern" + "the plant would close". */
function takeFeeling(doc: Doc, c: Candidate, quoted: Readonly<Uint8Array>): void {
  const cue = c.cue!;
  if (!FEELING_VERBS.has(cue.lemma) || c.parts.length !== 1) return;
  const end = feelingEnd(doc, c, quoted);
  if (end < 0) return;
  const from = tokenAt(doc, end).lower === 'that' ? end + 1 : end;
  const part = c.parts[0]!;
  // the content must start at the feeling ("concern that ...") or right after its "that"
  if (part.start < tokenAt(doc, cue.last).start || part.start > tokenAt(doc, from).start || part.end <= tokenAt(doc, from).end) return;
  c.cue = cueWith(cue, { last: end });
  c.parts = [{ start: tokenAt(doc, from).start, end: part.end }];
}

/** Most words between "show" and the disposition noun: "no immediate", "little". */
const MAX_BEFORE_DISPOSITION = 2;

/**
 * Moves a disposition shown from the content into the cue: "has shown no
 * interest in" + "compensating the losers", "showed no sign of" + "backing
 * down", "has shown little inclination" + "to change" (the "to" stays with
 * the content, as annotated news marks it). Only the subject's own
 * disposition (rule `reported/cue-object`), not a finding of a poll.
 */
function takeDisposition(doc: Doc, c: Candidate, quoted: Readonly<Uint8Array>): void {
  const cue = c.cue!;
  // a finding of a poll or a report ("The survey showed little interest in the plan among voters") is a disposition of
  // others: it stays the content (rule `reported/evidence-object`); the subject's own takes the noun into the cue
  if (cue.lemma !== 'show' || c.parts.length !== 1 || c.rule !== 'reported/cue-object') return;
  let k = cue.last;
  while (k - cue.last < MAX_BEFORE_DISPOSITION && DETERMINER_OR_ADJECTIVE_TAGS.has(tokenAt(doc, k).pos) && !DISPOSITION_NOUNS.has(tokenAt(doc, k).lower)) k++;
  const noun = tokenAt(doc, k);
  if (!DISPOSITION_NOUNS.has(noun.lower) || quoted[k] || noun.sent !== tokenAt(doc, cue.head).sent) return;
  const after = tokenAt(doc, k + 1).lower;
  if (after !== 'in' && after !== 'of' && after !== 'to') return;
  const from = after === 'to' ? k + 1 : k + 2;
  const part = c.parts[0]!;
  // the content must start at the cue's object and run past the preposition
  if (part.start > tokenAt(doc, cue.last).start || part.end <= tokenAt(doc, from).end || quoted[from]) return;
  c.cue = cueWith(cue, { last: from });
  c.parts = [{ start: tokenAt(doc, from).start, end: part.end }];
}

/** Widens the cues of the kept opt-in attributions in `list` over a feeling voiced with a clause, or a disposition shown, after them. */
export function widenOptInCues(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category)) continue;
    takeFeeling(doc, c, quoted);
    takeDisposition(doc, c, quoted);
  }
}
