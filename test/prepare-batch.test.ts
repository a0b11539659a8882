import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Tokenizer, type RawBatch } from '../src/prepare/wink.js';
import { prepare, type Token } from '../src/prepare/document.js';
import { StoredToken, TokenTable } from '../src/prepare/tokens.js';
import { NO_TOKEN, maybeToken, tokenAt, tokenAtOrAfter, tokenCount, tokenIn } from '../src/prepare/lookup.js';

const PARAGRAPHS = [
  "It was Clinton's. Or Clinton's, or Clinton's: nobody knew.",
  "Clinton's plan",
  'Headline without a full stop',
  '"We did not agree," Ann Lee said. She added that it was not over.',
  'Mr.',
  'Smith said no.',
];

/** Expects each paragraph's tokens in `batch` to be those it gets when read alone; returns each paragraph with those. */
function expectEachAsAlone(paragraphs: readonly string[], batch: RawBatch): [string, RawBatch][] {
  return paragraphs.map((p, i) => {
    const alone = new Tokenizer().readMany([p]);
    const from = batch.first[i]!;
    const to = batch.first[i + 1]!;
    expect(batch.values.slice(from, to)).toEqual(alone.values);
    expect(batch.pos.slice(from, to)).toEqual(alone.pos);
    expect(batch.lemmas.slice(from, to)).toEqual(alone.lemmas);
    expect(batch.negated.slice(from, to)).toEqual(alone.negated);
    return [p, alone];
  });
}

describe('paragraphs read in one wink call', () => {
  it('give each paragraph the tokens it gets when read alone', () => {
    const batch = new Tokenizer().readMany(PARAGRAPHS);
    expect(batch.first).toHaveLength(PARAGRAPHS.length + 1);
    expectEachAsAlone(PARAGRAPHS, batch);
  });

  it("keep a word learned in one paragraph out of the next one's tokens", () => {
    const batch = new Tokenizer().readMany([PARAGRAPHS[0]!, PARAGRAPHS[1]!]);
    expect(batch.values.slice(batch.first[1], batch.first[2])).toEqual(['Clinton', "'s", 'plan']);
  });

  it('read a word learned earlier as a fresh instance would, in every context', () => {
    // plain words stay visible to later paragraphs; a currency code, a hyphenated
    // or possessive form must still come out as a fresh instance gives it
    const learned = ['Vorlund and Quessa met USD traders in Ardenvale.', 'Vorlund-Quessa said (USD) rose; Quessa\'s "Vorlund." Ardenvale?', 'USD-linked Vorlund.Quessa ARDENVALE vorlund'];
    for (const [p, alone] of expectEachAsAlone(learned, new Tokenizer().readMany(learned))) {
      // and a wink instance that never read anything else agrees
      const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
      const fresh = nlp.readDoc(p);
      expect(fresh.tokens().out()).toEqual(alone.values);
      expect(fresh.tokens().out(nlp.its.pos)).toEqual(alone.pos);
    }
  });

  it('never let a sentence run from one paragraph into the next', () => {
    const batch = new Tokenizer().readMany(['He did not', 'agree with Lee']);
    const second = batch.first[1]!;
    expect(batch.sentence[second]).not.toBe(batch.sentence[second - 1]);
    expect(batch.negated.slice(second)).toEqual([false, false, false]);
  });

  it('prepare gives the same document whatever the batch size', () => {
    const text = Array.from({ length: 400 }, (_, i) => `"Point ${i} stands," Ann Lee${i} said.\n\nShe did not say why.`).join('\n\n');
    const doc = prepare(text, new Tokenizer());
    const single = text.split('\n\n').map((p) => prepare(p, new Tokenizer()));
    expect(doc.paragraphs).toHaveLength(800);
    let offset = 0;
    single.forEach((d, i) => {
      const para = doc.paragraphs[i]!;
      const tokens = doc.tokens.slice(para.first, para.last);
      expect(tokens.map((t) => [t.start - offset, t.end - offset, t.value, t.lemma, t.pos, t.negated])).toEqual(d.tokens.map((t) => [t.start, t.end, t.value, t.lemma, t.pos, t.negated]));
      offset += d.text.length + 2;
    });
  });
});

