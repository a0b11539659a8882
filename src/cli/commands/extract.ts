/**
 * `saidwho [file ...]`: print the quotations of each input. Inputs are read as
 * checked text streams in paragraph-aligned chunks (see `../chunks.ts`), so a
 * file of any size runs in bounded memory; a file that cannot be read or
 * processed is reported by name and the others still run.
 * @internal
 */
import { createExtractor, type Extractor } from '../../extractor.js';
import { chunkChars, ExtractionMerger, paragraphChunks } from '../chunks.js';
import { escapeControls } from '../escape.js';
import { formatExtraction } from '../format.js';
import { decodeStream, fail, inputName, openInput, readFailure, write } from '../io.js';
import { extractionJson } from '../json.js';
import { Progress } from '../progress.js';
import type { Extraction } from '../../types.js';

/** What the command needs from outside; tests hand in an extractor that fails on purpose. */
export interface ExtractDependencies {
  readonly createExtractor: () => Extractor;
  /** Characters per chunk. */
  readonly chunkChars: number;
}

/** An extraction that threw, with the characters of the chunk it was reading. */
class ExtractionFailure extends Error {}

/** Reads one input in chunks and merges their extractions. */
async function extractFile(file: string, extractor: Extractor, limit: number): Promise<Extraction> {
  const merger = new ExtractionMerger();
  for await (const chunk of paragraphChunks(decodeStream(await openInput(file)), limit)) {
    let extraction: Extraction;
    try {
      extraction = extractor.extract(chunk.text);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      const where = chunk.offset === 0 && chunk.text.length < limit ? '' : ` (characters ${chunk.offset}-${chunk.offset + chunk.text.length})`;
      throw new ExtractionFailure(`extraction failed on ${inputName(file)}${where}: ${e.name}: ${e.message}`);
    }
    merger.add(extraction, chunk.offset);
  }
  return merger.result();
}

/** Writes the pieces of a JSON text in writes of about 64 KB. */
async function writePieces(pieces: Iterable<string>): Promise<void> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 65_536) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(buffer);
}

/** Runs the command; resolves to the exit code. */
export async function runExtract(
  files: readonly string[],
  json: boolean,
  dependencies: ExtractDependencies = { createExtractor: () => createExtractor(), chunkChars: chunkChars() },
): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  if (inputs.includes('-') && process.stdin.isTTY) {
    process.stderr.write('saidwho: reading standard input (end with Ctrl-D; see saidwho --help)\n');
  }
  const extractor = dependencies.createExtractor();
  const progress = new Progress(process.stderr, inputs.length, 'saidwho');
  const many = inputs.length > 1;
  let failed = false;
  let written = 0;
  if (json && many) await write('[');
  try {
    for (const [i, file] of inputs.entries()) {
      let extraction: Extraction | undefined;
      let problem = '';
      try {
        extraction = await extractFile(file, extractor, dependencies.chunkChars);
      } catch (error) {
        problem = error instanceof ExtractionFailure ? error.message : `cannot read ${inputName(file)}: ${readFailure(error)}`;
      }
      progress.clear();
      if (extraction === undefined) {
        fail(problem);
        failed = true;
        // the array of several files gets a record in place of the result
        if (json && many) {
          await write(`${written > 0 ? ',' : ''}\n${JSON.stringify({ file, error: problem }, null, 2)}`);
          written++;
        }
      } else if (json) {
        if (many) await write(`${written > 0 ? ',' : ''}\n`);
        await writePieces(extractionJson(extraction, many ? { file } : {}));
        if (!many) await write('\n');
        written++;
      } else {
        await write(escapeControls(`${many ? `${written > 0 ? '\n' : ''}==> ${inputName(file)} <==\n` : ''}${formatExtraction(extraction)}`));
        written++;
      }
      progress.update(i + 1);
    }
  } finally {
    // the JSON array is closed whatever happened above
    progress.clear();
    if (json && many) await write(`${written > 0 ? '\n' : ''}]\n`);
  }
  return failed ? 1 : 0;
}
