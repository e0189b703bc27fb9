/**
 * E2E harness: a local page server and Debian Chromium with the test build of the extension
 * (`dist/chrome-test`, which pre-grants http://127.0.0.1 as a reader's "Allow" would).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The repo root: the nearest folder up with a package.json (this file also runs bundled, from .cache/). */
function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error(`no package.json above ${from}`);
}

export const ROOT = findRoot(import.meta.dirname);
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SHARED = resolve(ROOT, '../shared');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  origin: string;
  /** Every path requested, in order: the extension must add none of its own. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves test/fixtures, plus any routes a test adds, on 127.0.0.1 at a free port. */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = routes[path];
    if (route) return route(request, response);
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !extname(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** The slice of the `chrome` global the tests call inside the extension's worker. */
export interface ChromeGlobal {
  chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(dist = process.env.CLEARPAGE_E2E_DIST ?? join(ROOT, 'dist/chrome-test')): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'clearpage-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the flag below asks for the new headless mode, which runs extensions
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id Chrome gave the tab showing `url`, asked of the extension's own service worker. */
export async function tabIdOf(extension: ExtensionBrowser, url: string): Promise<number> {
  const id = await extension.worker.evaluate(async (target) => {
    const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The tab the reader is looking at; for pages whose URL the extension may not see (chrome://). */
export async function activeTabId(extension: ExtensionBrowser): Promise<number> {
  return extension.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** The popup, opened as a page for a given tab (a real popup cannot be clicked open headless). */
export async function openPopup(extension: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

export function seedExpected(): {
  title: string;
  mustContain: string[];
  mustNotContain: Record<string, string[]>;
} {
  return JSON.parse(readFileSync(join(SHARED, 'fixtures/seed-liveblog/expected.json'), 'utf8'));
}
