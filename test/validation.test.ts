/**
 * Argument validation of every public function: a wrong argument throws a
 * TypeError (or RangeError) whose message names the argument, says what was
 * expected and shows the value received.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { createExtractor, evaluate, extractQuotes, formatErrors, formatReport, isSpeechCue, isSpeechScope, parseGoldJsonl, parseGoldLine, scoreDocuments } from '../src/index.js';
import type { Extraction } from '../src/index.js';
import { evaluateWith } from '../src/eval/evaluate.js';
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
    [{ categories: ['bogus'] }, "saidwho: option `categories[0]` must be one of 'speech', 'writing', 'source', 'thought', 'evidence', 'stance', got 'bogus'"],
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

  test('an object from another realm is a plain object too', () => {
    const foreign = runInNewContext('({ minConfidence: 0.9, kinds: ["direct"] })') as object;
    expect(extractQuotes(SAID, foreign).quotes.map((q) => q.text)).toEqual(['It will fail,']);
    expect(() => extractQuotes(SAID, runInNewContext('new Date(0)') as never)).toThrow('got a Date');
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

describe('evaluation API', () => {
  const text = '"We will win," Smith said.';
  const quote = { quote: { start: 1, end: 12 }, type: 'direct', speaker: { start: 15, end: 20 }, cue: { start: 21, end: 25 } };
  const doc = (q: object): string => JSON.stringify({ id: 'a', text, quotes: [{ ...quote, ...q }] });

  test.each([
    [null, "saidwho: `gold` must be an array of gold documents, got null"],
    ['x', "saidwho: `gold` must be an array of gold documents, got 'x'"],
    [[, { id: 'a', text, quotes: [] }], 'saidwho: `gold` must be an array of gold documents without holes, got an empty slot at index 0 (a sparse array)'],
    [[{ id: 'a', text: 5, quotes: [] }], 'saidwho: `gold[0].text` must be a string, got 5'],
    [[{ id: 'a', text, quotes: [{ ...quote, quote: { start: 12, end: 1 } }] }], 'saidwho: `gold[0].quotes[0].quote` starts after it ends (start 12, end 1)'],
    [[{ id: 'a', text, quotes: [{ ...quote, quote: { start: 3, end: 3 } }] }], 'saidwho: `gold[0].quotes[0].quote` is empty (start = end = 3)'],
  ])('evaluate(%o) throws', (gold, message) => {
    expect(() => evaluate(gold as never)).toThrow(TypeError);
    expect(() => evaluate(gold as never)).toThrow(message);
  });

  test.each([
    [{ bogus: 1 }, 'saidwho: unknown key `bogus` in `options` (known: extractor, onProgress, errors, errorMode)'],
    [{ errors: -1 }, 'saidwho: `options.errors` must be a whole number from 0, got -1'],
    [{ errors: 1.5 }, 'saidwho: `options.errors` must be a whole number from 0, got 1.5'],
    [{ errorMode: 'loose' }, "saidwho: `options.errorMode` must be 'lenient' or 'strict', got 'loose'"],
    [{ onProgress: 'yes' }, "saidwho: `options.onProgress` must be a function, got 'yes'"],
    [{ extractor: { minConfidence: 2 } }, 'saidwho: option `minConfidence` must be a number from 0 to 1, got 2'],
    [new Date(0), 'saidwho: `options` must be an object, got a Date'],
  ])('evaluate([], %o) throws', (options, message) => {
    expect(() => evaluate([], options as never)).toThrow(message);
  });

  test('inherited evaluate options are ignored', () => {
    const inherited = Object.create({ errors: 5 }) as object;
    expect(evaluate([], inherited).errors).toBeUndefined();
  });

  test.each([
    [{ quote: { start: 12, end: 1 } }, 'line 1: `quotes[0].quote` starts after it ends (start 12, end 1)'],
    [{ quote: { start: 5, end: 5 } }, 'line 1: `quotes[0].quote` is empty (start = end = 5); leave out a span that marks nothing'],
    [{ quote: { start: 1, end: 12, fragments: [] } }, 'line 1: `quotes[0].quote.fragments` is empty; leave it out for a quote in one piece'],
    [{ quote: { start: 1, end: 5, fragments: [{ start: 1, end: 12 }] } }, 'line 1: `quotes[0].quote.fragments[0]` [1, 12) lies outside the quote [1, 5)'],
    [{ speaker: { start: 15, end: 15 } }, 'line 1: `quotes[0].speaker` is empty (start = end = 15); leave out a span that marks nothing'],
    [{ quote: { start: -1, end: 5 } }, 'line 1: `quotes[0].quote.start` must be at least 0, got -1'],
    [{ quote: { start: 1, end: 99 } }, 'line 1: `quotes[0].quote.end` must be at most the text length 26, got 99'],
    [{ type: 'quoted' }, "line 1: `quotes[0].type` must be one of 'direct', 'indirect', 'mixed', got 'quoted'"],
  ])('a gold line with %o is refused', (q, message) => {
    let error: (Error & { line?: number }) | undefined;
    try {
      parseGoldJsonl(doc(q));
    } catch (e) {
      error = e as Error & { line?: number };
    }
    expect(error?.message).toBe(message);
    expect(error?.line).toBe(1);
  });

  test('parse errors carry the line number, counting every kind of line end', () => {
    const good = doc({});
    for (const eol of ['\n', '\r\n', '\r']) {
      const input = [good, '', good, '{"id": 1}'].join(eol);
      expect(() => parseGoldJsonl(input)).toThrow('line 4: `text` must be a string, got undefined');
      try {
        parseGoldJsonl(input);
      } catch (e) {
        expect((e as { line: number }).line).toBe(4);
      }
    }
    expect(parseGoldJsonl([good, good].join('\r'))).toHaveLength(2);
  });

  test.each([
    [() => parseGoldJsonl(5 as never), "saidwho: `text` must be a string (the content of a gold JSONL file), got 5"],
    [() => parseGoldLine(null as never, 1), 'saidwho: `line` must be a string, got null'],
    [() => parseGoldLine('{}', 0), 'saidwho: `lineNumber` must be a whole number from 1, got 0'],
    [() => formatReport({} as never), 'saidwho: `report.documents` must be a whole number (is this a report from evaluate or scoreDocuments?), got undefined'],
    [() => formatReport('report' as never), "saidwho: `report` must be an evaluation report from evaluate or scoreDocuments, got 'report'"],
    [() => formatErrors(undefined as never), 'saidwho: `errors` must be the `errors` of a report made with the `errors` option, got undefined'],
    [() => scoreDocuments([{}] as never), 'saidwho: `docs[0].gold` must be a gold document {id, text, quotes}, got undefined'],
    [() => scoreDocuments(5 as never), 'saidwho: `docs` must be an array of { gold, predicted }, got 5'],
    [() => scoreDocuments([{ gold: { id: 'a', text: 'abc', quotes: [] }, predicted: { quotes: [], speakers: [] }, extra: 1 }] as never), 'saidwho: unknown key `extra` in `docs[0]` (known: gold, predicted)'],
    [
      () => scoreDocuments([{ gold: { id: 'a', text: 'abc', quotes: [] }, predicted: { quotes: [{ kind: 'direct', span: { start: 0, end: 9 }, parts: [], cue: null, speaker: null }], speakers: [] } }] as never),
      'saidwho: `docs[0].predicted.quotes[0].span.end` must be an integer from start (0) to the text length 3, got 9',
    ],
    [() => scoreDocuments([], { errors: -1 }), 'saidwho: `options.errors` must be a whole number from 0, got -1'],
  ])('%s', (call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  test('a report from JSON is formatted as the report itself', () => {
    const report = evaluate([{ id: 'a', text, quotes: [] }]);
    expect(formatReport(JSON.parse(JSON.stringify(report)) as never)).toBe(formatReport(report));
  });

  test('a document whose extraction fails is named, counted, and the others are scored', () => {
    const gold = parseGoldJsonl([doc({}), doc({}).replace('"a"', '"b"'), doc({}).replace('"a"', '"c"')].join('\n'));
    const real = createExtractor();
    let calls = 0;
    const extract = (t: string): Extraction => {
      calls++;
      if (calls === 2) throw new TypeError("Cannot read properties of undefined (reading 'pos')");
      return real.extract(t);
    };
    const report = evaluateWith(gold, {}, extract);
    expect(report.documents).toBe(3);
    expect(report.failures).toEqual([{ index: 1, document: 'b', error: "TypeError: Cannot read properties of undefined (reading 'pos')" }]);
    expect(report.lenient.all.gold).toBe(3);
    expect(report.lenient.all.matchedGold).toBe(2);
    expect(formatReport(report).split('\n')[1]).toBe('1 of them could not be read and count as finding nothing: b');
    expect(evaluate(gold).failures).toBeUndefined();
  });
});

describe('speech scope helpers', () => {
  test('check their arguments', () => {
    expect(() => isSpeechCue(5 as never)).toThrow('saidwho: `cue` must be a string, got 5');
    expect(() => isSpeechScope(null as never)).toThrow('saidwho: `quote` must be a gold quote { quote, type, speaker, cue }, got null');
    expect(() => isSpeechScope({ type: 'loud', cue: null } as never)).toThrow("saidwho: `quote.type` must be one of 'direct', 'indirect', 'mixed', got 'loud'");
    expect(() => isSpeechScope({ type: 'indirect', cue: 'said' } as never)).toThrow("saidwho: `quote.cue` must be null or a span with a string `text`, got 'said'");
    expect(isSpeechScope({ quote: { start: 0, end: 1, text: 'x' }, type: 'indirect', speaker: null, cue: { start: 0, end: 4, text: 'said' } })).toBe(true);
  });
});
