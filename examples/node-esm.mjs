// Node, ES modules: find the quotations in an article and print who said them.
//
//   npm run build && node examples/node-esm.mjs [file]
//
// Inside this repository `saidwho` resolves to the built package in dist/
// (a package can import itself by name); in your project it resolves to
// node_modules/saidwho after `npm install saidwho`.
import { readFileSync } from 'node:fs';
import { extractQuotes } from 'saidwho';

const file = process.argv[2] ?? new URL('./article.txt', import.meta.url);
const text = readFileSync(file, 'utf8');

const { quotes, speakers } = extractQuotes(text);

console.log(`${quotes.length} quotes, ${speakers.length} speakers`);
for (const quote of quotes) {
  const who = quote.speaker?.name ?? 'unknown speaker';
  const cue = quote.cue ? ` (${quote.cue.span.text})` : '';
  console.log(`- [${quote.kind}] ${who}${cue}: ${quote.text}`);
}
