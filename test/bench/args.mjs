/**
 * Helpers shared by the bench scripts (test/bench/bench.mjs, profile.mjs,
 * instructions.mjs): reading a `--name value` flag and the texts of a JSON
 * Lines file.
 */
import { readFileSync } from 'node:fs';

/** A reader of `--name value` flags in `argv`: `flag('--warm', 40)` is the value after `--warm`, or 40. */
export function flagReader(argv) {
  return (name, fallback) => {
    const at = argv.indexOf(name);
    return at < 0 ? fallback : argv[at + 1];
  };
}

/** The `text` of every non-blank line of a JSON Lines file. */
export function readTexts(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
}
