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
const RECYCLE_AFTER_CHARS = 20_000_000;

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
function loadModel(): Model {
  if (stableModel === undefined) {
    const source = model as unknown as Record<string, unknown> & { metaCER: () => unknown };
    const metaCER = source.metaCER();
    stableModel = Object.assign(Object.create(null) as object, source, { metaCER: () => metaCER }) as unknown as Model;
  }
  return stableModel;
}

/** A wink-nlp instance with the pipe saidwho uses, recycled transparently. */
export class Tokenizer {
  private nlp: Nlp;
  private charsRead = 0;
  /** Milliseconds the first model load took. */
  readonly loadMs: number;

  constructor() {
    const t0 = Date.now();
    this.nlp = Tokenizer.create();
    this.loadMs = Date.now() - t0;
  }

  private static create(): Nlp {
    return winkNLP(loadModel(), ['sbd', 'negation', 'pos']);
  }

  /** Tokenizes `text` (one paragraph). */
  read(text: string): RawTokens {
    if (this.charsRead > RECYCLE_AFTER_CHARS) {
      this.nlp = Tokenizer.create();
      this.charsRead = 0;
    }
    this.charsRead += text.length;
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
    return {
      values: tokens.out(its.value) as unknown as string[],
      pos: tokens.out(its.pos) as unknown as string[],
      lemmas: tokens.out(its.lemma) as unknown as string[],
      negated: tokens.out(its.negationFlag) as unknown as boolean[],
      sentenceStarts,
    };
  }
}
