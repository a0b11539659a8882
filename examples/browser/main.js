// The browser example: a page that finds the quotations in pasted text.
// build.mjs bundles this file together with saidwho and its language model
// into one script (dist/browser/main.js by default), next to index.html.
import { extractQuotes } from 'saidwho';

const textarea = /** @type {HTMLTextAreaElement} */ (document.getElementById('text'));
const button = /** @type {HTMLButtonElement} */ (document.getElementById('run'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const list = /** @type {HTMLOListElement} */ (document.getElementById('quotes'));
const json = /** @type {HTMLElement} */ (document.getElementById('json'));

/**
 * Appends an element with a class and text to a parent.
 * @param {HTMLElement} parent
 * @param {string} tag
 * @param {string} className
 * @param {string} text
 */
function add(parent, tag, className, text) {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  parent.append(element);
  return element;
}

/** @param {import('saidwho').Extraction} extraction */
function render(extraction) {
  list.replaceChildren();
  for (const quote of extraction.quotes) {
    const item = document.createElement('li');
    item.className = 'quote';
    item.dataset.kind = quote.kind;
    add(item, 'span', 'kind', quote.kind);
    add(item, 'q', 'text', quote.text);
    const meta = add(item, 'span', 'meta', '');
    add(meta, 'span', 'speaker', quote.speaker ? quote.speaker.name : 'unknown speaker');
    meta.append(' · ');
    add(meta, 'span', 'cue', quote.cue ? quote.cue.span.text : 'no cue');
    list.append(item);
  }
  json.textContent = JSON.stringify(extraction, null, 2);
}

button.addEventListener('click', () => {
  status.dataset.state = 'working';
  status.textContent = 'Working…';
  const started = performance.now();
  const extraction = extractQuotes(textarea.value);
  const ms = Math.round(performance.now() - started);
  render(extraction);
  const n = extraction.quotes.length;
  status.textContent = `${n} ${n === 1 ? 'quote' : 'quotes'}, ${extraction.speakers.length} speakers (${ms} ms)`;
  status.dataset.state = 'done';
  status.dataset.count = String(n);
});

button.disabled = false;
status.dataset.state = 'ready';
status.textContent = 'Ready.';
