/**
 * CSV output (RFC 4180): one row per quotation, for spreadsheets.
 * @internal
 */
import type { Extraction } from '../types.js';

/** The header row's columns, in order. */
export const CSV_COLUMNS = [
  'source',
  'kind',
  'speaker',
  'speaker_kind',
  'cue',
  'text',
  'start',
  'end',
  'confidence',
  'rule',
] as const;

/** One field: quoted, with quotes doubled, when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF line end. */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header record. */
export const CSV_HEADER = csvRow(CSV_COLUMNS);

/**
 * The records of one extraction, one per quotation: the source (file name or
 * JSONL id), kind, speaker name and kind (empty when unknown), cue lemma,
 * the quoted text, the span's start and end offsets, confidence and rule.
 */
export function csvRows(source: string, extraction: Extraction): string {
  return extraction.quotes
    .map((q) => {
      const speaker = q.speaker === null ? undefined : extraction.speakers[q.speaker.id];
      return csvRow([
        source,
        q.kind,
        q.speaker?.name ?? '',
        speaker?.kind ?? '',
        q.cue?.lemma ?? '',
        q.text,
        String(q.span.start),
        String(q.span.end),
        String(q.confidence),
        q.rule,
      ]);
    })
    .join('');
}
