/**
 * Reading a member of a JSON object line as raw text, so that values are
 * echoed exactly as given: integers above 2^53 keep every digit, and ids
 * nested thousands of levels deep never pass through the recursive
 * `JSON.stringify`. Iterative and linear in the line length.
 * @internal
 */

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** The index after the string that starts at `i` (at its opening quote). */
function skipString(s: string, i: number): number {
  for (i++; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return s.length;
}

/** The index after the JSON value that starts at `i`. */
function skipValue(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first === 0x22) return skipString(s, i);
  if (first !== 0x7b && first !== 0x5b) {
    // a number, true, false or null
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return i;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      i = skipString(s, i);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** The JSON text without white space outside strings. */
export function compactJson(raw: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; ) {
    const c = raw.charCodeAt(i);
    if (c === 0x22) i = skipString(raw, i);
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      out += raw.slice(from, i);
      i = skipSpace(raw, i);
      from = i;
    } else i++;
  }
  return out + raw.slice(from);
}

/**
 * The raw, compacted JSON text of the member `key` of the object on `line`
 * (the last one when the key repeats, as `JSON.parse` keeps), or undefined
 * when the line holds no object or the object no such member. Expects a line
 * that `JSON.parse` accepted.
 */
export function rawMember(line: string, key: string): string | undefined {
  let i = skipSpace(line, 0);
  if (line.charCodeAt(i) !== 0x7b) return undefined;
  i = skipSpace(line, i + 1);
  let found: string | undefined;
  while (i < line.length && line.charCodeAt(i) === 0x22) {
    const nameEnd = skipString(line, i);
    const name = JSON.parse(line.slice(i, nameEnd)) as string;
    i = skipSpace(line, nameEnd);
    if (line.charCodeAt(i) !== 0x3a) return found;
    const start = skipSpace(line, i + 1);
    const end = skipValue(line, start);
    if (name === key) found = compactJson(line.slice(start, end));
    i = skipSpace(line, end);
    if (line.charCodeAt(i) !== 0x2c) break;
    i = skipSpace(line, i + 1);
  }
  return found;
}
