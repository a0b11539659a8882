/**
 * `saidwho [file ...]`: print the quotations of each input. Inputs are read as
 * checked text streams in paragraph-aligned chunks (see `../chunks.ts`) and
 * results are written as the chunks are read, so a file of any size runs in
 * bounded memory; a file that cannot be read or processed is reported by name
 * and the others still run. Every format is written this way but HTML, whose
 * page needs the whole text of its input.
 * @internal
 */
import type { Extractor } from '../../extractor.js';
import type { Extraction, Quote, Speaker } from '../../types.js';
import type { Format } from '../args.js';
import { ExtractionMerger, paragraphChunks } from '../chunks.js';
import { CSV_HEADER, csvRows } from '../csv.js';
import { escapeControls } from '../escape.js';
import { layoutPieces, quoteLines } from '../format.js';
import { decodeStream, fail, inputName, openInput, readFailure, write } from '../io.js';
import { JsonExtractionWriter } from '../json.js';
import { Progress } from '../progress.js';
import { renderPage } from '../view.js';

/**
 * What the command needs from outside: the extractor built from the command
 * line's options (tests hand in one that fails on purpose) and the chunk size.
 */
export interface ExtractDependencies {
  readonly createExtractor: () => Extractor;
  /** Characters per chunk. */
  readonly chunkChars: number;
}

/** An extraction that threw; the message names the input and the characters of the chunk. */
class ExtractionFailure extends Error {}

/** Where the quotes of one input go as they are found. */
interface Sink {
  /** The quotes of one chunk, whose text is `text`. */
  quotes(quotes: readonly Quote[], text: string, merger: ExtractionMerger): Promise<void>;
  end(speakers: readonly Speaker[]): Promise<void>;
  /** The input failed: `started` tells whether part of its output is already written. */
  fail(speakers: readonly Speaker[], message: string): Promise<void>;
}

/** Reads one input in chunks, handing each chunk's quotes to the sink; throws when the input fails. */
async function extractFile(file: string, extractor: Extractor, limit: number, sink: Sink): Promise<void> {
  const merger = new ExtractionMerger();
  try {
    for await (const chunk of paragraphChunks(decodeStream(await openInput(file)), limit)) {
      let extraction: Extraction;
      try {
        extraction = extractor.extract(chunk.text);
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        const where = chunk.offset === 0 && chunk.text.length < limit ? '' : ` (characters ${chunk.offset}-${chunk.offset + chunk.text.length})`;
        throw new ExtractionFailure(`extraction failed on ${inputName(file)}${where}: ${e.name}: ${e.message}`);
      }
      await sink.quotes(merger.add(extraction, chunk.offset), chunk.text, merger);
    }
  } catch (error) {
    const message = error instanceof ExtractionFailure ? error.message : `cannot read ${inputName(file)}: ${readFailure(error)}`;
    await sink.fail(merger.result(), message);
    throw new ExtractionFailure(message);
  }
  await sink.end(merger.result());
}

/**
 * JSON lines: one line per input, `{"file", "quotes", "speakers"}` as
 * `JSON.stringify` gives it, the quotes written as the chunks are read; a
 * failing input closes its line with an `"error"` member, or is one
 * `{"file", "error"}` line when nothing of it was written.
 */
function jsonlSink(file: string): Sink {
  let started = false;
  let count = 0;
  const open = async (): Promise<void> => {
    if (started) return;
    started = true;
    await write(`{"file":${JSON.stringify(file)},"quotes":[`);
  };
  return {
    quotes: async (quotes) => {
      if (quotes.length === 0) return;
      await open();
      await write(`${count > 0 ? ',' : ''}${quotes.map((q) => JSON.stringify(q)).join(',')}`);
      count += quotes.length;
    },
    end: async (speakers) => {
      await open();
      await write(`],"speakers":${JSON.stringify(speakers)}}\n`);
    },
    fail: async (speakers, message) => {
      if (started) await write(`],"speakers":${JSON.stringify(speakers)},"error":${JSON.stringify(message)}}\n`);
      else await write(`${JSON.stringify({ file, error: message })}\n`);
    },
  };
}

