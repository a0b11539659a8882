/**
 * Builds the package once per test run, for the tests that use dist/ (smoke,
 * exports, pack, browser). Test files run in parallel workers, so the first
 * caller takes a lock folder and builds; the others wait for its result.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The build output folder. */
export const DIST = join(ROOT, 'dist');

const WAIT_MS = 180_000;

/**
 * Builds dist/ (tsup, then scripts/dts.mjs) unless this test run already did; throws with the
 * build's output when the build fails.
 */
export async function ensureBuilt(): Promise<void> {
  const runDir = inject('runDir') as string | undefined;
  if (runDir === undefined) {
    throw new Error('Run the tests with `npm test` (vitest run --config test/vitest.config.ts), whose global setup this needs');
  }
  const lock = join(runDir, 'build.lock');
  const done = join(runDir, 'build.done');
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    owner = false;
  }
  if (owner) {
    let outcome = 'ok';
    try {
      // What `npm run build` runs: tsup, then the declarations with their maps.
      for (const script of ['node_modules/tsup/dist/cli-default.js', 'scripts/dts.mjs']) {
        execFileSync(process.execPath, [join(ROOT, script), '--silent'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
      }
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      outcome = `tsup failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`;
    }
    // Write then rename, so a waiting worker never reads a half-written file.
    writeFileSync(`${done}.tmp`, outcome);
    renameSync(`${done}.tmp`, done);
  } else {
    const deadline = Date.now() + WAIT_MS;
    while (!existsSync(done)) {
      if (Date.now() > deadline) throw new Error('Timed out waiting for another test file to build dist/');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const outcome = readFileSync(done, 'utf8');
  if (outcome !== 'ok') throw new Error(outcome);
}
