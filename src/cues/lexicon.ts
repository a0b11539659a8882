/**
 * The cue lexicon of one extractor: the built-in verbs and phrases with the
 * caller's additions and removals, limited to the categories it reports.
 * @internal
 */
import { CUE_VERBS, SOURCE_PHRASES } from '../data/cues.js';
import type { CueCategory } from '../types.js';
import type { ResolvedOptions } from '../options.js';

/** Compiled lexicon. */
export interface Lexicon {
  /** Single-word verbs by lemma. */
  readonly verbs: ReadonlyMap<string, CueCategory>;
  /** Phrases of one or more words, lower-case, with their lemma and category. */
  readonly phrases: readonly { readonly words: readonly string[]; readonly lemma: string; readonly category: CueCategory }[];
}

/** Builds the lexicon for the given options. */
export function compileLexicon(options: ResolvedOptions): Lexicon {
  const removed = new Set(options.removeCues.map((c) => c.toLowerCase().trim()));
  const verbs = new Map<string, CueCategory>();
  for (const [lemma, category] of CUE_VERBS) {
    if (!removed.has(lemma) && options.categories.has(category)) verbs.set(lemma, category);
  }
  const phrases: { words: string[]; lemma: string; category: CueCategory }[] = [];
  if (options.categories.has('source')) {
    for (const p of SOURCE_PHRASES) if (!removed.has(p.lemma)) phrases.push({ words: [...p.words], lemma: p.lemma, category: 'source' });
  }
  for (const cue of options.addCues) {
    const category = cue.category ?? 'speech';
    if (!options.categories.has(category)) continue;
    const words = cue.lemma.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 1) verbs.set(words[0]!, category);
    else if (words.length > 1) phrases.push({ words, lemma: words.join(' '), category });
  }
  return { verbs, phrases };
}
