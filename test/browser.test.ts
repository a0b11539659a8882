/**
 * End-to-end test of the browser example: bundles examples/browser with
 * esbuild, serves it from 127.0.0.1, opens it in Debian's headless Chromium
 * (driven by playwright-core; no browser is ever downloaded), pastes the
 * sample article, clicks the button and checks that the page shows exactly
 * what `extractQuotes` returns in Node for the same text. It does not depend
 * on how accurate extraction is.
 *
 * Skips when /usr/bin/chromium is absent, except under CI=true, where
 * .ci/run installs Chromium and a missing browser is a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractQuotes, type Extraction } from '../src/index.js';
import { ROOT, ensureBuilt } from './setup/build.js';

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
    expect(pageErrors).toEqual([]);
  });
});

describe.runIf(!haveChromium)('browser example without Chromium', () => {
  test.skipIf(!inCI)('Chromium is installed under CI (.ci/run installs it)', () => {
    expect.fail(`${CHROMIUM} is missing; .ci/run should have installed the chromium package`);
  });
});
