/**
 * Stray marks: an unclosed quotation mark runs to the end of its paragraph,
 * which is right for a quotation that goes on in the next paragraph but wrong
 * for a stray mark in narration, above all in text whose paragraphs were
 * flattened into one (`Lee said the "plan was late. Tom Ruiz said the talks
 * would resume. Officials said ...`). Such a mark opens nothing.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { QuotedStretch } from '../marks/scan.js';
import { stretchAtDepth } from '../marks/scan.js';
import type { CueMatch } from './candidate.js';
import { lowerBound, maybeToken, tokenAtOrAfter } from '../prepare/lookup.js';
import { speakerAfter, speakerBefore } from '../speakers/phrase.js';

/** Whole sentences an unclosed stretch must run over, after the one it opens in, before narration inside it counts. */
const MIN_SENTENCES = 2;

const headOf = (c: CueMatch): number => c.head;

/** True when a cue in sentence `index` attributes words to a named or described speaker: "Tom Ruiz said", "said officials". */
function attributes(doc: Doc, cues: readonly CueMatch[], index: number): boolean {
  const sentence = doc.sentences[index]!;
  for (let k = lowerBound(cues, sentence.first, headOf); k < cues.length && cues[k]!.head < sentence.last; k++) {
    const cue = cues[k]!;
    const speaker = speakerBefore(doc, cue.first, sentence.first) ?? (cue.form === 'verb' ? speakerAfter(doc, cue.last, sentence.last) : null);
    if (speaker && speaker.kind !== 'pronoun') return true;
  }
  return false;
}

/**
 * Drops every outermost unclosed double-mark stretch, opened inside its
 * paragraph rather than at its start, that runs over at least
 * {@link MIN_SENTENCES} whole sentences of which one is plainly narration (it
 * attributes words to a named or described speaker); the stretches it held
 * become outermost.
 */
export function dropNarratedStretches(doc: Doc, stretches: readonly QuotedStretch[], cues: readonly CueMatch[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  // the end of a dropped stretch: those inside it move up one level
  let droppedEnd = -1;
  for (const s of stretches) {
    if (s.open < droppedEnd) {
      out.push(stretchAtDepth(s, s.depth - 1));
      continue;
    }
    if (s.depth === 0 && s.close < 0 && s.family === 'double' && narrated(doc, s, cues)) {
      droppedEnd = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

function narrated(doc: Doc, s: QuotedStretch, cues: readonly CueMatch[]): boolean {
  // a mark that opens its paragraph may start a quotation that goes on in the next one
  if (s.open === doc.paragraphs[s.para]!.start) return false;
  const open = tokenAtOrAfter(doc, s.open);
  const first = maybeToken(doc, open);
  if (!first) return false;
  let whole = 0;
  let attributed = false;
  for (let k = first.sent + 1; k < doc.sentences.length && doc.sentences[k]!.start < s.end; k++) {
    whole++;
    attributed ||= attributes(doc, cues, k);
    if (whole >= MIN_SENTENCES && attributed) return true;
  }
  return false;
}
