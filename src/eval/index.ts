/**
 * Evaluation: the gold JSONL format, the metric, and report formatting.
 * Browser-safe: no Node built-ins.
 */
export { parseGoldJsonl, parseGoldLine } from './gold.js';
export { scoreDocuments } from './score.js';
export { evaluate } from './evaluate.js';
export { formatReport, formatErrors } from './format.js';
export { isSpeechCue, isSpeechScope } from './speech.js';
export type {
  Accuracy,
  CategoryPrecision,
  DocumentFailure,
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
} from './types.js';
