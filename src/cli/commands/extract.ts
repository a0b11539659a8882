/**
 * `saidwho [file ...]`: print the quotations of each input.
 * @internal
 */
import { createExtractor } from '../../extractor.js';
import { formatExtraction } from '../format.js';
import { fail, inputName, readFailure, readInput, write } from '../io.js';
import { Progress } from '../progress.js';

/** Runs the command; resolves to the exit code. */
export async function runExtract(files: readonly string[], json: boolean): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  if (inputs.includes('-') && process.stdin.isTTY) {
    process.stderr.write('saidwho: reading standard input (end with Ctrl-D; see saidwho --help)\n');
  }
  const extractor = createExtractor();
  const progress = new Progress(process.stderr, inputs.length, 'saidwho');
  const many = inputs.length > 1;
  let failed = false;
  let written = 0;
  if (json && many) await write('[');
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
    if (json) {
      const body = many ? JSON.stringify({ file, ...extraction }, null, 2) : JSON.stringify(extraction, null, 2);
      await write(many ? `${written > 0 ? ',' : ''}\n${body}` : `${body}\n`);
    } else {
      await write(`${many ? `${written > 0 ? '\n' : ''}==> ${inputName(file)} <==\n` : ''}${formatExtraction(extraction)}`);
    }
    written++;
    progress.update(i + 1);
  }
  progress.clear();
  if (json && many) await write(`${written > 0 ? '\n' : ''}]\n`);
  return failed ? 1 : 0;
}