/** HTML: one page per input, written at its end, as the page shows the whole text. */
function htmlSink(file: string): Sink {
  const texts: string[] = [];
  const quotes: Quote[] = [];
  return {
    quotes: async (more, text) => {
      texts.push(text);
      for (const q of more) quotes.push(q);
    },
    end: async (speakers) => {
      const extraction: Extraction = { quotes, speakers };
      await write(renderPage(texts.join(''), extraction, file === '-' ? 'saidwho' : file));
    },
    fail: async () => {},
  };
}

/** Runs the command; resolves to the exit code. */
export async function runExtract(files: readonly string[], format: Format, dependencies: ExtractDependencies): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  if (inputs.includes('-') && process.stdin.isTTY) {
    process.stderr.write('saidwho: reading standard input (end with Ctrl-D; see saidwho --help)\n');
  }
  const extractor = dependencies.createExtractor();
  const progress = new Progress(process.stderr, inputs.length, 'saidwho');
  const many = inputs.length > 1;
  let failed = false;
  let written = 0;
  const separator = async (): Promise<void> => {
    progress.clear();
    if (many) await write(`${written > 0 ? ',' : ''}\n`);
    written++;
  };
  // the progress line is wiped before anything is written
  const cleared = (sink: Sink): Sink => ({
    quotes: async (quotes, text, merger) => {
      progress.clear();
      await sink.quotes(quotes, text, merger);
    },
    end: async (speakers) => {
      progress.clear();
      await sink.end(speakers);
    },
    fail: async (speakers, message) => {
      progress.clear();
      await sink.fail(speakers, message);
    },
  });
  const jsonArray = format === 'json' && many;
  if (jsonArray) await write('[');
  if (format === 'csv') await write(CSV_HEADER);
  try {
    for (const [i, file] of inputs.entries()) {
      let sink: Sink;
      if (format === 'json') {
        const writer = new JsonExtractionWriter(write, many ? { file } : {});
        sink = {
          quotes: async (quotes) => {
            if (quotes.length === 0) return;
            if (!writer.started) await separator();
            await writer.add(quotes);
          },
          end: async (speakers) => {
            if (!writer.started) await separator();
            await writer.end(speakers);
            await write(many ? '' : '\n');
          },
          fail: async (speakers, message) => {
            // close what was begun; with several files, a record in place of the result
            if (writer.started) {
              await writer.end(speakers, message);
              if (!many) await write('\n');
            } else if (many) {
              await separator();
              await write(JSON.stringify({ file, error: message }, null, 2));
            }
          },
        };
      } else if (format === 'jsonl') {
        sink = cleared(jsonlSink(file));
      } else if (format === 'csv') {
        sink = cleared({
          quotes: async (quotes, _text, merger) => {
            if (quotes.length > 0) await write(csvRows(file, { quotes, speakers: merger.result() }));
          },
          end: async () => {},
          fail: async () => {},
        });
      } else if (format === 'html') {
        sink = cleared(htmlSink(file));
      } else {
        const blocks: string[] = [];
        sink = {
          quotes: async (quotes) => {
            for (const q of quotes) blocks.push(quoteLines(q).join('\n'));
          },
          end: async (speakers) => {
            progress.clear();
            const header = many ? `${written > 0 ? '\n' : ''}==> ${inputName(file)} <==\n` : '';
            let out = header;
            for (const piece of layoutPieces(blocks, speakers)) {
              out += piece;
              if (out.length >= 65_536) {
                await write(escapeControls(out));
                out = '';
              }
            }
            await write(escapeControls(out));
            written++;
          },
          fail: async () => {},
        };
      }
      try {
        await extractFile(file, extractor, dependencies.chunkChars, sink);
      } catch (error) {
        progress.clear();
        fail((error as Error).message);
        failed = true;
      }
      progress.update(i + 1);
    }
  } finally {
    // the JSON array is closed whatever happened above
    progress.clear();
    if (jsonArray) await write(`${written > 0 ? '\n' : ''}]\n`);
  }
  return failed ? 1 : 0;
}
