/**
 * Options of {@link createExtractor} and {@link extractQuotes}, and their validation.
 */
import type { CueCategory, QuoteKind, SpeakerKind } from './types.js';

/**
 * A cue verb or phrase to add to the built-in lexicon.
 *
 * A single word is a verb, matched by its lemma and its regular inflections
 * (`blog` also matches `blogs`, `blogged`, `blogging`). Several words make a
 * phrase: with category `source` it works like `according to` (the noun
 * phrase after it is the speaker); with any other category it works like a
 * verb (`went on to say`).
 *
 * @example
 * ```ts
 * const extractor = createExtractor({ addCues: ['fume', { lemma: 'in the words of', category: 'source' }] });
 * extractor.extract('Smith fumed that the plan would fail.').quotes[0].cue?.lemma;         //=> 'fume'
 * extractor.extract('In the words of Smith, the plan would fail.').quotes[0].speaker?.name; //=> 'Smith'
 * ```
 */
export interface CustomCue {
  /** Dictionary form of the verb (`fume`), or a phrase of several words (`went on to say`, `in the words of`). */
  readonly lemma: string;
  /**
   * What kind of attribution it makes.
   * @defaultValue `'speech'`
   */
  readonly category?: CueCategory;
}

/**
 * A speaker the caller knows about, such as an entry of a newsroom's people database.
 * Mentions of any alias are merged into one speaker named `name`.
 *
 * @example
 * ```ts
 * const extractor = createExtractor({ knownSpeakers: [{ name: 'Robert Smith', aliases: ['Bob Smith'] }] });
 * extractor.extract('"It will fail," Bob Smith said.').quotes[0].speaker;
 * //=> { id: 0, name: 'Robert Smith', mention: { start: 16, end: 25, text: 'Bob Smith' }, via: 'name' }
 * ```
 */
export interface KnownSpeaker {
  /** The canonical name reported for this speaker (`Robert Smith`); mentions of it are matched without regard to case. */
  readonly name: string;
  /**
   * Other names the text may use (`Bob Smith`, `Smith`), matched whole and without regard to case.
   * @defaultValue `[]`
   */
  readonly aliases?: readonly string[];
  /**
   * What the speaker is. Only organisations and groups can be the antecedent of `it` and `they`.
   * @defaultValue `'person'`
   */
  readonly kind?: SpeakerKind;
  /**
   * Grammatical gender for pronoun resolution (`he`, `she`).
   * @defaultValue unknown (taken from titles and common first names when it can be)
   */
  readonly gender?: 'female' | 'male';
}

/**
 * Options for extraction. Every option is optional; an unknown option or a
 * value of the wrong type makes {@link createExtractor} and
 * {@link extractQuotes} throw a `TypeError` that names it.
 *
 * @example
 * ```ts
 * const extractor = createExtractor({
 *   addCues: ['fume', { lemma: 'tweetstorm', category: 'writing' }],
 *   removeCues: ['add'],
 *   minConfidence: 0.5,
 * });
 * extractor.extract('Smith fumed that the plan would fail. She added that it was late.').quotes.length; //=> 1
 * createExtractor({ minConfidance: 0.5 } as never);
 * //=> TypeError: saidwho: unknown option `minConfidance` (known: addCues, removeCues, categories, kinds, minConfidence, knownSpeakers)
 * ```
 */
export interface ExtractQuotesOptions {
  /**
   * Cue verbs (by lemma) or phrases to add to the built-in lexicon. A plain
   * string is a verb of speech.
   * @defaultValue `[]`
   */
  readonly addCues?: readonly (string | CustomCue)[];
  /**
   * Lemmas of built-in cues to ignore (`['add', 'according to']`).
   * @defaultValue `[]`
   */
  readonly removeCues?: readonly string[];
  /**
   * Cue categories to report. `thought` (believe, think) and `evidence`
   * (show, find) are off by default.
   * @defaultValue `['speech', 'writing', 'source']`
   */
  readonly categories?: readonly CueCategory[];
  /**
   * Quote kinds to report.
   * @defaultValue `['direct', 'indirect', 'mixed']`
   */
  readonly kinds?: readonly QuoteKind[];
  /**
   * Drop quotes whose confidence is below this value (0 to 1).
   * @defaultValue `0`
   */
  readonly minConfidence?: number;
  /**
   * Speakers known in advance, with their aliases.
   * @defaultValue `[]`
   */
  readonly knownSpeakers?: readonly KnownSpeaker[];
}

