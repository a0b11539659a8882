/**
 * A progress bar on standard error, drawn only when it is a terminal.
 * @internal
 */

/** The part of a stream the bar needs. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** A one-line progress bar redrawn in place. Does nothing unless the stream is a TTY. */
export class Progress {
  private readonly enabled: boolean;
  private lastDraw = 0;
  private shown = '';
  private done = 0;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
    /** Draw only when there are at least this many steps. */
    minimum = 2,
  ) {
    this.enabled = stream.isTTY === true && total >= minimum;
  }

  /** The line shown for `done` of `total` steps on a terminal `width` columns wide. */
  static render(label: string, done: number, total: number, width: number): string {
    const counts = ` ${done}/${total}`;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const tail = `${counts} ${String(percent).padStart(3)}%`;
    const barWidth = Math.max(10, Math.min(40, width - label.length - tail.length - 4));
    const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
  }

  /** Records progress and redraws at most every 50 ms (and always at the end). */
  update(done: number): void {
    this.done = done;
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 50) return;
    this.lastDraw = now;
    this.draw();
  }

  private draw(): void {
    this.shown = Progress.render(this.label, this.done, this.total, this.stream.columns ?? 80);
    this.stream.write(`\r${this.shown}\x1b[K`);
  }

  /** Wipes the bar, for instance before other output goes to the same terminal. */
  clear(): void {
    if (!this.enabled || this.shown === '') return;
    this.stream.write('\r\x1b[K');
    this.shown = '';
  }

  /** Draws the bar again after {@link Progress.clear}. */
  redraw(): void {
    if (this.enabled && this.shown === '' && this.done > 0) this.draw();
  }
}
