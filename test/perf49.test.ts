/**
 * perf49 (issue 12, speed): two stages do less work per text with the same
 * output. The quote-mark scan asks once per text whether it holds a "<" (a
 * text without one holds no markup tag, so no double mark is looked around
 * for one), and a sentence's asides are written over the last sentence's
 * lists. Exact parts, speaker mention, cue and rule for the shapes that read
 * them: a cue inside a parenthesis or a dash aside ends its content at the
 * aside's close, whatever the sentences before it were like; and the marks of
 * a tag's attribute values are markup even when the "<" stands paragraphs
 * after the first quotation.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const PAREN = 'The levy passed (Ada Brook said it was far too costly for renters) on Monday night.';
const DASHED = 'The ferry plan won a narrow vote - Tom Reyes said it would never pay for itself - after a long night of debate about the harbor.';
const SHORT = 'The toll stayed (Ivo Lind said it was unfair) in the end.';

const paren = row(['it was far too costly for renters'], 'Ada Brook', 'said', 'reported/cue-clause');
const dashed = row(['it would never pay for itself'], 'Tom Reyes', 'said', 'reported/cue-clause');
const short = row(['it was unfair'], 'Ivo Lind', 'said', 'reported/cue-clause');

const asides: [string, string, Row[]][] = [
  ['a parenthesis alone', PAREN, [paren]],
  ['a dash aside alone', DASHED, [dashed]],
  ['a short parenthesis alone', SHORT, [short]],
  // (one paragraph: each sentence's asides are read over the lists of the sentence before, longer or shorter)
  ['short, long, short in one paragraph', `${PAREN} ${DASHED} ${SHORT}`, [paren, dashed, short]],
  ['long, then short in one paragraph', `${DASHED} ${SHORT}`, [dashed, short]],
  ['the same sentences in paragraphs of their own', `${SHORT}\n\n${DASHED}\n\n${PAREN}`, [short, dashed, paren]],
];

describe('a cue inside an aside ends its content at the close, sentence after sentence', () => {
  test.each(asides)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const markup: [string, string, Row[]][] = [
  ['a text with no "<": a plain quotation', '"We are on it," said Tom Reed.', [
    row(['We are on it,'], 'Tom Reed', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a tag two paragraphs after the quotation: its attribute values are still no quotations',
    '"We are on it," said Tom Reed.\n\nThe mayor posted later.\n\n<post author="@cityhall" date="May 2">Roads fixed by June.</post>', [
      row(['We are on it,'], 'Tom Reed', 'said', 'direct/trailing-cue-speaker', 'direct'),
    ]],
  ['a "<" that opens no tag changes nothing', 'Turnout was < 40 percent. "We are on it," said Tom Reed.', [
    row(['We are on it,'], 'Tom Reed', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
];

describe('markup tags are looked for only in a text that holds a "<"', () => {
  test.each(markup)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
