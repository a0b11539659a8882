/**
 * The `--help` text.
 * @internal
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the guides are: the docs/ folder next to dist/ in the installed
 * package (it ships them), else their names in the package.
 */
function guide(name: string): string {
  try {
    const path = fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
    if (existsSync(path)) return path;
  } catch {
    // not run from a file: fall through
  }
  return `docs/${name} in the saidwho package`;
}

/** Usage text printed by `saidwho --help`. */
export function help(): string {
  return `saidwho: who said what in news text

Usage:
  saidwho [options] [file ...]      print the quotations in each file (standard input when none)
  saidwho --jsonl [options] [file ...]
                                    read {"id", "text"} JSON lines, write one result line per input line
  saidwho eval [options] gold.jsonl [more.jsonl ...]
                                    score saidwho on annotated documents

Output:
  --format F      text (default), json, jsonl (one line per file), csv (one row
                  per quotation) or html (a page with the quotations highlighted;
                  one file); with --jsonl: jsonl (default) or csv
  --json          same as --format json; with eval, the report as JSON
  --jsonl         batch mode: JSON lines in, JSON lines (or --format csv) out

Extraction (the options of createExtractor, checked the same way):
  --kinds K[,K]         quotation kinds to report: direct, indirect, mixed
  --categories C[,C]    cue categories to report: speech, writing, source, thought, evidence, stance
  --min-confidence X    drop quotations below this confidence (0 to 1)
  --known-speakers F    a JSON file: [{"name": "...", "aliases": ["..."]}, ...]
  --add-cue LEMMA[:CATEGORY]
                        add a cue verb or phrase (repeat for more)
  --remove-cue LEMMA    ignore a built-in cue (repeat for more)

Other:
  --errors N      with eval: list up to N missed, spurious and wrong-speaker quotes
  -h, --help      show this help
  -v, --version   show the version
  -               read standard input in place of a file

Exit codes: 0 success, 1 an input could not be read or processed, 2 wrong usage.
Guides: ${guide('cli.md')}
        ${guide('evaluation.md')}
`;
}
