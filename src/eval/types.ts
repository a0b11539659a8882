/**
 * Types of the evaluation module: the gold JSONL format and the report.
 *
 * @packageDocumentation
 */
import type { ExtractQuotesOptions } from '../options.js';
import type { Extraction, QuoteKind, Span } from '../types.js';

/**
 * The content span of a gold quotation. When the content is discontinuous,
 * `fragments` lists its pieces and the span itself is their hull.
 *
 * @example
 * ```ts
 * // text: '"We will win," she said, "and soon."'
 * const content: GoldSpan = {
 *   start: 1, end: 34, text: 'We will win," she said, "and soon',
 *   fragments: [{ start: 1, end: 12, text: 'We will win' }, { start: 26, end: 34, text: 'and soon' }],
 * };
 * ```
 */
export interface GoldSpan extends Span {
  /** The pieces of a discontinuous content, in text order; absent when continuous. */
  readonly fragments?: readonly Span[];
}

/**
 * One annotated attribution in a gold document.
 *
 * @example
 * ```ts
 * // text: 'Smith said the talks would resume.'
 * const quote: GoldQuote = {
 *   quote: { start: 11, end: 33, text: 'the talks would resume' },
 *   type: 'indirect',
 *   speaker: { start: 0, end: 5, text: 'Smith' },
 *   cue: { start: 6, end: 10, text: 'said' },
 * };
 * ```
 */
export interface GoldQuote {
  /** The attributed content as the annotator marked it. */
  readonly quote: GoldSpan;
  /** Direct (wholly inside quotation marks), mixed (contains some) or indirect. */
  readonly type: QuoteKind;
  /** The source mention in the text; `null` for attributions without a source. */
  readonly speaker: Span | null;
  /** The attribution verb or phrase; `null` when there is none. */
  readonly cue: Span | null;
  /** Free-form relation label (PolNeAR: `Attribution` or `Attribution-no-source`); not scored. */
  readonly relation?: string;
  /**
   * The canonical name of the source (`Ada Lindqvist` for a gold mention
   * `she`), when the gold file has one. The speaker name check then compares
   * last words with it.
   */
  readonly speaker_reference?: string;
}

/**
 * One gold document: a text and every attribution annotated in it. This is
 * one line of a gold JSONL file (see `docs/evaluation.md`).
 *
 * @example
 * ```ts
 * const doc: GoldDocument = {
 *   id: 'example-1',
 *   text: '"We will win," Smith said.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' },
 *     type: 'direct',
 *     speaker: { start: 15, end: 20, text: 'Smith' },
 *     cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * };
 * ```
 */
export interface GoldDocument {
  /** An identifier for the document, used in error listings. */
  readonly id: string;
  /** The full text the offsets point into. */
  readonly text: string;
  /** The annotated attributions. */
  readonly quotes: readonly GoldQuote[];
}

/**
 * Precision, recall and F1 with the counts behind them. Every ratio is 0 when
 * its denominator is 0.
 *
 * @example
 * ```ts
 * const prf: Prf = { gold: 4, predicted: 2, matchedGold: 2, matchedPredicted: 2, precision: 1, recall: 0.5, f1: 2 / 3 };
 * ```
 */
export interface Prf {
  /** Gold items counted for recall. */
  readonly gold: number;
  /** Predicted items counted for precision. */
  readonly predicted: number;
  /** Gold items that were found. */
  readonly matchedGold: number;
  /** Predicted items that are right. */
  readonly matchedPredicted: number;
  /** `matchedPredicted / predicted`. */
  readonly precision: number;
  /** `matchedGold / gold`. */
  readonly recall: number;
  /** Harmonic mean of precision and recall. */
  readonly f1: number;
}

/**
 * A share of matched quotation pairs that got something right.
 *
 * @example
 * ```ts
 * const speaker: Accuracy = { correct: 9, total: 10, accuracy: 0.9 };
 * ```
 */
export interface Accuracy {
  /** Matched pairs where the attribute is right. */
  readonly correct: number;
  /** Matched pairs looked at. */
  readonly total: number;
  /** `correct / total`, or 0 when `total` is 0. */
  readonly accuracy: number;
}

/**
 * Figures for one quotation kind: recall over gold quotes of that kind,
 * precision over predicted quotes of that kind, and speaker and cue accuracy
 * over matched pairs whose gold quote is of that kind.
 *
 * @example
 * ```ts
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * evaluate(gold).lenient.all.byKind.indirect;
 * //=> {
 * //   gold: 0, predicted: 1, matchedGold: 0, matchedPredicted: 0, precision: 0, recall: 0, f1: 0,
 * //   speaker: { correct: 0, total: 0, accuracy: 0 }, speakerName: { correct: 0, total: 0, accuracy: 0 },
 * //   cue: { correct: 0, total: 0, accuracy: 0 },
 * // }
 * ```
 */
