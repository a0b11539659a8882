/**
 * `saidwho [file ...]`: print the quotations of each input.
 * @internal
 */
import type { Extractor } from '../../extractor.js';
import type { Format } from '../args.js';
import { CSV_HEADER, csvRows } from '../csv.js';
import { formatExtraction } from '../format.js';
import { fail, inputName, readFailure, readInput, write } from '../io.js';
import { Progress } from '../progress.js';
import { renderPage } from '../view.js';

/** Runs the command with an extractor built from the command line's options; resolves to the exit code. */
export async function runExtract(files: readonly string[], format: Format, extractor: Extractor): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  if (inputs.includes('-') && process.stdin.isTTY) {
    process.stderr.write('saidwho: reading standard input (end with Ctrl-D; see saidwho --help)\n');
  }
  const progress = new Progress(process.stderr, inputs.length, 'saidwho');
  const many = inputs.length > 1;
  const jsonArray = format === 'json' && many;
  let failed = false;
  let written = 0;
  if (jsonArray) await write('[');
  if (format === 'csv') await write(CSV_HEADER);
  for (const [i, file] of inputs.entries()) {
    let text: string;
    try {
      text = await readInput(file);
    } catch (error) {
      progress.clear();
      fail(`cannot read ${inputName(file)}: ${readFailure(error)}`);
      failed = true;
      progress.update(i + 1);
      continue;
    }
    const extraction = extractor.extract(text);
    progress.clear();
    switch (format) {
      case 'json': {
        const body = many ? JSON.stringify({ file, ...extraction }, null, 2) : JSON.stringify(extraction, null, 2);
        await write(many ? `${written > 0 ? ',' : ''}\n${body}` : `${body}\n`);
        break;
      }
      case 'jsonl':
        await write(`${JSON.stringify({ file, ...extraction })}\n`);
        break;
      case 'csv':
        await write(csvRows(file, extraction));
        break;
      case 'html':
        await write(renderPage(text, extraction, file === '-' ? 'saidwho' : file));
        break;
      case 'text':
        await write(`${many ? `${written > 0 ? '\n' : ''}==> ${inputName(file)} <==\n` : ''}${formatExtraction(extraction)}`);
        break;
    }
    written++;
    progress.update(i + 1);
  }
  progress.clear();
  if (jsonArray) await write(`${written > 0 ? '\n' : ''}]\n`);
  return failed ? 1 : 0;
}
