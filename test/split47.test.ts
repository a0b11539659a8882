/**
 * Helper split47: the rule reported/verb-as-quoted ("Ada Moss painted the
 * plan as "a fine idea."") tests its match against the quotes and clauses
 * other rules took by one look-up in an index, not by a scan of them all for
 * every match. The work is counted, not timed, so a busy machine cannot blur
 * it: the scans (Array.prototype.some calls) an extraction makes may at most
 * quadruple, with the margin of test/scaling.test.ts (a ratio of 9), when the
 * text does; the scan per match made them grow sixteen-fold. Invented
 * sentences only.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor } from '../src/index.js';

const extractor = createExtractor();

/** One attributed quote (taken by an earlier rule), then one match of reported/verb-as-quoted. */
const UNIT = '"It is late," Tom Reed said. Ada Moss painted the plan as "a fine idea." ';

/** How many times `Array.prototype.some` runs while `text` is read. */
function scansWhileReading(text: string): number {
  const some = Array.prototype.some;
  let calls = 0;
  Array.prototype.some = function counted(this: unknown[], ...args: Parameters<typeof some>) {
    calls++;
    return some.apply(this, args);
  } as typeof some;
  try {
    extractor.extract(text);
  } finally {
    Array.prototype.some = some;
  }
  return calls;
}

describe('split47: verb-as-quoted stays linear after many attributed quotes', () => {
  test('quadrupling the text at most quadruples the scans (margin 2.25)', () => {
    const small = scansWhileReading(UNIT.repeat(200));
    const large = scansWhileReading(UNIT.repeat(800));
    expect(large / small).toBeLessThan(9);
  });

  test('every match is still found, with its speaker and cue', () => {
    const r = extractor.extract(UNIT.repeat(50));
    const rows = r.quotes.filter((q) => q.rule === 'reported/verb-as-quoted').map((q) => [q.text, q.speaker?.name, q.cue?.span.text]);
    expect(rows).toHaveLength(50);
    expect(rows[49]).toEqual(['the plan as "a fine idea."', 'Ada Moss', 'painted']);
  });

  test('a span a cue already holds is not taken again', () => {
    const r = extractor.extract('Ada Moss said she painted the plan as "a fine idea."');
    expect(r.quotes.filter((q) => q.rule === 'reported/verb-as-quoted')).toEqual([]);
  });
});
