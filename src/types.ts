/**
 * Public result types of saidwho. Every value is a plain, JSON-safe object.
 *
 * @packageDocumentation
 */

/**
 * A stretch of the caller's input.
 *
 * Offsets are half-open UTF-16 code-unit indices (JavaScript string indices),
 * so `input.slice(span.start, span.end) === span.text` always holds.
 *
 * @example
 * ```ts
 * const text = '"We will win," Jane Smith said.';
 * const { span } = extractQuotes(text).quotes[0].cue!;
 * span;                                  //=> { start: 26, end: 30, text: 'said' }
 * text.slice(span.start, span.end);      //=> 'said'
 * ```
 */
export interface Span {
  /** Index of the first character of the span. */
  readonly start: number;
  /** Index one past the last character of the span. */
  readonly end: number;
  /** The text of the span, exactly as it stands in the input. */
  readonly text: string;
}

/**
 * The kind of a quotation.
 *
 * - `direct`: words inside quotation marks (`"We will win," she said.`)
 * - `indirect`: reported speech without quotation marks (`She said they would win.`)
 * - `mixed`: reported speech that contains quoted words (`She said they would "win big".`),
 *   or a quote with the attribution an outer source relays (`"We will win," she said, according to the Times.`)
 *
 * @example
 * ```ts
 * extractQuotes('"We will win," she said.').quotes[0].kind;           //=> 'direct'
 * extractQuotes('She said they would win.').quotes[0].kind;           //=> 'indirect'
 * extractQuotes('She said they would "win big".').quotes[0].kind;     //=> 'mixed'
 * ```
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * The category of an attribution cue.
 *
 * - `speech`: verbs of saying (say, tell, add, warn)
 * - `writing`: verbs of writing or publishing (write, tweet, post)
 * - `source`: source phrases (according to, citing)
 * - `thought`: verbs of belief (believe, think); reported only when enabled
 * - `evidence`: verbs of evidence (show, find), also without a person: "polls
 *   show ..."; reported only when enabled
 * - `stance`: verbs of taking a side (support, endorse, oppose, reject, back);
 *   reported only when enabled
 *
 * @example
 * ```ts
 * extractQuotes('Smith wrote that the vote was rigged.').quotes[0].cue?.category; //=> 'writing'
 * extractQuotes('Smith believes the vote was rigged.').quotes.length;              //=> 0
 * extractQuotes('Smith believes the vote was rigged.', { categories: ['speech', 'thought'] })
 *   .quotes[0].cue?.category;                                                     //=> 'thought'
 * ```
 */
export type CueCategory = 'speech' | 'writing' | 'source' | 'thought' | 'evidence' | 'stance';

/**
 * The attribution verb or phrase that links a quotation to its speaker.
 *
 * @example
 * ```ts
 * extractQuotes('Smith had not told anyone that she would run.').quotes[0].cue;
 * //=> { span: { start: 6, end: 18, text: 'had not told' }, lemma: 'tell', category: 'speech', negated: true }
 * ```
 */
export interface Cue {
  /** Where the cue stands, auxiliaries included: `had told`, `according to`. */
  readonly span: Span;
  /** Dictionary form of the cue's head: `had told` -> `tell`, `according to` -> `according to`. */
  readonly lemma: string;
  /** What kind of attribution the cue makes. */
  readonly category: CueCategory;
  /** True when the cue is negated: `did not say`, `never claimed`. */
  readonly negated: boolean;
}

/**
 * How the speaker of a quotation was found.
 *
 * - `name`: the speaker is named next to the cue (`Smith said`)
 * - `pronoun`: a pronoun next to the cue, resolved to an earlier speaker (`she said`)
 * - `description`: a description next to the cue (`the senator said`), resolved to
 *   an earlier named speaker when exactly one fits, otherwise the description itself
 * - `context`: no speaker next to this quote; carried over from the quote before it
 *
 * @example
 * ```ts
 * const { quotes } = extractQuotes('"We will win," Jane Smith said.\n\n"The voters are with us and they know it."');
 * quotes.map((q) => q.speaker?.via); //=> ['name', 'context']
 * ```
 */
export type SpeakerVia = 'name' | 'pronoun' | 'description' | 'context';

/**
 * The speaker of one quotation: a pointer into {@link Extraction.speakers}
 * together with how this quote names them.
 *
 * @example
 * ```ts
 * extractQuotes('"We will win," Jane Smith said. She added that the vote would be close.').quotes[1].speaker;
 * //=> { id: 0, name: 'Jane Smith', mention: { start: 32, end: 35, text: 'She' }, via: 'pronoun' }
 * ```
 */
export interface SpeakerRef {
  /** Index into {@link Extraction.speakers}. */
  readonly id: number;
  /** The speaker's name as best known (`Jane Smith`), or a description (`a campaign spokesman`). */
  readonly name: string;
  /** Where this quote's speaker is named (`Smith`, `she`, `the senator`); `null` when only known from context. */
  readonly mention: Span | null;
  /** How the speaker was found. */
  readonly via: SpeakerVia;
}

