/**
 * saidwho: who said what in news text.
 *
 * @packageDocumentation
 * @module saidwho
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
// the evaluation API: its own entry file lists the names (pinned by test/exports.test.ts)
export * from './eval/index.js';
