/**
 * The only module that knows wink-nlp exists. It turns a stretch of text into
 * plain token arrays and recycles the wink instance now and then, because each
 * instance caches every new word it meets and would otherwise grow without bound.
 * @internal
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Raw tokenizer output for one stretch of text. */
export interface RawTokens {
  readonly values: string[];
  readonly pos: string[];
  readonly lemmas: string[];
  readonly negated: boolean[];
  /** Index of the first token of each sentence. */
  readonly sentenceStarts: number[];
}

/** Number of characters read by one wink instance before it is replaced. */
const RECYCLE_AFTER_CHARS = 5_000_000;

type Nlp = ReturnType<typeof winkNLP>;
type Model = typeof model;

/**
 * The model as handed to wink. wink-eng-lite-web-model 1.8's `metaCER()`
 * reassigns its module-level `machines` to `JSON.stringify(machines)` on every
 * call, so each new wink instance stringifies the previous string again: the
 * string grows about 1.5 times per instance and a few dozen instances end in
 * "RangeError: Invalid string length". Asking the model once and handing wink
 * the same answer keeps recycling (and many extractors) cheap and safe.
 */
let stableModel: Model | undefined;
/** The core model the last wink instance was built on (see {@link Lexemes}). */
let lastCore: { features: { lexeme: Lexemes } } | undefined;
function loadModel(): Model {
  if (stableModel === undefined) {
    const source = model as unknown as Record<string, unknown> & { metaCER: () => unknown; core: () => unknown };
    const metaCER = source.metaCER();
    stableModel = Object.assign(Object.create(null) as object, source, {
      metaCER: () => metaCER,
      core: () => {
        const core = source.core() as { features: { lexeme: Lexemes } };
        lastCore = core;
        return core;
      },
    }) as unknown as Model;
  }
  return stableModel;
}

/**
 * wink's table of known words (its lexemes), which each instance extends with
 * every new word it reads. The tokenizer looks whole strings up in it first,
 * so a string once added as one token (`Clinton's`) comes out as one token
 * from then on, where a fresh instance splits it (`Clinton`, `'s`): output
 * would depend on what the instance read before. After each text the new
 * entries are taken out of the hash, so every text is read as by a fresh
 * instance. The list itself (and wink's per-word data that follows it) keeps
 * growing, which is why instances are recycled.
 */
interface Lexemes {
  readonly hash: Record<string, number>;
  readonly list: string[];
}

/** A wink-nlp instance with the pipe saidwho uses, recycled transparently. */
export class Tokenizer {
  private nlp: Nlp;
  private lexemes: Lexemes | undefined;
  private charsRead = 0;

  constructor() {
    this.nlp = this.create();
  }

  private create(): Nlp {
    lastCore = undefined;
    const nlp = winkNLP(loadModel(), ['sbd', 'negation', 'pos']);
    // (set by the model's core() while winkNLP loads it)
    const lexemes = (lastCore as { features: { lexeme: Lexemes } } | undefined)?.features.lexeme;
    this.lexemes = lexemes && typeof lexemes.hash === 'object' && Array.isArray(lexemes.list) ? lexemes : undefined;
    return nlp;
  }

  /** Takes the words added since the list had `known` entries back out of the hash. */
  private forget(known: number): void {
    const lex = this.lexemes;
    if (!lex) return;
    for (let k = known; k < lex.list.length; k++) {
      const word = lex.list[k]!;
      if (lex.hash[word] === k) delete lex.hash[word];
    }
  }

  /** Tokenizes `text` (one paragraph). */
  read(text: string): RawTokens {
    if (this.charsRead > RECYCLE_AFTER_CHARS) {
      this.nlp = this.create();
      this.charsRead = 0;
    }
    this.charsRead += text.length;
    const known = this.lexemes?.list.length ?? 0;
    // wink's typings do not cover every `its` helper; read them through one loose view
    const its = this.nlp.its as unknown as Record<'value' | 'pos' | 'lemma' | 'negationFlag' | 'span', never>;
    const doc = this.nlp.readDoc(text);
    const tokens = doc.tokens();
    const sentenceStarts: number[] = [];
    const sentences = doc.sentences();
    for (let k = 0; k < sentences.length(); k++) {
      const span = sentences.itemAt(k).out(its.span) as unknown as [number, number];
      sentenceStarts.push(span[0]);
    }
    const raw: RawTokens = {
      values: tokens.out(its.value) as unknown as string[],
      pos: tokens.out(its.pos) as unknown as string[],
      lemmas: tokens.out(its.lemma) as unknown as string[],
      negated: tokens.out(its.negationFlag) as unknown as boolean[],
      sentenceStarts,
    };
    this.forget(known);
    return raw;
  }
}
