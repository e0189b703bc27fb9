import { launchWithExtension, startServer, tabIdOf } from './harness.ts';
const server = await startServer();
const ext = await launchWithExtension('/tmp/rv-dist');
ext.worker.on('console', (m) => console.log('[worker]', m.text()));
const page = await ext.context.newPage();
page.on('console', (m) => console.log('[page]', m.type(), m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('frameattached', (f) => console.log('[frame attached]', f.url()));
page.on('framenavigated', (f) => console.log('[frame nav]', f.url()));
const url = `${server.origin}/seed-liveblog/page.html`;
await page.goto(url);
const id = await tabIdOf(ext, url);
const r = await ext.worker.evaluate(async ({ id }) => {
  try { await (globalThis as any).clearpageReaderTest.onCommand('open-reader', { id }); return 'ok'; } catch (e) { return String(e); }
}, { id });
console.log('command result', r);
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => Array.from(document.querySelectorAll('iframe')).map((f) => f.outerHTML)));
for (const f of page.frames()) { console.log('frame', f.url()); try { console.log((await f.locator('body').innerText()).slice(0, 300)); } catch (e) { console.log('err', String(e).slice(0, 200)); } }
await ext.close(); await server.close();
