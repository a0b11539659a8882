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
import { viewSlice } from '../prepare/view.js';
import { RELATIVE_PRONOUNS } from '../data/clauses.js';
import { EDITORS_NOTE_LABEL } from '../data/notes.js';

/**
 * Where the editor's note of paragraph `para` lies: from its label at the
 * start of a line (see {@link EDITORS_NOTE_LABEL}) to the end of the
 * paragraph, or null when no line of the paragraph opens one. Each paragraph is read once.
 */
function noteOf(doc: Doc, para: number, seen: Map<number, Range | null>): Range | null {
  let note = seen.get(para);
  if (note === undefined) {
    note = null;
    const p = doc.paragraphs[para];
    const m = p === undefined ? null : EDITORS_NOTE_LABEL.exec(viewSlice(doc.view, p.start, p.end));
    if (p !== undefined && m !== null) note = { start: p.start + m.index, end: p.end };
    seen.set(para, note);
  }
  return note;
}

/**
 * Drops every reported attribution in an editor's note whose speaker is a
 * relative pronoun ("who", "which", "that").
 */
export function dropEditorsNoteClauses(doc: Doc, candidates: readonly Candidate[]): void {
  const seen = new Map<number, Range | null>();
  for (const c of candidates) {
    if (!c.keep || c.kind === 'direct' || c.speaker === null) continue;
    if (c.speaker.last - c.speaker.first !== 1 || !RELATIVE_PRONOUNS.has(tokenAt(doc, c.speaker.first).lower)) continue;
    const note = noteOf(doc, tokenAt(doc, c.speaker.first).para, seen);
    if (note !== null && note.start <= c.speaker.start && c.speaker.start < note.end) c.keep = false;
  }
}
