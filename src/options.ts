/**
 * Options of {@link createExtractor} and {@link extractQuotes}, and their validation.
 */
import type { CueCategory, QuoteKind, SpeakerKind } from './types.js';
import { builtInCueLemma } from './cues/built-in.js';
import { checkArray, checkObject, isPlainObject, own, typeFailure } from './validate.js';

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
 * const extractor = createExtractor({ addCues: ['seethe', { lemma: 'in the view of', category: 'source' }] });
 * extractor.extract('Smith seethed that the plan would fail.').quotes[0].cue?.lemma;         //=> 'seethe'
 * extractor.extract('In the view of Smith, the plan would fail.').quotes[0].speaker?.name;  //=> 'Smith'
 * ```
 */
export interface CustomCue {
  /** Dictionary form of the verb (`seethe`), or a phrase of several words (`went on to say`, `in the view of`). */
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
 *   addCues: ['seethe', { lemma: 'tweetstorm', category: 'writing' }],
 *   removeCues: ['add'],
 *   minConfidence: 0.5,
 * });
 * extractor.extract('Smith seethed that the plan would fail. She added that it was late.').quotes.length; //=> 1
 * createExtractor({ minConfidance: 0.5 } as never);
 * //=> TypeError: saidwho: unknown option `minConfidance` (known: addCues, removeCues, categories, kinds, minConfidence, knownSpeakers)
 * ```
 */
export interface ExtractQuotesOptions {
  /**
   * Cue verbs (by lemma) or phrases to add to the built-in lexicon. A plain
   * string is a verb of speech. An empty or blank cue is refused.
   * @defaultValue `[]`
   */
  readonly addCues?: readonly (string | CustomCue)[];
  /**
   * Built-in cues to ignore, in any form: `['add', 'said', 'according to']`
   * (`said` removes the verb `say` with all its forms). Removing a verb
   * removes the nouns listed as its forms too: `['claim']` (or `['claims']`)
   * also drops "his claims that ..." and "the claim by X that ...", and
   * `['believe']` drops "her belief that ...". A word that is no built-in cue
   * is refused with a `TypeError`, so a typo cannot pass unseen.
   * @defaultValue `[]`
   */
  readonly removeCues?: readonly string[];
  /**
   * Cue categories to report. `thought` (believe, think, seems to),
   * `evidence` (show, find) and `stance` (support, oppose) are off by default,
   * and so are the mixed quotes under their cues (`believes the plan is "a
   * disaster"`), although evaluation's speech scope counts them (measured in
   * the limitations guide).
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

const CATEGORIES: readonly CueCategory[] = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'];
/** Categories reported when `categories` is not given. @internal */
const DEFAULT_CATEGORIES: readonly CueCategory[] = ['speech', 'writing', 'source'];
/** Categories reported only when asked for: thought, evidence, stance. @internal */
export const OPT_IN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES.filter((c) => !DEFAULT_CATEGORIES.includes(c)));
const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'group', 'place', 'unknown'];
const KEYS = ['addCues', 'removeCues', 'categories', 'kinds', 'minConfidence', 'knownSpeakers'];
const CUE_KEYS = ['lemma', 'category'];
const SPEAKER_KEYS = ['name', 'aliases', 'kind', 'gender'];

function fail(path: string, expected: string, got: unknown): never {
  return typeFailure(`option \`${path}\``, expected, got);
}

/** A string with at least one character that is not white space. */
function word(value: unknown, path: string, expected = 'a non-empty string'): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, expected, value);
  return value;
}

function items(value: unknown, path: string, expected: string): unknown[] {
  return checkArray(value, `option \`${path}\``, expected);
}

function fields(value: unknown, path: string, expected: string, known: readonly string[]): Record<string, unknown> {
  return checkObject(value, `option \`${path}\``, expected, known);
}

