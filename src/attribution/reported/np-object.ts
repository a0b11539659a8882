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
import { tokenAt } from '../../prepare/lookup.js';
import { NP_OBJECT_VERBS, SAID_WORDS_NOUNS, SAID_WORDS_OBJECT_VERBS } from '../../data/cues.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { passiveCue, sentenceOf, type ReportedContext } from './shared.js';
import { objectAt, progressive } from './object.js';

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
    if (saidWordsObject(ctx, p, sentence.last)) return { ...c, parts: beforeMeans(ctx, c.parts, p), confidence: CONFIDENCE };
    if (!NP_OBJECT_VERBS.has(cue.lemma)) return null;
  }
  // "rebutted the charge, saying it was false": an object holding another cue is no plain noun phrase
  const start = c.parts[0]!.start;
  const end = c.parts[c.parts.length - 1]!.end;
  return holdsOtherCue(ctx, cue, start, end) ? null : { ...c, confidence: CONFIDENCE };
}

/** The cues of a document by the offset their head token starts at, with that token's end. */
interface CueHeads {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly cues: readonly CueMatch[];
}

/**
 * {@link CueHeads} by the list of cues of a document (a list never changes
 * once the cues are found): one index for every cue's object, where a scan of
 * every cue for each made a long text's cues quadratic.
 */
const CUE_HEADS = new WeakMap<readonly CueMatch[], CueHeads>();

/** {@link CueHeads} of the context's cues, made on the first call. */
function cueHeads(ctx: ReportedContext): CueHeads {
  const known = CUE_HEADS.get(ctx.cues);
  if (known !== undefined) return known;
  const order = ctx.cues.map((cue) => {
    const head = tokenAt(ctx.doc, cue.head);
    return { cue, start: head.start, end: head.end };
  });
  order.sort((a, b) => a.start - b.start);
  const heads: CueHeads = { starts: order.map((o) => o.start), ends: order.map((o) => o.end), cues: order.map((o) => o.cue) };
  CUE_HEADS.set(ctx.cues, heads);
  return heads;
}

/** True when a cue other than `cue` has its head token inside offsets `start` to `end`. */
function holdsOtherCue(ctx: ReportedContext, cue: CueMatch, start: number, end: number): boolean {
  const { starts, ends, cues } = cueHeads(ctx);
  // the first head starting at `start` or later
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  // (a head starting past `end` ends past it too)
  for (let k = lo; k < starts.length && starts[k]! <= end; k++) if (ends[k]! <= end && cues[k] !== cue) return true;
  return false;
}
