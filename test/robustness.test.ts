/**
 * Hostile input (issue 6): odd line endings and spaces, characters outside the
 * basic plane, HTML character references, inputs built to be slow, and wrong
 * argument types. Every extraction goes through `extract`, which checks that
 * each span is in bounds and equals its slice of the input. Large inputs get
 * generous timeouts; nothing here asserts on time (the benchmark measures it).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extractQuotes, type Extraction } from '../src/index.js';
import { Tokenizer } from '../src/prepare/wink.js';
import { extract } from './support/invariants.js';

const SAID = '"We will win," Smith said.';
const MB = 1 << 20;
const LONG = 120_000;

/** Repeats `s` until the result is exactly `n` characters long. */
function fill(s: string, n: number): string {
  return s.repeat(Math.ceil(n / s.length)).slice(0, n);
}

/** The quote, speaker and cue of each quotation, with absolute offsets. */
function shape(r: Extraction): unknown[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    span: [q.span.start, q.span.end],
    text: q.text.length > 60 ? `${q.text.slice(0, 30)}…(${q.text.length} characters)` : q.text,
    speaker: q.speaker?.name ?? null,
    mention: q.speaker?.mention ? [q.speaker.mention.start, q.speaker.mention.end] : null,
    cue: q.cue ? [q.cue.span.start, q.cue.span.end, q.cue.lemma] : null,
  }));
}

/** The expected shape of {@link SAID} standing at `at` in the input. */
function saidAt(at: number): unknown[] {
  return [
    {
      kind: 'direct',
      span: [at, at + 14],
      text: 'We will win,',
      speaker: 'Smith',
      mention: [at + 15, at + 20],
      cue: [at + 21, at + 25, 'say'],
    },
  ];
}

/** Asserts that no span of `r` starts or ends between the two halves of a surrogate pair. */
function noSplitPairs(input: string, r: Extraction): void {
  const inside = (at: number): boolean =>
    at > 0 &&
    at < input.length &&
    /[\uD800-\uDBFF]/.test(input[at - 1]!) &&
    /[\uDC00-\uDFFF]/.test(input[at]!);
  for (const q of r.quotes) {
    for (const s of [q.span, ...q.parts, q.cue?.span, q.speaker?.mention]) {
      if (!s) continue;
      expect(inside(s.start) || inside(s.end), `span ${s.start}..${s.end} splits a surrogate pair`).toBe(false);
    }
  }
}

describe('line endings, spaces and invisible characters keep offsets exact', () => {
  const prefixes: [string, string][] = [
    ['a byte-order mark', '\uFEFF'],
    ['CRLF', 'Lead.\r\n'],
    ['a lone CR', 'Lead.\r'],
    ['a tab', 'Lead.\t'],
    ['a no-break space', 'Lead.\u00A0'],
    ['a zero-width space', 'Lead.\u200B'],
    ['a narrow no-break space and a word joiner', 'Lead.\u202F\u2060'],
    ['a line separator U+2028', 'Lead.\u2028'],
    ['a paragraph separator U+2029', 'Lead.\u2029'],
    ['emoji with a skin-tone modifier', 'Great news 👍🏽.\n\n'],
    ['mathematical letters outside the basic plane', '𝐁𝐨𝐥𝐝 text. '],
    ['combining marks', 'Cafe\u0301 de\u0301ja\u0300 vu.\n\n'],
    ['right-to-left text', 'שלום עולם.\n\n'],
    ['Arabic text', 'مرحبا بكم.\n\n'],
    ['CRLF paragraph break', 'Lead.\r\n\r\n'],
    ['a paragraph break written as newline, space, newline', 'Lead\n \n'],
    ['three newlines', 'Lead\n\n\n'],
    ['mixed line endings', 'One.\r\nTwo.\rThree.\n\r\n'],
  ];
  it.each(prefixes)('after %s', (_name, prefix) => {
    const input = prefix + SAID;
    expect(shape(extract(input))).toEqual(saidAt(prefix.length));
  });

  it('with CR, CRLF and U+2028 line breaks inside the sentence', () => {
    for (const br of ['\r', '\r\n', '\u2028', '\n']) {
      const input = `"We will win,"${br}Smith said.`;
      const r = extract(input);
      expect(r.quotes).toHaveLength(1);
      expect(r.quotes[0]!.text).toBe('We will win,');
      expect(r.quotes[0]!.speaker?.name).toBe('Smith');
      expect(r.quotes[0]!.cue?.span.start).toBe(14 + br.length + 6);
    }
  });

  it('with tabs and odd spaces inside the quote', () => {
    const input = '"We\twill\u00A0win\u200B," Smith said.';
    const r = extract(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('We\twill\u00A0win\u200B,');
  });

  it('with emoji, combining marks and right-to-left text inside the quote', () => {
    for (const inner of ['We 😀 will win,', 'Nous irons à Mosc\u0302ou, cafe\u0301,', 'مرحبا بكم,', '𝐖𝐞 will win,']) {
      const input = `"${inner}" Smith said.`;
      const r = extract(input);
      expect(r.quotes).toHaveLength(1);
      expect(r.quotes[0]!.parts).toEqual([{ start: 1, end: 1 + inner.length, text: inner }]);
      expect(r.quotes[0]!.speaker?.name).toBe('Smith');
      noSplitPairs(input, r);
    }
  });

  // A paragraph that ends inside a quotation continues it only when the next
  // paragraph opens with a mark (the news convention); "News." ends it.
  it('paragraph breaks as \\r\\n\\r\\n, \\n \\n and three newlines end an unclosed quote', () => {
    for (const br of ['\r\n\r\n', '\n \n', '\n\n\n', '\n\t\n', '\r\r', '\u2029']) {
      const input = `"This quote is never closed.${br}News.${br}${SAID}`;
      const r = extract(input);
      const last = r.quotes[r.quotes.length - 1]!;
      expect(last.text).toBe('We will win,');
      expect(last.span.start).toBe(input.indexOf(SAID));
      for (const q of r.quotes) expect(q.span.end <= input.indexOf(br) || q.span.start >= input.indexOf(SAID)).toBe(true);
    }
  });

  it('a single line break does not end a paragraph', () => {
    const r = extract('"We will\nwin," Smith said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We will\nwin,']);
  });
});

