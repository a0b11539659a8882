/**
 * The only module that knows wink-nlp exists. It turns a stretch of text into
 * plain token arrays. One wink instance is shared by every extractor (they
 * differ only in options) and recycled now and then, because each instance
 * caches every new word it meets and would otherwise grow without bound.
 * @internal
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Raw tokenizer output for several paragraphs read in one go: tokens of
 * paragraph `p` are `first[p]` to `first[p + 1]` (exclusive); the token wink
 * makes of the blank line between two paragraphs is in neither.
 */
export interface RawBatch {
  readonly values: string[];
  /**
   * Each value lower-cased: the same string object for every occurrence of a
   * word while one wink instance reads (worked out once per word, and cheaper
   * to look up in a map once its hash is known).
   */
  readonly lowers: string[];
  readonly pos: string[];
  readonly lemmas: string[];
  readonly negated: boolean[];
  /** wink's sentence index of each token (sentences never cross paragraphs). */
  readonly sentence: Int32Array;
  /** First token of each paragraph, and one past the last token at the end. */
  readonly first: number[];
  /**
   * wink's index of each token's word (its lexeme): within one {@link RawBatch.space},
   * the same index always stands for the same value.
   */
  readonly lexemes: Int32Array;
  /** What the {@link RawBatch.lexemes} indexes mean something in (the wink instance that read the batch). */
  readonly space: object;
}

/**
 * What paragraphs are joined by for one `readDoc`. wink ends a sentence at
 * it, and a paragraph never holds it (two line breaks in a row end a
 * paragraph), so the tokenizer meets it exactly once between two paragraphs,
 * as a token of its own: the word scope moves on there.
 */
const JOIN = '\n\n';

/** Most characters read in one `readDoc` (whole paragraphs; a longer paragraph is read alone). */
export const BATCH_CHARS = 32_000;

/** Numbers wink keeps per token in its document data. */
const TOKEN_SIZE = 4;

/**
 * What saidwho's pipe has wink's negation write into a negated token's fourth
 * number (which holds nothing else in that pipe: 0 for any other token), in
 * place of wink's own 2^31, which is no small integer (see `loadModel`).
 */
const NEGATED = 1;

/**
 * Number of characters read by one wink instance before it is replaced. The
 * words an instance learns take about 1 MB per million characters of news,
 * while a new instance costs a model load (about 20 MB of garbage and a tenth
 * of a second); 20 million was tried and set back to this.
 */
const RECYCLE_AFTER_CHARS = 5_000_000;

type Nlp = ReturnType<typeof winkNLP>;
type Model = typeof model;

/**
 * wink's table of known words (its lexemes), which each instance extends with
 * every new word it reads.
 */
interface Lexemes {
  readonly hash: Record<string, number>;
  readonly list: string[];
}

/**
 * What the model tells wink's tokenizer: token categories by name, and the
 * patterns (source, flags, category) it tells categories apart with, for a
 * whole string (`ltc`) and inside a longer one (`rtc`).
 */
interface TokenizerRules {
  readonly tcat: { readonly hash: Readonly<Record<string, number>> };
  readonly trex: { readonly ltc: readonly (readonly [string, string, number])[]; readonly rtc: readonly (readonly [string, string, number])[] };
}

/** wink's core model as far as saidwho reads it. */
type Core = { features: { lexeme: Lexemes } } & Partial<TokenizerRules>;

/** The part of wink's word cache that {@link Scope} wraps. */
interface WinkCache {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
}

/** wink's document data (its "rdd"): four numbers per token, and sentences as token ranges. */
interface Rdd {
  readonly cache: { readonly value: (lexeme: number) => string };
  readonly tokens: number[];
  readonly sentences: [number, number, ...number[]][];
}

/** wink's readers of one token's data (`its`), called with the document data. */
type TokenReader<T> = (index: number, rdd: Rdd, addons?: unknown) => T;

/**
 * wink's constants with {@link NEGATED} as the negation flag. The flag is set
 * first and never copied: a field that has once held 2^31 keeps the number as
 * a double, and a double stored into wink's token array turns it into an
 * array of doubles all the same.
 */
