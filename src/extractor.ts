/**
 * The public entry points: {@link createExtractor} and {@link extractQuotes}.
 */
import type { Extraction } from './types.js';
import { resolveOptions, type ExtractQuotesOptions, type ResolvedOptions } from './options.js';
import { Tokenizer } from './prepare/wink.js';
import { runPipeline, compileSettings } from './pipeline.js';
import { typeFailure } from './validate.js';

/**
 * A quote extractor: compiled options over the language model. The model is
 * loaded once per process (about 100 ms, by the first extractor) and shared by
 * every extractor, so a further extractor costs well under a millisecond;
 * extracting costs about two milliseconds per article. An extractor keeps no
 * state between texts.
 *
 * @example
 * ```ts
 * const extractor = createExtractor({ kinds: ['direct'] });
 * const texts = ['"We will win," Jane Smith said.', 'Smith said they would win.'];
 * texts.map((t) => extractor.extract(t).quotes.length); //=> [1, 0]
 * ```
 */
export interface Extractor {
  /**
   * Finds the quotations in `text` and their speakers.
   *
   * @param text - Any string: an article, a paragraph, or many articles.
   *   Memory grows with the length of one call (tens of bytes per character),
   *   so read a large archive in parts, as the `saidwho` command does: it cuts
   *   big inputs into paragraph-aligned chunks and joins their results.
   * @returns The quotations sorted by position, and the speaker entities.
   * @throws TypeError when `text` is not a string.
   *
   * @example
   * ```ts
   * const extractor = createExtractor();
   * extractor.extract('"We will win," Jane Smith said.').quotes[0].speaker?.name;
   * //=> 'Jane Smith'
   * ```
   */
  extract(text: string): Extraction;
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') typeFailure('`text`', 'a string', text);
}

/**
 * Creates an extractor that loads the language model once and reuses it.
 *
 * @param options - Cue lexicon changes, categories and kinds to report, a
 *   confidence floor and known speakers. See {@link ExtractQuotesOptions}.
 * @returns An {@link Extractor}.
 * @throws TypeError when an option is unknown or has the wrong type.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'saidwho';
 *
 * const extractor = createExtractor({ minConfidence: 0.5 });
 * const { quotes } = extractor.extract('The minister said the talks would resume.');
 * quotes[0].text;
 * //=> 'the talks would resume'
 * ```
 */
export function createExtractor(options?: ExtractQuotesOptions): Extractor {
  return fromResolved(resolveOptions(options));
}

function fromResolved(options: ResolvedOptions): Extractor {
  const settings = compileSettings(options);
  const tokenizer = new Tokenizer();
  return {
    extract(text: string): Extraction {
      checkText(text);
      return runPipeline(text, tokenizer, settings);
    },
  };
}

let shared: Extractor | undefined;

/** Extractors made by {@link extractQuotes} for options, by option value, most recently used last. */
const byOptions = new Map<string, Extractor>();
/** Most extractors kept for {@link extractQuotes}: each holds only its compiled options. */
const CACHED_EXTRACTORS = 32;

/**
 * A key that is equal for options of equal value: the validated options with
 * every default filled in, sets as arrays. Every field takes part, so a new
 * option can never make two different option values share an extractor.
 */
function optionsKey(options: ResolvedOptions): string {
  return JSON.stringify(options, (_key, value: unknown) => (value instanceof Set ? [...(value as Set<unknown>)] : value));
}

/** The extractor for `options`, from a small cache keyed by option value. */
function extractorFor(options: ExtractQuotesOptions): Extractor {
  const resolved = resolveOptions(options);
  const key = optionsKey(resolved);
  let extractor = byOptions.get(key);
  if (extractor) {
    byOptions.delete(key);
  } else {
    extractor = fromResolved(resolved);
    if (byOptions.size >= CACHED_EXTRACTORS) byOptions.delete(byOptions.keys().next().value as string);
  }
  byOptions.set(key, extractor);
  return extractor;
}

/**
 * Finds the quotations in `text` and their speakers, using a shared extractor
 * that is created on first use. With options, the extractor for options of
 * the same value is reused from a small cache (the last 32 distinct options),
 * so repeated calls with equal options cost no more than a reused extractor.
 *
 * @param text - Any string.
 * @param options - See {@link ExtractQuotesOptions}.
 * @returns The quotations sorted by position, and the speaker entities.
 * @throws TypeError when `text` is not a string or an option is invalid.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'saidwho';
 *
 * const { quotes } = extractQuotes('"We will win," Jane Smith said.');
 * quotes[0].text;           //=> 'We will win,'
 * quotes[0].cue?.lemma;     //=> 'say'
 * quotes[0].speaker?.name;  //=> 'Jane Smith'
 * ```
 */
export function extractQuotes(text: string, options?: ExtractQuotesOptions): Extraction {
  checkText(text);
  if (options !== undefined) return extractorFor(options).extract(text);
  shared ??= createExtractor();
  return shared.extract(text);
}
