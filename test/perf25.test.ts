/**
 * perf25 (issue 12): the view is the input plus a sorted list of patches (no
 * second copy of the text). Its readers must show what a copied view showed:
 * every slice, character and word run is that of the view read whole.
 * Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { buildView, viewChar, viewCode, viewLineFeed, viewSlice, viewWordRuns, viewWordRunsIn } from '../src/prepare/view.js';

const INPUTS = [
  'The mayor said &quot;the ferry runs again&quot; on\u00A0Monday &amp; Tuesday.',
  'Fans cheered \u{1F600}"We won," the coach said.\u00AD Caf&eacute; owners agreed.',
  `Codes ${'x'.repeat(300)} and ${'y'.repeat(125)}\u200B end.\nNext line &#8220;here&#x201D;.`,
  '&rdquo;&ldquo;&amp;&nbsp;\u{1F44D}\u{1F3FD}&lt;a&gt;',
  // runs longer than the slices a patched view is read in
  `${'a '.repeat(500)}${'z'.repeat(1500)} b${'q'.repeat(2100)}&amp; end`,
];

describe('the patched view', () => {
  test.each(INPUTS)('reads as the whole view does: %s', (input) => {
    const view = buildView(input);
    expect(view.text).toBe(input);
    expect(view.starts.length).toBeGreaterThan(0);
    const whole = viewSlice(view, 0);
    expect(whole).toHaveLength(input.length);
    for (let s = -3; s <= input.length + 1; s++) {
      expect(viewChar(view, s)).toBe(s < 0 ? undefined : whole[s]);
      if (s >= 0 && s < input.length) expect(viewCode(view, s)).toBe(whole.charCodeAt(s));
      for (const e of [s, s + 1, s + 7, s + 40, undefined, -2]) expect(viewSlice(view, s, e)).toBe(whole.slice(s, e));
    }
    expect(viewLineFeed(view, 0)).toBe(whole.indexOf('\n'));
  });

  test.each(INPUTS)('finds the word runs of the whole view: %s', (input) => {
    const view = buildView(input);
    const whole = viewSlice(view, 0);
    for (const [start, end] of [[0, input.length], [3, 50], [10, input.length - 4]] as const) {
      const want: string[] = [];
      const run = viewWordRuns();
      run.lastIndex = start;
      for (let m = run.exec(whole); m !== null && m.index < end; m = run.exec(whole)) want.push(`${m.index}:${m[0].slice(0, end - m.index)}`);
      const got: string[] = [];
      viewWordRunsIn(view, start, end, (at, text) => (got.push(`${at}:${text}`), true));
      expect(got).toEqual(want);
    }
  });

  test('a quotation in references keeps its offsets, speaker and cue', () => {
    const r = extract('&quot;The harbor will reopen in June,&quot; said Mayor Ines Varro.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('The harbor will reopen in June,');
    expect(r.quotes[0]!.speaker?.name).toBe('Ines Varro');
    expect(r.quotes[0]!.cue?.span.text).toBe('said');
  });

  test('an emoji before a quotation leaves it direct', () => {
    const r = extract('\u{1F600}"We will appeal the ruling," the union leader Tove Lund said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.kind).toBe('direct');
    expect(r.quotes[0]!.speaker?.name).toBe('Tove Lund');
  });
});
