/**
 * Rule `reported/cue-np-object`: what was said given as a noun phrase after a
 * verb of saying that rule `reported/cue-object` leaves alone, `The mayor
 * congratulated the winners.`, `The minister rebutted every charge.`, and
 * the words said that "echo" takes up, `The senator echoed those comments.`
 * (the object kept whole even when it holds a report of its own). Tried
 * after every other rule, with a lower confidence than `reported/cue-object`,
 * so `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { lowerBound, tokenAt } from '../../prepare/lookup.js';
import { NP_OBJECT_VERBS, SAID_WORDS_NOUNS, SAID_WORDS_OBJECT_VERBS } from '../../data/cues.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { objectAt, progressive } from './object.js';
import { candidateWith } from '../candidate.js';

/** How sure the rule is: below `reported/cue-object` (0.5). */
const CONFIDENCE = 0.4;

/** Most tokens before the noun that heads an object of words said: "the senator's earlier remarks". */
const MAX_HEAD_AT = 4;

/** True when the object at `p` is headed by a noun of words said ({@link SAID_WORDS_NOUNS}): "his remarks", "the charges". */
function saidWordsObject(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  for (let k = p; k < end && k - p <= MAX_HEAD_AT; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'NOUN') return SAID_WORDS_NOUNS.has(t.lower);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'PART' || POSSESSIVES.has(t.lower))) return false;
  }
  return false;
}

/**
 * The object's parts cut before a "by" and a gerund, the means of the act, a
 * report of its own: "echoed the warning by pointing out that ...".
 */
function beforeMeans(ctx: ReportedContext, parts: Candidate['parts'], p: number): Candidate['parts'] {
  const { doc } = ctx;
  const last = parts[parts.length - 1]!;
  for (let k = p + 1; tokenAt(doc, k).start < last.end; k++) {
    const next = tokenAt(doc, k + 1);
    if (tokenAt(doc, k).lower === 'by' && !ctx.quoted[k] && next.pos === 'VERB' && /ing$/.test(next.lower)) {
      const end = tokenAt(doc, k - 1).end;
      return end > last.start ? [...parts.slice(0, -1), { start: last.start, end }] : parts;
    }
  }
  return parts;
}

/** `X congratulated the winners` ({@link NP_OBJECT_VERBS}); `X echoed those comments` ({@link SAID_WORDS_OBJECT_VERBS}). */
export function cueNpObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const saidWords = SAID_WORDS_OBJECT_VERBS.has(cue.lemma);
  if (cue.form !== 'verb' || !(NP_OBJECT_VERBS.has(cue.lemma) || saidWords) || passiveCue(ctx.doc, cue) || progressive(ctx, cue)) return null;
  const sentence = sentenceOf(ctx.doc, cue.head);
  const c = objectAt(ctx, cue, sentence, cue.last, 'reported/cue-np-object');
  if (!c) return null;
  if (saidWords) {
    // "echoed the mayor's remarks": the words taken up, with any report they hold
    const at = c.parts[0]!.start;
    let p = cue.last;
    while (p < sentence.last && tokenAt(ctx.doc, p).end <= at) p++;
    if (saidWordsObject(ctx, p, sentence.last)) return candidateWith(c, { parts: beforeMeans(ctx, c.parts, p), confidence: CONFIDENCE });
    if (!NP_OBJECT_VERBS.has(cue.lemma)) return null;
  }
  // "rebutted the charge, saying it was false": an object holding another cue is no plain noun phrase
  const start = c.parts[0]!.start;
  const end = c.parts[c.parts.length - 1]!.end;
  return holdsOtherCue(ctx, cue, start, end) ? null : candidateWith(c, { confidence: CONFIDENCE });
}

/** True when a cue other than `cue` has its head token inside offsets `start` to `end`. */
function holdsOtherCue(ctx: ReportedContext, cue: CueMatch, start: number, end: number): boolean {
  const { doc, cues } = ctx;
  // (the cues come in text order, by head token, as cueHeadAt reads them: the first head starting at `start` or
  // later, then on while heads start by `end`; a head starting past `end` ends past it too)
  for (let k = lowerBound(cues, start, (c) => tokenAt(doc, c.head).start); k < cues.length; k++) {
    const head = tokenAt(doc, cues[k]!.head);
    if (head.start > end) break;
    if (head.end <= end && cues[k] !== cue) return true;
  }
  return false;
}
