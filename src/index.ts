/**
 * saidwho: who said what in news text.
 *
 * @packageDocumentation
 */
export { createExtractor, extractQuotes } from './extractor.js';
export type { Extractor } from './extractor.js';
export type { ExtractQuotesOptions, CustomCue, KnownSpeaker } from './options.js';
export type {
  Cue,
  CueCategory,
  Extraction,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerKind,
  SpeakerRef,
  SpeakerVia,
  Span,
} from './types.js';
export { evaluate, formatErrors, formatReport, isSpeechCue, isSpeechScope, parseGoldJsonl, parseGoldLine, scoreDocuments } from './eval/index.js';
export type {
  Accuracy,
  ErrorEntry,
  ErrorListing,
  ErrorQuote,
  EvaluateOptions,
  EvaluationReport,
  GoldDocument,
  GoldQuote,
  GoldSpan,
  KindScores,
  ModeScores,
  Prf,
  RoleScores,
  ScopeScores,
  ScoreOptions,
  ScoredDocument,
} from './eval/index.js';
