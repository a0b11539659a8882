/**
 * Command-line argument parsing for the `saidwho` command.
 * @internal
 */

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'extract'; readonly files: readonly string[]; readonly json: boolean }
  | { readonly kind: 'jsonl'; readonly files: readonly string[] }
  | { readonly kind: 'eval'; readonly files: readonly string[]; readonly json: boolean; readonly errors: number }
  | { readonly kind: 'usage'; readonly message: string };

function usage(message: string): Command {
  return { kind: 'usage', message };
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
  let errors: number | undefined;
  let help = false;
  let version = false;
  let optionsEnded = false;
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
    if (inline !== undefined && name !== '--errors') return usage(`option ${name} takes no value`);
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
      case '--errors': {
        const value = inline ?? argv[++i];
        if (value === undefined || !/^\d+$/.test(value)) return usage('--errors needs a whole number, as in --errors 10');
        errors = Number(value);
        break;
      }
      default:
        return usage(`unknown option ${name}`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (evalMode) {
    if (jsonl) return usage('--jsonl does not apply to eval');
    if (files.length === 0) return usage('eval needs at least one gold JSONL file');
    return { kind: 'eval', files, json, errors: errors ?? 0 };
  }
  if (errors !== undefined) return usage('--errors applies to eval only');
  if (jsonl) {
    if (json) return usage('use either --json or --jsonl');
    return { kind: 'jsonl', files };
  }
  return { kind: 'extract', files, json };
}
