#!/usr/bin/env bash
# Installs saidwho the way a user would, from a fresh clone by git URL, into
# a scratch project, then uses it from ES modules, CommonJS and TypeScript
# (nodenext, strict) and runs the saidwho command. npm clones the repository,
# installs its dev dependencies and runs `prepare` (the build) before it
# packs, so this fails when a git install or `npm pack` from a fresh clone
# would give a package without dist/.
#
#   bash scripts/check-install.sh      (from the repository; uses HEAD, not uncommitted changes)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/clone"
mkdir "$work/app"
cd "$work/app"
cat > package.json <<'JSON'
{ "name": "scratch-app", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --loglevel=error "git+file://$work/clone"
test -f node_modules/saidwho/dist/index.js || { echo "installed saidwho has no dist/" >&2; exit 1; }

TEXT='"We will win," Jane Smith said on Monday.'
cat > esm.mjs <<'JS'
import { extractQuotes } from 'saidwho';
import { extractMany } from 'saidwho/parallel';
const text = process.argv[2];
const { quotes } = extractQuotes(text);
const [many] = await extractMany([text], { concurrency: 1 });
if (JSON.stringify(many.quotes) !== JSON.stringify(quotes)) throw new Error('saidwho/parallel differs');
console.log(`ESM: ${quotes[0].speaker.name} | ${quotes[0].text}`);
JS
cat > cjs.cjs <<'JS'
const { extractQuotes } = require('saidwho');
const { quotes } = extractQuotes(process.argv[2]);
console.log(`CJS: ${quotes[0].speaker.name} | ${quotes[0].text}`);
JS
cat > app.mts <<'TS'
import { extractQuotes, type Extraction, type Quote } from 'saidwho';
import { extractMany } from 'saidwho/parallel';
const result: Extraction = extractQuotes('"We will win," Jane Smith said.');
const first: Quote | undefined = result.quotes[0];
export const who: string | undefined = first?.speaker?.name;
export const later: Promise<Extraction[]> = extractMany(['x']);
TS
cat > app.cts <<'TS'
import saidwho = require('saidwho');
export const n: number = saidwho.extractQuotes('"Yes," she said.').quotes.length;
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "noEmit": true, "types": [], "lib": ["es2022"] },
  "files": ["app.mts", "app.cts"] }
JSON

esm="$(node esm.mjs "$TEXT")"
cjs="$(node cjs.cjs "$TEXT")"
echo "$esm"; echo "$cjs"
[ "$esm" = "ESM: Jane Smith | We will win," ] && [ "$cjs" = "CJS: Jane Smith | We will win," ]
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json && echo "TypeScript (nodenext, strict): types resolve"
npx --no-install saidwho --version
echo "$TEXT" | npx --no-install saidwho --format csv --kinds direct
echo "installed from git and used from ESM, CommonJS, TypeScript and the command line"