function withSmallNegationFlag(constants: Record<string, unknown>): Record<string, unknown> {
  const own: Record<string, unknown> = { negationFlag: NEGATED };
  for (const key of Object.keys(constants)) if (key !== 'negationFlag') own[key] = constants[key];
  return own;
}

/**
 * An automaton that recognises nothing, in the JSON form wink's `importJSON`
 * reads (the form of wink's own `emptyModelJSON`).
 */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

let stableModel: Model | undefined;
let lastCore: Core | undefined;
let lastCache: WinkCache | undefined;
/** The document data of the last `readDoc`, handed over by the wrapped POS setter. */
let lastRdd: Rdd | undefined;
/**
 * The model as handed to wink. wink-eng-lite-web-model 1.8's `metaCER()`
 * reassigns its module-level `machines` to `JSON.stringify(machines)` on every
 * call, so each new wink instance stringifies the previous string again: the
 * string grows about 1.5 times per instance and a few dozen instances end in
 * "RangeError: Invalid string length". Asking the model once and handing wink
 * the same answer keeps recycling cheap and safe.
 *
 * `core()` and `featureFn()` are wrapped to reach two parts of the instance
 * wink keeps private: its word table, and its word cache (which wink hands to
 * the feature functions when it learns a word). `ner()` and `sa()` hand wink
 * empty machines: saidwho's pipe never runs them.
 */
function loadModel(): Model {
  if (stableModel === undefined) {
    const source = model as unknown as Record<string, unknown> & {
      metaCER: () => unknown;
      core: () => unknown;
      pos: () => { setter: (rdd: Rdd, ...rest: unknown[]) => unknown };
      ner: () => { machines: unknown[] };
      sa: () => { machines: unknown[] };
      negation: () => { setter: (px: unknown, rdd: Rdd, constants: Record<string, unknown>, ...rest: unknown[]) => unknown };
      featureFn: (config: unknown) => Record<string, (text: string, category: number, cache: WinkCache) => unknown>;
    };
    const metaCER = source.metaCER();
    stableModel = Object.assign(Object.create(null) as object, source, {
      metaCER: () => metaCER,
      // wink builds the automata of every annotation its model offers, in the pipe
      // or not: saidwho's pipe runs neither entities nor sentiment, so their
      // machines are empty ones (about 1.5 MB less live heap per instance; a long
      // call's heap peaks at about four times what is live when it starts)
      ner: () => {
        const ner = source.ner();
        return { ...ner, machines: ner.machines.map(() => EMPTY_MACHINE) };
      },
      sa: () => ({ ...source.sa(), machines: [EMPTY_MACHINE] }),
      core: () => {
        const core = source.core() as Core;
        lastCore = core;
        return core;
      },
      // the POS setter runs last in saidwho's pipe and receives the document
      // data: reading it directly is much cheaper than wink's collections
      pos: () => {
        const pos = source.pos();
        return Object.assign(Object.create(null) as object, pos, {
          setter: (rdd: Rdd, ...rest: unknown[]) => {
            lastRdd = rdd;
            return pos.setter(rdd, ...rest);
          },
        });
      },
      // wink marks a negated token with 2^31 in its fourth number, which is no small
      // integer: the first mark of a document turns wink's whole token array into an
      // array of doubles, a copy that a long text's batches make in the old generation
      // (about half of what its preparation leaves there for the collector); a mark
      // of NEGATED keeps the array as it is, and readTokens tests that mark
      negation: () => {
        const negation = source.negation();
        let own: { source: object; constants: Record<string, unknown> } | undefined;
        return Object.assign(Object.create(null) as object, negation, {
          setter: (px: unknown, rdd: Rdd, constants: Record<string, unknown>, ...rest: unknown[]) => {
            if (own?.source !== constants) own = { source: constants, constants: withSmallNegationFlag(constants) };
            return negation.setter(px, rdd, own.constants, ...rest);
          },
        });
      },
      featureFn: (config: unknown) => {
        const features = source.featureFn(config);
        const wrapped: typeof features = Object.create(null) as typeof features;
        for (const name of Object.keys(features)) {
          const f = features[name]!;
          wrapped[name] = (text, category, cache) => {
            lastCache = cache;
            return f(text, category, cache);
          };
        }
        return wrapped;
      },
    }) as unknown as Model;
  }
  return stableModel;
}

