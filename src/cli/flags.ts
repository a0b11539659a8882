/**
 * Turns the extractor flags of the command line into API options. The API
 * validates them (`createExtractor` throws a `TypeError` naming the option),
 * so a wrong value gets the same message as in code.
 * @internal
 */
import { readFileSync } from 'node:fs';
import type { CustomCue, ExtractQuotesOptions } from '../options.js';
import type { CueCategory, QuoteKind } from '../types.js';
import type { ExtractorFlags } from './args.js';
import { readFailure } from './io.js';

/** A problem with the command line's input files; exit code 1. */
export class InputError extends Error {}

/** `--add-cue seethe` or `--add-cue 'in the view of:source'`. */
function customCue(value: string): string | CustomCue {
  const colon = value.lastIndexOf(':');
  if (colon < 0) return value;
  return { lemma: value.slice(0, colon).trim(), category: value.slice(colon + 1).trim() as CueCategory };
}

/**
 * The options for `createExtractor`, reading `--known-speakers FILE.json`
 * (a JSON array of `{ name, aliases?, kind?, gender? }`).
 * @throws InputError when the known-speakers file cannot be read or is not JSON
 */
export function extractorOptions(flags: ExtractorFlags): ExtractQuotesOptions {
  let knownSpeakers: unknown;
  if (flags.knownSpeakersFile !== undefined) {
    const file = flags.knownSpeakersFile;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${readFailure(error)}`);
    }
    try {
      knownSpeakers = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  // The values go to the API as given; its validation names what is wrong.
  return {
    ...(flags.kinds === undefined ? {} : { kinds: flags.kinds as QuoteKind[] }),
    ...(flags.categories === undefined ? {} : { categories: flags.categories as CueCategory[] }),
    ...(flags.minConfidence === undefined ? {} : { minConfidence: flags.minConfidence as number }),
    ...(knownSpeakers === undefined ? {} : { knownSpeakers: knownSpeakers as ExtractQuotesOptions['knownSpeakers'] }),
    ...(flags.addCues.length === 0 ? {} : { addCues: flags.addCues.map(customCue) }),
    ...(flags.removeCues.length === 0 ? {} : { removeCues: flags.removeCues }),
  };
}