function stringArray(value: unknown, path: string): string[] {
  return items(value, path, 'an array of strings').map((v, i) => word(v, `${path}[${i}]`));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    fail(path, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

function customCue(c: unknown, i: number): CustomCue {
  const path = `addCues[${i}]`;
  if (typeof c === 'string') return { lemma: word(c, path, 'a non-empty string or { lemma, category }'), category: 'speech' };
  const o = fields(c, path, 'a string or { lemma, category }', CUE_KEYS);
  const category = own(o, 'category');
  return {
    lemma: word(own(o, 'lemma'), `${path}.lemma`),
    category: category === undefined ? 'speech' : oneOf(category, CATEGORIES, `${path}.category`),
  };
}

function knownSpeaker(s: unknown, i: number): KnownSpeaker {
  const path = `knownSpeakers[${i}]`;
  const o = fields(s, path, 'an object with a string `name`', SPEAKER_KEYS);
  const aliases = own(o, 'aliases');
  const kind = own(o, 'kind');
  const gender = own(o, 'gender');
  return {
    name: word(own(o, 'name'), `${path}.name`),
    aliases: aliases === undefined ? [] : stringArray(aliases, `${path}.aliases`),
    kind: kind === undefined ? 'person' : oneOf(kind, SPEAKER_KINDS, `${path}.kind`),
    ...(gender === undefined ? {} : { gender: oneOf(gender, ['female', 'male'] as const, `${path}.gender`) }),
  };
}

/**
 * Validates caller options and fills in defaults. Only own properties of plain
 * objects count: inherited properties, Dates, Maps and class instances are
 * refused or ignored, never read as options.
 * @throws TypeError naming the offending option and showing the value received
 * @internal
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (!isPlainObject(options)) fail('options', 'an object', options);
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) throw new TypeError(`saidwho: unknown option \`${key}\` (known: ${KEYS.join(', ')})`);
  }
  const get = (key: string): unknown => own(options as Record<string, unknown>, key);
  const addCuesValue = get('addCues');
  const addCues = addCuesValue === undefined ? [] : items(addCuesValue, 'addCues', 'an array').map(customCue);
  const removeCuesValue = get('removeCues');
  const removeCues =
    removeCuesValue === undefined
      ? []
      : stringArray(removeCuesValue, 'removeCues').map(
          (c, i) => builtInCueLemma(c) ?? fail(`removeCues[${i}]`, "a built-in cue in any form (such as 'say', 'said' or 'according to')", c),
        );
  const categoriesValue = get('categories');
  const categories = new Set<CueCategory>(
    categoriesValue === undefined
      ? DEFAULT_CATEGORIES
      : items(categoriesValue, 'categories', 'an array of strings').map((c, i) => oneOf(c, CATEGORIES, `categories[${i}]`)),
  );
  const kindsValue = get('kinds');
  const kinds = new Set<QuoteKind>(
    kindsValue === undefined ? KINDS : items(kindsValue, 'kinds', 'an array of strings').map((k, i) => oneOf(k, KINDS, `kinds[${i}]`)),
  );
  const minValue = get('minConfidence');
  let minConfidence = 0;
  if (minValue !== undefined) {
    if (typeof minValue !== 'number' || !(minValue >= 0 && minValue <= 1)) fail('minConfidence', 'a number from 0 to 1', minValue);
    minConfidence = minValue;
  }
  const speakersValue = get('knownSpeakers');
  const knownSpeakers = speakersValue === undefined ? [] : items(speakersValue, 'knownSpeakers', 'an array').map(knownSpeaker);
  return { addCues, removeCues, categories, kinds, minConfidence, knownSpeakers };
}

/**
 * Validated options as plain data (arrays, no Sets, no functions, nothing
 * inherited), equivalent to the caller's: safe to send to a worker thread.
 * @internal
 */
export function plainOptions(resolved: ResolvedOptions): ExtractQuotesOptions {
  return {
    addCues: resolved.addCues.map((c) => ({ ...c })),
    removeCues: [...resolved.removeCues],
    categories: [...resolved.categories],
    kinds: [...resolved.kinds],
    minConfidence: resolved.minConfidence,
    knownSpeakers: resolved.knownSpeakers.map((s) => ({ ...s, ...(s.aliases ? { aliases: [...s.aliases] } : {}) })),
  };
}