/**
 * Scopes the words a wink instance learns. wink's tokenizer looks whole
 * strings up in the word table first, so a string once learned as one token
 * (`Lindqvist's`) would come out as one token from then on, where a fresh
 * instance splits it (`Lindqvist`, `'s`): output would depend on what the
 * instance read before. A scope hides every word learned after the instance
 * was built from the tokenizer's look-ups, unless wink met it again since the
 * scope began, exactly as if the instance had forgotten it. The words stay in
 * the table, so wink never learns (and analyses) the same word twice.
 *
 * A learned plain word (letters only, learned as a word, and a word to every
 * pattern of the tokenizer) is never hidden: the tokenizer, not finding it,
 * would take the same string for the same kind of token and add it again,
 * which finds the same entry. Hiding it would only cost the tokenizer's
 * slower path.
 */
class Scope {
  /** Starts a new scope: every learned word is hidden again. */
  readonly next: () => void;

  constructor(lexemes: Lexemes, cache: WinkCache, known: number, rules: TokenizerRules) {
    const hash = lexemes.hash;
    const isPlain = plainWordTest(rules);
    /** The category of a word, plus one: what a plain word is learned as. */
    const wordKind = rules.tcat.hash.word! + 1;
    const lookup = cache.lookup;
    const add = cache.add;
    /** Words below `base` were known when the instance was built. */
    const base = known;
    /** For each learned word (by index minus `base`), the scope it was last met in. */
    let seen = new Int32Array(1024);
    /** For each learned word (by index minus `base`), the token category it was learned with, plus one. */
    let learnedAs = new Int8Array(1024);
    let current = 1;
    // while wink learns a word, its feature functions look words up too: those see the whole table
    let adding = false;
    /** For each learned word (by index minus `base`), 1 when it is a plain word (see the class comment). */
    let plain = new Uint8Array(1024);
    const hidden = (index: number | undefined): index is number =>
      index !== undefined && index >= base && (index - base >= seen.length || seen[index - base] !== current);
    /**
     * True when a found word must stay hidden: it was learned before this
     * scope, and it is no plain word, or its lower-case form (which adding it
     * again would relearn if learned as another kind) is not one either.
     */
    const hides = (index: number, text: string): boolean => {
      if (!hidden(index)) return false;
      if (index - base >= plain.length || plain[index - base] !== 1) return true;
      const lower = text.toLowerCase();
      if (lower === text) return false;
      const lowerIndex = hash[lower];
      return lowerIndex !== undefined && lowerIndex >= base && (lowerIndex - base >= learnedAs.length || learnedAs[lowerIndex - base] !== wordKind);
    };
    const meet = (index: number | undefined): void => {
      if (index === undefined || index < base) return;
      if (index - base >= seen.length) {
        const grown = new Int32Array(Math.max(seen.length * 2, index - base + 1));
        grown.set(seen);
        seen = grown;
      }
      seen[index - base] = current;
    };
    /**
     * A hidden word met again is taken as it was learned, unless it was
     * learned as another kind of token (wink keeps the category in the
     * word's features): then it is learned anew, as a fresh instance would.
     */
    const otherKind = (index: number | undefined, category: number): boolean =>
      hidden(index) && (index - base >= learnedAs.length || learnedAs[index - base] !== category + 1);
    cache.lookup = (text: string): number[] | null => {
      // the blank line between two paragraphs read in one go: a new scope starts
      if (text === JOIN) {
        current++;
        return lookup(text);
      }
      // one look-up: a learned word is never a contraction, so wink answers [index] for it
      const found = lookup(text);
      return found !== null && found.length === 1 && !adding && hides(found[0]!, text) ? null : found;
    };
    cache.add = (text: string, category: number): number => {
      const lower = text.toLowerCase();
      if (otherKind(hash[text], category)) delete hash[text];
      let lowerIndex: number | undefined;
      if (lower !== text) {
        lowerIndex = hash[lower];
        if (otherKind(lowerIndex, category)) {
          delete hash[lower];
          lowerIndex = undefined;
        }
      }
      const before = lexemes.list.length;
      adding = true;
      let result: number;
      try {
        result = add(text, category);
      } finally {
        adding = false;
      }
      const after = lexemes.list.length;
      if (after > before) {
        if (after - base > learnedAs.length) {
          const grown = new Int8Array(Math.max(learnedAs.length * 2, after - base));
          grown.set(learnedAs);
          learnedAs = grown;
        }
        learnedAs.fill(category + 1, before - base, after - base);
        if (category + 1 === wordKind) {
          if (after - base > plain.length) {
            const grown = new Uint8Array(Math.max(plain.length * 2, after - base));
            grown.set(plain);
            plain = grown;
          }
          for (let k = before; k < after; k++) if (isPlain(lexemes.list[k]!)) plain[k - base] = 1;
        }
      }
      // wink adds the word (its index is what add returns) and its lower-case
      // form: both are now met in this scope
      meet(result);
      if (lower !== text) meet(lowerIndex ?? hash[lower]);
      return result;
    };
    this.next = () => {
      current++;
    };
  }
}

