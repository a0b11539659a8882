/**
 * The HTML view of an extraction: the article with every quotation
 * highlighted in its speaker's colour and numbered by speaker, the cue
 * underlined, the speaker mention boxed, details on hover and focus, and a
 * side panel of speakers that highlights a speaker's quotes when clicked.
 *
 * Pure string building with no Node or DOM import, so the command line
 * (`--format html`) and the browser playground (examples/browser) render the
 * same markup; {@link ATTACH_VIEW} adds the behaviour in the page.
 * @internal
 */
import type { Extraction, Quote, Span } from '../types.js';

/** Number of speaker colours; speakers beyond it reuse them, and their numbers tell them apart. */
export const PALETTE_SIZE = 8;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const KIND_WORDS: Record<Quote['kind'], string> = {
  direct: 'direct quotation',
  indirect: 'reported speech',
  mixed: 'mixed quotation',
};

/** A listed speaker: its number in the view (1, 2, ...), or `?` for quotes without one. */
interface Listed {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly name: string;
  readonly about: string;
  readonly quotes: number;
}

/** The speakers who have quotes, numbered in order of appearance, then the unknown speaker when some quote has none. */
function listSpeakers(extraction: Extraction): Listed[] {
  const listed: Listed[] = [];
  const quoted = new Map<number, number>();
  for (const q of extraction.quotes) if (q.speaker) quoted.set(q.speaker.id, (quoted.get(q.speaker.id) ?? 0) + 1);
  for (const s of extraction.speakers) {
    const count = quoted.get(s.id) ?? 0;
    if (count === 0) continue;
    const n = listed.length;
    const about = [...s.titles, ...s.descriptions].join(', ');
    listed.push({ key: String(s.id), label: String(n + 1), colour: `c${n % PALETTE_SIZE}`, name: s.name, about, quotes: count });
  }
  const unknown = extraction.quotes.filter((q) => q.speaker === null).length;
  if (unknown > 0) listed.push({ key: 'none', label: '?', colour: 'cx', name: 'Unknown speaker', about: '', quotes: unknown });
  return listed;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
}

interface Highlight {
  start: number;
  readonly end: number;
  readonly open: string;
}

/**
 * Makes quotation ranges nest or follow one another: a quotation inside (or
 * equal to) another nests in it; one that overlaps the end of another starts
 * where that one ends. Every quotation keeps a non-empty highlight.
 */
function laminar(ranges: Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  const stack: Highlight[] = [];
  for (const r of sorted) {
    for (;;) {
      while (stack.length > 0 && (stack[stack.length - 1] as Highlight).end <= r.start) stack.pop();
      const top = stack[stack.length - 1];
      if (top === undefined || r.end <= top.end) break;
      r.start = top.end;
    }
    stack.push(r);
  }
  return sorted.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * The article as HTML: one highlight element per quotation (nested when one
 * lies inside another), holding the text, with cue and speaker-mention
 * elements inside, cut at highlight edges. The text content of the result is
 * exactly `text`.
 */
/**
 * For rising points `a`, the spans of `spans` with `start <= a < end`, in the
 * order of `spans`: the same as filtering them at each point, in time that
 * grows with the spans around each point rather than with all of them.
 */
function covering<T extends { readonly start: number; readonly end: number }>(spans: readonly T[]): (a: number) => T[] {
  const byStart = spans.map((_, i) => i).sort((x, y) => (spans[x] as T).start - (spans[y] as T).start);
  const active = new Set<number>();
  let next = 0;
  return (a) => {
    while (next < byStart.length && (spans[byStart[next] as number] as T).start <= a) active.add(byStart[next++] as number);
    for (const i of active) if ((spans[i] as T).end <= a) active.delete(i);
    return [...active].sort((x, y) => x - y).map((i) => spans[i] as T);
  };
}

function renderArticle(text: string, extraction: Extraction, bySpeaker: Map<string, Listed>, id: string): string {
  const quotes: Highlight[] = [];
  const marks = new Map<string, Mark>();
  extraction.quotes.forEach((q, i) => {
    const who = bySpeaker.get(q.speaker === null ? 'none' : String(q.speaker.id)) as Listed;
    if (q.span.start < q.span.end) {
      quotes.push({
        start: q.span.start,
        end: q.span.end,
        open:
          `<mark class="q k-${q.kind} ${who.colour}" tabindex="0" data-quote="${i}" data-speaker="${who.key}" ` +
          `data-tag="${who.label}" aria-describedby="${id}-d${i}">`,
      });
    }
    const add = (span: Span | null | undefined, open: string): void => {
      if (span && span.start < span.end) marks.set(`${span.start}:${span.end}:${open}`, { start: span.start, end: span.end, open });
    };
    add(q.cue?.span, '<span class="cue">');
    add(q.speaker?.mention, `<span class="mention ${who.colour}" data-speaker="${who.key}">`);
  });
  const highlights = laminar(quotes);
  const points = new Set<number>([0, text.length]);
  for (const r of [...highlights, ...marks.values()]) points.add(r.start).add(r.end);
  const cuts = [...points].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let open: Highlight[] = [];
  // (the spans around each piece are kept up to date as the cuts go by, not searched for
  // at every cut: thousands of quotes took quadratic time)
  const around = covering(highlights);
  const inMarks = covering([...marks.values()]);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] as number;
    const b = cuts[k + 1] as number;
    // The highlights around this piece, outermost first (they nest).
    const chain = around(a);
    let keep = 0;
    while (keep < open.length && keep < chain.length && open[keep] === chain[keep]) keep++;
    out.push('</mark>'.repeat(open.length - keep), ...chain.slice(keep).map((r) => r.open));
    open = chain;
    const inside = inMarks(a);
    out.push(inside.map((m) => m.open).join(''), escapeHtml(text.slice(a, b)), '</span>'.repeat(inside.length));
  }
  out.push('</mark>'.repeat(open.length));
  return out.join('');
}

