/**
 * JSON output of an extraction written in pieces, byte for byte what
 * `JSON.stringify({ ...head, quotes, speakers }, null, 2)` gives, while the
 * quotes arrive chunk by chunk: a result of hundreds of megabytes is never
 * held as one string or one array.
 * @internal
 */

function indented(value: unknown, spaces: string): string {
  // JSON strings hold no raw line breaks, so indenting every line is safe
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${spaces}`);
}

/** Arrays longer than this are written item by item rather than in one string. */
const LONG = 256;

/**
 * The pieces of `JSON.stringify(value, null, 2)` with every line indented by
 * `spaces`, for plain data: long arrays (a speaker with a million mentions)
 * come out item by item, so no piece is huge.
 */
export function* prettyPieces(value: unknown, spaces: string): Generator<string> {
  if (Array.isArray(value) && value.length > LONG) {
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield `${spaces}  `;
      yield* prettyPieces(value[i], `${spaces}  `);
      yield i === value.length - 1 ? '\n' : ',\n';
    }
    yield `${spaces}]`;
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).some((v) => Array.isArray(v) && v.length > LONG)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      const [key, v] = entries[i]!;
      yield `${spaces}  ${JSON.stringify(key)}: `;
      yield* prettyPieces(v, `${spaces}  `);
      yield i === entries.length - 1 ? '\n' : ',\n';
    }
    yield `${spaces}}`;
  } else yield indented(value, spaces);
}

/** Writes one extraction object as its quotes arrive in batches, then its speakers. */
export class JsonExtractionWriter {
  private quotes = 0;
  private opened = false;
  private buffer = '';

  /**
   * @param write - Writes text out (waiting for the reader when needed).
   * @param head - Plain JSON members written before `quotes`, such as `{ file }`.
   */
  constructor(
    private readonly write: (text: string) => Promise<void>,
    private readonly head: Readonly<Record<string, unknown>> = {},
  ) {}

  /** True once something of the object has been written. */
  get started(): boolean {
    return this.opened;
  }

  private async put(text: string, flush = false): Promise<void> {
    this.buffer += text;
    if (flush || this.buffer.length >= 65_536) {
      const out = this.buffer;
      this.buffer = '';
      await this.write(out);
    }
  }

  private async open(): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    await this.put('{\n');
    for (const [key, value] of Object.entries(this.head)) await this.put(`  ${JSON.stringify(key)}: ${indented(value, '  ')},\n`);
  }

  /** Writes a batch of quotes. */
  async add(quotes: readonly unknown[]): Promise<void> {
    for (const q of quotes) {
      if (this.quotes === 0) {
        await this.open();
        await this.put('  "quotes": [\n');
      } else await this.put(',\n');
      await this.put(`    ${indented(q, '    ')}`);
      this.quotes++;
    }
    await this.put('', true);
  }

  /**
   * Writes the speakers and closes the object (without a final newline).
   * With `error`, an `"error"` member follows: the input failed after part
   * of it was written, and the object still closes validly.
   */
  async end(speakers: readonly unknown[], error?: string): Promise<void> {
    await this.open();
    await this.put(this.quotes === 0 ? '  "quotes": [],\n' : '\n  ],\n');
    const last = error === undefined;
    if (speakers.length === 0) await this.put(`  "speakers": []${last ? '' : ','}\n`);
    else {
      await this.put('  "speakers": [\n');
      for (let i = 0; i < speakers.length; i++) {
        await this.put('    ');
        for (const piece of prettyPieces(speakers[i], '    ')) await this.put(piece);
        await this.put(i === speakers.length - 1 ? '\n' : ',\n');
      }
      await this.put(`  ]${last ? '' : ','}\n`);
    }
    if (!last) await this.put(`  "error": ${JSON.stringify(error)}\n`);
    await this.put('}', true);
  }
}
