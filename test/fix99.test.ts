/**
 * Leftovers of the last review (fix99). A quotation opened in a hard-wrapped line before the last one of its paragraph
 * is still open where the next line opens with a quotation mark, so that line continues it in a paragraph of its own
 * (the previous line alone was read before). Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The fixes. */
const fixes: NamedCase[] = [
  ['continued: wrapped line before a leading attribution\'s next paragraph', 'Mayor Ann Lorca said: "We will hold the line\nalong the river.\n"We will not move.\n"Nobody will."', [
    named(['We will hold the line\nalong the river.', 'We will not move.', 'Nobody will.'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['continued: wrapped line before a trailing attribution', '"We will hold the line\nalong the river.\n"We will not move," said Mayor Ann Lorca.', [
    named(['We will hold the line\nalong the river.', 'We will not move,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
];

/** What the fixes leave as it was. */
const negatives: NamedCase[] = [
  ['keep: three paragraphs of one quotation, blank lines between', '"We will hold the line.\n\n"We will not move.\n\n"Nobody will," said Mayor Ann Lorca.', [
    named(['We will hold the line.', 'We will not move.', 'Nobody will,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['keep: three lines of one quotation, single line breaks', '"We will hold the line.\n"We will not move.\n"Nobody will," said Mayor Ann Lorca.', [
    named(['We will hold the line.', 'We will not move.', 'Nobody will,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['keep: a quotation closed in a wrapped line is no continuation', '"We will hold the line," said Mayor Ann Lorca, "along\nthe river." Her deputy nodded.\n"Nobody will move," said Tom Arvo.', [
    named(['We will hold the line,', 'along\nthe river.'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['Nobody will move,'], 'Tom Arvo', 'Tom Arvo', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
];

describeNamedTables('fix99: leftovers of the last review', { fixes, negatives });
