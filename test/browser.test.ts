/**
 * End-to-end tests in Debian's headless Chromium (driven by playwright-core;
 * no browser is ever downloaded):
 *
 * - the browser playground: bundles examples/browser with esbuild, serves it
 *   from 127.0.0.1, pastes the sample article, clicks the button and checks
 *   that the page shows exactly what `extractQuotes` returns in Node for the
 *   same text, highlighted in the view;
 * - the page of `saidwho --format html`: the highlighted spans and the
 *   speaker list are those of the extraction, the keyboard path works
 *   (Tab through the quotations shows their details, Enter on a speaker picks
 *   out their quotations), colour is never the only signal and text contrast
 *   passes WCAG AA. A screenshot goes to test/output/ for a human look.
 *
 * None of it depends on how accurate extraction is. Skips when
 * /usr/bin/chromium is absent, saying so, except under CI=true, where .ci/run
 * installs Chromium and a missing browser is a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractQuotes, type Extraction } from '../src/index.js';
import { ROOT, ensureBuilt } from './setup/build.js';
import { runCli } from './support/cli.js';

// The callbacks of page.evaluate and $$eval run in the page, where these
// exist; the project's TypeScript setup has no DOM library, on purpose.
interface PageElement {
  readonly parentElement: PageElement | null;
  readonly className: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): { readonly textContent: string | null } | null;
}
declare const document: { readonly activeElement: PageElement | null };
declare function getComputedStyle(
  element: unknown,
  pseudo?: string,
): { readonly content: string; readonly color: string; readonly backgroundColor: string; readonly textDecorationLine: string };

/** Where the screenshots and pages of this test go (ignored by git). */
const OUTPUT = join(ROOT, 'test/output');

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true';

const ARTICLE = readFileSync(join(ROOT, 'examples/article.txt'), 'utf8');

/** What the page should list for each quote: the same mapping as examples/browser/main.js. */
function rows(extraction: Extraction): { kind: string; text: string; speaker: string; cue: string }[] {
  return extraction.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speaker ? q.speaker.name : 'unknown speaker',
    cue: q.cue ? q.cue.span.text : 'no cue',
  }));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the files of `dir` on 127.0.0.1 at a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

