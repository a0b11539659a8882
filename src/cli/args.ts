/**
 * Command-line argument parsing for the `saidwho` command.
 * @internal
 */

/** Output formats of `--format`. */
export const FORMATS = ['text', 'json', 'jsonl', 'csv', 'html'] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/**
 * Extractor options as given on the command line, before the API validates
 * them (`createExtractor` does, so the command line says exactly what the API
 * would). Lists come from repeated or comma-separated flags.
 */
export interface ExtractorFlags {
  readonly kinds?: readonly string[];
  readonly categories?: readonly string[];
  /** A number when the flag reads as one, else the text given, for the API to refuse. */
  readonly minConfidence?: number | string;
  readonly knownSpeakersFile?: string;
  /** `lemma` or `lemma:category`. */
  readonly addCues: readonly string[];
  readonly removeCues: readonly string[];
}

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'extract';
      readonly files: readonly string[];
      /** `jsonl` reads `{"id", "text"}` lines (`--jsonl`); `text` reads whole files. */
      readonly input: 'text' | 'jsonl';
      readonly format: Format;
      readonly flags: ExtractorFlags;
    }
  | {
      readonly kind: 'eval';
      readonly files: readonly string[];
      readonly json: boolean;
      readonly errors: number;
      readonly flags: ExtractorFlags;
    }
  | { readonly kind: 'usage'; readonly message: string };

function usage(message: string): Command {
  return { kind: 'usage', message };
}

/** Options that take a value (`--format csv` or `--format=csv`). */
const VALUED = new Set([
  '--errors',
  '--format',
  '--kinds',
  '--categories',
  '--min-confidence',
  '--known-speakers',
  '--add-cue',
  '--remove-cue',
]);

/** Splits `a,b, c` into its non-empty items. */
function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Parses the arguments after `node cli.js`. The first argument `eval` selects
 * the evaluation command; `--` ends the options; `-` names standard input.
 */
export function parseArgs(argv: readonly string[]): Command {
  const files: string[] = [];
  let evalMode = false;
  let json = false;
  let jsonl = false;
  let format: Format | undefined;
  let errors: number | undefined;
  let help = false;
  let version = false;
  let optionsEnded = false;
  const kinds: string[] = [];
  const categories: string[] = [];
  const addCues: string[] = [];
  const removeCues: string[] = [];
  let minConfidence: number | string | undefined;
  let knownSpeakersFile: string | undefined;
  let sawKinds = false;
  let sawCategories = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (i === 0 && arg === 'eval' && !optionsEnded) evalMode = true;
      else files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    let value = '';
    if (VALUED.has(name)) {
      const next = inline ?? argv[++i];
      if (next === undefined) return usage(`${name} needs a value`);
      value = next;
    } else if (inline !== undefined) {
      return usage(`option ${name} takes no value`);
    }
    switch (name) {
      case '--':
        optionsEnded = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      case '--json':
        json = true;
        break;
      case '--jsonl':
        jsonl = true;
        break;
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) {
          return usage(`--format must be one of ${FORMATS.join(', ')}, got '${value}'`);
        }
        format = value as Format;
        break;
      case '--errors':
        if (!/^\d+$/.test(value)) return usage('--errors needs a whole number, as in --errors 10');
        errors = Number(value);
        break;
      case '--kinds':
        sawKinds = true;
        kinds.push(...list(value));
        break;
      case '--categories':
        sawCategories = true;
        categories.push(...list(value));
        break;
      case '--min-confidence':
        minConfidence = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? Number(value) : value;
        break;
      case '--known-speakers':
        knownSpeakersFile = value;
        break;
      case '--add-cue':
        addCues.push(value);
        break;
      case '--remove-cue':
        removeCues.push(value);
        break;
      default:
        return usage(`unknown option ${name}`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  const flags: ExtractorFlags = {
    ...(sawKinds ? { kinds } : {}),
    ...(sawCategories ? { categories } : {}),
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(knownSpeakersFile === undefined ? {} : { knownSpeakersFile }),
    addCues,
    removeCues,
  };
  if (evalMode) {
    if (jsonl) return usage('--jsonl does not apply to eval');
    if (format !== undefined && format !== 'text' && format !== 'json') return usage('eval prints text or json only');
    if (files.length === 0) return usage('eval needs at least one gold JSONL file');
    return { kind: 'eval', files, json: json || format === 'json', errors: errors ?? 0, flags };
  }
  if (errors !== undefined) return usage('--errors applies to eval only');
  if (json && jsonl) return usage('use either --json or --jsonl');
  if (json && format !== undefined && format !== 'json') return usage(`use either --json or --format ${format}`);
  const chosen: Format = format ?? (json ? 'json' : jsonl ? 'jsonl' : 'text');
  if (chosen === 'html' && (jsonl || files.length > 1)) return usage('--format html shows one article: give one file');
  if (jsonl && (chosen === 'text' || chosen === 'json')) return usage(`--jsonl writes jsonl or csv, not ${chosen}`);
  return { kind: 'extract', files, input: jsonl ? 'jsonl' : 'text', format: chosen, flags };
}
