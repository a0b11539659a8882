/**
 * Drops what an editor's note says of a person in a relative clause: the note
 * (`Editor's note: Tom Reyes is a habitual fibber who has often vowed to
 * close every border.`) is the publisher describing the person in its own
 * voice, not a report of what the person said. Attributions in the note with
 * a speaker of their own (`Editor's note: ... the police chief said that
 * ...`) stay.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate, Range } from '../attribution/candidate.js';
import { tokenAt } from '../prepare/lookup.js';
import { paragraphNote } from './paragraph-note.js';
import { RELATIVE_PRONOUNS } from '../data/clauses.js';
import { EDITORS_NOTE_LABEL } from '../data/notes.js';


/**
 * Drops every reported attribution in an editor's note whose speaker is a
 * relative pronoun ("who", "which", "that").
 */
export function dropEditorsNoteClauses(doc: Doc, candidates: readonly Candidate[]): void {
  const seen = new Map<number, Range | null>();
  for (const c of candidates) {
    if (!c.keep || c.kind === 'direct' || c.speaker === null) continue;
    if (c.speaker.last - c.speaker.first !== 1 || !RELATIVE_PRONOUNS.has(tokenAt(doc, c.speaker.first).lower)) continue;
    const note = paragraphNote(doc, tokenAt(doc, c.speaker.first).para, EDITORS_NOTE_LABEL, seen);
    if (note !== null && note.start <= c.speaker.start && c.speaker.start < note.end) c.keep = false;
  }
}
