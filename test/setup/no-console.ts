/**
 * Fails any test that writes to the console (as zod's test setup does), so
 * that library code never logs and tests stay quiet. A test that means to
 * check console output spies on the method itself, which replaces this
 * recorder for that test.
 */
import { afterEach, beforeEach, vi } from 'vitest';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

let written: string[] = [];

beforeEach(() => {
  written = [];
  for (const method of METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(`console.${method}(${args.map((a) => (typeof a === 'string' ? a : safeString(a))).join(', ')})`);
    });
  }
});

afterEach(() => {
  for (const method of METHODS) {
    const current = console[method] as unknown as { mockRestore?: () => void };
    current.mockRestore?.();
  }
  if (written.length > 0) {
    const shown = written.slice(0, 5).map((w) => `  ${w.slice(0, 300)}`);
    const more = written.length > 5 ? `\n  ... and ${written.length - 5} more` : '';
    throw new Error(`The test wrote to the console ${written.length} time(s):\n${shown.join('\n')}${more}`);
  }
});

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