/**
 * One quotation: its content, its cue and its speaker.
 *
 * @example
 * ```ts
 * extractQuotes('"We will win," Jane Smith said.').quotes[0];
 * //=> {
 * //   kind: 'direct',
 * //   span: { start: 0, end: 14, text: '"We will win,"' },
 * //   parts: [{ start: 1, end: 13, text: 'We will win,' }],
 * //   text: 'We will win,',
 * //   cue: { span: { start: 26, end: 30, text: 'said' }, lemma: 'say', category: 'speech', negated: false },
 * //   speaker: { id: 0, name: 'Jane Smith', mention: { start: 15, end: 25, text: 'Jane Smith' }, via: 'name' },
 * //   confidence: 0.95,
 * //   rule: 'direct/trailing-speaker-cue',
 * // }
 * ```
 */
export interface Quote {
  /** Direct, indirect (reported speech) or mixed. */
  readonly kind: QuoteKind;
  /**
   * The whole quotation as it stands in the text, from the first character of its
   * first part to the last of its last part; for direct quotes it includes the
   * quotation marks (not the closing mark after a signature line inside them:
   * `"We will win.\nAnn Lee, Harbor Institute."` ends after `win.`).
   */
  readonly span: Span;
  /**
   * The quoted words without quotation marks, in text order. Several parts when
   * the quotation is interrupted (`"A," he said, "B."`) or runs over paragraphs.
   * A quote an outer source relays has the relayed attribution as its last
   * part: `"A," he said, according to the Times.` has parts `A,` and `he said`.
   */
  readonly parts: readonly Span[];
  /** The text of the parts joined by one space. */
  readonly text: string;
  /** The attribution verb or phrase; `null` when none was found. */
  readonly cue: Cue | null;
  /** Who said it; `null` when the text does not say (never a guess). */
  readonly speaker: SpeakerRef | null;
  /** How sure saidwho is of this quotation and its attribution, from 0 to 1. */
  readonly confidence: number;
  /** The rule that made the attribution (for debugging), such as `direct/trailing-speaker-cue` or `reported/cue-that`. */
  readonly rule: string;
}

/**
 * What kind of entity a speaker is: a named person, an organisation (a name
 * or noun such as `Ministry`, `Corporation`, `the union`, `The Times`), a
 * group of people (a plural description of people or bodies such as
 * `Officials`, `Analysts at Jefferies`, `Aid agencies`, or a crew, squad,
 * delegation or jury), a place (a country, state, city or region that speaks through a
 * cue, as in `Pakistan says ...`: its government or people speak for it), or
 * unknown (a description that is none of these, such as `a city report`).
 * A place or an organisation is never taken as the antecedent of "he" or "she".
 *
 * @example
 * ```ts
 * extractQuotes('Officials said the talks had broken down.').speakers[0].kind; //=> 'group'
 * extractQuotes('Pakistan says the border will stay open.').speakers[0].kind; //=> 'place'
 * ```
 */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'place' | 'unknown';

/**
 * One speaker entity: every mention of the same person, group or organisation
 * that speaks in the document.
 *
 * @example
 * ```ts
 * extractQuotes('"We will win," Sen. Jane Smith said. Smith added that the vote would be close.').speakers[0];
 * //=> {
 * //   id: 0, name: 'Jane Smith', kind: 'person', titles: ['Sen.'], descriptions: [],
 * //   mentions: [{ start: 15, end: 30, text: 'Sen. Jane Smith' }, { start: 37, end: 42, text: 'Smith' }],
 * //   quotes: [0, 1],
 * // }
 * ```
 */
export interface Speaker {
  /** The speaker's index in {@link Extraction.speakers}. */
  readonly id: number;
  /** The fullest name the document gives (`Jane Smith`), or a description (`a campaign spokesman`). */
  readonly name: string;
  /** Person, organisation, group of people, place, or unknown (see {@link SpeakerKind}). */
  readonly kind: SpeakerKind;
  /** Titles and ranks seen with the name (`Sen.`, `Prime Minister`). */
  readonly titles: readonly string[];
  /** Descriptions seen with the speaker (`the party's treasurer`, `the senator`). */
  readonly descriptions: readonly string[];
  /** Every place the document mentions this speaker, in text order. */
  readonly mentions: readonly Span[];
  /** Indices into {@link Extraction.quotes} of this speaker's quotations. */
  readonly quotes: readonly number[];
}

/**
 * The result of extracting quotations from one text: plain, read-only,
 * JSON-safe data.
 *
 * @example
 * ```ts
 * const { quotes, speakers } = extractQuotes('"We will win," Jane Smith said. She added that the vote would be close.');
 * quotes.map((q) => `${q.kind}: ${q.text}`); //=> ['direct: We will win,', 'indirect: the vote would be close']
 * speakers.map((s) => s.name);              //=> ['Jane Smith']
 * ```
 */
export interface Extraction {
  /** Every quotation found, sorted by `span.start`. */
  readonly quotes: readonly Quote[];
  /** Every speaker entity, indexed by {@link SpeakerRef.id}. */
  readonly speakers: readonly Speaker[];
}
