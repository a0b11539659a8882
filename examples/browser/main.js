// The browser playground: a page that finds the quotations in pasted text
// and shows who said what, the same view as `saidwho --format html`.
// build.mjs bundles this file together with saidwho, its language model and
// the view (src/cli/view.ts, plain string building) into one script
// (dist/browser/main.js by default), next to index.html. No server is needed:
// open index.html from disk.
import { extractQuotes } from 'saidwho';
import { ATTACH_VIEW, VIEW_CSS, renderView } from '../../src/cli/view.ts';

const textarea = /** @type {HTMLTextAreaElement} */ (document.getElementById('text'));
const button = /** @type {HTMLButtonElement} */ (document.getElementById('run'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const list = /** @type {HTMLOListElement} */ (document.getElementById('quotes'));
const json = /** @type {HTMLElement} */ (document.getElementById('json'));
const view = /** @type {HTMLElement} */ (document.getElementById('view'));

const style = document.createElement('style');
style.textContent = VIEW_CSS;
document.head.append(style);
// The view's behaviour, written to be inlined in a page as a function of its root.
const attachView = /** @type {(root: HTMLElement) => void} */ (new Function('root', ATTACH_VIEW));

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

/**
 * @param {string} text
 * @param {import('saidwho').Extraction} extraction
 */
function render(text, extraction) {
  // renderView escapes the text: the markup holds no input as HTML.
  view.innerHTML = renderView(text, extraction);
  attachView(/** @type {HTMLElement} */ (view.firstElementChild));
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
  render(textarea.value, extraction);
  const n = extraction.quotes.length;
  status.textContent = `${n} ${n === 1 ? 'quote' : 'quotes'}, ${extraction.speakers.length} speakers (${ms} ms)`;
  status.dataset.state = 'done';
  status.dataset.count = String(n);
});

button.disabled = false;
status.dataset.state = 'ready';
status.textContent = 'Ready.';
