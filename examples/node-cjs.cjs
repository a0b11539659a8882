// Node, CommonJS: reuse one extractor for several texts.
//
//   npm run build && node examples/node-cjs.cjs
//
// Inside this repository `saidwho` resolves to the built package in dist/;
// in your project it resolves to node_modules/saidwho.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { createExtractor } = require('saidwho');

// Loading the language model happens once, here.
const extractor = createExtractor({ minConfidence: 0 });

const texts = [
  readFileSync(join(__dirname, 'article.txt'), 'utf8'),
  '"We will not back down," the senator told reporters on Monday.',
];

for (const text of texts) {
  const { quotes } = extractor.extract(text);
  console.log(`${quotes.length} quotes in a text of ${text.length} characters`);
  for (const quote of quotes) {
    // Offsets are exact: text.slice(start, end) is the quotation as written.
    const { start, end } = quote.span;
    console.log(`  ${start}-${end} ${quote.speaker ? quote.speaker.name : '(no speaker)'}: ${text.slice(start, end)}`);
  }
}
