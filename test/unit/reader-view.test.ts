import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract.ts';
import { summarize } from '../../src/core/summarize.ts';
import { resolveArticleMedia } from '../../src/reader/article-media.ts';
import { createSanitizer } from '../../src/reader/sanitize.ts';
import { rankHeadings, renderArticle } from '../../src/reader/article-view.ts';
import { articleToMarkdown } from '../../src/reader/export-markdown.ts';
import { fileNameFor, standaloneHtml } from '../../src/reader/export-html.ts';
import type { ReaderArticle } from '../../src/reader/reader-protocol.ts';

const SEED = '/work/shared/fixtures/seed-liveblog';
const expected = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8')) as { url: string; title: string; mustContain: string[]; mustNotContain: Record<string, string[]> };
const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const view = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://abc/src/reader/index.html' }).window;
const TEXT = { byline: (name: string) => `By ${name}`, readingTime: (n: number) => `${n} min read`, original: 'Open the original page', locale: 'en' };

function seedArticle(): ReaderArticle {
  const page = new JSDOM(readFileSync(`${SEED}/page.html`, 'utf8'), { url: expected.url }).window.document;
  const article = extractArticle(page, expected.url)!;
  return { ...article, url: expected.url, dir: 'ltr', html: resolveArticleMedia(article.html, expected.url, page, article.title), readingMinutes: summarize(article).readingMinutes };
}

describe('the rendered seed live blog', () => {
  const article = seedArticle();
  const rendered = renderArticle(view.document, article, createSanitizer(view as unknown as Window), TEXT);
  const body = rendered.querySelector('.article-body')!;

  it('has every paragraph and none of the clutter', () => {
    const text = fold(body.textContent);
    expect(expected.mustContain.filter((paragraph) => !text.includes(fold(paragraph)))).toEqual([]);
    for (const clutter of Object.values(expected.mustNotContain).flat()) expect(fold(rendered.textContent)).not.toContain(fold(clutter));
  });

  it('has one h1, the title, and the reading time in its header', () => {
    expect(Array.from(rendered.querySelectorAll('h1')).map((h1) => h1.textContent)).toEqual([expected.title]);
    expect(rendered.querySelector('.meta')?.textContent).toMatch(/\d+ min read/);
    expect(rendered.getAttribute('lang')).toBe('en-GB');
  });

  it('puts back the lead picture the text extractor left outside the story, with its caption and alt text', () => {
    const figure = body.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(new URL('/img/istanbul-talks.jpg', expected.url).href);
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('Delegations at the Dolmabahce Palace in Istanbul');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Russian and Ukrainian delegations meet in Istanbul');
    expect(body.querySelectorAll('img')).toHaveLength(1);
  });

  it('sets each live entry apart with its time', () => {
    const stamps = body.querySelectorAll('time').length;
    expect(stamps).toBeGreaterThan(10);
    expect(body.querySelectorAll('.entry').length).toBe(stamps);
    expect(body.querySelectorAll('.entry > .entry-time time').length).toBe(stamps);
    expect(rendered.classList.contains('live')).toBe(true);
  });

  it('copies as Markdown with the title, the source and every paragraph', () => {
    const markdown = articleToMarkdown({ title: article.title, byline: null, siteName: article.siteName, date: '16 May 2025', url: article.url }, body.innerHTML);
    expect(markdown.startsWith(`# ${expected.title}\n\nThe Independent · 16 May 2025\n\n<${expected.url}>`)).toBe(true);
    const flat = fold(markdown.replace(/\\([-.*_[\]()#+!>])/g, '$1'));
    expect(expected.mustContain.filter((paragraph) => !flat.includes(fold(paragraph)))).toEqual([]);
  });

  it('saves as one self-contained file that runs nothing', () => {
    const html = standaloneHtml({ title: `${article.title} </title><script>alert(1)</script>`, lang: 'en-GB', rootAttributes: { 'data-theme': 'dark', style: '--size: 20px' }, css: 'body { color: red } </style><script>alert(2)</script>', articleHtml: rendered.outerHTML });
    const saved = new JSDOM(html).window.document;
    expect(saved.querySelectorAll('script')).toHaveLength(0);
    expect(saved.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(saved.documentElement.dataset.theme).toBe('dark');
    expect(saved.title).toContain('</title><script>');
    expect(fold(saved.querySelector('.article-body')?.textContent ?? '')).toContain(fold(expected.mustContain[0]!));
    expect(saved.querySelectorAll('link[rel="stylesheet"], img[src^="chrome-extension:"]')).toHaveLength(0);
  });
});

describe('right-to-left articles', () => {
  it('are laid out right to left, in their own language', () => {
    const article: ReaderArticle = {
      url: 'https://news.example/ar/1', title: 'عنوان الخبر', byline: null, siteName: null, publishedTime: null, lang: 'ar', dir: 'rtl',
      excerpt: null, leadImage: null, html: '<p>وقالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل.</p>', readingMinutes: 1, isLiveBlog: false,
    };
    const rendered = renderArticle(view.document, article, createSanitizer(view as unknown as Window), TEXT);
    expect(rendered.getAttribute('dir')).toBe('rtl');
    expect(rendered.getAttribute('lang')).toBe('ar');
  });
});

describe('markdown of article structure', () => {
  it('keeps headings, lists, quotes, code, links and images', () => {
    const html = '<h2>Part</h2><p>See <a href="https://x.example/">this</a>.</p><ul><li>one</li></ul><blockquote><p>quoted</p></blockquote><pre><code>let a = 1;</code></pre><figure><img src="https://x.example/a.jpg" alt="A bridge"><figcaption>Cap</figcaption></figure>';
    const markdown = articleToMarkdown({ title: 'T', byline: 'By Ann', siteName: null, date: null, url: 'https://x.example/t' }, html);
    for (const piece of ['# T', 'By Ann', '## Part', '[this](https://x.example/)', '-   one', '> quoted', '```\nlet a = 1;\n```', '![A bridge](https://x.example/a.jpg)', 'Cap']) {
      expect(markdown).toContain(piece);
    }
  });
});

describe('headings under the title', () => {
  it('drops a repeat of the title and moves body h1s down to h2', () => {
    const root = view.document.createElement('div');
    root.innerHTML = '<h1>The Title</h1><p>x</p><h1 id="a">Section</h1><h2>Sub</h2>';
    rankHeadings(root, 'The  title');
    expect(root.innerHTML).toBe('<p>x</p><h2 id="a">Section</h2><h2>Sub</h2>');
  });
});

describe('saved file names', () => {
  it('strips what file systems refuse', () => {
    expect(fileNameFor('A/B: "C" <D>?')).toBe('A B C D.html');
    expect(fileNameFor('   ')).toBe('article.html');
  });
});
