/**
 * Command-line options of the bench scripts (snapshot.mjs, boundaries.mjs).
 */

/**
 * Takes option `name` and its value out of `args` (edited in place) and
 * returns the value, or `fallback` when the option is absent.
 *
 * @param {string[]} args - The command-line words after the script's name.
 * @param {string} name - The option, e.g. `--out`.
 * @param {string | undefined} [fallback] - What to return when it is absent.
 * @returns {string | undefined} The option's value.
 */
export function takeOption(args, name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