export interface KindScores extends Prf {
  /** Speaker accuracy (overlap check) on matched pairs whose gold quote has this kind. */
  readonly speaker: Accuracy;
  /** Speaker name accuracy (name check) on matched pairs whose gold quote has this kind. */
  readonly speakerName: Accuracy;
  /** Cue accuracy on matched pairs whose gold quote has this kind. */
  readonly cue: Accuracy;
}

/**
 * Figures in one scope (all gold, or the speech scope) under one matching mode.
 *
 * @example
 * ```ts
 * const { precision, recall, f1, speaker, endToEnd } = report.lenient.speech;
 * ```
 */
export interface ScopeScores extends Prf {
  /** Speaker accuracy on matched pairs (in scope): the predicted mention overlaps the gold source. */
  readonly speaker: Accuracy;
  /**
   * Speaker name accuracy on matched pairs (in scope): the name a reader sees
   * is the gold source's name (see the name check in `docs/evaluation.md`).
   */
  readonly speakerName: Accuracy;
  /** Cue accuracy on matched pairs (in scope). */
  readonly cue: Accuracy;
  /** A prediction counts when it matches and its speaker is right (overlap check). */
  readonly endToEnd: Prf;
  /** A prediction counts when it matches and its speaker name is right (name check). */
  readonly endToEndByName: Prf;
  /** The same figures split by quotation kind. */
  readonly byKind: Readonly<Record<QuoteKind, KindScores>>;
}

/**
 * Figures under one matching mode, on all gold and on the speech scope.
 *
 * @example
 * ```ts
 * report.strict.all.f1;
 * ```
 */
export interface ModeScores {
  /** Every gold attribution. */
  readonly all: ScopeScores;
  /**
   * Recall counts only gold attributions that are direct or mixed, or whose
   * cue is a verb of saying or "according to". Predictions are still matched
   * against all gold, and precision is over all predictions.
   */
  readonly speech: ScopeScores;
}

/**
 * Exact-span figures for one role (content, speaker or cue), unlinked: the
 * multiset of normalised spans predicted for the role is compared with the
 * gold multiset, document by document.
 *
 * @example
 * ```ts
 * report.roles.speaker.f1;
 * ```
 */
export type RoleScores = Prf;

/**
 * A quotation shown in an error listing, gold or predicted.
 *
 * @example
 * ```ts
 * const shown: ErrorQuote = {
 *   kind: 'direct', span: { start: 1, end: 12, text: 'We will win' },
 *   speaker: 'Smith', cue: 'said', coverage: null,
 * };
 * ```
 */
export interface ErrorQuote {
  /** The quotation kind. */
  readonly kind: QuoteKind;
  /** The content span (for predictions, the whole quotation span). */
  readonly span: Span;
  /** The speaker as shown: the gold mention, or the predicted name with its mention. */
  readonly speaker: string | null;
  /** The cue text. */
  readonly cue: string | null;
  /**
   * For the "instead" item: the share of the listed quotation's content that
   * this one covers (0 to 1); `null` on the listed quotation itself.
   */
  readonly coverage: number | null;
}

/**
 * One entry of an error listing: a quotation, its surroundings, and the
 * nearest overlapping quotation on the other side.
 *
 * @example
 * ```ts
 * for (const e of report.errors?.missed ?? []) console.log(e.document, e.quote.span.text);
 * ```
 */
export interface ErrorEntry {
  /** The gold document id. */
  readonly document: string;
  /** The missed gold quote, the spurious prediction, or the prediction with a wrong speaker. */
  readonly quote: ErrorQuote;
  /** About 80 characters before the quotation, whitespace collapsed. */
  readonly before: string;
  /** About 80 characters after the quotation, whitespace collapsed. */
  readonly after: string;
  /**
   * The overlapping quotation from the other side with the largest overlap:
   * for a missed gold quote the prediction, for a spurious prediction the gold
   * quote, for a wrong speaker the gold quote it matched; `null` when none overlaps.
   */
  readonly instead: ErrorQuote | null;
}

/**
 * Up to N examples of each kind of error, taken round-robin across documents.
 *
 * @example
 * ```ts
 * const report = evaluate(gold, { errors: 5 });
 * report.errors?.missed.length; // at most 5
 * ```
 */
export interface ErrorListing {
  /** Gold quotes no prediction matched. */
  readonly missed: readonly ErrorEntry[];
  /** Predictions that matched no gold quote. */
  readonly spurious: readonly ErrorEntry[];
  /** Matched predictions whose speaker is wrong (overlap check). */
  readonly wrongSpeaker: readonly ErrorEntry[];
  /** Matched predictions whose speaker name is wrong (name check). */
  readonly wrongName: readonly ErrorEntry[];
}

