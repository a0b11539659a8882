/**
 * Rule `reported/report-figure`: a report of a figure, `Port police reported
 * 90 break-ins last year`, `The board reported a 3 percent rise in fares`,
 * `Two groups reported spending $2 million on ads`. The object is a number, a
 * quantity ("at least 20", "more than 400") or spending and raising money;
 * annotated news marks these as what was reported. The content runs to the
 * end of the clause (an appositive or participle after a comma stays in: "90
 * break-ins, most of them at night").
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { CLAUSE_AFTER_COMMA, MONEY_GERUNDS, QUANTITY_OPENERS } from '../../data/clauses.js';
import { TIME_UNITS } from '../../data/time.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { FIGURE_BOUNDS, FIGURE_BOUND_WORDS } from '../../data/function-words.js';

/** How far the content may run, in tokens. */
const MAX_CONTENT = 40;
/** How far the number may stand after the quantity's first word. */
const MAX_OPENER = 3;

/** True when token `k` is a number that is no time or span of time ("6 a.m.", "10 minutes"). */
function numberAt(doc: ReportedContext['doc'], k: number): boolean {
  const w = tokenAt(doc, k);
  if (w.pos !== 'NUM' && !/^\$?\d/.test(w.value)) return false;
  return !TIME_UNITS.has(tokenAt(doc, k + 1).lower);
}

/** True when a number stands within the few tokens from `p` (after a quantity word like "at least"). */
function figureAt(ctx: ReportedContext, p: number, last: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, p);
  if (t.pos === 'NUM' || /^\$?\d/.test(t.value)) return numberAt(doc, p);
  if (!QUANTITY_OPENERS.has(t.lower)) return false;
  // "at" opens a quantity only as "at least" or "at most" (not "reported at 6 a.m.")
  if (t.lower === 'at' && !FIGURE_BOUNDS.has(tokenAt(doc, p + 1).lower)) return false;
  for (let k = p + 1; k < Math.min(last, p + 1 + MAX_OPENER); k++) {
    const w = tokenAt(doc, k);
    if (w.pos === 'NUM' || /^\$?\d/.test(w.value)) return numberAt(doc, k);
    if (!FIGURE_BOUND_WORDS.has(w.lower) && w.pos !== 'ADV' && w.value !== '$') return false;
  }
  return false;
}

/** `X reported 90 break-ins`, `X reported spending $2 million`. */
export function reportFigure(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || cue.lemma !== 'report' || passiveCue(doc, cue) || /ing$/.test(tokenAt(doc, cue.head).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  if (p >= sentence.last - 1 || ctx.quoted[p]) return null;
  const first = tokenAt(doc, p);
  const gerund = MONEY_GERUNDS.has(first.lower);
  if (!gerund && !figureAt(ctx, p, sentence.last)) return null;
  // a gerund of money reports a sum: a number or a dollar sign follows within a few tokens
  if (gerund && !figureAt(ctx, p + 1, sentence.last) && !figureAt(ctx, p + 2, sentence.last)) return null;
  let end = p + 1;
  while (end < sentence.last && end - p < MAX_CONTENT) {
    const t = tokenAt(doc, end);
    if (END.has(t.value) || /^[;:()]$/.test(t.value) || isMarkToken(t.value) || ctx.quoted[end]) break;
    if (t.value === ',' && (CLAUSE_AFTER_COMMA.has(tokenAt(doc, end + 1).lower) || tokenAt(doc, end + 1).pos === 'PRON')) break;
    end++;
  }
  if (end - p < 2) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/report-figure', 0.5);
}