/**
 * A test for plain words: letters only (those every word pattern of the
 * tokenizer takes), taken for a word by the whole-string patterns, and
 * matched by no pattern of another category inside a longer string (as
 * `USD` is, a currency there).
 */
function plainWordTest(rules: TokenizerRules): (text: string) => boolean {
  const word = rules.tcat.hash.word!;
  const whole = rules.trex.ltc.map(([source, flags, category]) => ({ rx: new RegExp(source, flags.replace('g', '')), category }));
  const inner = rules.trex.rtc.filter(([, , category]) => category !== word).map(([source, flags]) => new RegExp(`^(?:${source})$`, flags.replace('g', '')));
  return (text: string): boolean => {
    if (!/^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i.test(text)) return false;
    const first = whole.find((c) => c.rx.test(text));
    return first !== undefined && first.category === word && !inner.some((rx) => rx.test(text));
  };
}

/** A wink-nlp instance with the pipe saidwho uses and its word scope. */
interface Instance {
  readonly nlp: Nlp;
  readonly scope: Scope;
  charsRead: number;
}

function createInstance(): Instance {
  lastCore = undefined;
  lastCache = undefined;
  const nlp = winkNLP(loadModel(), ['sbd', 'negation', 'pos']);
  // (set by the model's core() while winkNLP loads it)
  const core = lastCore as Core | undefined;
  const lexemes = core?.features.lexeme;
  if (!lexemes || typeof lexemes.hash !== 'object' || !Array.isArray(lexemes.list)) {
    throw new Error('saidwho: this wink-nlp version keeps its word table where saidwho cannot reach it');
  }
  const known = lexemes.list.length;
  // learning one new word hands wink's cache to the feature functions
  if (!lastCache) nlp.readDoc('qzxv\u00E6\u00F0wk');
  const cache = lastCache as WinkCache | undefined;
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function') {
    throw new Error('saidwho: this wink-nlp version keeps its word cache where saidwho cannot reach it');
  }
  if (!core?.tcat || typeof core.tcat.hash?.word !== 'number' || !Array.isArray(core.trex?.ltc) || !Array.isArray(core.trex.rtc)) {
    throw new Error("saidwho: this wink-nlp model keeps its tokenizer's patterns where saidwho cannot reach them");
  }
  // (the instance holds what it needs of them: kept here, they would hold parts
  // of the model the instance has no use for)
  lastCore = undefined;
  lastCache = undefined;
  // the word learned to reach the cache is hidden like any other: the scope starts below it
  return { nlp, scope: new Scope(lexemes, cache, known, core as Core & TokenizerRules), charsRead: 0 };
}

let shared: Instance | undefined;

