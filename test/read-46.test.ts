/**
 * Helper read46 (a read of round one): the overlap test the opt-in rules
 * (stance, count subjects, findings) run against the contents they added
 * themselves answers as a scan of every earlier content would, whether the
 * contents come in order of their start or not; and the stance rules still
 * give each side its own content. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { addParts, addedParts, overlapsAdded } from '../src/attribution/reported/span-index.js';
import type { Candidate } from '../src/attribution/candidate.js';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** A candidate with only its parts set: all the overlap test reads. */
const withParts = (...parts: [number, number][]): Candidate => ({ parts: parts.map(([start, end]) => ({ start, end })) }) as unknown as Candidate;

/** The scan the running test replaces. */
const scan = (added: [number, number][], start: number, end: number): boolean => added.some(([s, e]) => s < end && start < e);

describe('overlapsAdded answers as a scan of the parts added', () => {
  test.each([
    ['in order of start', [[0, 5], [10, 20], [22, 30]]],
    ['a long part before short ones', [[0, 40], [5, 8], [12, 14]]],
    ['out of order', [[30, 40], [0, 5], [12, 18]]],
    ['touching ends', [[0, 10], [10, 20]]],
  ] as [string, [number, number][]][])('%s', (_name, parts) => {
    const added = addedParts();
    const seen: [number, number][] = [];
    for (const part of parts) {
      for (let start = 0; start <= 45; start++) {
        for (let end = start; end <= 46; end++) expect([start, end, overlapsAdded(added, start, end)]).toEqual([start, end, scan(seen, start, end)]);
      }
      addParts(added, withParts(part));
      seen.push(part);
    }
  });
  test('a candidate of several parts adds each', () => {
    const added = addedParts();
    addParts(added, withParts([0, 4], [20, 24]));
    expect([overlapsAdded(added, 2, 3), overlapsAdded(added, 10, 15), overlapsAdded(added, 22, 30)]).toEqual([true, false, true]);
  });
});

describe('the stance rules keep one content per span', () => {
  test('two roles in two sentences give two sides, each its own', () => {
    const rows = extract('Ann Lee is a supporter of the levy. Tom Reyes is a critic of the toll.', ALL).quotes.map((q) => [q.text, q.cue?.span.text]);
    expect(rows.filter(([, cue]) => /supporter|critic/.test(cue ?? ''))).toEqual([
      ['the levy', 'is a supporter of'],
      ['the toll', 'is a critic of'],
    ]);
  });
});
