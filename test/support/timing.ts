/**
 * Timing for the tests that catch a quadratic pass: CPU time of this process,
 * which leaves out waiting for a core on a busy machine.
 */

/** CPU milliseconds this process has used so far. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The least CPU time, in milliseconds, of `rounds` runs of `run`. */
export function fastestCpuMs(run: () => unknown, rounds = 2): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = cpuMs();
    run();
    best = Math.min(best, cpuMs() - started);
  }
  return best;
}

/**
 * `measure()`, taken once more when it comes out above `high`, the lower of
 * the two kept. The full suite runs files side by side on a small machine, and
 * one slow round failed a linear shape there; a quadratic pass stays high both
 * times. `high` sits below the test's limit, so that a ratio near it is
 * measured twice.
 */
export function lowerOfTwoWhenHigh(measure: () => number, high: number): number {
  const first = measure();
  return first <= high ? first : Math.min(first, measure());
}

/** Anything with an `extract(text)` method: an extractor. */
export interface Extracts {
  /** Runs the extractor over `text`. */
  extract(text: string): unknown;
}

/**
 * How much dearer each repetition of `block` gets from 8 to 64 repetitions
 * in one text: about 1 for a linear pass, about 8 for a quadratic one. Runs
 * 1x and 8x first, so that compiling the rules' code does not weigh on the
 * 8x time; a ratio above 1.5 is measured again and the lower one returned.
 */
export function growthRatio(extractor: Extracts, block: string): number {
  const perUnit = (times: number): number => fastestCpuMs(() => extractor.extract(block.repeat(times))) / times;
  perUnit(1);
  perUnit(8);
  // (a quadratic pass stays near 8 both times)
  return lowerOfTwoWhenHigh(() => perUnit(64) / Math.max(perUnit(8), 0.1), 1.5);
}
