/**
 * The readable layout of an extraction.
 * @internal
 */
import type { Extraction, Quote } from '../types.js';

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
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
 * Lays out every quotation with its kind, offsets, speaker and cue, then the
 * speakers with their number of quotations. Ends with a newline.
 */
export function formatExtraction(extraction: Extraction): string {
  const { quotes, speakers } = extraction;
  if (quotes.length === 0) return 'No quotations found.\n';
  const width = String(quotes.length).length;
  const out: string[] = [];
  quotes.forEach((q, i) => {
    const n = `${i + 1}.`.padEnd(width + 2);
    const pad = ' '.repeat(width + 2);
    out.push(`${n}${q.kind}, characters ${q.span.start}-${q.span.end}, confidence ${q.confidence.toFixed(2)}`);
    out.push(`${pad}${oneLine(q.span.text)}`);
    out.push(`${pad}speaker: ${speakerLine(q)}`);
    out.push(`${pad}cue:     ${cueLine(q)}`);
    out.push('');
  });
  const quoted = speakers.filter((s) => s.quotes.length > 0);
  if (quoted.length > 0) {
    out.push(`Speakers: ${quoted.map((s) => `${s.name} (${s.quotes.length})`).join(', ')}`);
  } else {
    out.pop();
  }
  const count = `${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`;
  return `${count}\n\n${out.join('\n')}\n`;
}
