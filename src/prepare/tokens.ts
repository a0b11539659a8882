/**
 * Compact token storage for long texts: numbers in typed arrays, each
 * distinct string once, and a small object per token that reads from there.
 * @internal
 */
import type { Token } from './token.js';
import { lazyList } from './lazy-list.js';

/** Numbers stored per token, and the strings they point to. */
export class TokenTable {
  private capacity: number;
  /** Number of tokens. */
  length = 0;
  start: Int32Array;
  /** Length of each token (end less start), or {@link LONG} when its end is in {@link longEnds}. */
  span: Uint8Array;
  /** The end of each token of {@link LONG} characters or more. */
  readonly longEnds = new Map<number, number>();
  /** The sentence of the first token of each block of {@link BLOCK} tokens. */
  sentBase: Int32Array;
  /** A token's sentence less its block's {@link sentBase}, or {@link LONG} when it is in {@link longSents}. */
  sentStep: Uint8Array;
  /** The sentence of each token {@link LONG} sentences or more past its block's base (hardly ever met). */
  readonly longSents = new Map<number, number>();
  /** The paragraph of each sentence (a token's paragraph is its sentence's). */
  sentPara: Int32Array;
  /** Index into {@link words} and {@link lowers} (two bytes each until an index needs more). */
  word: Uint16Array | Int32Array;
  /** Index into {@link lemmas} (two bytes each until an index needs more). */
  lemma: Uint16Array | Int32Array;
  /** Index into {@link tags}, plus {@link NEGATED} when the token is negated. */
  tag: Uint8Array;
  readonly words: string[] = [];
  readonly lowers: string[] = [];
  readonly lemmas: string[] = [];
  readonly tags: string[] = [];
  private wordIds: Map<string, number> | undefined = new Map();
  private lemmaIds: Map<string, number> | undefined = new Map();
  private tagIds: Map<string, number> | undefined = new Map();
  /** By word: the lemma it was last pushed with (undefined: its lower case) and that lemma's index, -1 before any. */
  private lastLemma: (string | undefined)[] = [];
  private lastLemmaId: number[] = [];
  /** By word: the tag it was last pushed with and that tag's index, -1 before any. */
  private lastPos: string[] = [];
  private lastTagId: number[] = [];
  /** What the keys handed to {@link push} stand in (their meaning holds there alone). */
  private keySpace: unknown = undefined;
  /** By key: the index of the word it stands for, plus one (0: not met yet). */
  private wordByKey = new Int32Array(0);

  /** A table for about `expected` tokens (it grows as needed). */
  constructor(expected: number) {
    this.capacity = Math.max(16, expected);
    this.start = new Int32Array(this.capacity);
    this.span = new Uint8Array(this.capacity);
    this.sentBase = new Int32Array(blocks(this.capacity));
    this.sentStep = new Uint8Array(this.capacity);
    this.sentPara = new Int32Array(Math.max(16, this.capacity >> 4));
    this.word = new Uint16Array(this.capacity);
    this.lemma = new Uint16Array(this.capacity);
    this.tag = new Uint8Array(this.capacity);
  }

  /**
   * Appends a token and returns its index. `lower` is worked out once per
   * distinct value. A `key` of 0 or more stands for `value` alone within
   * `space` (wink's lexeme index within one wink instance): a word met again
   * by its key is found without a look-up by string.
   */
  push(start: number, end: number, value: string, lemma: string | undefined, pos: string, negated: boolean, sent: number, para: number, key = -1, space: unknown = undefined): number {
    if (this.length === this.capacity) this.grow();
    const k = this.length++;
    this.start[k] = start;
    // (lengths and sentence steps take a byte each; the rare larger ones wait in a map)
    const length = end - start;
    if (length < LONG) this.span[k] = length;
    else {
      this.span[k] = LONG;
      this.longEnds.set(k, end);
    }
    if ((k & (BLOCK - 1)) === 0) this.sentBase[k >> BLOCK_BITS] = sent;
    const step = sent - this.sentBase[k >> BLOCK_BITS]!;
    if (step >= 0 && step < LONG) this.sentStep[k] = step;
    else {
      this.sentStep[k] = LONG;
      this.longSents.set(k, sent);
    }
    if (sent >= this.sentPara.length) this.sentPara = grown(this.sentPara, Math.max(this.sentPara.length * 2, sent + 1));
    this.sentPara[sent] = para;
    let word = key >= 0 ? this.wordOfKey(key, space) : -1;
    if (word < 0) word = this.wordOf(value, key);
    if (word > 0xffff && this.word instanceof Uint16Array) this.word = Int32Array.from(this.word);
    this.word[k] = word;
    // a word mostly comes back with the lemma and the tag it had last time (the same strings): no look-up then
    let lemmaId = this.lastLemmaId[word]!;
    if (lemmaId < 0 || this.lastLemma[word] !== lemma) {
      lemmaId = idOf(this.lemmaIds!, this.lemmas, lemma ?? this.lowers[word]!);
      this.lastLemma[word] = lemma;
      this.lastLemmaId[word] = lemmaId;
    }
    if (lemmaId > 0xffff && this.lemma instanceof Uint16Array) this.lemma = Int32Array.from(this.lemma);
    this.lemma[k] = lemmaId;
    let tagId = this.lastTagId[word]!;
    if (tagId < 0 || this.lastPos[word] !== pos) {
      tagId = idOf(this.tagIds!, this.tags, pos);
      this.lastPos[word] = pos;
      this.lastTagId[word] = tagId;
    }
    this.tag[k] = tagId | (negated ? NEGATED : 0);
    return k;
  }

