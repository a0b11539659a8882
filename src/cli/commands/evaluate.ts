/**
 * `saidwho eval gold.jsonl [...]`: score saidwho on annotated documents.
 * @internal
 */
import { readFileSync } from 'node:fs';
import { evaluate } from '../../eval/evaluate.js';
import { formatErrors, formatReport } from '../../eval/format.js';
import { parseGoldJsonl } from '../../eval/gold.js';
import type { GoldDocument } from '../../eval/types.js';
import type { ExtractQuotesOptions } from '../../options.js';
import { fail, readFailure, write } from '../io.js';
import { Progress } from '../progress.js';

/** Runs the command with the extractor options of the command line; resolves to the exit code. */
export async function runEval(
  files: readonly string[],
  json: boolean,
  errors: number,
  extractor: ExtractQuotesOptions = {},
): Promise<number> {
  const gold: GoldDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail(`cannot read ${file}: ${readFailure(error)}`);
      return 1;
    }
    try {
      gold.push(...parseGoldJsonl(text));
    } catch (error) {
      fail(`${file}: ${(error as Error).message}`);
      return 1;
    }
  }
  const progress = new Progress(process.stderr, gold.length, 'saidwho eval');
  const report = evaluate(gold, { errors, extractor, onProgress: (done) => progress.update(done) });
  progress.clear();
  if (json) {
    await write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const listing = report.errors === undefined ? '' : `\n\n${formatErrors(report.errors)}`;
    await write(`${formatReport(report)}${listing}\n`);
  }
  return 0;
}
