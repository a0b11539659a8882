// TypeScript: the result types are exported, so results can be passed around
// with their types.
//
//   npm run build && npx tsc -p examples   (type check)
//   npx esbuild examples/typescript.ts --platform=node --format=esm \
//     --outfile=dist/examples/typescript.mjs && node dist/examples/typescript.mjs
//
// Inside this repository `saidwho` resolves to the built package in dist/;
// in your project it resolves to node_modules/saidwho.
import { createExtractor, type Extraction, type ExtractQuotesOptions, type Quote } from 'saidwho';

const options: ExtractQuotesOptions = {
  addCues: ['opine', { lemma: 'blog', category: 'writing' }],
  minConfidence: 0.3,
};
const extractor = createExtractor(options);

/** One line per quote: who, through which cue, and what. */
function describe(quote: Quote): string {
  const who = quote.speaker === null ? 'unknown speaker' : `${quote.speaker.name} (via ${quote.speaker.via})`;
  const cue = quote.cue === null ? 'no cue' : `cue "${quote.cue.span.text}" = ${quote.cue.lemma}`;
  return `[${quote.kind}] ${who}, ${cue}: ${quote.text}`;
}

/** Quotes grouped by speaker name. */
function bySpeaker(extraction: Extraction): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const quote of extraction.quotes) {
    const name = quote.speaker?.name ?? '(unknown)';
    groups.set(name, [...(groups.get(name) ?? []), quote]);
  }
  return groups;
}

const text = `"The bridge will reopen on Friday," Transport Minister Ana Ruiz said on Monday.
She said that inspectors had found no damage to the main span. "We were lucky," she added.`;
const extraction = extractor.extract(text);
console.log(`${extraction.quotes.length} quotes, ${extraction.speakers.length} speakers`);

for (const [name, quotes] of bySpeaker(extraction)) {
  console.log(`${name}: ${quotes.length} quote(s)`);
  for (const quote of quotes) console.log(`  ${describe(quote)}`);
}
