/**
 * Drops what a correction or update note says in the publisher's voice:
 * `Correction: A prior version of this piece wrongly said that the pier
 * closed in May.` and `This post has been revised to add that Ann Lee later
 * withdrew.` report no one's words; the clause after the cue is what
 * the publisher corrects or adds. An attribution in the note with a speaker of
 * its own (`Correction: ... Chief Tom Reyes said that ...`) stays.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate, Range } from '../attribution/candidate.js';
import { tokenAt } from '../prepare/lookup.js';
import { viewSlice } from '../prepare/view.js';
import { paragraphNote } from './paragraph-note.js';
import { CORRECTION_NOTE_OPENING, PUBLISHED_PIECE } from '../data/notes.js';


/**
 * Drops every reported attribution whose cue lies in a correction or update
 * note and whose speaker is none or the piece itself (see {@link PUBLISHED_PIECE}).
 */
export function dropCorrectionNoteClauses(doc: Doc, candidates: readonly Candidate[]): void {
  const seen = new Map<number, Range | null>();
  for (const c of candidates) {
    if (!c.keep || c.kind === 'direct' || c.cue === null) continue;
    if (c.speaker !== null && !PUBLISHED_PIECE.test(viewSlice(doc.view, c.speaker.start, c.speaker.end))) continue;
    const cue = tokenAt(doc, c.cue.first);
    const note = paragraphNote(doc, cue.para, CORRECTION_NOTE_OPENING, seen);
    if (note !== null && note.start <= cue.start && cue.start < note.end) c.keep = false;
  }
}
