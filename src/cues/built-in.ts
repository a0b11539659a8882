/**
 * The forms of the built-in cues, apart from any extractor's options: what
 * option validation and the lexicon both read (below both, so that neither
 * imports the other).
 * @internal
 */
import { CUE_VERBS, RETIRED_CUE_VERBS, RULE_CUE_VERBS, SOURCE_PHRASES, SPEECH_PHRASES, STANCE_PHRASES } from '../data/cues.js';
import { IRREGULAR_FORMS } from '../data/irregular.js';

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

let formsOfBuiltIns: Map<string, string> | undefined;

/**
 * The built-in cue that a word or phrase names, in any inflected form:
 * `said`, `says` and `say` give `say`; `According to` gives `according to`.
 * Undefined when no built-in cue has that form.
 */
export function builtInCueLemma(form: string): string | undefined {
  if (formsOfBuiltIns === undefined) {
    const map = new Map<string, string>();
    const lemmas = [...CUE_VERBS.keys(), ...SOURCE_PHRASES.map((p) => p.lemma), ...SPEECH_PHRASES.map((p) => p.lemma), ...STANCE_PHRASES.map((p) => p.lemma), ...RETIRED_CUE_VERBS];
    for (const lemma of lemmas) map.set(lemma, lemma);
    // ("shot back" names "shoot back", "balked at" names "balk at")
    for (const p of [...SPEECH_PHRASES, ...STANCE_PHRASES]) if (!map.has(p.words.join(' '))) map.set(p.words.join(' '), p.lemma);
    for (const [lemma, forms] of RULE_CUE_VERBS) for (const f of forms) if (!map.has(f)) map.set(f, lemma);
    for (const [irregular, lemma] of IRREGULAR_FORMS) if (!map.has(irregular) && map.has(lemma)) map.set(irregular, lemma);
    for (const lemma of lemmas) {
      if (lemma.includes(' ')) continue;
      for (const f of inflections(lemma)) if (!map.has(f)) map.set(f, lemma);
    }
    formsOfBuiltIns = map;
  }
  return formsOfBuiltIns.get(form.toLowerCase().trim().replace(/\s+/g, ' '));
}
