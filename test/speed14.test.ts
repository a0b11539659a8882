/**
 * Speed round 14 (issue 12): when odd spaces are all the view would change,
 * the view is the input itself (no full-length copy) and every stage reads it
 * through viewSlice, viewChar and viewCode, which show an odd space as a plain
 * one. Extraction must come out as it did with a copied view. Invented
 * sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { buildView, isOddSpace, unpatchedView, viewChar, viewCode, viewSlice } from '../src/prepare/view.js';

describe('the view readers', () => {
  test('read exactly the characters isOddSpace names as plain spaces', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const want = isOddSpace(code) ? ' ' : char;
      if (viewChar(unpatchedView(char), 0) !== want || viewCode(unpatchedView(char), 0) !== want.charCodeAt(0) || viewSlice(unpatchedView(`a${char}b`), 1, 2) !== want) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  test('read past the end as plain indexing does', () => {
    expect(viewChar(unpatchedView('ab'), 2)).toBeUndefined();
    expect(viewChar(unpatchedView('ab'), -1)).toBeUndefined();
    expect(viewCode(unpatchedView('ab'), 5)).toBeNaN();
    expect(viewSlice(unpatchedView('a\u00A0b\u200Bc'), 1)).toBe(' b c');
  });
});

describe('buildView', () => {
  test('is the input itself when only odd spaces would change', () => {
    const input = 'The\u00A0council met on\u200B Monday.\u2028It adjourned\u3000early.';
    expect(buildView(input).text).toBe(input);
    expect(buildView(input).starts).toEqual([]);
    expect(viewSlice(buildView(input), 0, input.length)).toBe('The council met on  Monday. It adjourned early.');
  });

  test('reads without any odd space when a reference or a long run changes too', () => {
    for (const input of ['Tea\u00A0&amp; cake\u200B today.', `A${'x'.repeat(130)}\u00A0b.`]) {
      const view = buildView(input);
      expect(view.text).toBe(input);
      expect(view.starts.length).toBeGreaterThan(0);
      const shown = viewSlice(view, 0);
      expect(shown).toHaveLength(input.length);
      expect([...shown].some((c) => isOddSpace(c.charCodeAt(0)))).toBe(false);
    }
  });
});

/** Each quote as `text <- speaker name | cue | kind @ start`. */
function quotes(text: string): string[] {
  return extract(text).quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.kind} @ ${q.span.start}`);
}

describe('extraction reads odd spaces as it did with a copied view', () => {
  // a closing paragraph with a reference makes the view a copy again: the first paragraph must read alike
  const COPIED = '\n\nTea &amp; cake were served.';
  test.each([
    '"We will open the bridge in May," said\u00A0Mayor Ines\u00A0Marr.',
    'Coach Dara\u200BVolk said\u2060 the team "played\u00A0its heart out" on Sunday.',
    '\u2018Not\u00A0yet,\u2019 the\u3000minister\u0085 told reporters, \u201Cbut soon.\u201D',
    'Senator Olu Baine:\u00A0The vote will wait\u200C until June.',
    'Ravi Kotan, a\u202Fspokesman for the port, said the cranes\u205Fwere\u1680idle.',
    '"It is over\u200D," Pell said\u000B. "We lost\u000C."',
  ])('%s', (text) => {
    const alone = quotes(text);
    expect(alone.length).toBeGreaterThan(0);
    expect(quotes(text + COPIED).slice(0, alone.length)).toEqual(alone);
  });

  test('names keep plain spaces where the input has odd ones', () => {
    const r = extract('"The budget is late," said\u00A0Ines\u00A0Marr, the treasurer.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('The budget is late,');
    expect(r.quotes[0]!.speaker?.name).toBe('Ines Marr');
    expect(r.quotes[0]!.cue?.span.text).toBe('said');
  });
});
