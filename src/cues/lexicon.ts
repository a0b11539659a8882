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
  /** Caller-added verb forms and the lemma they report: "blogged" -> "blog". */
  readonly lemmaOf: ReadonlyMap<string, string>;
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
  const lemmaOf = new Map<string, string>();
  if (options.categories.has('source')) {
    for (const p of SOURCE_PHRASES) if (!removed.has(p.lemma)) phrases.push({ words: [...p.words], lemma: p.lemma, category: 'source' });
  }
  for (const cue of options.addCues) {
    const category = cue.category ?? 'speech';
    if (!options.categories.has(category)) continue;
    const words = cue.lemma.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 1) {
      // the tagger does not know every verb: match its inflected forms too ("blog" -> "blogged")
      for (const form of inflections(words[0]!)) if (!verbs.has(form)) verbs.set(form, category);
      verbs.set(words[0]!, category);
      lemmaOf.set(words[0]!, words[0]!);
      for (const form of inflections(words[0]!)) if (!lemmaOf.has(form)) lemmaOf.set(form, words[0]!);
    } else if (words.length > 1) phrases.push({ words, lemma: words.join(' '), category });
  }
  return { verbs, phrases, lemmaOf };
}

/** Regular inflections of an English verb: blog -> blogs, blogged, blogging; fume -> fumed, fuming. */
export function inflections(verb: string): string[] {
  const forms = new Set<string>();
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  forms.add(verb.endsWith('s') || verb.endsWith('sh') || verb.endsWith('ch') ? `${verb}es` : `${verb}s`);
  forms.add(`${stem}ed`);
  forms.add(`${stem}ing`);
  // a final consonant after a single vowel doubles: blog -> blogged
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) {
    const last = verb[verb.length - 1]!;
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  if (verb.endsWith('y') && !/[aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  forms.delete(verb);
  return [...forms];
}
