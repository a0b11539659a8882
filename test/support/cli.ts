/**
 * Runs the built command line (dist/cli.js) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from '../setup/build.js';

/** What a run of the command gives back. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `saidwho ...args` in `cwd` with `input` on standard input. */
export function runCli(args: readonly string[], cwd: string, input = ''): CliRun {
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
