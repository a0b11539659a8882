/**
 * perf21 (issue 12): rule `reported/cue-np-object` asks whether its object
 * holds another cue through an index of the text's cue heads, made once per
 * text, instead of scanning every cue for each object. Invented sentences:
 * the rule keeps a plain object, drops one that holds another report, and
 * reads a long text of both the same way as each sentence alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const PLAIN = 'The harbor chief congratulated the rowing crews.';
const PLAIN_ROW = row(['the rowing crews'], 'The harbor chief', 'congratulated', 'reported/cue-np-object');
const HOLDING = 'The harbor chief rebutted the complaint the ferry captains said they filed.';
const HOLDING_ROW = row(['they filed'], 'the ferry captains', 'said', 'reported/cue-clause');

const cases: [string, string, Row[]][] = [
  ['a plain object', PLAIN, [PLAIN_ROW]],
  ['an object with a prepositional tail', 'The harbor chief rebutted every complaint from the ferry captains.', [
    row(['every complaint from the ferry captains'], 'The harbor chief', 'rebutted', 'reported/cue-np-object'),
  ]],
  // an object holding another cue is no plain noun phrase: only the inner report is read
  ['an object holding another report', HOLDING, [HOLDING_ROW]],
];

describe('perf21: cue-np-object and the cues inside its object', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('a long paragraph of both reads each sentence as alone', () => {
    const n = 1500;
    const input = Array.from({ length: n }, () => `${PLAIN} ${HOLDING}`).join(' ');
    const found = rows(extract(input));
    expect(found.length).toBe(2 * n);
    for (let k = 0; k < n; k++) {
      expect(found[2 * k]).toEqual(PLAIN_ROW);
      expect(found[2 * k + 1]).toEqual(HOLDING_ROW);
    }
  });
});
