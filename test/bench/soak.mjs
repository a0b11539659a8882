/**
 * Soak test (not part of the test suite): one extractor reads 100,000
 * different synthetic articles whose made-up words keep the vocabulary
 * growing, and resident memory is printed at intervals. wink caches every new
 * word per instance; saidwho recycles the instance, so memory should level off.
 *
 *   npm run soak                      # builds dist/, then runs
 *   node test/bench/soak.mjs [count]  # after `npm run build`
 */
import { createExtractor } from '../../dist/index.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const EVERY = Math.max(1, Math.floor(COUNT / 20));

// a small deterministic generator, so every run reads the same articles
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'qui', 'zel', 'dor', 'an', 'bre', 'sto', 'pha', 'lun', 'gri', 'ex', 'ul', 'nor', 'fi', 'sha'];
function word() {
  let w = '';
  const n = 2 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) w += pick(SYLLABLES);
  return w + (random() < 0.3 ? String(Math.floor(random() * 1000)) : '');
}
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const CUES = ['said', 'told reporters', 'added', 'warned', 'insisted', 'wrote'];
const COMMON = ['the', 'plan', 'would', 'council', 'on', 'Monday', 'budget', 'and', 'a', 'new', 'of', 'in'];
function sentence() {
  const words = [];
  const n = 6 + Math.floor(random() * 10);
  for (let i = 0; i < n; i++) words.push(random() < 0.4 ? word() : pick(COMMON));
  return words.join(' ');
}
function article() {
  const speaker = `${cap(word())} ${cap(word())}`;
  const paragraphs = [
    `${cap(sentence())}.`,
    `"${cap(sentence())}," ${speaker} ${pick(CUES)}.`,
    `${cap(word())} ${pick(CUES)} that ${sentence()}.`,
    `According to ${cap(word())}, ${sentence()}. “${cap(sentence())}.”`,
  ];
  return paragraphs.join(random() < 0.5 ? '\n\n' : '\r\n\r\n');
}

const mb = (n) => (n / 2 ** 20).toFixed(1).padStart(7);
const extractor = createExtractor();
const t0 = Date.now();
let chars = 0;
let quotes = 0;
console.log('articles     chars(M)  rss(MB)  heapUsed(MB)  seconds');
for (let i = 1; i <= COUNT; i++) {
  const text = article();
  chars += text.length;
  quotes += extractor.extract(text).quotes.length;
  if (i % EVERY === 0 || i === 1) {
    const m = process.memoryUsage();
    console.log(`${String(i).padStart(8)}  ${(chars / 1e6).toFixed(1).padStart(9)}  ${mb(m.rss)}  ${mb(m.heapUsed)}       ${((Date.now() - t0) / 1000).toFixed(0).padStart(5)}`);
  }
}
console.log(`${COUNT} articles, ${quotes} quotes, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