function details(q: Quote, i: number, who: Listed): string {
  const cue = q.cue === null ? 'no cue' : `cue “${q.cue.span.text}” (${q.cue.lemma}${q.cue.negated ? ', negated' : ''})`;
  const mention = q.speaker?.mention ? ` (as “${q.speaker.mention.text}”)` : '';
  return (
    `Quote ${i + 1}, ${KIND_WORDS[q.kind]}. Speaker ${who.label}: ${who.name}${mention}. ` +
    `${cue[0]?.toUpperCase()}${cue.slice(1)}. Confidence ${q.confidence.toFixed(2)}. Rule ${q.rule}.`
  );
}

/**
 * The view of one article as an HTML fragment (a `<div class="saidwho-view">`
 * holding the legend, the article and the speaker panel). `id` prefixes the
 * element ids, for pages with several views.
 */
export function renderView(text: string, extraction: Extraction, id = 'saidwho'): string {
  const listed = listSpeakers(extraction);
  const bySpeaker = new Map(listed.map((l) => [l.key, l]));
  const n = extraction.quotes.length;
  const speakerItems = listed.map(
    (l) =>
      `<li><button type="button" class="speaker" aria-pressed="false" data-speaker="${l.key}">` +
      `<span class="badge ${l.colour}" aria-hidden="true">${l.label}</span> <span class="name">${escapeHtml(l.name)}</span></button>` +
      `<span class="about">${l.about === '' ? '' : `${escapeHtml(l.about)} · `}${l.quotes} ${l.quotes === 1 ? 'quote' : 'quotes'}</span></li>`,
  );
  const tips = extraction.quotes.map((q, i) => {
    const who = bySpeaker.get(q.speaker === null ? 'none' : String(q.speaker.id)) as Listed;
    return `<span id="${id}-d${i}">${escapeHtml(details(q, i, who))}</span>`;
  });
  return [
    `<div class="saidwho-view" id="${id}">`,
    `<p class="legend">${n} ${n === 1 ? 'quotation' : 'quotations'}. Each is shaded in its speaker’s colour and ends with the speaker’s number; ` +
      `<span class="q k-direct cx">solid</span> underline: direct, <span class="q k-indirect cx">dashed</span>: reported speech, ` +
      `<span class="q k-mixed cx">dotted</span>: mixed. The <span class="cue">cue</span> is underlined and the <span class="mention cx">speaker</span> boxed. ` +
      `Hover over or tab to a quotation for details; choose a speaker to pick out their quotations.</p>`,
    `<div class="columns">`,
    `<article class="article" aria-label="Article">${renderArticle(text, extraction, bySpeaker, id)}</article>`,
    `<aside class="panel" aria-labelledby="${id}-h"><h2 id="${id}-h">Speakers</h2>`,
    listed.length === 0 ? '<p>No quotations found.</p>' : `<ol class="speakers">${speakerItems.join('')}</ol>`,
    `</aside></div>`,
    `<div class="tip" role="tooltip" id="${id}-tip" hidden></div>`,
    `<div hidden>${tips.join('')}</div>`,
    `</div>`,
  ].join('\n');
}

/**
 * The view's style sheet. Text is near-black on light speaker colours
 * (contrast above 10:1); kinds differ by underline style, speakers by number.
 */
