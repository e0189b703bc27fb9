/**
 * The reader view in Chromium. The keyboard shortcut itself cannot be pressed from a test (browser
 * accelerators never reach the page), so the test calls the very function registered as the
 * `commands.onCommand` listener, from the service worker; the shortcut's registration is checked
 * through `commands.getAll()`. The popup path is clicked for real.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { FIXTURES, ROOT, launchWithExtension, openPopup, seedExpected, startServer, tabIdOf, type ExtensionBrowser, type TestServer } from './harness.ts';
import { seriousViolations } from './axe.ts';

const expected = seedExpected();
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const STAND_IN_PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fa9c4"/><stop offset="1" stop-color="#4d6580"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#g)"/><rect y="560" width="1200" height="240" fill="#3b4c5e"/>
<text x="600" y="420" font-family="sans-serif" font-size="40" fill="#fff" text-anchor="middle">Stand-in for the article photo (test server)</text></svg>`;

interface ReaderHooks {
  clearpageReaderTest: {
    onCommand(command: string, tab: { id: number }): Promise<void>;
    onMenuClick(info: { menuItemId: string }, tab: { id: number }): Promise<void>;
  };
  chrome: { contextMenus: { update(id: string, properties: object): Promise<void> } };
}

describe('reader view', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer({
      // The seed's lead photo is not in the fixtures; a drawn stand-in lets the screenshots show where it sits.
      '/img/istanbul-talks.jpg': (_request, response) => {
        response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(STAND_IN_PHOTO);
      },
      // The hostile page's payloads report to this server, named by its real origin.
      '/hostile/article.html': (request, response) => {
        const html = readFileSync(join(FIXTURES, 'hostile/article.html'), 'utf8').replaceAll('__ORIGIN__', `http://${request.headers.host}`);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      },
    });
    extension = await launchWithExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  /** What the keyboard command runs, run from the service worker for the tab showing `url`. */
  async function pressCommand(url: string): Promise<void> {
    const tabId = await tabIdOf(extension, url);
    await extension.worker.evaluate(({ id }) => (globalThis as unknown as ReaderHooks).clearpageReaderTest.onCommand('open-reader', { id }), { id: tabId });
  }

  function readerFrame(page: Page): Frame | undefined {
    return page.frames().find((frame) => frame.url().includes('/src/reader/index.html'));
  }

  async function openReader(page: Page, url: string): Promise<Frame> {
    await pressCommand(url);
    await expect.poll(() => readerFrame(page)?.locator('.article-body').count() ?? 0, { timeout: 15_000 }).toBe(1);
    return readerFrame(page)!;
  }

  async function pick(frame: Frame, name: 'theme' | 'font', value: string): Promise<void> {
    if ((await frame.locator('#settings-toggle').getAttribute('aria-expanded')) !== 'true') await frame.locator('#settings-toggle').click();
    await frame.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  test('the command is registered, with Alt+Shift+R suggested', async () => {
    const { commands, manifest } = await extension.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<Array<{ name?: string }>> }; runtime: { getManifest(): { commands: Record<string, { suggested_key?: { default?: string } }> } } } };
      return { commands: await chrome.commands.getAll(), manifest: chrome.runtime.getManifest() };
    });
    expect(commands.map((command) => command.name)).toContain('open-reader');
    // Whether the browser grants the suggested key depends on the profile and platform, so the suggestion is what is checked.
    expect(manifest.commands['open-reader']?.suggested_key?.default).toBe('Alt+Shift+R');
  });

  test('the seed live blog opens by the command: every paragraph, no clutter, entries with their times', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=1`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const frame = await openReader(page, url);
    expect(fold(await frame.locator('h1').innerText())).toBe(expected.title);
    expect(await frame.locator('.meta').innerText()).toMatch(/min read/);
    const body = fold(await frame.locator('.article-body').innerText());
    const missing = expected.mustContain.filter((paragraph) => !body.includes(fold(paragraph)));
    expect(missing).toEqual([]);
    const everything = fold(await frame.locator('body').innerText());
    for (const clutter of Object.values(expected.mustNotContain).flat()) expect(everything).not.toContain(fold(clutter));
    expect(await frame.locator('.article-body .entry .entry-time time').count()).toBeGreaterThanOrEqual(10);
    // Isolation: the page cannot reach into the frame.
    expect(await page.evaluate(() => document.querySelector('iframe')?.contentDocument ?? null)).toBeNull();
    await page.close();
  });

  test('theme and font apply at once, persist across a reload, and the view passes axe in light, sepia and dark', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=2`;
    const page = await extension.context.newPage();
    // Tall enough for the screenshots to show the headline, the lead photo and the first entries.
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.goto(url);
    let frame = await openReader(page, url);
    await pick(frame, 'theme', 'light');
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('light');
    await frame.locator('#settings-toggle').click();
    expect(await seriousViolations(frame as unknown as Page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-light.png') });

    await pick(frame, 'theme', 'sepia');
    await pick(frame, 'font', 'dyslexic');
    await frame.locator('#settings-toggle').click();
    expect(await frame.locator('.article-body p:not(.entry-time)').first().evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^"?OpenDyslexic/);
    expect(await frame.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
    expect(await seriousViolations(frame as unknown as Page)).toEqual([]);

    await pick(frame, 'theme', 'dark');
    await pick(frame, 'font', 'serif');
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgb(23, 24, 26)');
    await frame.locator('#settings-toggle').click();
    expect(await seriousViolations(frame as unknown as Page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-dark.png') });
    // A change made just before closing is kept too (saving is debounced, closing flushes it).
    await pick(frame, 'font', 'sans');
    await frame.locator('#close').click();
    await expect.poll(() => page.locator('iframe[src*="/src/reader/"]').count()).toBe(0);

    await page.reload();
    frame = await openReader(page, url);
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await frame.locator('html').getAttribute('data-font')).toBe('sans');
    await frame.locator('#settings-toggle').click();
    expect(await frame.locator('input[name="theme"][value="dark"]').isChecked()).toBe(true);
    expect(await frame.locator('input[name="font"][value="sans"]').isChecked()).toBe(true);
    await pick(frame, 'theme', 'system');
    await pick(frame, 'font', 'serif');
    await page.close();
  });

  test('Esc closes the view and gives back the page untouched, at its scroll position', async () => {
    const url = `${server.origin}/hostile/article.html?case=3`;
    const page = await extension.context.newPage();
    await page.goto(url);
    await page.evaluate(() => scrollTo(0, 900));
    const before = await page.evaluate(() => ({ dom: document.documentElement.outerHTML, y: scrollY }));
    expect(before.y).toBe(900);
    const frame = await openReader(page, url);
    expect(await page.locator('iframe[src*="/src/reader/"]').isVisible()).toBe(true);
    await frame.locator('main').evaluate(() => scrollTo(0, 2000));
    await frame.locator('#main').press('Escape');
    await expect.poll(() => page.locator('iframe[src*="/src/reader/"]').count()).toBe(0);
    const after = await page.evaluate(() => ({ dom: document.documentElement.outerHTML, y: scrollY }));
    expect(after.y).toBe(before.y);
    expect(after.dom).toBe(before.dom);
    await page.close();
  });

  test('the hostile article renders as text only and runs nothing in the view', async () => {
    const url = `${server.origin}/hostile/article.html?case=4`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const frame = await openReader(page, url);
    expect(fold(await frame.locator('.article-body').innerText())).toContain('The vote passed by nine to four');
    await page.waitForTimeout(1500);
    const found = await frame.evaluate(() => {
      const body = document.querySelector('.article-body')!;
      const all = Array.from(body.querySelectorAll('*'));
      return {
        forbidden: all.filter((el) => /^(script|iframe|frame|object|embed|svg|math|style|form|button|input|link|meta|base)$/i.test(el.localName)).map((el) => el.localName),
        handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc').map((a) => `${el.localName}[${a.name}]`)),
        badLinks: Array.from(body.querySelectorAll('a')).filter((a) => a.hasAttribute('href') && !/^https?:/.test(a.getAttribute('href')!)).map((a) => a.getAttribute('href')),
        unsafeTargets: Array.from(body.querySelectorAll('a[href^="http"]')).filter((a) => a.getAttribute('target') !== '_blank' || a.getAttribute('rel') !== 'noopener noreferrer').length,
      };
    });
    expect(found).toEqual({ forbidden: [], handlers: [], badLinks: [], unsafeTargets: 0 });
    const pwned = server.requests.filter((path) => path.startsWith('/pwned/'));
    // The fixture is honest: its payloads are live, and do run in the page itself…
    expect(pwned.some((path) => path.endsWith('/http:'))).toBe(true);
    // …but none ran in the reader view.
    expect(pwned.filter((path) => !path.endsWith('/http:'))).toEqual([]);
    await page.close();
  });

  test('keyboard: Esc closes the panel before the view, Tab stays inside the view', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=5`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const frame = await openReader(page, url);
    await frame.locator('#settings-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('#settings').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.locator('#settings').isVisible()).toBe(false);
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('settings-toggle');
    expect(await page.locator('iframe[src*="/src/reader/"]').count()).toBe(1);
    // From the last link of the article, Tab comes back to the first control instead of the page beneath.
    await frame.locator('.article-footer a').focus();
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('close');
    await page.keyboard.press('Shift+Tab');
    expect(await frame.evaluate(() => document.activeElement?.className)).toBe('source');
    await page.close();
  });

  test('the progress bar follows the reading, the place is kept on reopening; print shows the article without the controls', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=progress`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const frame = await openReader(page, url);
    const progress = () => frame.locator('#progress-bar').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
    await expect.poll(progress).toBe(0);
    await frame.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(progress).toBeCloseTo(0.5, 1);
    // Closing and opening again on the same page comes back to the same place (a key press, not a click: no scrolling on the way).
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[src*="/src/reader/"]').count()).toBe(0);
    const reopened = await openReader(page, url);
    await expect.poll(() => reopened.locator('#progress-bar').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a)).toBeCloseTo(0.5, 1);
    await page.emulateMedia({ media: 'print' });
    expect(await reopened.locator('.toolbar').isVisible()).toBe(false);
    expect(await reopened.locator('.progress').isVisible()).toBe(false);
    expect(await reopened.locator('.article-body').isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    await page.close();
  });

  test('Save as HTML downloads one self-contained file; Copy as Markdown fills the clipboard', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=6`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const frame = await openReader(page, url);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Save as HTML' }).click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe(`${expected.title}.html`);
    expect(saved).not.toMatch(/<script/i);
    expect(saved).toContain("default-src 'none'");
    for (const paragraph of expected.mustContain.slice(0, 5)) expect(fold(saved)).toContain(fold(paragraph));

    // The real clipboard write, from a click in the frame: the view reports success only when the browser took the text.
    await frame.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => frame.locator('#announce').textContent()).toBe('Article copied as Markdown.');
    // What was handed to the clipboard (reading the system clipboard back needs a permission no test profile can grant an extension).
    await frame.evaluate(() => {
      navigator.clipboard.writeText = async (text: string) => void ((window as unknown as { copied: string }).copied = text);
    });
    await frame.getByRole('button', { name: 'Copy as Markdown' }).click();
    const markdown = await frame.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(markdown.startsWith(`# ${expected.title}`)).toBe(true);
    expect(fold(markdown)).toContain(fold(expected.mustContain.at(-1)!));
    await page.close();
  });

  test('the context menu item exists and toggles the view', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=menu`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(extension, url);
    // update() rejects for an item that was never created.
    await extension.worker.evaluate(() => (globalThis as unknown as ReaderHooks).chrome.contextMenus.update('clearpage-open-reader', {}));
    const click = (id: number) => extension.worker.evaluate(({ id }) => (globalThis as unknown as ReaderHooks).clearpageReaderTest.onMenuClick({ menuItemId: 'clearpage-open-reader' }, { id }), { id });
    await click(tabId);
    await expect.poll(() => readerFrame(page)?.locator('.article-body').count() ?? 0, { timeout: 15_000 }).toBe(1);
    await click(tabId);
    await expect.poll(() => page.locator('iframe[src*="/src/reader/"]').count()).toBe(0);
    await page.close();
  });

  test('the popup button opens the same view', async () => {
    const url = `${server.origin}/seed-liveblog/page.html?case=7`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    await popup.getByRole('button', { name: 'Reader view' }).click();
    await expect.poll(() => readerFrame(page)?.locator('.article-body').count() ?? 0, { timeout: 15_000 }).toBe(1);
    await readerFrame(page)!.getByRole('button', { name: 'Close reader' }).click();
    await expect.poll(() => page.locator('iframe[src*="/src/reader/"]').count()).toBe(0);
    await page.close();
  });
});
