/**
 * Reading inputs and writing outputs with backpressure.
 * @internal
 */
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

/** One-line reason for a failed read. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
}

/** Reads standard input to the end as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file (or standard input for `-`) as UTF-8. */
export async function readInput(file: string): Promise<string> {
  return file === '-' ? readStdin() : readFileSync(file, 'utf8');
}

/** How an input is named in messages. */
export function inputName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/** Writes to standard output, waiting when its buffer is full. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Prints a one-line error on standard error. */
export function fail(message: string): void {
  process.stderr.write(`saidwho: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}
