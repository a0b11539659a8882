import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Vitest configuration. It lives under test/ because the top level of the
 * repository is fixed; `npm test` passes it with `--config`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    // Creates a per-run scratch folder; tests that need dist/ call ensureBuilt().
    globalSetup: ['test/setup/global.ts'],
    // Fails any test that writes to the console, as zod's test setup does.
    setupFiles: ['test/setup/no-console.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
