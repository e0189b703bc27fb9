import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeTabId, launchWithExtension, openPopup, startServer, tabIdOf, type ExtensionBrowser, type TestServer } from './harness.ts';

describe('the popup explains what it cannot do', () => {
  let server: TestServer;
  let extension: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    extension = await launchWithExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  test('a page with no article says so, and why', async () => {
    const url = `${server.origin}/no-article/shop.html`;
    const page = await extension.context.newPage();
    await page.goto(url);
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    await expect.poll(() => popup.locator('.message h1').textContent()).toBe('No article on this page');
    expect(await popup.locator('.message').innerText()).toMatch(/running text/);
    await Promise.all([popup.close(), page.close()]);
  });

  test('a browser page is a message, not an error', async () => {
    const page = await extension.context.newPage();
    await page.goto('chrome://version/');
    const popup = await openPopup(extension, await activeTabId(extension));
    await expect.poll(() => popup.locator('.message h1').textContent()).toBe('Clearpage can’t work here');
    expect(await popup.locator('.message').innerText()).toMatch(/browser page/);
    await Promise.all([popup.close(), page.close()]);
  });
});
