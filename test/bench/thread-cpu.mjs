/**
 * CPU time of the calling thread, shared by test/bench/bench.mjs and
 * test/bench/profile.mjs (process CPU minus this is what V8's other threads
 * spent: compiles, garbage collection).
 */
import { readFileSync } from 'node:fs';

/** CPU time of the calling (main) thread in ms, from /proc (Linux; null elsewhere). */
export function mainThreadCpuMs() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 per second on Linux)
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
