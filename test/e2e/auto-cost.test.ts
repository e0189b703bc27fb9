/**
 * What auto-declutter costs while real pages parse (a measurement, run on request:
 * CLEARPAGE_E2E_BENCH=1). Corpus pages are served slowly in chunks from a matched site; the content
 * script's own performance mark reports how often it ran before DOMContentLoaded and for how long.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, SHARED, startServer, type ExtensionBrowser, type TestServer } from './harness.ts';

const CORPUS = join(SHARED, 'corpus/wcxb-dev/html');
const PAGES = 24;
const CHUNK_BYTES = 32 * 1024;
const CHUNK_DELAY_MS = 40;

interface Cost { startedAt: number; whileParsing: { runs: number; ms: number }; onParsed: number }

describe.runIf(process.env.CLEARPAGE_E2E_BENCH === '1')('auto-declutter cost while parsing (corpus pages, chunked)', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.html.gz')).sort().filter((_, index) => index % 60 === 0).slice(0, PAGES);

  beforeAll(async () => {
    const routes = Object.fromEntries(
      files.map((name) => {
        const html = gunzipSync(readFileSync(join(CORPUS, name)));
        return [`/bench/${name.replace('.gz', '')}`, (_: unknown, response: import('node:http').ServerResponse) => {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          const chunks = Math.ceil(html.length / CHUNK_BYTES);
          for (let index = 0; index < chunks; index++) {
            const chunk = html.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
            setTimeout(() => (index === chunks - 1 ? response.end(chunk) : response.write(chunk)), index * CHUNK_DELAY_MS);
          }
        }];
      }),
    );
    server = await startServer(routes);
    extension = await launchWithExtension(process.env.CLEARPAGE_E2E_DIST);
    // Only our server: the corpus pages' own third-party resources would just time out.
    await extension.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
    await extension.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
      await chrome.storage.sync.set({ settings: { version: 1, sites: [{ origin: 'http://127.0.0.1', mode: 'declutter' }], disabledCategories: [], detectNewsEverywhere: false, keyPointCount: 3 } });
    });
    const registered = () => extension.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting.getRegisteredContentScripts()).length);
    for (let tries = 0; (await registered()) === 0; tries++) {
      if (tries > 50) throw new Error('the site was never registered');
      await new Promise((done) => setTimeout(done, 100));
    }
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  test('per page: runs before DOMContentLoaded, time spent, share of the parse', async () => {
    const rows: Array<{ page: string; kb: number; runs: number; parsingMs: number; onParsedMs: number; dcl: number; dclUnmatched: number }> = [];
    const page = await extension.context.newPage();
    const round = (ms: number) => Math.round(ms * 10) / 10;
    for (const name of files) {
      const path = `/bench/${name.replace('.gz', '')}`;
      // Baseline: the same page from a host that is not matched (localhost is the same server).
      await page.goto(`${server.origin.replace('127.0.0.1', 'localhost')}${path}`, { waitUntil: 'domcontentloaded' });
      const dclUnmatched = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
      const measured = await page.waitForFunction(() => {
        const mark = performance.getEntriesByName('clearpage:auto-declutter')[0] as PerformanceMark | undefined;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return mark && navigation && navigation.domContentLoadedEventEnd > 0 ? { cost: mark.detail, dcl: navigation.domContentLoadedEventStart } : null;
      }, undefined, { timeout: 20_000 });
      const { cost, dcl } = (await measured.jsonValue()) as { cost: Cost; dcl: number };
      rows.push({
        page: name,
        kb: Math.round(gunzipSync(readFileSync(join(CORPUS, name))).length / 1024),
        runs: cost.whileParsing.runs,
        parsingMs: round(cost.whileParsing.ms),
        onParsedMs: round(cost.onParsed),
        dcl: Math.round(dcl),
        dclUnmatched: Math.round(dclUnmatched),
      });
    }
    const total = (key: 'parsingMs' | 'onParsedMs' | 'dcl' | 'dclUnmatched') => Math.round(rows.reduce((sum, row) => sum + row[key], 0));
    const median = (key: 'parsingMs' | 'onParsedMs') => rows.map((row) => row[key]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
    console.table(rows);
    console.log(
      `pages ${rows.length}; while parsing: median ${median('parsingMs')} ms, total ${total('parsingMs')} ms; on DOMContentLoaded: median ${median('onParsedMs')} ms, total ${total('onParsedMs')} ms; ` +
        `time to DOMContentLoaded: unmatched ${total('dclUnmatched')} ms, matched ${total('dcl')} ms`,
    );
    expect(rows).toHaveLength(files.length);
  });
});
