/**
 * The order of the stages, in one place.
 * @internal
 */
import type { Extraction } from './types.js';
import type { ResolvedOptions } from './options.js';
import type { Tokenizer } from './prepare/wink.js';
import { prepare } from './prepare/document.js';

/** Options compiled once per extractor. */
export interface Settings {
  readonly options: ResolvedOptions;
}

export function compileSettings(options: ResolvedOptions): Settings {
  return { options };
}

export function runPipeline(text: string, tokenizer: Tokenizer, settings: Settings): Extraction {
  void settings;
  prepare(text, tokenizer);
  return { quotes: [], speakers: [] };
}
