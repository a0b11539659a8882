/**
 * Table rows for speaker-span tests (span-46, span-47): each quote's text,
 * its speaker mention's span text, the speaker's name and the cue, so a row
 * pins where the span stands and that the name stays the person.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './invariants.js';

/** One quote: content text, speaker span text, speaker name, cue text. */
export interface SpeakerRow {
  text: string;
  speaker: string | null;
  name: string | null;
  cue: string | null;
}

/** A labelled input and the rows it must give. */
export type SpeakerTable = [string, string, SpeakerRow[]][];

/** The rows of every quote `input` gives with default options. */
export const speakers = (input: string): SpeakerRow[] =>
  extract(input).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.mention?.text ?? null, name: q.speaker?.name ?? null, cue: q.cue?.span.text ?? null }));

/** A row, positionally. */
export const r = (text: string, speaker: string | null, name: string | null, cue: string | null): SpeakerRow => ({ text, speaker, name, cue });

/** One `describe` block whose tests check each table entry exactly. */
export function describeSpeakerSpans(title: string, table: SpeakerTable): void {
  describe(title, () => {
    test.each(table)('%s', (_label, input, expected) => {
      expect(speakers(input)).toEqual(expected);
    });
  });
}
