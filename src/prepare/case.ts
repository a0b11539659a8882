/**
 * Letter-case tests on the start of a token's text, for the rules that ask
 * them of most tokens: an ASCII character is decided by its code, anything
 * else by the Unicode property the regular expression names.
 * @internal
 */

const UPPER = /^\p{Lu}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER = /^\p{Ll}/u;
const CAPITALS = /^\p{Lu}{2,}$/u;

/** True when `value` starts with an upper-case letter; the same as `/^\p{Lu}/u.test(value)`. */
export function startsUpper(value: string): boolean {
  const a = value.charCodeAt(0);
  if (a < 0x80) return a >= 0x41 && a <= 0x5a;
  return UPPER.test(value);
}

/**
 * True when `value` starts with an upper-case letter and a lower-case one
 * ("Lee", not "LEE" or "L."); the same as `/^\p{Lu}\p{Ll}/u.test(value)`.
 */
export function startsUpperLower(value: string): boolean {
  const a = value.charCodeAt(0);
  if (a < 0x80) {
    if (a < 0x41 || a > 0x5a) return false;
    const b = value.charCodeAt(1);
    if (b < 0x80) return b >= 0x61 && b <= 0x7a;
  }
  return UPPER_LOWER.test(value);
}

/** True when `value` starts with a lower-case letter; the same as `/^\p{Ll}/u.test(value)`. */
export function startsLower(value: string): boolean {
  const a = value.charCodeAt(0);
  if (a < 0x80) return a >= 0x61 && a <= 0x7a;
  return LOWER.test(value);
}

/**
 * True when `value` is two or more upper-case letters and nothing else
 * ("NATO", "MP", not "M" or "MPs"); the same as `/^\p{Lu}{2,}$/u.test(value)`.
 */
export function isCapitals(value: string): boolean {
  const n = value.length;
  for (let k = 0; k < n; k++) {
    const c = value.charCodeAt(k);
    // (a character outside ASCII is left to the regular expression)
    if (c >= 0x80) return CAPITALS.test(value);
    if (c < 0x41 || c > 0x5a) return false;
  }
  return n >= 2;
}
