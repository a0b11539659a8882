/**
 * `saidwho eval gold.jsonl [...]`: score saidwho on annotated documents. A
 * document saidwho fails on is named on standard error and counted as finding
 * nothing; the run goes on and exits with code 1.
 * @internal
 */
import { createExtractor, type Extractor } from '../../extractor.js';
import { evaluateWith } from '../../eval/evaluate.js';
import { formatErrors, formatReport } from '../../eval/format.js';
import { parseGoldJsonl } from '../../eval/gold.js';
import { append } from '../../prepare/lookup.js';
import type { GoldDocument } from '../../eval/types.js';
import { escapeControls } from '../escape.js';
import { fail, inputName, readFailure, readInput, write } from '../io.js';
import { Progress } from '../progress.js';

/**
 * Runs the command with the extractor of the command line's options (tests
 * hand in one that fails on purpose); resolves to the exit code.
 */
export async function runEval(
  files: readonly string[],
  json: boolean,
  errors: number,
  extractor: () => Extractor = () => createExtractor(),
): Promise<number> {
  const gold: GoldDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readInput(file);
    } catch (error) {
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      return 1;
    }
    try {
      append(gold, parseGoldJsonl(text));
    } catch (error) {
      fail(`${inputName(file)}: ${(error as Error).message}`);
      return 1;
    }
  }
  const progress = new Progress(process.stderr, gold.length, 'saidwho eval');
  const one = extractor();
  const report = evaluateWith(gold, { errors, onProgress: (done) => progress.update(done) }, (text) => one.extract(text));
  progress.clear();
  for (const f of report.failures ?? []) {
    fail(`document ${JSON.stringify(f.document)} (number ${f.index + 1}): extraction failed: ${f.error}; counted as finding nothing`);
  }
  if (json) {
    await write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const listing = report.errors === undefined ? '' : `\n\n${formatErrors(report.errors)}`;
    await write(escapeControls(`${formatReport(report)}${listing}\n`));
  }
  return report.failures === undefined ? 0 : 1;
}
