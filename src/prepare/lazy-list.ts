/**
 * A read-only array whose items are made when read, for the compact tables of
 * a long text (tokens, sentences, paragraphs).
 * @internal
 */

/** What a lazy list reads from: a count, and a new item for an index below it. */
export interface LazySource<T> {
  /** Number of items. */
  readonly length: number;
  /** Item `k` as a new object, or undefined when `k` is no index below {@link LazySource.length}. */
  at(k: number): T | undefined;
}

/**
 * A read-only array over `source` that makes each item when it is read
 * (indexes, `length`, and every array method and iteration through them):
 * read the same index twice, get two equal objects.
 */
export function lazyList<T extends object>(source: LazySource<T>): readonly T[] {
  return new Proxy<T[]>([], {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const k = keyIndex(key);
        if (k >= 0) return source.at(k);
        if (key === 'length') return source.length;
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') {
        const k = keyIndex(key);
        if (k >= 0) return k < source.length;
      }
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') {
        const k = keyIndex(key);
        if (k >= 0) return k < source.length ? { value: source.at(k), writable: false, enumerable: true, configurable: true } : undefined;
        if (key === 'length') return { value: source.length, writable: true, enumerable: false, configurable: false };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      const keys: (string | symbol)[] = [];
      for (let k = 0; k < source.length; k++) keys.push(String(k));
      return [...keys, ...Reflect.ownKeys(target)];
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });
}

/** The index a property key names (digits alone, no leading zero, below 2 ** 31), or -1. */
function keyIndex(key: string): number {
  const n = key.length;
  if (n > 10 || (n > 1 && key.charCodeAt(0) === 0x30)) return -1;
  let k = 0;
  for (let j = 0; j < n; j++) {
    const digit = key.charCodeAt(j) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    k = k * 10 + digit;
  }
  return n > 0 && k < 0x80000000 ? k : -1;
}
