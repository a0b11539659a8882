// Writes the type declarations of the library into dist/types/, one file per
// source module, each with a declaration map that points back into src/ (so
// "go to definition" in an editor lands in the TypeScript source, which the
// package ships). tsup bundles the JavaScript but cannot write declaration
// maps, so `npm run build` runs this after it.
//
// Every .d.ts is written twice: as .d.ts for `import` and as .d.cts (with
// `.cjs` specifiers) for `require`, because a .d.ts in a "type": "module"
// package describes an ES module and TypeScript would refuse it to CommonJS
// callers.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/types');
rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'scripts/tsconfig.dts.json')], { cwd: root, stdio: 'inherit' });

/** Relative `.js` specifiers in import/export statements become `.cjs`. */
const toCjs = (code) => code.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2');

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.d.ts')) {
      const base = entry.name.slice(0, -'.d.ts'.length);
      const code = readFileSync(path, 'utf8').replace(
        `//# sourceMappingURL=${base}.d.ts.map`,
        `//# sourceMappingURL=${base}.d.cts.map`,
      );
      writeFileSync(join(dir, `${base}.d.cts`), toCjs(code));
      const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
      map.file = `${base}.d.cts`;
      writeFileSync(join(dir, `${base}.d.cts.map`), JSON.stringify(map));
    }
  }
}
prune();
walk(out);

/**
 * tsc writes a declaration for every module the entries import, rules and
 * word lists included; only those the entries' declarations reach (through
 * their type imports) describe the public API. The rest are removed, with
 * their maps, so that the package does not ship hundreds of files no
 * TypeScript user can reach.
 */
function prune() {
  const reached = new Set();
  const queue = ['index.d.ts', 'parallel/index.d.ts'].map((f) => join(out, f));
  const spec = /(?:from\s+|import\()(['"])(\.{1,2}\/[^'"]*?)\.js\1/g;
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(spec)) queue.push(join(dirname(file), `${m[2]}.d.ts`));
  }
  const sweep = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        sweep(path);
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      } else if (entry.name.endsWith('.d.ts') && !reached.has(path)) {
        rmSync(path);
        rmSync(`${path}.map`, { force: true });
      }
    }
  };
  sweep(out);
}
