/**
 * The public entry points: {@link createExtractor} and {@link extractQuotes}.
 */
import type { Extraction } from './types.js';
import { resolveOptions, type ExtractQuotesOptions } from './options.js';
import { Tokenizer } from './prepare/wink.js';
import { runPipeline, compileSettings } from './pipeline.js';
import { typeFailure } from './validate.js';

/**
 * A quote extractor with its language model loaded once. Reuse one extractor
 * for many texts: creating it costs the model load (about 100 ms), extracting
 * costs about a millisecond per article. An extractor keeps no state between
 * texts.
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
  const settings = compileSettings(resolveOptions(options));
  const tokenizer = new Tokenizer();
  return {
    extract(text: string): Extraction {
      checkText(text);
      return runPipeline(text, tokenizer, settings);
    },
  };
}

let shared: Extractor | undefined;

/**
 * Finds the quotations in `text` and their speakers, using a shared extractor
 * that is created on first use. With options, a new extractor is created for
 * the call; prefer {@link createExtractor} to reuse options across texts.
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
  if (options !== undefined) return createExtractor(options).extract(text);
  shared ??= createExtractor();
  return shared.extract(text);
}
