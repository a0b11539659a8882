/**
 * Vitest global setup: makes a scratch folder for this test run and hands its
 * path to the tests (`inject('runDir')`). Tests that need the built package
 * call {@link ensureBuilt} from `./build.ts`, which uses the folder to build
 * dist/ once per run even when several test files ask at the same time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A scratch folder that lives as long as this test run. */
    runDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'saidwho-test-'));
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
