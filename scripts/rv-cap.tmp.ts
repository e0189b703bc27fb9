import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.ts';
import { resolveArticleMedia } from '../src/reader/article-media.ts';
const dir = '/work/shared/corpus/scrapinghub';
const truth: Record<string, { url: string }> = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const vc = new VirtualConsole();
let shown = 0;
for (const id of Object.keys(truth)) {
  const url = truth[id]!.url;
  let html: string;
  try { html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8'); } catch { continue; }
  if (process.argv[2] === 'fail') {
    try { const page = new JSDOM(html, { url, virtualConsole: vc }).window.document; const a = extractArticle(page, url)!; resolveArticleMedia(a.html, url, page, a.title); } catch (e) { console.log(id, (e as Error).stack?.split('\n').slice(0, 8).join('\n')); }
    continue;
  }
  const base = new Readability(new JSDOM(html, { url, virtualConsole: vc }).window.document).parse()?.content ?? '';
  const bd = new JSDOM(base, { url }).window.document;
  const baseCaps = bd.querySelectorAll('figcaption').length;
  if (!baseCaps) continue;
  const page = new JSDOM(html, { url, virtualConsole: vc }).window.document;
  let a; try { a = extractArticle(page, url); } catch { continue; }
  if (!a) continue;
  const od = new JSDOM(resolveArticleMedia(a.html, url, page, a.title), { url }).window.document;
  const ourCaps = od.querySelectorAll('figcaption').length;
  if (ourCaps >= baseCaps) continue;
  console.log('==', id, url, 'base', baseCaps, 'ours', ourCaps);
  console.log(' base figures:', Array.from(bd.querySelectorAll('figure')).slice(0, 3).map((f) => f.outerHTML.slice(0, 300)));
  console.log(' our imgs:', Array.from(od.querySelectorAll('img')).slice(0, 3).map((i) => i.outerHTML.slice(0, 200)));
  if (++shown >= 5) break;
}
