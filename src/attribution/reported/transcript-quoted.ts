/**
 * Rule `reported/transcript-quoted`: a transcript printed as a quotation, each
 * paragraph opened with a quotation mark and only the last one closed:
 *
 *     "REYES: We will win the vote.
 *
 *     "HALE: Are you sure?
 *
 *     "REYES: Yes."
 *
 * The direct stage reads this as one quote mixing three speakers; here it
 * becomes one attribution per turn, as `reported/transcript` reads the same
 * lines without marks: the speaker is the label (the same label test), the
 * cue its colon, the content the turn's words after the label up to the next
 * label paragraph or the closing mark. A paragraph that opens with a bracket
 * ("(CROSSTALK.)") or with a capitalised label that names no speaker ("VIDEO:")
 * ends the turn before it and joins none. A quotation takes this reading only
 * when it opens a paragraph and its first words are a capitalised speaker
 * label; a quotation the direct stage attributed through a cue after its
 * opening mark (`"FBI: Suspect was armed," the paper reported.`) stays whole.
 * A turn whose words hold quoted words of their own is mixed, as a plain
 * transcript line with a quotation is.
 * @internal
 */
import type { Candidate, Range } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import type { QuotedStretch } from '../../marks/scan.js';
import { tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';
import { candidate, colonCue, endBeforeFinalMarks, range, type ReportedContext } from './shared.js';
import { DOUBLE_MARK_TOKENS } from '../../data/marks.js';
import { holdsQuotedWords } from '../../marks/quoted-words.js';
import { colonLabel, type ColonLabel } from './colon-lead.js';

/** The token bounds of a stretch's quoted words: first token, one past the last. */
function wordsOf(doc: Doc, s: QuotedStretch): { first: number; last: number } {
  return { first: tokenAtOrAfter(doc, s.contentStart), last: tokenAtOrAfter(doc, s.contentEnd) };
}

/** The transcript label that opens a stretch's words (capitals only: `REYES:`), or null. */
function turnLabel(doc: Doc, first: number, last: number): ColonLabel | null {
  const label = colonLabel(doc, first, last);
  return label && label.caps && label.colon + 1 < last ? label : null;
}

/**
 * True when a stretch's words open with something that is no speaker's words
 * and no label of one: a bracket ("(CROSSTALK.)", "[LAUGHTER]") or capitals
 * and a colon that name no speaker ("VIDEO:").
 */
function nonTurn(doc: Doc, first: number, last: number): boolean {
  if (first >= last) return true;
  if (/^[([]$/.test(tokenAt(doc, first).value)) return true;
  for (let k = first; k < Math.min(last, first + 4); k++) {
    const v = tokenAt(doc, k).value;
    if (v === ':') return k > first;
    if (!/^[A-Z][A-Z.'&-]*$/.test(v)) return false;
  }
  return false;
}

/** The token range `[first, last)` without the sentence-final marks at its end (as `reported/transcript` cuts). */
function turnRange(doc: Doc, first: number, last: number): Range | null {
  const end = endBeforeFinalMarks(doc, first, last);
  return end > first ? range(doc, first, end) : null;
}

/** The attribution of one turn: its parts, the label's speaker and colon; mixed when the words hold a quotation. */
function turnCandidate(ctx: ReportedContext, parts: Range[], label: ColonLabel): Candidate {
  const turn = candidate(ctx, parts, colonCue(label.colon), label.mention, 'reported/transcript-quoted', 0.6);
  // (any double mark inside a part: `an episode of "Shark Tank."`)
  if (holdsQuotedWords(ctx.doc, parts, 0)) turn.kind = 'mixed';
  return turn;
}

/** The turns of one quotation, or null when it is no quoted transcript. */
function turnsOf(ctx: ReportedContext, c: Candidate): Candidate[] | null {
  const { doc } = ctx;
  const s0 = c.stretches[0]!;
  if (s0.open !== doc.paragraphs[s0.para]!.start) return null;
  // an attribution through a cue after the opening mark makes the quotation one speaker's
  if (c.cue !== null && tokenAt(doc, c.cue.first).start > s0.open) return null;
  // the first stretch with a speaker's words (after a bracketed "(CROSSTALK.)") opens with a label
  const opening = c.stretches.find((s) => {
    const w = wordsOf(doc, s);
    return !nonTurn(doc, w.first, w.last) || turnLabel(doc, w.first, w.last) !== null;
  });
  if (!opening) return null;
  const w0 = wordsOf(doc, opening);
  if (!turnLabel(doc, w0.first, w0.last)) return null;
  const out: Candidate[] = [];
  let label: ColonLabel | null = null;
  let parts: Range[] = [];
  const close = (): void => {
    if (label && parts.length > 0) out.push(turnCandidate(ctx, parts, label));
    label = null;
    parts = [];
  };
  for (const s of c.stretches) {
    const w = wordsOf(doc, s);
    const opens = turnLabel(doc, w.first, w.last);
    if (opens) {
      close();
      label = opens;
      const part = turnRange(doc, opens.colon + 1, w.last);
      if (part) parts.push(part);
    } else if (nonTurn(doc, w.first, w.last)) {
      close();
    } else if (label) {
      // a paragraph that goes on with the turn before it
      const part = turnRange(doc, w.first, w.last);
      if (part) parts.push(part);
    }
  }
  close();
  return out.length > 0 ? out : null;
}

/**
 * The turn of a paragraph next to a quoted transcript whose opening mark the
 * scanner left unpaired (its words hold a quotation of their own, `"REYES: It
 * is no "relic."`): the paragraph's first token is a double mark that opens no
 * quoted stretch, and a transcript label follows it. The content runs to the
 * paragraph's end, without a closing mark there.
 */
function strayTurn(ctx: ReportedContext, para: number, opens: ReadonlySet<number>): Candidate | null {
  const { doc } = ctx;
  const p = doc.paragraphs[para]!;
  if (p.last - p.first < 3 || !DOUBLE_MARK_TOKENS.has(tokenAt(doc, p.first).value) || opens.has(tokenAt(doc, p.first).start)) return null;
  let last = p.last;
  if (DOUBLE_MARK_TOKENS.has(tokenAt(doc, last - 1).value) && !ctx.quoted[last - 2]) last--;
  const label = turnLabel(doc, p.first + 1, last);
  if (!label) return null;
  const part = turnRange(doc, label.colon + 1, last);
  if (!part) return null;
  return turnCandidate(ctx, [part], label);
}

/**
 * One candidate per turn of each quoted transcript among the direct
 * quotations in `direct`; the quotation itself is dropped (`keep` false). A
 * paragraph next to such a transcript whose opening mark was left unpaired
 * gives a turn too, and the quotations inside it that no cue attributed are
 * dropped (they are the turn's quoted words).
 */
export function findQuotedTranscripts(ctx: ReportedContext, direct: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  // the paragraphs of the transcripts found
  const covered = new Set<number>();
  for (const c of direct) {
    if (!c.keep || c.kind !== 'direct' || c.stretches.length === 0) continue;
    const turns = turnsOf(ctx, c);
    if (!turns) continue;
    c.keep = false;
    out.push(...turns);
    for (const s of c.stretches) covered.add(s.para);
  }
  if (covered.size === 0) return out;
  const opens = new Set(ctx.stretches.map((s) => s.open));
  // paragraphs before and after a transcript's, in both directions, as long as each gives a turn
  const tryPara = (para: number): boolean => {
    if (para < 0 || para >= doc.paragraphs.length || covered.has(para)) return false;
    const turn = strayTurn(ctx, para, opens);
    if (!turn) return false;
    covered.add(para);
    out.push(turn);
    const part = turn.parts[0]!;
    for (const d of direct) {
      if (d.keep && d.cue === null && d.stretches.length > 0 && d.stretches[0]!.open >= part.start && d.stretches[d.stretches.length - 1]!.end <= part.end + 1) d.keep = false;
    }
    return true;
  };
  for (const para of [...covered].sort((a, b) => a - b)) {
    for (let p = para - 1; tryPara(p); p--);
    for (let p = para + 1; tryPara(p); p++);
  }
  return out.sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
}