/** Options after validation, with every default filled in. @internal */
export interface ResolvedOptions {
  readonly addCues: readonly CustomCue[];
  readonly removeCues: readonly string[];
  readonly categories: ReadonlySet<CueCategory>;
  readonly kinds: ReadonlySet<QuoteKind>;
  readonly minConfidence: number;
  readonly knownSpeakers: readonly KnownSpeaker[];
}

const CATEGORIES: readonly CueCategory[] = ['speech', 'writing', 'source', 'thought', 'evidence'];
const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'group', 'place', 'unknown'];
const KEYS = ['addCues', 'removeCues', 'categories', 'kinds', 'minConfidence', 'knownSpeakers'];

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  throw new TypeError(`saidwho: option \`${path}\` must be ${expected}, got ${shown}`);
}

function stringArray(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, 'an array of strings', value);
  return value.map((v, i) => (typeof v === 'string' ? v : fail(`${path}[${i}]`, 'a string', v)));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    fail(path, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

/**
 * Validates caller options and fills in defaults.
 * @throws TypeError naming the offending option
 * @internal
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('options', 'an object', options);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KEYS.includes(key)) throw new TypeError(`saidwho: unknown option \`${key}\` (known: ${KEYS.join(', ')})`);
  }
  const addCues: CustomCue[] = [];
  if (o.addCues !== undefined) {
    if (!Array.isArray(o.addCues)) fail('addCues', 'an array', o.addCues);
    o.addCues.forEach((c: unknown, i: number) => {
      if (typeof c === 'string') addCues.push({ lemma: c, category: 'speech' });
      else if (c !== null && typeof c === 'object' && typeof (c as CustomCue).lemma === 'string') {
        const category = (c as CustomCue).category;
        addCues.push({
          lemma: (c as CustomCue).lemma,
          category: category === undefined ? 'speech' : oneOf(category, CATEGORIES, `addCues[${i}].category`),
        });
      } else fail(`addCues[${i}]`, 'a string or { lemma, category }', c);
    });
  }
  const removeCues = o.removeCues === undefined ? [] : stringArray(o.removeCues, 'removeCues');
  const categories = new Set<CueCategory>(
    o.categories === undefined
      ? ['speech', 'writing', 'source']
      : stringArray(o.categories, 'categories').map((c, i) => oneOf(c, CATEGORIES, `categories[${i}]`)),
  );
  const kinds = new Set<QuoteKind>(
    o.kinds === undefined ? KINDS : stringArray(o.kinds, 'kinds').map((k, i) => oneOf(k, KINDS, `kinds[${i}]`)),
  );
  let minConfidence = 0;
  if (o.minConfidence !== undefined) {
    if (typeof o.minConfidence !== 'number' || !(o.minConfidence >= 0 && o.minConfidence <= 1)) {
      fail('minConfidence', 'a number from 0 to 1', o.minConfidence);
    }
    minConfidence = o.minConfidence;
  }
  const knownSpeakers: KnownSpeaker[] = [];
  if (o.knownSpeakers !== undefined) {
    if (!Array.isArray(o.knownSpeakers)) fail('knownSpeakers', 'an array', o.knownSpeakers);
    o.knownSpeakers.forEach((s: unknown, i: number) => {
      if (s === null || typeof s !== 'object' || typeof (s as KnownSpeaker).name !== 'string') {
        fail(`knownSpeakers[${i}]`, 'an object with a string `name`', s);
      }
      const k = s as KnownSpeaker;
      knownSpeakers.push({
        name: k.name,
        aliases: k.aliases === undefined ? [] : stringArray(k.aliases, `knownSpeakers[${i}].aliases`),
        kind: k.kind === undefined ? 'person' : oneOf(k.kind, SPEAKER_KINDS, `knownSpeakers[${i}].kind`),
        ...(k.gender === undefined ? {} : { gender: oneOf(k.gender, ['female', 'male'] as const, `knownSpeakers[${i}].gender`) }),
      });
    });
  }
  return { addCues, removeCues, categories, kinds, minConfidence, knownSpeakers };
}
