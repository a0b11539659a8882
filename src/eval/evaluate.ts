/**
 * Running the extractor over gold documents and scoring it.
 */
import { createExtractor } from '../extractor.js';
import { scoreDocuments } from './score.js';
import type { EvaluateOptions, EvaluationReport, GoldDocument, ScoredDocument } from './types.js';

/**
 * Extracts quotations from every gold document's text with one extractor and
 * scores them with the project's metric (see {@link scoreDocuments} and the
 * evaluation guide).
 *
 * @param gold - Gold documents, for instance from `parseGoldJsonl`.
 * @param options - Extractor options, a progress callback, and `errors` to list examples.
 * @returns The evaluation report.
 * @throws TypeError when an extractor option is invalid.
 *
 * @example
 * ```ts
 * import { evaluate } from 'saidwho';
 *
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * // saidwho finds Smith's quote and also Jones's reported speech, which is not annotated
 * const report = evaluate(gold);
 * report.lenient.all.recall;    //=> 1
 * report.lenient.all.precision; //=> 0.5
 * report.lenient.all.speaker;   //=> { correct: 1, total: 1, accuracy: 1 }
 * ```
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluate, formatReport, parseGoldJsonl } from 'saidwho';
 *
 * const gold = parseGoldJsonl(readFileSync('gold.jsonl', 'utf8'));
 * const report = evaluate(gold, { onProgress: (done, total) => console.error(`${done}/${total}`) });
 * console.log(formatReport(report));
 * ```
 */
export function evaluate(gold: readonly GoldDocument[], options: EvaluateOptions = {}): EvaluationReport {
  const extractor = createExtractor(options.extractor);
  const docs: ScoredDocument[] = [];
  gold.forEach((doc, i) => {
    docs.push({ gold: doc, predicted: extractor.extract(doc.text) });
    options.onProgress?.(i + 1, gold.length);
  });
  const scoreOptions = {
    ...(options.errors === undefined ? {} : { errors: options.errors }),
    ...(options.errorMode === undefined ? {} : { errorMode: options.errorMode }),
  };
  return scoreDocuments(docs, scoreOptions);
}
