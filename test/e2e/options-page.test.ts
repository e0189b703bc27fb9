/**
 * The options page in Chromium: damaged stored settings are repaired without losing the reader's
 * sites (and the page says so), rules are validated live with line numbers and tested on a tab,
 * and export → import gives back the same settings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness.ts';

type StorageArea = { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
type ChromeStorage = { chrome: { storage: { sync: StorageArea; local: StorageArea } } };

describe('options page', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;
  let options: Page;
  let origin: string;
  const site = 'http://127.0.0.1';

  const storage = (area: 'sync' | 'local') => extension.worker.evaluate((name) => (globalThis as unknown as ChromeStorage).chrome.storage[name].get(null), area);

  beforeAll(async () => {
    server = await startServer();
    origin = server.origin;
    extension = await launchWithExtension(process.env.CLEARPAGE_E2E_DIST);
    const page = await extension.context.newPage();
    await page.goto(`${origin}/seed-liveblog/page.html`);
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  test('corrupt settings from an unknown version: the sites survive, the rest is backed up and reported', async () => {
    const damaged = { version: 99, sites: [{ origin: site, mode: 'reader' }, { origin: 'not a site', mode: 'declutter' }], disabledCategories: 'everything', theme: 'neon' };
    await extension.worker.evaluate(async (settings) => {
      const { chrome } = globalThis as unknown as ChromeStorage;
      await chrome.storage.sync.set({ settings });
      await chrome.storage.local.set({ userRules: '##.sc-EHOje' });
    }, damaged);
    options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/src/options/index.html`);
    await expect.poll(() => options.locator('#sites .origin').allTextContents()).toEqual([site]);
    expect(await options.locator('#sites select').inputValue()).toBe('reader');
    await expect.poll(() => options.locator('#notice').isVisible()).toBe(true);
    expect(await options.locator('#notice-problems').textContent()).toMatch(/unknown version \(99\)/);
    const local = await storage('local');
    const backups = local.settingsBackup as Array<{ setAside: Array<{ path: string; value: unknown }> }>;
    expect(backups.at(-1)?.setAside).toEqual([{ path: 'settings', value: damaged }]);
    expect(local.userRules).toBe('##.sc-EHOje');
    expect((await storage('sync')).settings).toEqual({ version: 1, sites: [{ origin: site, mode: 'reader' }], disabledCategories: [], detectNewsEverywhere: false, keyPointCount: 3 });
    expect(await options.locator('#user-rules').inputValue()).toBe('##.sc-EHOje');
  });

  test('a bad rule is reported with its line number and reason, live, and the good ones are counted', async () => {
    const rules = options.locator('#user-rules');
    await rules.fill('! category: donation-appeal\n##[data-component="support-block"]\n##div:has-text(\nexample.com#$#.x { color: red }\n##.sc-EHOje');
    await expect.poll(() => options.locator('#rule-errors li').allTextContents()).toEqual([
      expect.stringMatching(/^Line 3: /),
      'Line 4: CSS-injection rules (#$#) are not supported',
    ]);
    expect(await rules.getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#rules-status').textContent()).toMatch(/^2 rules in effect; 2 lines skipped/);
    await expect.poll(async () => (await storage('local')).userRules).toContain('support-block');
  });

  test('"Test on current tab" counts what the rules match on an open page', async () => {
    await expect.poll(() => options.locator('#test-tab option').count()).toBeGreaterThan(0);
    const tab = await options.locator('#test-tab option', { hasText: origin.replace('http://', '') }).first().getAttribute('value');
    await options.locator('#test-tab').selectOption(tab as string);
    await options.getByRole('button', { name: 'Test on current tab' }).click();
    await expect.poll(() => options.locator('#test-result').textContent()).toMatch(/^Your rules match 3 elements on that page \(line 2: 1, line 5: 2\)/);
  });

  test('export, change everything, import: the same settings and rules come back', async () => {
    await options.locator('#categories input[value="paywall"]').uncheck();
    await expect.poll(async () => ((await storage('sync')).settings as { disabledCategories: string[] }).disabledCategories).toEqual(['paywall']);
    const before = { sync: (await storage('sync')).settings, rules: (await storage('local')).userRules };

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('clearpage-settings');
    expect(exported.settings).toEqual(before.sync);

    await options.getByRole('button', { name: `Remove ${site.replace('http://', '')}` }).click();
    await options.locator('#user-rules').fill('##.something-else');
    await expect.poll(() => options.locator('#sites .origin').count()).toBe(0);

    await options.locator('#import').setInputFiles(file);
    await expect.poll(() => options.locator('#import-result').textContent()).toMatch(/Imported 1 site/);
    await expect.poll(async () => (await storage('sync')).settings).toEqual(before.sync);
    expect((await storage('local')).userRules).toBe(before.rules);
    expect(await options.locator('#user-rules').inputValue()).toBe(before.rules);
    await expect.poll(() => options.locator('#sites .origin').allTextContents()).toEqual([site]);
  });

  test('a file that is not a settings export is refused, and nothing changes', async () => {
    const before = await storage('sync');
    await options.locator('#import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => options.locator('#import-result').textContent()).toBe('This is not a Clearpage settings file.');
    expect(await storage('sync')).toEqual(before);
  });
});
