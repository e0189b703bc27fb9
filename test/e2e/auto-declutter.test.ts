/**
 * "Always declutter" on a site, end to end in Chromium: the page is served slowly, in chunks, with
 * a login layer and a donation block in the first chunk, and the page's own recorder (a
 * MutationObserver + a requestAnimationFrame loop, both in the page's main world) notes every
 * moment either element is in the DOM and whether it was visible then (computed style + box).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, launchWithExtension, openPopup, seedExpected, startServer, tabIdOf, type ExtensionBrowser, type TestServer } from './harness.ts';
import { readPageState } from './page-checks.ts';

/** Between chunks: long enough for Chromium to paint the first chunk many times over. */
const CHUNK_DELAY_MS = 600;

/** Runs in the page before its body: what a reader could have seen, frame by frame. */
const RECORDER = `<script>
(() => {
  const targets = { login: '[aria-modal="true"]', donation: '[data-component="support-block"]' };
  const record = window.__clutterRecord = { frames: 0, checks: 0 };
  for (const name of Object.keys(targets)) record[name] = { firstSeenAt: null, framesPresent: 0, visibleAt: [], paintedAt: [] };
  // Layout as the browser computed it for a rendering update (after every animation-frame callback, just
  // before paint): an element with a box there was painted, wherever it was on the page.
  const names = new WeakMap();
  const rendered = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const box = entry.intersectionRect;
      if (entry.isIntersecting && box.width * box.height > 0) record[names.get(entry.target)].paintedAt.push(Math.round(entry.time));
    }
  }, { rootMargin: '100000px' });
  function check(source) {
    record.checks++;
    for (const [name, selector] of Object.entries(targets)) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const entry = record[name];
      if (entry.firstSeenAt === null) {
        entry.firstSeenAt = Math.round(performance.now());
        names.set(element, name);
        rendered.observe(element);
      }
      if (source === 'frame') entry.framesPresent++;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const visible = style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
      if (visible) entry.visibleAt.push(source + '@' + Math.round(performance.now()));
    }
  }
  new MutationObserver(() => check('mutation')).observe(document, { childList: true, subtree: true });
  requestAnimationFrame(function frame() { record.frames++; check('frame'); requestAnimationFrame(frame); });
})();
</script>`;

interface Entry { firstSeenAt: number | null; framesPresent: number; visibleAt: string[]; paintedAt: number[] }
interface ClutterRecord { frames: number; checks: number; login: Entry; donation: Entry }

/** The seed live blog, re-cut: login layer moved to the top of <body>, first chunk ending after the donation block. */
function slowPageChunks(): string[] {
  const html = readFileSync(join(FIXTURES, 'seed-liveblog/page.html'), 'utf8');
  const loginStart = html.indexOf('<div class="sc-bZQynM"');
  const loginEnd = html.indexOf('<div class="sc-gzVnrw"');
  const login = html.slice(loginStart, loginEnd);
  const rest = html.slice(0, loginStart) + html.slice(loginEnd);
  const bodyOpen = rest.indexOf('>', rest.indexOf('<body')) + 1;
  const afterDonation = rest.indexOf('<div class="sc-kEqYlL', rest.indexOf('data-component="support-block"'));
  const middle = rest.indexOf('<div class="sc-kEqYlL', Math.floor((afterDonation + rest.length) / 2));
  if ([loginStart, loginEnd, afterDonation, middle].some((index) => index < 0)) throw new Error('the seed page changed shape');
  const head = rest.slice(0, bodyOpen).replace('<head>', `<head>${RECORDER}`);
  return [head + login + rest.slice(bodyOpen, afterDonation), rest.slice(afterDonation, middle), rest.slice(middle)];
}

const readRecord = (page: Page) => page.evaluate(() => (window as unknown as { __clutterRecord: ClutterRecord }).__clutterRecord);

async function registeredIds(extension: ExtensionBrowser): Promise<string[]> {
  return extension.worker.evaluate(async () => {
    const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome.scripting;
    return (await scripting.getRegisteredContentScripts()).map((script) => script.id);
  });
}

