/**
 * read64: review of stop 54's rules on invented near misses. Each defect found
 * has a row that failed before its fix; the near misses that already behaved
 * right are pinned beside it. Exact parts, speaker mention, cue and rule;
 * negatives must yield nothing. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

/** A long section (more than 60 tokens) that names the country "US" and no first or second person. */
const US_SECTION =
  'Trade between Norland and the US rose again this year, because the ports of the north coast have waited far too long for a new road to the border, to the rail yards and to the markets of the US, and the council has argued about the cost of steel and concrete for three winters while the river rose and the road closed twice.';

const transcripts: [string, string, Row[]][] = [
  // "US" in capitals is the country, no "us" of talk: a long section under a label stays no turn
  ['a long section that names the US, under labels not in capitals', `Roads: ${US_SECTION}\n\nBridges: ${US_SECTION}`, []],
  ['the same with "U.S."', `Roads: ${US_SECTION.replaceAll('US', 'U.S.')}\n\nBridges: ${US_SECTION.replaceAll('US', 'U.S.')}`, []],
];

describe('a long line under a label not in capitals is a turn only when it talks', () => {
  test.each(transcripts)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