/** The wink instance every tokenizer shares, replaced after {@link RECYCLE_AFTER_CHARS}. */
function instance(chars: number): Instance {
  if (shared === undefined || shared.charsRead > RECYCLE_AFTER_CHARS) shared = createInstance();
  shared.charsRead += chars;
  return shared;
}

/**
 * Tags and lemmas by the number wink packs a token's tag in, then lemmas by
 * lexeme, for one wink instance: wink works a lemma out again for every
 * token, from the word and its tag alone.
 */
interface LemmaMemo {
  /** Tag and a small id for each packed tag number. */
  readonly tags: Map<number, { readonly tag: string; readonly id: number }>;
  /** By lexeme: the id plus one of the first tag it was met with (0: not met yet). */
  firstTag: Uint8Array;
  /** By lexeme: where its lemma under that first tag stands in {@link LemmaMemo.list}. */
  firstLemma: Int32Array;
  readonly list: string[];
  /** Lemmas of words met with another tag, by lexeme times 64 plus tag id. */
  readonly others: Map<number, string>;
  /** By lexeme: the word lower-cased (empty: not met yet). */
  readonly lower: string[];
}
const lemmaMemos = new WeakMap<Instance, LemmaMemo>();

/** The lemma of token `i` of `rdd` (lexeme `lexeme`, tag id `id`), worked out by wink's `lemma` the first time. */
function lemmaOf(memo: LemmaMemo, lexeme: number, id: number, lemmaAt: TokenReader<string>, i: number, rdd: Rdd, addons: unknown): string {
  if (lexeme >= memo.firstTag.length) {
    const size = Math.max(memo.firstTag.length * 2, lexeme + 1, 1024);
    const firstTag = new Uint8Array(size);
    firstTag.set(memo.firstTag);
    const firstLemma = new Int32Array(size);
    firstLemma.set(memo.firstLemma);
    memo.firstTag = firstTag;
    memo.firstLemma = firstLemma;
  }
  const seen = memo.firstTag[lexeme]!;
  if (seen === id + 1) return memo.list[memo.firstLemma[lexeme]!]!;
  if (seen === 0) {
    const lemma = lemmaAt(i, rdd, addons);
    memo.firstTag[lexeme] = id + 1;
    memo.firstLemma[lexeme] = memo.list.length;
    memo.list.push(lemma);
    return lemma;
  }
  const key = lexeme * 64 + id;
  let lemma = memo.others.get(key);
  if (lemma === undefined) {
    lemma = lemmaAt(i, rdd, addons);
    memo.others.set(key, lemma);
  }
  return lemma;
}

/** The token columns of a {@link RawBatch} as {@link readTokens} fills them (made at their final size). */
type TokenColumns = Omit<RawBatch, 'space'>;

/** wink's readers, taken out of their objects once (`its` is a dictionary, read per token otherwise). */
interface Readers {
  readonly value: (lexeme: number) => string;
  readonly pos: TokenReader<string>;
  readonly lemma: TokenReader<string>;
  readonly addons: unknown;
}

/**
 * Reads every token of `rdd` but the blank lines between its `paragraphs`
 * paragraphs into `out`, and returns how many it read. (A function of its
 * own, ending with its loop: V8 optimises a long first loop while it runs,
 * and code after the loop in the same function, never run by then, would
 * be left without type feedback and throw that code back to the interpreter
 * at the end of every later call.)
 */
