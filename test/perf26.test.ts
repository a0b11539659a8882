/**
 * perf26 (issue 12): two scans that read on to a long sentence's start or end
 * for every cue ask an index once they have read far: the scan back for
 * "who" or "which" of a shared subject (speakers/find/participle.ts) and the
 * first comma in a relative speaker's content
 * (attribution/reported/cue-then-content.ts). Same output either way.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { fastestCpuMs } from './support/timing.js';

const extractor = createExtractor();
const rows = (t: string): string[] => extractor.extract(t).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'}`);

// more than 48 tokens between "who" and the coordinated cue, with no comma between them
const LONG_RELATIVE =
  'The pilots who run the night ferry across the bay from the old harbor to the island of Marden and back again twice a week in the winter ' +
  'months when the water is rough and the wind blows hard from the north and the east were at the hearing on Tuesday and said that the ' +
  'boats would need new engines before the spring.';
// more than 64 tokens of a relative speaker's content before its first comma
const LONG_CONTENT =
  'The mayor met engineers who said the steel beams under the east side of the span that carries the main road over the river into the ' +
  'town center and out to the farms beyond the hills and the lakes and the woods to the west of the county line near the old mill had ' +
  'rusted far more than anyone on the county board or in the state office had ever expected, and the repairs would cost millions.';

describe('perf26: long scans read an index', () => {
  it('a coordinated cue far after "who" shares the relative clause\'s subject', () => {
    expect(rows(LONG_RELATIVE)).toEqual(['the boats would need new engines before the spring | The pilots | said']);
  });
  it('the same shape, short (negative: no index read)', () => {
    expect(rows('The pilots who run the night ferry came to the hearing and said that the boats would need new engines.')).toEqual([
      'the boats would need new engines | The pilots | said',
    ]);
  });
  it("a relative speaker's long content ends at its first comma", () => {
    const content =
      'the steel beams under the east side of the span that carries the main road over the river into the town center and out to the farms ' +
      'beyond the hills and the lakes and the woods to the west of the county line near the old mill had rusted far more than anyone on the ' +
      'county board or in the state office had ever expected';
    expect(rows(LONG_CONTENT)).toEqual([`${content} | engineers | said`]);
  });
  it('the same shape, short (negative: no index read)', () => {
    expect(rows('The mayor met engineers who said the beams had rusted, and the repairs would cost millions.')).toEqual(['the beams had rusted | engineers | said']);
  });

  it('one long sentence of coordinated cues stays near linear', { timeout: 120_000 }, () => {
    const shape = 'the aides met the mayor and said the plan was fine and ';
    const time = (size: number): number => {
      const input = shape.repeat(Math.ceil(size / shape.length));
      return fastestCpuMs(() => extractor.extract(input));
    };
    time(5_000);
    const small = time(20_000);
    const large = time(80_000);
    // four times the text: about 1.3x the time now, 4.5x before (built, one idle-ish run each); a bound loose
    // enough for a loaded machine that still catches the scan back to the sentence's start for every cue
    expect(large / Math.max(small, 1)).toBeLessThan(4);
  });
});
