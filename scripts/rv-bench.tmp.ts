// Temporary: reader pipeline over a corpus — images/captions kept vs plain Readability, failures, timing.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/core/extract.ts';
import { resolveArticleMedia } from '../src/reader/article-media.ts';
import { createSanitizer } from '../src/reader/sanitize.ts';
import { renderArticle } from '../src/reader/article-view.ts';

const dir = process.argv[2]!;
const truth: Record<string, { url: string }> = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const files = readdirSync(`${dir}/html`).filter((f) => f.endsWith('.html.gz')).slice(0, Number(process.argv[3] ?? 1e9));
const vc = new VirtualConsole();
const view = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://x/src/reader/index.html' }).window;
const sanitize = createSanitizer(view as unknown as Window);
const TEXT = { byline: (n: string) => n, readingTime: (n: number) => `${n}`, original: 'o', locale: 'en' };
const count = (html: string, sel: string) => { const d = view.document.createElement('div'); d.innerHTML = html; return d.querySelectorAll(sel).length; };
const realImgs = 'img[src^="http"]';
let pages = 0, failures = 0, noArticle = 0, baseImgs = 0, ourImgs = 0, baseCaps = 0, ourCaps = 0, leadAdded = 0, pagesBaseImg = 0, pagesOurImg = 0, unsafe = 0;
let ms = 0;
for (const file of files) {
  const id = file.replace('.html.gz', '');
  const url = truth[id]?.url ?? 'https://example.com/';
  const html = gunzipSync(readFileSync(`${dir}/html/${file}`)).toString('utf8');
  pages++;
  try {
    const base = new Readability(new JSDOM(html, { url, virtualConsole: vc }).window.document).parse();
    const b = base?.content ?? '';
    const bi = count(b, realImgs); baseImgs += bi; baseCaps += count(b, 'figcaption'); if (bi) pagesBaseImg++;
    const page = new JSDOM(html, { url, virtualConsole: vc }).window.document;
    const article = extractArticle(page, url);
    if (!article) { noArticle++; continue; }
    const t0 = performance.now();
    const resolved = resolveArticleMedia(article.html, url, page, article.title);
    const rendered = renderArticle(view.document, { ...article, url, dir: 'ltr', html: resolved, readingMinutes: 1 }, sanitize, TEXT);
    ms += performance.now() - t0;
    const oi = rendered.querySelectorAll(realImgs).length; ourImgs += oi; if (oi) pagesOurImg++;
    ourCaps += rendered.querySelectorAll('figcaption').length;
    if (!count(article.html, 'img') && count(resolved, 'img')) leadAdded++;
    if (rendered.querySelector('script, iframe, style, [style], [onerror], [onload], a[href^="javascript:" i]')) unsafe++;
  } catch (error) {
    failures++;
    console.error(file, error instanceof Error ? error.message : error);
  }
}
console.log(JSON.stringify({ pages, failures, noArticle, baseImgs, ourImgs, pagesBaseImg, pagesOurImg, baseCaps, ourCaps, leadAdded, unsafe, mediaSanitizeRenderMsPerPage: +(ms / Math.max(1, pages - noArticle - failures)).toFixed(2) }, null, 1));
