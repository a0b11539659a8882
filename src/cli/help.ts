/**
 * The `--help` text.
 * @internal
 */

/** Usage text printed by `saidwho --help`. */
export const HELP = `saidwho: who said what in news text

Usage:
  saidwho [options] [file ...]      print the quotations in each file (standard input when none)
  saidwho --jsonl [file ...]        read {"id", "text"} JSON lines, write one result line per input line
  saidwho eval [options] gold.jsonl [more.jsonl ...]
                                    score saidwho on annotated documents (see docs/evaluation.md)

Options:
  --json          print the extraction (or, with eval, the report) as JSON
  --jsonl         batch mode: JSON lines in, JSON lines out
  --errors N      with eval: list up to N missed, spurious and wrong-speaker quotes
  -h, --help      show this help
  -v, --version   show the version
  -               read standard input in place of a file

Exit codes: 0 success, 1 an input could not be read or processed, 2 wrong usage.
`;
