import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, seedExpected, startServer, tabIdOf, type ExtensionBrowser, type TestServer } from './harness.ts';
import { readPageState } from './page-checks.ts';
import { seriousViolations } from './axe.ts';

const expected = seedExpected();
const LIVE_BODY = '.sc-live-body';
const fold = (text: string) => text.replace(/\s+/g, ' ');

describe('seed live blog: popup, declutter, show original', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  let originalDom: string;

  beforeAll(async () => {
    server = await startServer();
    extension = await launchWithExtension();
    page = await extension.context.newPage();
    const url = `${server.origin}/seed-liveblog/page.html`;
    await page.goto(url);
    originalDom = await page.evaluate(() => document.documentElement.outerHTML);
    popup = await openPopup(extension, await tabIdOf(extension, url));
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  test('the popup shows the title, three key points and the clutter by category', async () => {
    await expect.poll(() => popup.locator('.card h1').textContent()).toBe(expected.title);
    const points = await popup.locator('.key-points li').allTextContents();
    expect(points).toHaveLength(3);
    for (const point of points) expect(expected.mustContain.some((paragraph) => paragraph.includes(point))).toBe(true);
    const clutter = await popup.locator('.clutter summary').textContent();
    for (const name of ['login prompt', 'donation appeal', 'newsletter sign-up', 'comment prompt', 'cookie banner', 'notification prompt']) {
      expect(clutter).toContain(name);
    }
  });

  test('the popup passes axe in light and dark', async () => {
    await popup.locator('details summary').click(); // the reasons list is part of what a reader sees
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await seriousViolations(popup)).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: null });
  });

  test('the page before declutter fails the checks (the fixture is honest)', async () => {
    const before = await readPageState(page, LIVE_BODY);
    expect(before.scrollUnlocked).toBe(false);
    expect(before.blockingOverlays.length).toBeGreaterThan(0);
    expect(before.bodyMasks.length).toBeGreaterThan(0);
  });

  test('Declutter hides every clutter string, keeps every paragraph, unlocks and unmasks', async () => {
    await popup.getByRole('button', { name: 'Declutter' }).click();
    await expect.poll(() => popup.locator('#declutter-toggle').textContent()).toBe('Show original');
    const after = await readPageState(page, LIVE_BODY);
    expect(after.scrollUnlocked).toBe(true);
    expect(after.blockingOverlays).toEqual([]);
    expect(after.bodyMasks).toEqual([]);
    const visible = fold(after.visibleText);
    for (const paragraph of expected.mustContain) expect(visible).toContain(fold(paragraph));
    for (const clutter of Object.values(expected.mustNotContain).flat()) expect(visible).not.toContain(fold(clutter));
    expect(await popup.locator('.clutter h2').textContent()).toBe('Removed on this page');
  });

  test('Show original gives back the exact DOM', async () => {
    await popup.getByRole('button', { name: 'Show original' }).click();
    await expect.poll(() => popup.locator('#declutter-toggle').textContent()).toBe('Declutter');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(originalDom);
  });

  test('the extension made no request of its own', () => {
    const own = server.requests.filter((path) => !['/seed-liveblog/page.html', '/img/istanbul-talks.jpg', '/favicon.ico'].includes(path));
    expect(own).toEqual([]);
  });
});