/**
 * The result of an evaluation. All ratios are numbers from 0 to 1,
 * micro-averaged over all documents.
 *
 * @example
 * ```ts
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * const report = evaluate(gold);
 * report.documents;                           //=> 1
 * report.lenient.speech.byKind.direct.recall; //=> 1
 * report.strict.all.precision;                //=> 0.5
 * report.roles.speaker.f1;                    //=> 0.6666666666666666
 * report.errors;                              //=> undefined
 * ```
 */
export interface EvaluationReport {
  /** Number of gold documents scored. */
  readonly documents: number;
  /** Lenient matching: the prediction covers more than 30% of the gold content. */
  readonly lenient: ModeScores;
  /** Strict matching: the shared characters are at least 80% of both. */
  readonly strict: ModeScores;
  /** Per-role exact-span F1 after normalisation, unlinked. */
  readonly roles: {
    /** Content spans. */
    readonly content: RoleScores;
    /** Speaker mention spans. */
    readonly speaker: RoleScores;
    /** Cue spans. */
    readonly cue: RoleScores;
  };
  /**
   * Precision by the category of the predicted cue (`speech`, `thought`, ...;
   * `none` for quotes without a cue), under both matching modes. Present in
   * reports from `evaluate` and `scoreDocuments`; optional so that reports
   * saved by earlier versions still format.
   */
  readonly byCategory?: Readonly<Record<string, CategoryPrecision>>;
  /** Error examples, present when asked for with the `errors` option. */
  readonly errors?: ErrorListing;
  /**
   * The documents whose extraction failed (only `evaluate` fills it, and only
   * when a document failed). Each was scored as if nothing had been found, so
   * its gold quotes count as missed, and the other documents were read as usual.
   */
  readonly failures?: readonly DocumentFailure[];
}

/**
 * How many predictions of one cue category matched a gold quote, in
 * {@link EvaluationReport.byCategory}.
 *
 * @example
 * ```ts
 * report.byCategory?.thought;
 * //=> { predicted: 40, matchedLenient: 34, matchedStrict: 25, lenient: 0.85, strict: 0.625 }
 * ```
 */
export interface CategoryPrecision {
  /** Predictions whose cue has this category. */
  readonly predicted: number;
  /** Of them, matched to a gold quote under lenient matching. */
  readonly matchedLenient: number;
  /** Of them, matched to a gold quote under strict matching. */
  readonly matchedStrict: number;
  /** Lenient precision, `matchedLenient / predicted`. */
  readonly lenient: number;
  /** Strict precision, `matchedStrict / predicted`. */
  readonly strict: number;
}

/**
 * A gold document that the extractor could not read, in
 * {@link EvaluationReport.failures}.
 *
 * @example
 * ```ts
 * const failure: DocumentFailure = { index: 3, document: 'article-4', error: 'TypeError: ...' };
 * ```
 */
export interface DocumentFailure {
  /** Position of the document in the gold array (0-based). */
  readonly index: number;
  /** The document's `id`. */
  readonly document: string;
  /** The error, as `Name: message`. */
  readonly error: string;
}

/**
 * A gold document with the extraction to score against it.
 *
 * @example
 * ```ts
 * const pair: ScoredDocument = { gold, predicted: extractor.extract(gold.text) };
 * ```
 */
export interface ScoredDocument {
  /** The annotated document. */
  readonly gold: GoldDocument;
  /** What the system extracted from `gold.text`. */
  readonly predicted: Extraction;
}

/**
 * Options of `scoreDocuments`.
 *
 * @example
 * ```ts
 * scoreDocuments(docs, { errors: 10, errorMode: 'strict' });
 * ```
 */
export interface ScoreOptions {
  /**
   * Collect up to this many missed, spurious, wrong-speaker and wrong-name examples into
   * {@link EvaluationReport.errors}.
   * @defaultValue `0` (no listing)
   */
  readonly errors?: number;
  /**
   * Which matching decides what is missed or spurious in the listing.
   * @defaultValue `'lenient'`
   */
  readonly errorMode?: 'lenient' | 'strict';
}

/**
 * Options of `evaluate`.
 *
 * @example
 * ```ts
 * evaluate(gold, { extractor: { minConfidence: 0.5 }, onProgress: (done, total) => {}, errors: 5 });
 * ```
 */
export interface EvaluateOptions extends ScoreOptions {
  /**
   * Options passed to `createExtractor`.
   * @defaultValue `{}` (the default extractor)
   */
  readonly extractor?: ExtractQuotesOptions;
  /**
   * Called after each document is extracted.
   * @defaultValue none
   * @param done - Documents extracted so far.
   * @param total - Documents to extract.
   */
  readonly onProgress?: (done: number, total: number) => void;
}