function readTokens(rdd: Rdd, paragraphs: number, readers: Readers, memo: LemmaMemo, out: TokenColumns): number {
  const { values, lowers, pos, lemmas, negated, sentence, lexemes, first } = out;
  const data = rdd.tokens;
  const valueOf = readers.value;
  const posAt = readers.pos;
  const lemmaAt = readers.lemma;
  const addons = readers.addons;
  const tags = memo.tags;
  const lowerOf = memo.lower;
  const count = data.length / TOKEN_SIZE;
  let n = 0;
  let sent = 0;
  const sentences = rdd.sentences;
  for (let i = 0; i < count; i++) {
    while (sent + 1 < sentences.length && sentences[sent + 1]![0] <= i) sent++;
    const at = i * TOKEN_SIZE;
    const lexeme = data[at]!;
    const value = valueOf(lexeme);
    if (value === JOIN && first.length < paragraphs) {
      // the blank line between two paragraphs
      first.push(n);
      continue;
    }
    sentence[n] = sent;
    lexemes[n] = lexeme;
    values[n] = value;
    // (grown densely: an array written far past its end would turn into a slow dictionary)
    while (lowerOf.length <= lexeme) lowerOf.push('');
    let lower = lowerOf[lexeme]!;
    if (lower === '') lowerOf[lexeme] = lower = value.toLowerCase();
    lowers[n] = lower;
    negated[n] = data[at + 3] === NEGATED;
    if (data[at + 1]! > 0xffff) {
      // a contraction's expansion carries its own tag and lemma
      pos[n] = posAt(i, rdd);
      lemmas[n++] = lemmaAt(i, rdd, addons);
      continue;
    }
    // any other token's tag is all its third number holds, and its lemma
    // follows from its lexeme and its tag
    const packed = data[at + 2]!;
    let tagged = tags.get(packed);
    if (tagged === undefined) {
      tagged = { tag: posAt(i, rdd), id: tags.size };
      tags.set(packed, tagged);
    }
    pos[n] = tagged.tag;
    // (wink has fewer than 64 tags: the first branch is never taken)
    lemmas[n++] = tagged.id >= 64 ? lemmaAt(i, rdd, addons) : lemmaOf(memo, lexeme, tagged.id, lemmaAt, i, rdd, addons);
  }
  return n;
}

/**
 * Turns paragraphs into wink's tokens, each read as by a fresh wink instance.
 * Every tokenizer reads through the same shared wink instance, so only the
 * first one costs the model load.
 */
export class Tokenizer {
  constructor() {
    // load the model now rather than on the first text
    instance(0);
  }

  /**
   * Tokenizes `paragraphs` in one `readDoc`, each paragraph read as by a
   * fresh wink instance (the word scope moves on between paragraphs).
   */
  readMany(paragraphs: readonly string[]): RawBatch {
    let chars = 0;
    for (const p of paragraphs) chars += p.length + JOIN.length;
    const current = instance(chars);
    const { nlp, scope } = current;
    scope.next();
    lastRdd = undefined;
    nlp.readDoc(paragraphs.join(JOIN));
    const rdd = lastRdd as Rdd | undefined;
    lastRdd = undefined;
    if (rdd === undefined) throw new Error('saidwho: this wink-nlp version tags without the POS setter saidwho reads tokens from');
    // wink's typings do not cover every `its` helper; read them through one loose view
    const its = nlp.its as unknown as { value: TokenReader<string>; pos: TokenReader<string>; lemma: TokenReader<string> };
    const addons = (loadModel() as unknown as { addons: unknown }).addons;
    let memo = lemmaMemos.get(current);
    if (memo === undefined) {
      memo = { tags: new Map(), firstTag: new Uint8Array(0), firstLemma: new Int32Array(0), list: [], others: new Map(), lower: [] };
      lemmaMemos.set(current, memo);
    }
    const count = rdd.tokens.length / TOKEN_SIZE;
    // made at their final size (less the blank lines between paragraphs): grown one
    // token at a time, they would leave every shorter copy behind as garbage
    const out: TokenColumns = {
      values: new Array<string>(count),
      lowers: new Array<string>(count),
      pos: new Array<string>(count),
      lemmas: new Array<string>(count),
      negated: new Array<boolean>(count),
      sentence: new Int32Array(count),
      lexemes: new Int32Array(count),
      first: [0],
    };
    const n = readTokens(rdd, paragraphs.length, { value: rdd.cache.value, pos: its.pos, lemma: its.lemma, addons }, memo, out);
    const { values, lowers, pos, lemmas, negated, sentence, lexemes, first } = out;
    first.push(n);
    values.length = n;
    lowers.length = n;
    pos.length = n;
    lemmas.length = n;
    negated.length = n;
    return { values, lowers, pos, lemmas, negated, sentence: sentence.subarray(0, n), first, lexemes: lexemes.subarray(0, n), space: current };
  }
}