describe.runIf(haveChromium)('browser example in headless Chromium', () => {
  let work = '';
  let server: Server | undefined;
  let url = '';
  let context: BrowserContext | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'saidwho-browser-'));
    const site = join(work, 'site');
    execFileSync(process.execPath, [join(ROOT, 'examples/browser/build.mjs'), site], { cwd: ROOT, stdio: 'pipe' });
    ({ server, url } = await serve(site));
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
    });
    await page.goto(url);
    await page.waitForSelector('#status[data-state="ready"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test.each([
    ['the sample article', ARTICLE],
    ['an attributed quote', '"We will win," Jane Smith said on Monday.'],
    ['text with no quotes', 'The council met on Tuesday.'],
  ])('shows what extractQuotes returns in Node for %s', async (_name, text) => {
    const expected = extractQuotes(text);
    await page.fill('#text', text);
    await page.click('#run');
    await page.waitForSelector('#status[data-state="done"]');

    expect(await page.getAttribute('#status', 'data-count')).toBe(String(expected.quotes.length));
    const shown = await page.$$eval('#quotes li.quote', (items) =>
      items.map((item) => ({
        kind: item.querySelector('.kind')?.textContent ?? '',
        text: item.querySelector('.text')?.textContent ?? '',
        speaker: item.querySelector('.speaker')?.textContent ?? '',
        cue: item.querySelector('.cue')?.textContent ?? '',
      })),
    );
    expect(shown).toEqual(rows(expected));
    const json = await page.textContent('#json');
    expect(JSON.parse(json ?? 'null')).toEqual(JSON.parse(JSON.stringify(expected)));
    // The view: the article as typed, one highlight per quotation, with the speaker's number.
    expect(await page.textContent('#view .article')).toBe(text);
    expect(await page.$$eval('#view mark.q', (marks) => marks.map((m) => m.textContent))).toEqual(
      expected.quotes.map((q) => q.span.text),
    );
    expect(pageErrors).toEqual([]);
  });

  test('the playground picks out a speaker and shows details on focus', async () => {
    await page.fill('#text', ARTICLE);
    await page.click('#run');
    await page.waitForSelector('#status[data-state="done"]');
    await page.click('#view button.speaker >> nth=1');
    const selected = await page.$$eval('#view mark.q.selected', (marks) => marks.map((m) => m.getAttribute('data-speaker')));
    expect(selected.length).toBeGreaterThan(0);
    expect(new Set(selected).size).toBe(1);
    await page.focus('#view mark.q');
    expect(await page.isVisible('#view .tip')).toBe(true);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'playground.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  describe('the page of saidwho --format html', () => {
    const expected = extractQuotes(ARTICLE);
    let view: Page;

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'article.txt'), ARTICLE);
      const r = runCli(['--format', 'html', 'article.txt'], OUTPUT);
      expect(r.stderr).toBe('');
      writeFileSync(join(OUTPUT, 'article.html'), r.stdout);
      view = await context!.newPage();
      view.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      const requests: string[] = [];
      view.on('request', (request) => requests.push(request.url()));
      await view.setViewportSize({ width: 1200, height: 900 });
      await view.goto(pathToFileURL(join(OUTPUT, 'article.html')).href);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    });

    afterAll(async () => {
      await view?.close();
    });

    test('highlights every quotation in its speaker colour and number, the article text unchanged', async () => {
      expect(await view.textContent('.article')).toBe(ARTICLE);
      const marks = await view.$$eval('mark.q', (ms) =>
        ms.map((m) => ({
          quote: Number(m.getAttribute('data-quote')),
          text: m.textContent,
          speaker: m.getAttribute('data-speaker'),
          kind: [...m.classList].find((c) => c.startsWith('k-')),
          tag: getComputedStyle(m, '::after').content,
          background: getComputedStyle(m).backgroundColor,
        })),
      );
      expect(marks.map((m) => m.quote)).toEqual(expected.quotes.map((_, i) => i));
      expect(marks.map((m) => m.text)).toEqual(expected.quotes.map((q) => q.span.text));
      expect(marks.map((m) => m.speaker)).toEqual(expected.quotes.map((q) => (q.speaker ? String(q.speaker.id) : 'none')));
      expect(marks.map((m) => m.kind)).toEqual(expected.quotes.map((q) => `k-${q.kind}`));
      // Colour is not the only signal: each quotation shows its speaker's number, the same number for the same speaker.
      const bySpeaker = new Map<string, { tag: string; background: string }>();
      for (const m of marks) {
        expect(m.tag).toMatch(/^"(\d+|\?)"$/);
        const seen = bySpeaker.get(m.speaker ?? '');
        if (seen) expect({ tag: m.tag, background: m.background }).toEqual(seen);
        else bySpeaker.set(m.speaker ?? '', { tag: m.tag, background: m.background });
      }
      expect(new Set([...bySpeaker.values()].map((v) => v.tag)).size).toBe(bySpeaker.size);
    });

    test('underlines the cues and marks the speaker mentions', async () => {
      const cues = await view.$$eval('.article .cue', (els) => els.map((e) => e.textContent));
      const mentions = await view.$$eval('.article .mention', (els) => els.map((e) => e.textContent));
      const unique = <T,>(xs: T[]) => [...new Set(xs)];
      expect(unique(cues).sort()).toEqual(unique(expected.quotes.flatMap((q) => (q.cue ? [q.cue.span.text] : []))).sort());
      expect(unique(mentions).sort()).toEqual(
        unique(expected.quotes.flatMap((q) => (q.speaker?.mention ? [q.speaker.mention.text] : []))).sort(),
      );
      const decoration = await view.$eval('.article .cue', (e) => getComputedStyle(e).textDecorationLine);
      expect(decoration).toBe('underline');
    });

    test('lists the speakers with their titles and quote counts', async () => {
      const items = await view.$$eval('.speakers li', (lis) =>
        lis.map((li) => ({ name: li.querySelector('.name')?.textContent, about: li.querySelector('.about')?.textContent })),
      );
      const quoted = expected.speakers.filter((s) => s.quotes.length > 0);
      expect(items).toEqual(
        quoted.map((s) => {
          const n = expected.quotes.filter((q) => q.speaker?.id === s.id).length;
          const about = [...s.titles, ...s.descriptions].join(', ');
          return { name: s.name, about: `${about === '' ? '' : `${about} · `}${n} ${n === 1 ? 'quote' : 'quotes'}` };
        }),
      );
      expect(items.find((i) => i.name === 'Linda Okafor')?.about).toBe('Mayor · 2 quotes');
    });

    test('the keyboard path: Tab through the quotations with their details, Enter on a speaker', async () => {
      await view.click('h1');
      for (const [i, q] of expected.quotes.entries()) {
        await view.keyboard.press('Tab');
        expect(await view.evaluate(() => document.activeElement?.getAttribute('data-quote'))).toBe(String(i));
        expect(await view.isVisible('.tip')).toBe(true);
        const tip = (await view.textContent('.tip')) ?? '';
        expect(tip).toContain(`Quote ${i + 1}, `);
        expect(tip).toContain(q.speaker ? q.speaker.name : 'Unknown speaker');
        expect(tip).toContain(`Confidence ${q.confidence.toFixed(2)}`);
        expect(tip).toContain(`Rule ${q.rule}`);
      }
      await view.keyboard.press('Escape');
      expect(await view.isVisible('.tip')).toBe(false);
      // Next stop: the first speaker button; Enter picks out their quotations, Enter again shows all.
      await view.keyboard.press('Tab');
      const first = expected.speakers.find((s) => s.quotes.length > 0)!;
      expect(await view.evaluate(() => document.activeElement?.querySelector('.name')?.textContent)).toBe(first.name);
      await view.keyboard.press('Enter');
      expect(await view.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
      const selected = await view.$$eval('mark.q.selected', (ms) => ms.map((m) => Number(m.getAttribute('data-quote'))));
      expect(selected).toEqual(expected.quotes.flatMap((q, i) => (q.speaker?.id === first.id ? [i] : [])));
      await view.screenshot({ path: join(OUTPUT, 'article-speaker.png'), fullPage: true });
      await view.keyboard.press('Enter');
      expect(await view.$$eval('mark.q.selected', (ms) => ms.length)).toBe(0);
    });

    test('text contrast passes WCAG AA on every highlight', async () => {
      const ratios = await view.$$eval('mark.q, .mention, .badge, .speaker, .about, .legend', (els) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const background = (e: PageElement | null): string => {
          for (let x = e; x; x = x.parentElement) {
            const c = getComputedStyle(x).backgroundColor;
            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
          }
          return 'rgb(255, 255, 255)';
        };
        return (els as unknown as PageElement[]).map((e) => {
          const [a, b] = [lum(getComputedStyle(e).color), lum(background(e))].sort((x, y) => y - x);
          return { what: e.className, ratio: (a! + 0.05) / (b! + 0.05) };
        });
      });
      expect(ratios.length).toBeGreaterThan(expected.quotes.length);
      expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
    });

    test('writes a screenshot for a human look', async () => {
      await view.hover('mark.q >> nth=0');
      await view.screenshot({ path: join(OUTPUT, 'article.png'), fullPage: true });
      expect(existsSync(join(OUTPUT, 'article.png'))).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  });
});

// Say why these tests do not run: npm test prints this with the file's output.
if (!haveChromium && !inCI) process.stderr.write(`saidwho: browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium to run them)\n`);

describe.runIf(!haveChromium)('browser example without Chromium', () => {
  if (!inCI) {
    test.skip(`browser tests: ${CHROMIUM} is missing (apt-get install chromium to run them)`);
  }
  test.skipIf(!inCI)('Chromium is installed under CI (.ci/run installs it)', () => {
    expect.fail(`${CHROMIUM} is missing; .ci/run should have installed the chromium package`);
  });
});
