/**
 * The readable layout of an extraction.
 * @internal
 */
import type { Extraction, Quote, Speaker } from '../types.js';

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The quoted text as one line per paragraph. */
function paragraphs(s: string): string[] {
  const lines = s
    .split(/[ \t]*\r?\n\s*/)
    .map(oneLine)
    .filter((line) => line !== '');
  return lines.length === 0 ? [''] : lines;
}

function speakerLine(q: Quote): string {
  const s = q.speaker;
  if (s === null) return '(unknown)';
  if (s.mention === null) return `${s.name}  (from context)`;
  const named = oneLine(s.mention.text);
  return named === s.name ? `${s.name}  (${s.via})` : `${s.name}  ("${named}", ${s.via})`;
}

function cueLine(q: Quote): string {
  const c = q.cue;
  if (c === null) return '(none)';
  const extras = [c.lemma, c.category, ...(c.negated ? ['negated'] : [])];
  return `${oneLine(c.span.text)}  (${extras.join(', ')})`;
}

/**
 * The lines of one quotation, without its number: kind and place, text (one
 * line per paragraph), speaker, cue.
 */
export function quoteLines(q: Quote): string[] {
  return [
    `${q.kind}, characters ${q.span.start}-${q.span.end}, confidence ${q.confidence.toFixed(2)}`,
    ...paragraphs(q.span.text),
    `speaker: ${speakerLine(q)}`,
    `cue:     ${cueLine(q)}`,
  ];
}

/**
 * The pieces of the readable layout, from each quotation's lines (as
 * {@link quoteLines} gives them, joined with `\n`) and the speakers; joined,
 * they are what {@link formatExtraction} returns.
 */
export function* layoutPieces(blocks: readonly string[], speakers: readonly Pick<Speaker, 'name' | 'quotes'>[]): Generator<string> {
  if (blocks.length === 0) {
    yield 'No quotations found.\n';
    return;
  }
  const width = String(blocks.length).length;
  const pad = ' '.repeat(width + 2);
  yield `${blocks.length} quotation${blocks.length === 1 ? '' : 's'}\n\n`;
  const quoted = speakers.filter((s) => s.quotes.length > 0);
  for (let i = 0; i < blocks.length; i++) {
    const last = i === blocks.length - 1 && quoted.length === 0;
    yield `${`${i + 1}.`.padEnd(width + 2)}${blocks[i]!.replace(/\n/g, `\n${pad}`)}\n${last ? '' : '\n'}`;
  }
  if (quoted.length > 0) yield `Speakers: ${quoted.map((s) => `${s.name} (${s.quotes.length})`).join(', ')}\n`;
}

/**
 * Lays out every quotation with its kind, offsets, speaker and cue, then the
 * speakers with their number of quotations. A quotation that runs over
 * several paragraphs keeps one line per paragraph. Ends with a newline.
 */
export function formatExtraction(extraction: Extraction): string {
  return [...layoutPieces(extraction.quotes.map((q) => quoteLines(q).join('\n')), extraction.speakers)].join('');
}