  /** The index of the word stood for by `key` in `space`, or -1 when not met yet (keys of another space are all forgotten). */
  private wordOfKey(key: number, space: unknown): number {
    if (space !== this.keySpace) {
      this.keySpace = space;
      this.wordByKey = new Int32Array(Math.max(1024, key + 1));
      return -1;
    }
    return key < this.wordByKey.length ? this.wordByKey[key]! - 1 : -1;
  }

  /** The index of the word `value`, added when new; remembered for `key` when that is 0 or more. */
  private wordOf(value: string, key: number): number {
    const wordIds = this.wordIds!;
    let word = wordIds.get(value);
    if (word === undefined) {
      word = this.words.length;
      this.words.push(value);
      const lower = value.toLowerCase();
      this.lowers.push(lower);
      wordIds.set(value, word);
      this.lastLemma.push(undefined);
      this.lastLemmaId.push(-1);
      this.lastPos.push('');
      this.lastTagId.push(-1);
    }
    if (key >= 0) {
      if (key >= this.wordByKey.length) {
        const grown = new Int32Array(Math.max(this.wordByKey.length * 2, key + 1));
        grown.set(this.wordByKey);
        this.wordByKey = grown;
      }
      this.wordByKey[key] = word + 1;
    }
    return word;
  }

  /** The token object of index `k`: it reads every field from this table. */
  token(k: number): StoredToken {
    const slot = k & RECENT_MASK;
    const recent = this.recent[slot]!;
    if (recent.i === k) return recent;
    return (this.recent[slot] = new StoredToken(this, k));
  }

  /**
   * The token object for index `k` when the table holds it (an integer from 0
   * to below {@link length}), else undefined. A token read lately is handed
   * out again (see {@link recent}), else a new one is made.
   */
  at(k: number): StoredToken | undefined {
    return k >>> 0 === k && k < this.length ? this.token(k) : undefined;
  }

  /**
   * The token objects read lately, by index modulo {@link RECENT}: rules read
   * the tokens near the one they look at again and again, and a token read
   * again is handed out from here rather than made anew, so that a long text
   * makes far fewer short-lived objects (a token holds no state of its own:
   * sharing one is safe). Filled with a token of index -1, which no read asks for.
   */
  private readonly recent: StoredToken[] = new Array<StoredToken>(RECENT).fill(new StoredToken(this, -1));

  /** The lower-cased value of token `k` (the `lower` of {@link token}, without making the token). */
  lowerOf(k: number): string {
    return this.lowers[this.word[k]!]!;
  }

  /** The text of token `k` (the `value` of {@link token}, without making the token). */
  valueOf(k: number): string {
    return this.words[this.word[k]!]!;
  }

  /** The lemma of token `k` (the `lemma` of {@link token}, without making the token). */
  lemmaOf(k: number): string {
    return this.lemmas[this.lemma[k]!]!;
  }

  /** The part-of-speech tag of token `k` (the `pos` of {@link token}, without making the token). */
  posOf(k: number): string {
    return this.tags[this.tag[k]! & ~NEGATED]!;
  }

  /** Offset just past the last character of token `k` (the `end` of {@link token}, without making the token). */
  endOf(k: number): number {
    const length = this.span[k]!;
    return length !== LONG ? this.start[k]! + length : this.longEnds.get(k)!;
  }

  /**
   * The tokens as a read-only list that keeps no token: each read of an index
   * makes the token then, or hands out the one read lately (two reads of one
   * index give two equal objects, or one), so that a long text's millions of
   * tokens take no memory of their own.
   */
  list(): readonly Token[] {
    return (this.tokens ??= lazyList(this));
  }

