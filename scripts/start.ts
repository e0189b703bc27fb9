/**
 * `npm start`: build, serve the demo news page on 127.0.0.1, and open Chromium with Clearpage on it.
 * With a display, a real browser window opens (click the toolbar button). Without one, it runs
 * headless, prints what the popup shows and saves a screenshot of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, launchWithExtension, openPopup, startServer, tabIdOf } from '../test/e2e/harness.ts';

const DEMO_PATH = '/seed-liveblog/page.html';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function build(script: string): void {
  const result = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function openWindow(url: string): Promise<void> {
  build('build:chrome');
  const dist = join(ROOT, 'dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'clearpage-demo-'));
  console.log(`Demo page: ${url}\nClick the Clearpage button in the toolbar (pin it from the puzzle menu). Close the browser to stop.`);
  const browser = spawn(CHROMIUM, [`--user-data-dir=${profile}`, '--no-first-run', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, url], { stdio: 'ignore' });
  await new Promise((done) => browser.on('exit', done));
}

async function runHeadless(url: string): Promise<void> {
  build('build:test'); // the test build pre-grants 127.0.0.1, as a reader's click on the toolbar would
  const extension = await launchWithExtension();
  try {
    const page = await extension.context.newPage();
    await page.goto(url);
    const popup = await openPopup(extension, await tabIdOf(extension, url));
    await popup.locator('main[aria-busy="false"]').waitFor();
    console.log(`Demo page: ${url}\n\nThe popup says:\n`);
    console.log(await popup.locator('main').innerText());
    await popup.setViewportSize({ width: 380, height: 600 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const screenshot = join(ROOT, `dist/demo-popup-${colorScheme}.png`);
      await popup.screenshot({ path: screenshot, fullPage: true });
      console.log(`${colorScheme === 'light' ? '\n' : ''}Screenshot of the popup (${colorScheme}): ${screenshot}`);
    }
  } finally {
    await extension.close();
  }
}

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const server = await startServer();
try {
  const url = `${server.origin}${DEMO_PATH}`;
  await (hasDisplay ? openWindow(url) : runHeadless(url));
} finally {
  await server.close();
}
