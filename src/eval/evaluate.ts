/**
 * Running the extractor over gold documents and scoring it.
 */
import { createExtractor } from '../extractor.js';
import type { Extraction } from '../types.js';
import { checkEvaluateOptions, checkGold } from './check.js';
import { scoreChecked } from './score.js';
import type { DocumentFailure, EvaluateOptions, EvaluationReport, GoldDocument, ScoredDocument } from './types.js';

/**
 * Extracts quotations from every gold document's text with one extractor and
 * scores them with the project's metric (see {@link scoreDocuments} and the
 * evaluation guide).
 *
 * @param gold - Gold documents, for instance from `parseGoldJsonl`.
 * @param options - Extractor options, a progress callback, and `errors` to list examples.
 * @returns The evaluation report. A document whose extraction fails does not
 *   stop the run: it is listed in `failures` (by index and id) and scored as if
 *   nothing had been found.
 * @throws TypeError when `gold` is not an array of valid gold documents (the
 *   message names the document and field, as in `gold[2].quotes[0].quote`),
 *   or an option or extractor option is invalid.
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
  const docs = checkGold(gold);
  const checked = checkEvaluateOptions(options);
  const extractor = createExtractor(checked.extractor);
  return evaluateWith(docs, checked, (text) => extractor.extract(text));
}

/**
 * The loop of {@link evaluate} over checked documents, with the extraction
 * function given (tests pass one that fails on purpose). A document whose
 * extraction throws is recorded in `failures`, scored with no predictions,
 * and the run goes on.
 * @internal
 */
export function evaluateWith(gold: readonly GoldDocument[], options: EvaluateOptions, extract: (text: string) => Extraction): EvaluationReport {
  const docs: ScoredDocument[] = [];
  const failures: DocumentFailure[] = [];
  gold.forEach((doc, i) => {
    let predicted: Extraction;
    try {
      predicted = extract(doc.text);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      failures.push({ index: i, document: doc.id, error: `${e.name}: ${e.message}` });
      predicted = { quotes: [], speakers: [] };
    }
    docs.push({ gold: doc, predicted });
    options.onProgress?.(i + 1, gold.length);
  });
  const scoreOptions = {
    ...(options.errors === undefined ? {} : { errors: options.errors }),
    ...(options.errorMode === undefined ? {} : { errorMode: options.errorMode }),
  };
  const report = scoreChecked(docs, scoreOptions);
  return failures.length === 0 ? report : { ...report, failures };
}
