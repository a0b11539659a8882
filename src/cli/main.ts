/**
 * The `saidwho` command (Node only; built to dist/cli.js).
 * @internal
 */
import { version } from '../../package.json';
import { parseArgs } from './args.js';
import { runEval } from './commands/evaluate.js';
import { runExtract } from './commands/extract.js';
import { runJsonl } from './commands/jsonl.js';
import { HELP } from './help.js';
import { fail, write } from './io.js';

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      await write(HELP);
      return 0;
    case 'version':
      await write(`${version}\n`);
      return 0;
    case 'usage':
      fail(`${command.message} (see saidwho --help)`);
      return 2;
    case 'extract':
      return runExtract(command.files, command.json);
    case 'jsonl':
      return runJsonl(command.files);
    case 'eval':
      return runEval(command.files, command.json, command.errors);
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
