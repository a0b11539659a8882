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
