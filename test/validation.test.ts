/**
 * Argument validation of every public function: a wrong argument throws a
 * TypeError (or RangeError) whose message names the argument, says what was
 * expected and shows the value received.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, extractQuotes } from '../src/index.js';
import { describeValue } from '../src/validate.js';

const SAID = '"It will fail," Lopez said. She added that the vote was rigged.';

describe('describeValue', () => {
  test.each([
    ['bogus', "'bogus'"],
    [2, '2'],
    [Number.NaN, 'NaN'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1], 'an array'],
    [new Date(0), 'a Date'],
    [new Map(), 'a Map'],
    [() => 1, 'a function'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    ["it's\n", "'it\\'s\\u000a'"],
    ['x'.repeat(100), `'${'x'.repeat(40)}…'`],
  ])('%o is shown as %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('extractor options', () => {
  test.each([
    [{ categories: ['bogus'] }, "saidwho: option `categories[0]` must be one of 'speech', 'writing', 'source', 'thought', 'evidence', got 'bogus'"],
    [{ minConfidence: 2 }, 'saidwho: option `minConfidence` must be a number from 0 to 1, got 2'],
    [{ minConfidence: '0.5' }, "saidwho: option `minConfidence` must be a number from 0 to 1, got '0.5'"],
    [{ addCues: [''] }, "saidwho: option `addCues[0]` must be a non-empty string or { lemma, category }, got ''"],
    [{ addCues: [{ lemma: '  ' }] }, "saidwho: option `addCues[0].lemma` must be a non-empty string, got '  '"],
    [{ addCues: [{ lemma: 'fume', categroy: 'speech' }] }, 'saidwho: unknown key `categroy` in option `addCues[0]` (known: lemma, category)'],
    [{ removeCues: ['blorp'] }, "saidwho: option `removeCues[0]` must be a built-in cue in any form (such as 'say', 'said' or 'according to'), got 'blorp'"],
    [{ knownSpeakers: [{ name: '   ' }] }, "saidwho: option `knownSpeakers[0].name` must be a non-empty string, got '   '"],
    [{ knownSpeakers: [{ nme: 'Ann Lee' }] }, 'saidwho: unknown key `nme` in option `knownSpeakers[0]` (known: name, aliases, kind, gender)'],
    [{ knownSpeakers: [{ name: 'Ann Lee', aliases: [''] }] }, "saidwho: option `knownSpeakers[0].aliases[0]` must be a non-empty string, got ''"],
    [{ kinds: [, 'direct'] }, 'saidwho: option `kinds` must be an array of strings without holes, got an empty slot at index 0 (a sparse array)'],
    [{ knownSpeakers: new Array(2) }, 'saidwho: option `knownSpeakers` must be an array without holes, got an empty slot at index 0 (a sparse array)'],
    [new Date(0), 'saidwho: option `options` must be an object, got a Date'],
    [new Map([['minConfidence', 0.5]]), 'saidwho: option `options` must be an object, got a Map'],
    [{ knownSpeakers: [new Date(0)] }, 'saidwho: option `knownSpeakers[0]` must be an object with a string `name`, got a Date'],
    [{ addCues: [() => 'say'] }, 'saidwho: option `addCues[0]` must be a string or { lemma, category }, got a function'],
  ])('%o', (options, message) => {
    expect(() => createExtractor(options as never)).toThrow(TypeError);
    expect(() => createExtractor(options as never)).toThrow(message);
    expect(() => extractQuotes('x', options as never)).toThrow(message);
  });

  test('inherited properties are not options', () => {
    const inherited = Object.create({ minConfidence: 0.99, kinds: ['direct'] }) as object;
    expect(createExtractor(inherited).extract(SAID)).toEqual(createExtractor().extract(SAID));
    // eslint-disable-next-line no-proto
    const literal = { __proto__: { minConfidence: 0.99 } } as never;
    expect(extractQuotes(SAID, literal).quotes).toHaveLength(2);
  });

  test('an object without prototype is accepted', () => {
    const bare = Object.assign(Object.create(null) as object, { minConfidence: 0.9 });
    expect(extractQuotes(SAID, bare).quotes.map((q) => q.text)).toEqual(['It will fail,']);
  });

  test('removeCues accepts any inflected form of a built-in cue', () => {
    const input = 'Smith said the plan would fail. Jones added that it was late. Lee told reporters it was over.';
    expect(extractQuotes(input).quotes.map((q) => q.cue?.lemma)).toEqual(['say', 'add', 'tell']);
    for (const form of ['said', 'says', 'saying', 'Say', 'say']) {
      expect(extractQuotes(input, { removeCues: [form] }).quotes.map((q) => q.cue?.lemma)).toEqual(['add', 'tell']);
    }
    expect(extractQuotes(input, { removeCues: ['added', 'told'] }).quotes.map((q) => q.cue?.lemma)).toEqual(['say']);
    expect(extractQuotes('Two ships were seized, according to state television.', { removeCues: ['According  to'] }).quotes).toEqual([]);
  });
});
