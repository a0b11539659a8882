/**
 * Argument checks shared by every public function: messages that name the
 * argument, what was expected and the value received (`got 'bogus'`, `got 2`).
 * @internal
 */

/** Longest shown string value, in characters. */
const SHOWN = 40;

/**
 * A short, readable description of any value for an error message:
 * strings quoted (`'bogus'`), numbers as written (`2`, `NaN`), objects by kind
 * (`an array`, `a Date`, `a Map`, `a function`, `an object`).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string': {
      const cut = value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
      return `'${cut.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (Array.isArray(value)) return 'an array';
  if (value instanceof String) return 'a String object';
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === null || proto === Object.prototype) return 'an object';
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name === 'string' && name !== '' && name !== 'Object') return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
  return 'an object';
}

/** Throws `TypeError: saidwho: <what> must be <expected>, got <value>`. */
export function typeFailure(what: string, expected: string, got: unknown): never {
  throw new TypeError(`saidwho: ${what} must be ${expected}, got ${describeValue(got)}`);
}

/** Throws `RangeError: saidwho: <what> must be <expected>, got <value>`. */
export function rangeFailure(what: string, expected: string, got: unknown): never {
  throw new RangeError(`saidwho: ${what} must be ${expected}, got ${describeValue(got)}`);
}

/**
 * True for a plain object: `{...}`, `Object.create(null)` or an object made
 * from another plain object; not an array, Date, Map or class instance (each
 * prototype on the chain up to `Object.prototype` has no own `constructor`).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (let proto = Object.getPrototypeOf(value) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    // another realm's Object.prototype (a vm context, an iframe) ends the chain too
    if (Object.getPrototypeOf(proto) === null) return (proto as { constructor?: { name?: unknown } }).constructor?.name === 'Object';
    if (Object.prototype.hasOwnProperty.call(proto, 'constructor')) return false;
  }
  return true;
}

/** Reads an own property only: inherited values (`{ __proto__: { x: 1 } }`) never count. */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * Checks that `value` is a plain object whose own keys are all `known`.
 * @param what - How the object is named in messages (`option \`knownSpeakers[0]\``).
 */
export function checkObject(value: unknown, what: string, expected: string, known: readonly string[], label = what): Record<string, unknown> {
  if (!isPlainObject(value)) typeFailure(what, expected, value);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`saidwho: unknown key \`${key}\` in ${label} (known: ${known.join(', ')})`);
    }
  }
  return value;
}

/**
 * Checks that `value` is an array without holes and returns its items.
 * @param what - How the array is named in messages; items are named `what[i]`.
 */
export function checkArray(value: unknown, what: string, expected: string): unknown[] {
  if (!Array.isArray(value)) typeFailure(what, expected, value);
  const items = value as unknown[];
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) throw new TypeError(`saidwho: ${what} must be ${expected} without holes, got an empty slot at index ${i} (a sparse array)`);
  }
  return items;
}
