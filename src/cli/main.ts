/**
 * The `saidwho` command (Node only; built to dist/cli.js).
 * @internal
 */
import { version } from '../../package.json';
import { createExtractor, type Extractor } from '../extractor.js';
import { parseArgs } from './args.js';
import { chunkChars } from './chunks.js';
import { runEval } from './commands/evaluate.js';
import { runExtract } from './commands/extract.js';
import { runJsonl } from './commands/jsonl.js';
import { extractorOptions, InputError } from './flags.js';
import { help } from './help.js';
import { fail, write } from './io.js';

/** The flag of each extractor option. */
const FLAGS: Readonly<Record<string, string>> = {
  kinds: '--kinds',
  categories: '--categories',
  minConfidence: '--min-confidence',
  knownSpeakers: '--known-speakers',
  addCues: '--add-cue',
  removeCues: '--remove-cue',
};

/**
 * Validates the extractor options through the API (a `TypeError` naming the
 * option is a usage error, exit code 2); an unreadable `--known-speakers`
 * file is an input error (exit code 1).
 */
function prepare(flags: Parameters<typeof extractorOptions>[0]): { extractor: Extractor } | number {
  try {
    return { extractor: createExtractor(extractorOptions(flags)) };
  } catch (error) {
    if (error instanceof InputError) {
      fail(error.message);
      return 1;
    }
    if (error instanceof TypeError) {
      const message = error.message.replace(/^saidwho: /, '');
      const option = /`(\w+)/.exec(message)?.[1] ?? '';
      const flag = FLAGS[option];
      fail(`${flag === undefined ? '' : `${flag}: `}${message} (see saidwho --help)`);
      return 2;
    }
    throw error;
  }
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      await write(help());
      return 0;
    case 'version':
      await write(`${version}\n`);
      return 0;
    case 'usage':
      fail(`${command.message} (see saidwho --help)`);
      return 2;
    case 'extract': {
      const ready = prepare(command.flags);
      if (typeof ready === 'number') return ready;
      if (command.input === 'jsonl') {
        return runJsonl(command.files, command.format === 'csv' ? 'csv' : 'jsonl', ready.extractor);
      }
      return runExtract(command.files, command.format, { createExtractor: () => ready.extractor, chunkChars: chunkChars() });
    }
    case 'eval': {
      const ready = prepare(command.flags);
      if (typeof ready === 'number') return ready;
      return runEval(command.files, command.json, command.errors, () => ready.extractor);
    }
  }
}

// A closed pipe (`saidwho --jsonl big.jsonl | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    fail(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