describe('always declutter a site: nothing painted, scroll works, removable', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let url: string;
  const expected = seedExpected();

  beforeAll(async () => {
    const chunks = slowPageChunks();
    server = await startServer({
      '/slow/story.html': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        chunks.forEach((chunk, index) => setTimeout(() => (index === chunks.length - 1 ? response.end(chunk) : response.write(chunk)), index * CHUNK_DELAY_MS));
      },
    });
    extension = await launchWithExtension(process.env.CLEARPAGE_E2E_DIST);
    page = await extension.context.newPage();
    url = `${server.origin}/slow/story.html`;
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  test('control: without the site matched, the recorder sees both layers painted', async () => {
    await page.goto(url, { waitUntil: 'load' });
    const record = await readRecord(page);
    console.log('unmatched site:', JSON.stringify({ frames: record.frames, login: { ...record.login, visibleAt: record.login.visibleAt.length }, donation: { ...record.donation, visibleAt: record.donation.visibleAt.length } }));
    for (const entry of [record.login, record.donation]) {
      expect(entry.visibleAt.filter((at) => at.startsWith('frame')).length).toBeGreaterThan(5);
      expect(entry.paintedAt.length).toBeGreaterThan(0);
    }
  });

  test('"Always declutter" in the popup registers the site', async () => {
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    const box = popup.locator('#always-declutter');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await popup.locator('.site-toggle label').textContent()).toContain('127.0.0.1');
    await box.check();
    await expect.poll(() => popup.locator('#site-status').textContent()).toContain('next page load');
    await expect.poll(() => registeredIds(extension)).toEqual(['clearpage-site:http://127.0.0.1']);
    await popup.close();
  });

  test('after a reload no clutter layer is ever visible, though both were in the DOM for many frames', async () => {
    await page.reload({ waitUntil: 'load' });
    const record = await readRecord(page);
    const cost = await page.evaluate(() => (performance.getEntriesByName('clearpage:auto-declutter')[0] as PerformanceMark | undefined)?.detail);
    console.log('matched site:', JSON.stringify({ frames: record.frames, checks: record.checks, login: record.login, donation: record.donation, cost }));
    for (const entry of [record.login, record.donation]) {
      expect(entry.firstSeenAt).not.toBeNull();
      // Present while the next chunks were on their way: painted frames in which it could have shown.
      expect(entry.framesPresent).toBeGreaterThan(10);
      expect(entry.visibleAt).toEqual([]);
      expect(entry.paintedAt).toEqual([]);
    }
  });

  test('the page reads: every paragraph visible, no blocking layer, and it scrolls', async () => {
    const state = await readPageState(page, '.sc-live-body');
    expect(state.blockingOverlays).toEqual([]);
    expect(state.scrollUnlocked).toBe(true);
    const visible = state.visibleText.replace(/\s+/g, ' ');
    for (const paragraph of expected.mustContain) expect(visible).toContain(paragraph.replace(/\s+/g, ' '));
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('a login layer the page inserts after load is never painted either', async () => {
    const painted = await page.evaluate(async () => {
      const layer = document.createElement('div');
      layer.setAttribute('role', 'dialog');
      layer.setAttribute('aria-modal', 'true');
      layer.style.cssText = 'position: fixed; inset: 0; background: #fff; z-index: 99999';
      layer.innerHTML = '<h2>Sign in to continue reading</h2><p>Already have an account? Log in to keep reading this story.</p><button>Log in</button>';
      const boxes: number[] = [];
      const rendered = new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting && entry.intersectionRect.width * entry.intersectionRect.height > 0) boxes.push(entry.time);
      });
      rendered.observe(layer);
      document.body.append(layer);
      await new Promise((done) => setTimeout(done, 500));
      return { boxes, display: getComputedStyle(layer).display };
    });
    expect(painted).toEqual({ boxes: [], display: 'none' });
  });

  test('a rule the reader adds reaches the open tab without a reload', async () => {
    const footerShown = () => page.evaluate(() => getComputedStyle(document.querySelector('footer') as Element).display !== 'none');
    expect(await footerShown()).toBe(true);
    await extension.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ userRules: '##body > footer' }),
    );
    await expect.poll(footerShown).toBe(false);
  });

  test('the keyboard command gives back the original, and declutters again', async () => {
    const tabId = await tabIdOf(extension, url);
    const toggle = (id: number) =>
      extension.worker.evaluate((target) => (globalThis as unknown as { clearpageToggleTest: { toggleDeclutter(id: number): Promise<boolean | null> } }).clearpageToggleTest.toggleDeclutter(target), id);
    const loginVisible = () => page.evaluate(() => getComputedStyle(document.querySelector('[aria-modal="true"]') as Element).display !== 'none');
    expect(await toggle(tabId)).toBe(false);
    expect(await loginVisible()).toBe(true);
    expect(await toggle(tabId)).toBe(true);
    expect(await loginVisible()).toBe(false);
  });

  test('in "reader view" mode, the next load opens the reader view by itself', async () => {
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    await expect.poll(() => popup.locator('#site-mode').isEnabled()).toBe(true);
    await popup.locator('#site-mode').selectOption('reader');
    const storedMode = () =>
      extension.worker.evaluate(async () => {
        const { settings } = await (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<{ settings?: { sites: Array<{ mode: string }> } }> } } } }).chrome.storage.sync.get('settings');
        return settings?.sites[0]?.mode;
      });
    await expect.poll(storedMode).toBe('reader');
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator('iframe[src*="src/reader/index.html"]').count(), { timeout: 10_000 }).toBe(1);
    expect((await readRecord(page)).login.paintedAt).toEqual([]);
  });

  test('removing the site in the popup unregisters it: the next load shows the clutter again', async () => {
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    const box = popup.locator('#always-declutter');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => registeredIds(extension)).toEqual([]);
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    const record = await readRecord(page);
    expect(record.login.visibleAt.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementById('clearpage-auto-style'))).toBeNull();
  });
});