export const VIEW_CSS = `
.saidwho-view { --ink: #161616; color: var(--ink); font: 17px/1.6 Georgia, 'Times New Roman', serif; }
.saidwho-view .legend { font: 14px/1.5 system-ui, sans-serif; background: #fff; border: 1px solid #bbb; padding: .5rem .75rem; }
.saidwho-view .columns { display: flex; gap: 1.5rem; align-items: flex-start; }
.saidwho-view .article { flex: 3; white-space: pre-wrap; background: #fff; padding: 1rem 1.25rem; border: 1px solid #ccc; }
.saidwho-view .panel { flex: 1; min-width: 14rem; position: sticky; top: 1rem; font: 15px/1.4 system-ui, sans-serif; }
.saidwho-view .panel h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
.saidwho-view .speakers { list-style: none; padding: 0; margin: 0; }
.saidwho-view .speakers li { margin: 0 0 .6rem; }
.saidwho-view .speaker { font: inherit; color: var(--ink); background: #fff; border: 1px solid #777; border-radius: 4px; padding: .25rem .5rem; cursor: pointer; text-align: left; }
.saidwho-view .speaker[aria-pressed='true'] { border: 3px solid var(--ink); font-weight: 700; }
.saidwho-view .about { display: block; color: #444; font-size: .85rem; margin: .15rem 0 0 .25rem; }
.saidwho-view .badge { display: inline-block; min-width: 1.3em; text-align: center; border: 1px solid #333; border-radius: 3px; font: 700 .8rem/1.3 system-ui, sans-serif; }
.saidwho-view mark.q { color: var(--ink); border-bottom: 2px solid #333; padding: 0 .05em; }
.saidwho-view .q.k-indirect { border-bottom-style: dashed; }
.saidwho-view .q.k-mixed { border-bottom-style: dotted; border-bottom-width: 3px; }
.saidwho-view mark.q::after { content: attr(data-tag); font: 700 .7rem/1 system-ui, sans-serif; vertical-align: super; background: #fff; color: var(--ink); border: 1px solid #555; border-radius: 3px; padding: 0 .2em; margin-left: .15em; }
.saidwho-view mark.q:focus { outline: 3px solid #1a4fd6; outline-offset: 2px; }
.saidwho-view .cue { text-decoration: underline 2px; text-underline-offset: 3px; }
.saidwho-view .mention { font-weight: 700; outline: 1px solid #333; border-radius: 2px; }
.saidwho-view.filtering mark.q:not(.selected) { background: transparent; }
.saidwho-view.filtering mark.q:not(.selected)::after { opacity: .5; }
.saidwho-view mark.q.selected { outline: 3px solid var(--ink); }
.saidwho-view .tip { position: absolute; z-index: 10; max-width: 26rem; background: #161616; color: #fff; font: 14px/1.4 system-ui, sans-serif; padding: .4rem .6rem; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.saidwho-view .c0 { background: #ffe27a; } .saidwho-view .c1 { background: #b5dcff; }
.saidwho-view .c2 { background: #c4efb8; } .saidwho-view .c3 { background: #ffc4d6; }
.saidwho-view .c4 { background: #ddd0ff; } .saidwho-view .c5 { background: #ffd1a3; }
.saidwho-view .c6 { background: #b9efe8; } .saidwho-view .c7 { background: #e9e79c; }
.saidwho-view .cx { background: #e4e4e4; }
@media (max-width: 50rem) { .saidwho-view .columns { flex-direction: column-reverse; } .saidwho-view .panel { position: static; } }
`;

/**
 * The view's behaviour, as the body of a function of `root` (the
 * `.saidwho-view` element), in plain browser JavaScript so that a page can
 * inline it: details of a quotation on hover and keyboard focus (Escape hides
 * them), and speaker buttons that pick out that speaker's quotations (press
 * again to show them all).
 */
export const ATTACH_VIEW = `
  var tip = root.querySelector('.tip');
  function show(mark) {
    var source = document.getElementById(mark.getAttribute('aria-describedby') || '');
    if (!tip || !source) return;
    tip.textContent = source.textContent;
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, box.left + window.scrollX) + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  }
  function hide() { if (tip) tip.hidden = true; }
  function quoteOf(target) { return target && target.closest ? target.closest('mark.q') : null; }
  root.addEventListener('mouseover', function (event) { var m = quoteOf(event.target); if (m) show(m); });
  root.addEventListener('mouseout', function (event) { var m = quoteOf(event.target); if (m && document.activeElement !== m) hide(); });
  root.addEventListener('focusin', function (event) { var m = quoteOf(event.target); if (m) show(m); else hide(); });
  root.addEventListener('focusout', hide);
  root.addEventListener('keydown', function (event) { if (event.key === 'Escape') hide(); });
  var buttons = Array.prototype.slice.call(root.querySelectorAll('button.speaker'));
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      var key = button.getAttribute('data-speaker');
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(on && b === button)); });
      root.classList.toggle('filtering', on);
      root.querySelectorAll('mark.q').forEach(function (mark) {
        mark.classList.toggle('selected', on && mark.getAttribute('data-speaker') === key);
      });
    });
  });
`;

/**
 * A whole self-contained page (inline style and script, no network) showing
 * the view of one article.
 */
export function renderPage(text: string, extraction: Extraction, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}: who said what</title>
<style>
body { margin: 0; background: #f3f3f0; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font: 700 1.4rem/1.3 system-ui, sans-serif; color: #161616; }
${VIEW_CSS}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}: who said what</h1>
${renderView(text, extraction)}
</main>
<script>(function (root) {${ATTACH_VIEW}})(document.getElementById('saidwho'));</script>
</body>
</html>
`;
}
