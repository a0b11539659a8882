/**
 * The cue lexicon of one extractor: the built-in verbs and phrases with the
 * caller's additions and removals, limited to the categories it reports.
 * @internal
 */
import { CUE_VERBS, NOUN_CUE_VERBS, RULE_CUE_VERBS, SOURCE_PHRASES, SPEECH_PHRASES, STANCE_PHRASES } from '../data/cues.js';
import { builtInCueLemma, inflections } from './built-in.js';
import type { CueCategory } from '../types.js';
import type { ResolvedOptions } from '../options.js';

/** Compiled lexicon. */
export interface Lexicon {
  /** Single-word verbs by lemma. */
  readonly verbs: ReadonlyMap<string, CueCategory>;
  /** Caller-added verb forms and the lemma they report: "blogged" -> "blog". */
  readonly lemmaOf: ReadonlyMap<string, string>;
  /** Phrases of one or more words, lower-case, with their lemma and category, by their first word (each list in the order the phrases were compiled). */
  readonly phrasesByFirst: ReadonlyMap<string, readonly CuePhrase[]>;
  /** The speech verbs read by a rule of their own ({@link RULE_CUE_VERBS}) that are on: not removed, speech reported. */
  readonly ruleVerbs: ReadonlySet<string>;
  /** Noun cues turned off with the verb they are a form of ({@link NOUN_CUE_VERBS}): "claim", "claims" after `removeCues: ['claim']`. */
  readonly removedNouns: ReadonlySet<string>;
}

/** A cue phrase of the lexicon. */
export interface CuePhrase {
  /** Its words, lower-case. */
  readonly words: readonly string[];
  /** The lemma a cue found with it reports. */
  readonly lemma: string;
  /** Its category. */
  readonly category: CueCategory;
  /** True for a built-in phrase, false for one of the caller's `addCues` (which keeps no built-in restriction). */
  readonly builtIn: boolean;
}

/** Builds the lexicon for the given options. */
export function compileLexicon(options: ResolvedOptions): Lexicon {
  const removed = new Set(options.removeCues.map((c) => builtInCueLemma(c) ?? c.toLowerCase().trim()));
  const verbs = new Map<string, CueCategory>();
  for (const [lemma, category] of CUE_VERBS) {
    if (!removed.has(lemma) && options.categories.has(category)) verbs.set(lemma, category);
  }
  const phrases: CuePhrase[] = [];
  const lemmaOf = new Map<string, string>();
  if (options.categories.has('source')) {
    for (const p of SOURCE_PHRASES) if (!removed.has(p.lemma)) phrases.push({ words: [...p.words], lemma: p.lemma, category: 'source', builtIn: true });
  }
  if (options.categories.has('speech')) {
    for (const p of SPEECH_PHRASES) if (!removed.has(p.lemma)) phrases.push({ words: [...p.words], lemma: p.lemma, category: 'speech', builtIn: true });
  }
  if (options.categories.has('stance')) {
    for (const p of STANCE_PHRASES) if (!removed.has(p.lemma)) phrases.push({ words: [...p.words], lemma: p.lemma, category: 'stance', builtIn: true });
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
    } else if (words.length > 1) phrases.push({ words, lemma: words.join(' '), category, builtIn: false });
  }
  const phrasesByFirst = new Map<string, CuePhrase[]>();
  for (const p of phrases) {
    const list = phrasesByFirst.get(p.words[0]!);
    if (list) list.push(p);
    else phrasesByFirst.set(p.words[0]!, [p]);
  }
  const ruleVerbs = new Set(options.categories.has('speech') ? [...RULE_CUE_VERBS.keys()].filter((lemma) => !removed.has(lemma)) : []);
  const removedNouns = new Set([...NOUN_CUE_VERBS].filter(([, verb]) => removed.has(verb)).map(([noun]) => noun));
  return { verbs, phrasesByFirst, lemmaOf, ruleVerbs, removedNouns };
}