describe('the token table', () => {
  it('gives the same tokens as plain token objects', () => {
    const text = Array.from({ length: 300 }, (_, i) => `"Point ${i} stands," Ann Lee${i % 40} said.\n\nShe did not say why; the &ldquo;plan&rdquo; is Clinton's.`).join('\n\n');
    const fields = (t: Token): unknown[] => [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para];
    const plain = prepare(text, new Tokenizer(), Infinity);
    const compact = prepare(text, new Tokenizer(), 0);
    expect(plain.tokens[0]).not.toBeInstanceOf(StoredToken);
    expect(compact.tokens[0]).toBeInstanceOf(StoredToken);
    // a stored token holds its table and its index alone (a long text has millions of them)
    expect(Object.keys(compact.tokens[0]!)).toEqual(['t', 'i']);
    expect(compact.tokens.map(fields)).toEqual(plain.tokens.map(fields));
    expect(compact.sentences).toEqual(plain.sentences);
    expect(compact.paragraphs).toEqual(plain.paragraphs);
  });

  it("keeps no token object for a long text: its list makes each token when read, and reads as an array", () => {
    const text = Array.from({ length: 60 }, (_, i) => `"Point ${i} stands," Ann Lee said.\n\nShe did not say why.`).join('\n\n');
    const fields = (t: Token | undefined): unknown[] => (t ? [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para] : ['none']);
    const plain = prepare(text, new Tokenizer(), Infinity);
    const compact = prepare(text, new Tokenizer(), 0);
    const n = plain.tokens.length;
    expect(plain.table).toBeUndefined();
    expect(compact.table?.length).toBe(n);
    expect(compact.tokens).toHaveLength(n);
    expect(Array.isArray(compact.tokens)).toBe(true);
    // two reads of one index: equal objects (the one read lately handed out again), none kept for good
    expect(fields(compact.tokens[3])).toEqual(fields(compact.tokens[3]));
    expect(fields(compact.tokens[3])).toEqual(fields(plain.tokens[3]));
    // out of range, negative, fractional or not an index: nothing, as for a plain array
    for (const k of [n, n + 5, -1, 1.5, NaN]) expect(compact.tokens[k]).toBeUndefined();
    expect((compact.tokens as unknown as Record<string, unknown>)['01']).toBeUndefined();
    expect(n in compact.tokens).toBe(false);
    expect(0 in compact.tokens).toBe(true);
    // array methods and iteration go through the same reads
    expect(compact.tokens.slice(5, 12).map(fields)).toEqual(plain.tokens.slice(5, 12).map(fields));
    expect([...compact.tokens].map(fields)).toEqual(plain.tokens.map(fields));
    expect(compact.tokens.findIndex((t) => t.value === 'why')).toBe(plain.tokens.findIndex((t) => t.value === 'why'));
    expect(Object.keys(compact.tokens)).toHaveLength(n);
    // and it cannot be changed
    expect(() => {
      (compact.tokens as Token[])[0] = plain.tokens[1]!;
    }).toThrow(TypeError);
    expect(fields(compact.tokens[0])).toEqual(fields(plain.tokens[0]));
  });

  it('reads a long text through tokenAt, tokenIn and tokenAtOrAfter as plain token objects', () => {
    const text = Array.from({ length: 40 }, (_, i) => `"Point ${i} stands," Ann Lee said.\n\nShe did not say why; the &ldquo;plan&rdquo; holds.`).join('\n\n');
    const fields = (t: Token): unknown[] => [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para];
    const plain = prepare(text, new Tokenizer(), Infinity);
    const compact = prepare(text, new Tokenizer(), 0);
    const n = plain.tokens.length;
    for (const k of [-2, -1, 0, 1, 7, n - 1, n, n + 1, 2.5]) expect(fields(tokenAt(compact, k))).toEqual(fields(tokenAt(plain, k)));
    expect(tokenAt(compact, n)).toBe(NO_TOKEN);
    expect(tokenAt(compact, -1)).toBe(NO_TOKEN);
    const sentence = plain.sentences[5]!;
    for (let k = sentence.first - 2; k < sentence.last + 2; k++) expect(fields(tokenIn(compact, sentence, k))).toEqual(fields(tokenIn(plain, sentence, k)));
    expect(tokenIn(compact, sentence, sentence.last)).toBe(NO_TOKEN);
    for (let offset = -1; offset <= text.length + 1; offset += 7) expect(tokenAtOrAfter(compact, offset)).toBe(tokenAtOrAfter(plain, offset));
  });

  it('reads a long text through maybeToken and tokenCount as doc.tokens reads it: undefined out of range', () => {
    const text = Array.from({ length: 30 }, (_, i) => `"Case ${i} is closed," Rosa Penn said.\n\nThe court did not rule on it.`).join('\n\n');
    const fields = (t: Token | undefined): unknown[] | undefined => t && [t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para];
    const plain = prepare(text, new Tokenizer(), Infinity);
    const compact = prepare(text, new Tokenizer(), 0);
    const n = plain.tokens.length;
    expect(compact.table).toBeDefined();
    expect(plain.table).toBeUndefined();
    expect(tokenCount(compact)).toBe(n);
    expect(tokenCount(plain)).toBe(n);
    for (const k of [-2, -1, 0, 1, 9, n - 1, n, n + 1, 2.5, NaN]) {
      expect(fields(maybeToken(compact, k))).toEqual(fields(plain.tokens[k]));
      expect(fields(maybeToken(compact, k))).toEqual(fields(compact.tokens[k]));
      expect(maybeToken(plain, k)).toBe(plain.tokens[k]);
    }
    for (const k of [-1, n, n + 1, 2.5]) expect(maybeToken(compact, k)).toBeUndefined();
    expect(fields(maybeToken(compact, n - 1))).toEqual(fields(tokenAt(plain, n - 1)));
  });

  it('grows past the size it expected and reads every field back', () => {
    const table = new TokenTable(1);
    // a token of 255 characters or more, and sentences far ahead of the first of their block of 256 tokens
    const rows = Array.from({ length: 600 }, (_, k) => ({
      start: k * 3,
      end: k * 3 + (k === 50 ? 300 : k === 51 ? 255 : k === 52 ? 254 : 2),
      value: k % 2 ? 'Said' : 'NOT',
      lemma: k % 3 ? 'say' : undefined,
      pos: k % 5 ? 'VERB' : 'PART',
      negated: k % 7 === 0,
      sent: (k >> 2) + (k >= 60 ? 1000 : 0),
      para: k >> 4,
    }));
    for (const r of rows) table.push(r.start, r.end, r.value, r.lemma, r.pos, r.negated, r.sent, r.para);
    table.finish();
    expect(table.length).toBe(600);
    expect(table.start).toHaveLength(600);
    rows.forEach((r, k) => {
      const t = table.token(k);
      expect([t.i, t.start, t.end, t.value, t.lower, t.lemma, t.pos, t.negated, t.sent, t.para]).toEqual([
        k,
        r.start,
        r.end,
        r.value,
        r.value.toLowerCase(),
        r.lemma ?? r.value.toLowerCase(),
        r.pos,
        r.negated,
        r.sent,
        r.para,
      ]);
    });
    // each distinct string once
    expect(table.words).toEqual(['NOT', 'Said']);
    expect(table.tags).toEqual(['PART', 'VERB']);
    // two bytes an index while they fit
    expect(table.word).toBeInstanceOf(Uint16Array);
  });

  it('finds a word again by its key, within the key space it was given in alone', () => {
    const table = new TokenTable(4);
    const spaceA = {};
    const spaceB = {};
    // key 7 is "Said" in space A, "Told" in space B; keys 3 and 9 both stand for "Said" in space B
    const rows: [string, number, object | undefined][] = [
      ['Said', 7, spaceA],
      ['Said', 7, spaceA],
      ['Told', 7, spaceB],
      ['Said', 3, spaceB],
      ['Said', 9, spaceB],
      ['Told', 7, spaceB],
      ['Said', 7, spaceA],
      ['Told', -1, undefined],
      ['Said', 100_000, spaceA],
    ];
    rows.forEach(([value, key, space], k) => table.push(k, k + 1, value, undefined, 'VERB', false, k, 0, key, space));
    table.finish();
    expect(rows.map((_, k) => table.token(k).value)).toEqual(rows.map(([value]) => value));
    expect(rows.map((_, k) => table.token(k).lower)).toEqual(rows.map(([value]) => value.toLowerCase()));
    // each distinct string once, whatever its keys
    expect(table.words).toEqual(['Said', 'Told']);
  });

  it('keeps word and lemma indexes past 65,535', () => {
    const table = new TokenTable(16);
    const count = 70_000;
    for (let k = 0; k < count; k++) table.push(k * 2, k * 2 + 1, `w${k}`, `l${k}`, 'NOUN', false, k, k);
    table.finish();
    for (const k of [0, 65_535, 65_536, 65_537, count - 1]) {
      const t = table.token(k);
      expect([t.value, t.lemma, t.start, t.end, t.sent, t.para]).toEqual([`w${k}`, `l${k}`, k * 2, k * 2 + 1, k, k]);
    }
    expect(table.word).toBeInstanceOf(Int32Array);
    expect(table.lemma).toBeInstanceOf(Int32Array);
  });
});
