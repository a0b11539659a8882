/**
 * Rule `reported/interview`: the lines of a printed interview, `Q: Will the
 * budget pass?` and `A: I think it will.` The letter is the speaker and the
 * colon the cue (lemma `:`). A line counts only when a paragraph next to it
 * opens with the other letter, so a lone `Q:` label stays a label.
 * @internal
 */
import type { Segment } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { candidate, range, type ReportedContext } from './shared.js';

/** How long one answer may be, in tokens. */
const MAX_ANSWER = 600;

/** The letter ("Q" or "A") that opens the paragraph with a colon after it, or "". */
function letterOf(ctx: ReportedContext, para: Segment | undefined): string {
  if (!para || para.last - para.first < 3) return '';
  const t = tokenAt(ctx.doc, para.first);
  return (t.value === 'Q' || t.value === 'A') && tokenAt(ctx.doc, para.first + 1).value === ':' ? t.value : '';
}

/** One candidate per question or answer line of an interview. */
export function findInterviewLines(ctx: ReportedContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  doc.paragraphs.forEach((para, n) => {
    const letter = letterOf(ctx, para);
    if (!letter || para.last - para.first > MAX_ANSWER) return;
    const other = letter === 'Q' ? 'A' : 'Q';
    if (letterOf(ctx, doc.paragraphs[n - 1]) !== other && letterOf(ctx, doc.paragraphs[n + 1]) !== other) return;
    const colon = para.first + 1;
    let end = para.last;
    while (end > colon + 1 && /^[.!?]$/.test(tokenAt(doc, end - 1).value)) end--;
    // a quotation right after the colon is the direct stage's
    if (end - colon - 1 < 2 || isMarkToken(tokenAt(doc, colon + 1).value)) return;
    const t = tokenAt(doc, para.first);
    // the letter is the name the interview gives its two speakers (one entity each, found by name)
    const speaker: Mention = { first: para.first, last: colon, start: t.start, end: t.end, kind: 'name', titles: [], name: letter };
    const cue: CueMatch = { first: colon, last: colon + 1, head: colon, lemma: ':', category: 'speech', negated: false, form: 'verb' };
    out.push(candidate(ctx, [range(doc, colon + 1, end)], cue, speaker, 'reported/interview', 0.6));
  });
  return out;
}