describe('HTML character references are read as the marks they stand for', () => {
  const cases: [string, string, string][] = [
    ['&ldquo; &rdquo;', '&ldquo;', '&rdquo;'],
    ['&quot;', '&quot;', '&quot;'],
    ['&#8220; &#8221;', '&#8220;', '&#8221;'],
    ['&#x201C; &#x201D;', '&#x201C;', '&#x201D;'],
    ['&#X201c; &#x201d;', '&#X201c;', '&#x201d;'],
    ['&#34;', '&#34;', '&#34;'],
  ];
  it.each(cases)('%s', (_name, open, close) => {
    const input = `${open}We will win,${close} Smith said.`;
    const r = extract(input);
    const afterClose = open.length + 12 + close.length;
    expect(shape(r)).toEqual([
      {
        kind: 'direct',
        span: [0, afterClose],
        text: 'We will win,',
        speaker: 'Smith',
        mention: [afterClose + 1, afterClose + 6],
        cue: [afterClose + 7, afterClose + 11, 'say'],
      },
    ]);
    expect(r.quotes[0]!.parts).toEqual([{ start: open.length, end: open.length + 12, text: 'We will win,' }]);
  });

  it('&rsquo; inside a word stays an apostrophe', () => {
    const r = extract('&ldquo;We don&rsquo;t lose,&rdquo; Smith said.');
    expect(r.quotes.map((q) => q.text)).toEqual(['We don&rsquo;t lose,']);
  });

  it('&amp;quot; is not a mark', () => {
    const r = extract('&amp;quot;We will win,&amp;quot; Smith said.');
    expect(r.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('&nbsp; is a space', () => {
    const input = `Lead.&nbsp;${SAID}`;
    expect(shape(extract(input))).toEqual(saidAt(11));
  });

  it('references that look like Object.prototype members are ordinary text (&valueOf;, &toString;)', () => {
    for (const input of ['He said &valueOf; "yes," he said.', '&toString;', '&constructor; &__proto__; &hasOwnProperty;']) {
      extract(input);
    }
    const r = extract(`&valueOf; ${SAID}`);
    expect(r.quotes.map((q) => q.speaker?.name)).toContain('Smith');
  });

  it('broken, unknown and unterminated references', () => {
    for (const input of ['&', '&;', '&#;', '&#x;', '&#xZZ;', '&#99999999999;', '&unknown;', '&ldquo', `&ldquo${SAID}`, '&&&&;;;;']) {
      extract(input);
    }
  });
});

describe('inputs built to be slow finish and stay valid', { timeout: 180_000 }, () => {
  it('one line of 1 MB without spaces', () => {
    const r = extract('x'.repeat(MB));
    expect(r).toEqual({ quotes: [], speakers: [] });
  });

  it('one line of 1 MB of letters and digits without spaces, then a quote', () => {
    const input = fill('abc123', MB) + `\n\n${SAID}`;
    expect(shape(extract(input))).toEqual(saidAt(MB + 2));
  });

  it('half a megabyte of emoji without spaces (no span splits a surrogate pair)', () => {
    const input = `${'😀'.repeat(MB / 4)} ${SAID}`;
    noSplitPairs(input, extract(input));
    const mixed = fill('a'.repeat(119) + '😀', 200_000) + ` ${SAID}`;
    noSplitPairs(mixed, extract(mixed));
  });

  it('a chain of 6,000 names joined by "and" before a cue (the split of "X and Y" recursed once per "and")', () => {
    const input = `${'Lee and '.repeat(6000)}Ruiz said "no."`;
    const r = extract(input);
    expect(r.quotes.map((q) => q.text)).toEqual(['no.']);
  });

  it('100,000 straight quotation marks', () => {
    const input = `${'"'.repeat(100_000)}\n\n${SAID}`;
    expect(shape(extract(input))).toEqual(saidAt(100_002));
  });

  it('100,000 curly quotation marks of each shape', () => {
    for (const mark of ['\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u201E', "''"]) {
      const input = `${mark.repeat(100_000 / mark.length)}\n\nNews.\n\n${SAID}`;
      expect(shape(extract(input))).toEqual(saidAt(100_009));
    }
  });

  it('100,000 quotation marks between words and spaces', () => {
    for (const unit of ['" ', ' "', 'a"', '"a ', "' ", '‘ "', '“ ‘ ']) {
      extract(fill(unit, 100_000 * unit.length));
    }
  });

  it('100,000 repetitions of "said"', () => {
    expect(extract('said '.repeat(100_000)).quotes).toEqual([]);
    extract('said'.repeat(100_000));
    extract('Smith said. '.repeat(100_000 / 2));
    extract(`${'said, '.repeat(100_000)}\n\n${SAID}`);
  });

  it('deeply nested marks', () => {
    const depth = 50_000;
    for (const [open, close] of [
      ['\u201C', '\u201D'],
      ['\u201C\u2018', '\u2019\u201D'],
      ['" \' ', ' \' "'],
      ['«', '»'],
    ] as const) {
      const input = `${open.repeat(depth)}x${close.repeat(depth)}\n\n${SAID}`;
      const r = extract(input);
      expect(shape(r).slice(-1)).toEqual(saidAt(input.length - SAID.length));
    }
  });

  it('many open marks, then many close marks of the other family', () => {
    extract('\u2018 '.repeat(50_000) + '" '.repeat(50_000));
    extract('“ '.repeat(50_000) + '’ '.repeat(50_000));
  });

  it('a 1 MB paragraph with one unclosed mark, at the start or in the middle', () => {
    const sentence = 'The minister said the talks would resume soon. ';
    const atStart = `"${fill(sentence, MB)}\n\nNews.\n\n${SAID}`;
    const r1 = extract(atStart);
    expect(shape(r1).slice(-1)).toEqual(saidAt(atStart.length - SAID.length));
    const middle = `${fill(sentence, MB / 2)}"${fill(sentence, MB / 2)}\n\nNews.\n\n${SAID}`;
    const r2 = extract(middle);
    expect(shape(r2).slice(-1)).toEqual(saidAt(middle.length - SAID.length));
    for (const q of r2.quotes) expect(q.span.end <= MB + 1 || q.span.start > MB + 1).toBe(true);
  });

  it('1 MB of ampersands, semicolons and partial references', () => {
    extract('&'.repeat(MB));
    extract(fill('&ldquo', MB));
    extract(fill('&#8220', MB));
  });

  it('1 MB of line breaks, spaces, or lone surrogates', () => {
    expect(extract('\n'.repeat(MB))).toEqual({ quotes: [], speakers: [] });
    expect(extract(' '.repeat(MB))).toEqual({ quotes: [], speakers: [] });
    expect(extract('\r\n \t'.repeat(MB / 4))).toEqual({ quotes: [], speakers: [] });
    extract('\uD800'.repeat(LONG));
    extract('\uDC00a'.repeat(LONG));
  });

  // (100 kB: the invariant check is quadratic in the number of quotes of one speaker)
  it('lone CR line endings between many quotes', () => {
    const input = 'He said "yes."\r'.repeat(100_000 / 15);
    const r = extract(input);
    expect(r.quotes.map((q) => q.text)).toEqual(new Array(100_000 / 15 | 0).fill('yes.'));
  });
});

describe('wrong argument types', () => {
  const extractor = createExtractor();
  const wrong: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { text: 'x' }],
    ['an array', ['x']],
    ['a String object', new String('"Yes," she said.')],
    ['a symbol', Symbol('x')],
    ['a boolean', true],
  ];
  it.each(wrong)('%s throws a TypeError naming `text`', (_name, value) => {
    expect(() => extractor.extract(value as string)).toThrow(TypeError);
    expect(() => extractor.extract(value as string)).toThrow(/`text` must be a string/);
    expect(() => extractQuotes(value as string)).toThrow(/`text` must be a string/);
  });

  it('the empty string and white space return an empty extraction', () => {
    for (const input of ['', ' ', '\n', '\uFEFF', '\u200B', '"', "'", '\u201C\u201D']) {
      expect(extract(input).quotes).toEqual([]);
    }
  });

  const options: [string, unknown, RegExp][] = [
    ['null options', null, /option `options` must be an object/],
    ['a string as options', 'fast', /option `options` must be an object/],
    ['an array as options', [], /option `options` must be an object/],
    ['an unknown option', { minConfidance: 0.5 }, /unknown option `minConfidance`/],
    ['minConfidence out of range', { minConfidence: 2 }, /option `minConfidence`/],
    ['minConfidence NaN', { minConfidence: Number.NaN }, /option `minConfidence`/],
    ['minConfidence as a string', { minConfidence: '0.5' }, /option `minConfidence`/],
    ['kinds not an array', { kinds: 'direct' }, /option `kinds`/],
    ['an unknown kind', { kinds: ['direct', 'bogus'] }, /option `kinds\[1\]`/],
    ['an unknown category', { categories: ['gossip'] }, /option `categories\[0\]`/],
    ['a number as a cue', { addCues: [3] }, /option `addCues\[0\]`/],
    ['a cue with a bad category', { addCues: [{ lemma: 'opine', category: 'x' }] }, /option `addCues\[0\]\.category`/],
    ['removeCues with a number', { removeCues: ['add', 1] }, /option `removeCues\[1\]`/],
    ['a known speaker without a name', { knownSpeakers: [{ aliases: [] }] }, /option `knownSpeakers\[0\]\.name`/],
    ['a known speaker with bad aliases', { knownSpeakers: [{ name: 'A', aliases: 'B' }] }, /option `knownSpeakers\[0\]\.aliases`/],
    ['a known speaker with a bad gender', { knownSpeakers: [{ name: 'A', gender: 'x' }] }, /option `knownSpeakers\[0\]\.gender`/],
  ];
  it.each(options)('%s throws a TypeError naming the option', (_name, value, message) => {
    expect(() => createExtractor(value as never)).toThrow(TypeError);
    expect(() => createExtractor(value as never)).toThrow(message);
    expect(() => extractQuotes('"Yes," she said.', value as never)).toThrow(message);
  });
});

describe('long-running use', () => {
  it('the tokens of a text do not depend on what the tokenizer read before', () => {
    // wink learns every word it reads; once it had seen "Clinton's" whole
    // (before a full stop, comma or colon) it stopped splitting it
    const fresh = new Tokenizer().readMany(["Clinton's plan"]);
    expect(fresh.values).toEqual(['Clinton', "'s", 'plan']);
    const used = new Tokenizer();
    used.readMany(["It was Clinton's. Or Clinton's, or Clinton's: nobody knew."]);
    expect(used.readMany(["Clinton's plan"])).toEqual(fresh);
  });

  it('the output does not depend on what the extractor read before', () => {
    const text = '"The plan is dead," Clinton\'s spokesman said. Officials\' doubts grew, Smith\'s aide added.';
    const fresh = createExtractor().extract(text);
    const used = createExtractor();
    used.extract("It was Clinton's. Or Clinton's, or Officials', Smith's: nobody knew.");
    expect(used.extract(text)).toEqual(fresh);
  });

  it('many extractors can be created in one process', { timeout: 120_000 }, () => {
    // each wink instance used to re-stringify a string of the model, which
    // grew until "RangeError: Invalid string length"
    for (let i = 0; i < 30; i++) createExtractor();
    expect(createExtractor().extract(SAID).quotes).toHaveLength(1);
  });
});
