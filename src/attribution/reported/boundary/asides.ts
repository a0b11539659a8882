/**
 * A narrator's aside that the cue stands in ends the content: in the invented
 * `The mayor (who said the pier would reopen in May) voted no.` the content
 * ends at the ")", and in `The mayor -- who said in March that fares would
 * not rise -- signed the bill.` at the second spaced dash. The asides of a
 * sentence are read once per sentence.
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import type { Segment } from '../../../prepare/document.js';
import { isSpacedDash, spacedDash, type ReportedContext } from '../shared.js';

/**
 * The end of a reported clause `[from, end)` at the close of the aside its cue
 * stands in: a parenthesis opened before the cue in its sentence and not
 * closed before it ends the content at its `)` ("The minister (who said that
 * she would resign) voted ..."); a spaced dash ends it when the spaced dashes
 * before the cue in its sentence are odd in number ("The governor -- who said
 * in March that taxes would not rise -- signed ..."). Quoted tokens are not
 * counted, and a close within the content's first two tokens is passed over.
 * Else `end`.
 */
export function cutAtAsideClose(ctx: ReportedContext, sentence: Segment, cueFirst: number, from: number, end: number): number {
  if (cueFirst <= sentence.first || cueFirst > sentence.last) return end; // (the cue opens its sentence: no aside before it)
  const asides = asidesOf(ctx, sentence);
  const i = cueFirst - sentence.first;
  const paren = asides.open[i]! > 0;
  if (!paren && asides.dashes[i]! % 2 === 0) return end;
  // (a close right after the content's first word leaves no clause to cut: the content started inside the aside)
  let k = from + 2;
  if (k >= sentence.first && k < sentence.last) {
    const close = (paren ? asides.nextParen : asides.nextDash)[k - sentence.first]!;
    if (close < sentence.last) return close < end ? close : end;
    k = sentence.last;
  }
  for (k = Math.max(k, from + 2); k < end; k++) {
    if (ctx.quoted[k]) continue;
    if (paren ? tokenAt(ctx.doc, k).value === ')' : spacedDash(ctx, k)) return k;
  }
  return end;
}

/**
 * A sentence's asides, read once for every cue in it (one pass each way, so a
 * long sentence of cues stays linear): before each token, the parentheses
 * opened and not closed and the spaced dashes since the sentence's start;
 * from each token, the next closing parenthesis and the next spaced dash
 * (`sentence.last` when none). Quoted tokens are not counted. Index `i`
 * stands for token `sentence.first + i`, up to the sentence's length; the
 * lists may be longer (see {@link asidesOf}).
 */
interface SentenceAsides {
  sentence: Segment;
  open: Int32Array;
  dashes: Int32Array;
  nextParen: Int32Array;
  nextDash: Int32Array;
}

/** The asides of the sentence last asked for, per extraction. */
const ASIDES = new WeakMap<ReportedContext, SentenceAsides>();

/**
 * {@link SentenceAsides} of `sentence`, the last ones asked for kept. A new
 * sentence's are written over the last one's lists (made anew only when it is
 * longer than any before): the lists are not made four times per sentence.
 */
function asidesOf(ctx: ReportedContext, sentence: Segment): SentenceAsides {
  let asides = ASIDES.get(ctx);
  if (asides && asides.sentence.first === sentence.first && asides.sentence.last === sentence.last) return asides;
  const n = sentence.last - sentence.first;
  if (asides === undefined || asides.open.length < n + 1) {
    const size = Math.max(n + 1, 2 * (asides?.open.length ?? 0));
    asides = { sentence, open: new Int32Array(size), dashes: new Int32Array(size), nextParen: new Int32Array(size), nextDash: new Int32Array(size) };
    ASIDES.set(ctx, asides);
  }
  asides.sentence = sentence;
  const { open, dashes, nextParen, nextDash } = asides;
  let o = 0;
  let d = 0;
  // first pass: the counts before each token, and each close and dash where it stands (-1 elsewhere)
  for (let i = 0; i < n; i++) {
    const k = sentence.first + i;
    open[i] = o;
    dashes[i] = d;
    nextParen[i] = -1;
    nextDash[i] = -1;
    if (ctx.quoted[k]) continue;
    const t = tokenAt(ctx.doc, k);
    const v = t.value;
    if (v === '(') o++;
    else if (v === ')') {
      nextParen[i] = k;
      if (o > 0) o--;
    } else if (isSpacedDash(ctx, t)) {
      nextDash[i] = k;
      d++;
    }
  }
  open[n] = o;
  dashes[n] = d;
  nextParen[n] = sentence.last;
  nextDash[n] = sentence.last;
  // second pass, backwards: the next close and dash from each token
  for (let i = n - 1; i >= 0; i--) {
    if (nextParen[i]! < 0) nextParen[i] = nextParen[i + 1]!;
    if (nextDash[i]! < 0) nextDash[i] = nextDash[i + 1]!;
  }
  return asides;
}