  private tokens: readonly Token[] | undefined = undefined;

  /**
   * Drops the look-up maps once every token is in, and the spare room when
   * it is more than a quarter of the tokens: shorter copies would hold as
   * much memory again until the long arrays are collected.
   */
  finish(): void {
    const n = this.length;
    if (this.capacity - n > n >> 2) {
      this.start = this.start.slice(0, n);
      this.span = this.span.slice(0, n);
      this.sentBase = this.sentBase.slice(0, blocks(n));
      this.sentStep = this.sentStep.slice(0, n);
      this.word = this.word.slice(0, n);
      this.lemma = this.lemma.slice(0, n);
      this.tag = this.tag.slice(0, n);
      this.capacity = n;
    }
    this.wordIds = undefined;
    this.lemmaIds = undefined;
    this.tagIds = undefined;
    this.lastLemma = [];
    this.lastLemmaId = [];
    this.lastPos = [];
    this.lastTagId = [];
    this.keySpace = undefined;
    this.wordByKey = new Int32Array(0);
  }

  private grow(): void {
    this.capacity *= 2;
    this.start = grown(this.start, this.capacity);
    this.span = grown(this.span, this.capacity);
    this.sentBase = grown(this.sentBase, blocks(this.capacity));
    this.sentStep = grown(this.sentStep, this.capacity);
    this.word = grown(this.word, this.capacity);
    this.lemma = grown(this.lemma, this.capacity);
    this.tag = grown(this.tag, this.capacity);
  }
}

/** A copy of `a` with room for `size` numbers. */
function grown<T extends Int32Array | Uint16Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Tokens per block of {@link TokenTable.sentBase}: 256. */
const BLOCK_BITS = 8;
const BLOCK = 1 << BLOCK_BITS;

/** Number of blocks for `tokens` tokens. */
function blocks(tokens: number): number {
  return Math.max(1, Math.ceil(tokens / BLOCK));
}

/** Number of token objects kept by {@link TokenTable.token} for reads again: 4,096. */
const RECENT = 1 << 12;
const RECENT_MASK = RECENT - 1;

/** The byte that stands for "look in the map": a length or sentence step of 255 or more. */
const LONG = 0xff;

/** Bit of {@link TokenTable.tag} set for a negated token (fewer than 128 tags exist). */
const NEGATED = 0x80;

/** Index of `value` in `list`, added when new. */
function idOf(ids: Map<string, number>, list: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = list.length;
    list.push(value);
    ids.set(value, id);
  }
  return id;
}

/**
 * A token that reads its fields from a {@link TokenTable}: it holds the table
 * and its index alone, so that a long text's millions of tokens cost two
 * fields each. One class serves every table, so that the places that read
 * tokens see one shape whatever table a token comes from (a class made per
 * table would make them slow down after a few long texts).
 */
export class StoredToken implements Token {
  /** A token of table `t` at index `i`. */
  constructor(
    private readonly t: TokenTable,
    /** The token's index in its table. */
    readonly i: number,
  ) {}
  /** Offset of the token's first character in the view. */
  get start(): number {
    return this.t.start[this.i]!;
  }
  /** Offset just past the token's last character in the view. */
  get end(): number {
    const t = this.t;
    const length = t.span[this.i]!;
    return length !== LONG ? t.start[this.i]! + length : t.longEnds.get(this.i)!;
  }
  /** The token's text as wink read it. */
  get value(): string {
    const t = this.t;
    return t.words[t.word[this.i]!]!;
  }
  /** {@link value} in lower case. */
  get lower(): string {
    const t = this.t;
    return t.lowers[t.word[this.i]!]!;
  }
  /** The token's lemma. */
  get lemma(): string {
    const t = this.t;
    return t.lemmas[t.lemma[this.i]!]!;
  }
  /** The token's Universal part-of-speech tag. */
  get pos(): string {
    const t = this.t;
    return t.tags[t.tag[this.i]! & ~NEGATED]!;
  }
  /** True when wink marked the token negated. */
  get negated(): boolean {
    return (this.t.tag[this.i]! & NEGATED) !== 0;
  }
  /** The token's sentence index. */
  get sent(): number {
    const t = this.t;
    const step = t.sentStep[this.i]!;
    return step !== LONG ? t.sentBase[this.i >> BLOCK_BITS]! + step : t.longSents.get(this.i)!;
  }
  /** The token's paragraph index. */
  get para(): number {
    return this.t.sentPara[this.sent]!;
  }
}
