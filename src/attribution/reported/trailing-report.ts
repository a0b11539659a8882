/**
 * A report that ends the sentence after a source phrase's clause:
 * `According to X, CLAUSE, Y said.` The trailing attribution is the outer
 * report and takes the clause, as it takes a quotation after the source
 * (`According to X, "...," Y said.`).
 * @internal
 */
import type { Segment } from '../../prepare/document.js';
import { isMarkToken, lowerBound, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from '../../speakers/phrase.js';
import { END, headOf, type ReportedContext } from './shared.js';
import { isCommaBoundary } from './cue-subject.js';
import { adjunctsEnd } from './attribution-tail.js';

/**
 * True when a trailing attribution `, NP VERB [adjuncts].` ends the sentence
 * inside `[from, end)`: an unquoted verb cue of speech not yet used, a
 * speaker set off by a comma (or a closing mark after one) before it, and
 * nothing but adjuncts of time, place or medium after it before the sentence
 * ends (`..., his aides said on Tuesday.`, `... "dead on arrival," his aides said.`).
 */
export function endsWithTrailingReport(ctx: ReportedContext, from: number, end: number, sentence: Segment): boolean {
  const { doc } = ctx;
  for (let c = lowerBound(ctx.cues, from, headOf); c < ctx.cues.length && ctx.cues[c]!.head < end; c++) {
    const cue = ctx.cues[c]!;
    if (cue.form !== 'verb' || ctx.used.has(cue) || ctx.quoted[cue.head] !== 0 || cue.category !== 'speech') continue;
    const speaker = speakerBefore(doc, cue.first, from);
    if (!speaker || speaker.first - 1 <= from || !isCommaBoundary(doc, speaker.first - 1)) continue;
    let q = adjunctsEnd(doc, cue.last, sentence.last, false);
    while (q < sentence.last && (END.has(tokenAt(doc, q).value) || isMarkToken(tokenAt(doc, q).value))) q++;
    if (q >= sentence.last) return true;
  }
  return false;
}
