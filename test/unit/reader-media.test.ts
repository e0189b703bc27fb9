import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { absoluteSrcset, resolveArticleMedia } from '../../src/reader/article-media.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { textDirection } from '../../src/reader/text-direction.ts';

const URL_ = 'https://news.example.com/world/2025/story.html';
const PROSE = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} tells how the river town rebuilt its bridges, who paid for the stone, and why the ferry still runs on the days the arches are closed.</p>`).join('');

const PAGE = `<!doctype html><html lang="en"><head><title>Bridges of the river town</title></head><body><article><h1>Bridges of the river town</h1>
${PROSE(3)}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/images/lazy.jpg" alt="Lazy"><figcaption>The old bridge at dawn</figcaption></figure>
${PROSE(2)}
<figure><picture><source type="image/webp" data-srcset="/images/pic.webp 1x, /images/pic@2x.webp 2x"><img data-src="rel/pic.jpg" alt="Picture"></picture><figcaption>Scaffolding under the arches</figcaption></figure>
<img src="/spacer.gif" data-srcset="img/a-400.jpg 400w, img/a-800.jpg 800w" alt="srcset"><noscript><img src="/images/noscript.jpg" alt="Noscript"></noscript>
${PROSE(2)}
<p>Read <a href="../other/page.html">the other page</a>, <a href="#notes">the notes</a> and <a href="//cdn.example.org/x">the archive</a>.</p>
</article></body></html>`;

function resolved(): Element {
  const page = new JSDOM(PAGE, { url: URL_ }).window.document;
  const article = extractArticle(page, URL_);
  expect(article).not.toBeNull();
  const holder = page.createElement('div');
  holder.innerHTML = resolveArticleMedia(article!.html, URL_, page);
  return holder;
}

describe('article media for the reader view', () => {
  const root = resolved();

  it('gives lazy images their real, absolute address', () => {
    const sources = Array.from(root.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(sources).toContain('https://news.example.com/images/lazy.jpg');
    expect(sources).toContain('https://news.example.com/world/2025/rel/pic.jpg');
    expect(sources).toContain('https://news.example.com/images/noscript.jpg');
    expect(sources.every((src) => src?.startsWith('https://'))).toBe(true);
  });

  it('keeps <picture> sources with absolute srcsets', () => {
    expect(root.querySelector('picture source')?.getAttribute('srcset')).toBe('https://news.example.com/images/pic.webp 1x, https://news.example.com/images/pic@2x.webp 2x');
  });

  it('brings back the figure captions from the page', () => {
    const captions = Array.from(root.querySelectorAll('figure figcaption')).map((caption) => caption.textContent);
    expect(captions).toEqual(['The old bridge at dawn', 'Scaffolding under the arches']);
  });

  it('makes links absolute and leaves in-page jumps alone', () => {
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://news.example.com/world/other/page.html', '#notes', 'https://cdn.example.org/x']);
  });

  it('resolves each srcset candidate and drops none that parse', () => {
    expect(absoluteSrcset('a.jpg 1x, /b.jpg 2x,  c.jpg 640w', 'https://x.example/d/e.html')).toBe('https://x.example/d/a.jpg 1x, https://x.example/b.jpg 2x, https://x.example/d/c.jpg 640w');
  });
});

describe('the lead picture the extractor left out', () => {
  const story = (figures: string) => `<!doctype html><html><head><title>Storm closes the coast road</title></head><body><article>
    <h1>Storm closes the coast road</h1>${figures}<div class="story-body">${PROSE(6)}</div></article></body></html>`;
  const leadOf = (html: string) => {
    const page = new JSDOM(html, { url: URL_ }).window.document;
    const article = extractArticle(page, URL_)!;
    const holder = page.createElement('div');
    holder.innerHTML = resolveArticleMedia(article.html, URL_, page, article.title);
    return holder.querySelector('figure');
  };

  it('comes back at the top, with its caption', () => {
    const lead = leadOf(story('<figure><img src="/photos/road.jpg" alt="The flooded road" width="1200" height="675"><figcaption>The road at high tide</figcaption></figure>'));
    expect(lead?.querySelector('img')?.getAttribute('src')).toBe('https://news.example.com/photos/road.jpg');
    expect(lead?.querySelector('figcaption')?.textContent).toBe('The road at high tide');
  });

  it('is never the author’s portrait or a thumbnail', () => {
    expect(leadOf(story('<div class="author-card"><figure><img src="/people/ann.jpg" alt="Ann" width="400" height="400"><figcaption>Ann Lee</figcaption></figure></div>'))).toBeNull();
    expect(leadOf(story('<figure><img src="/thumbs/road.jpg" alt="" width="120" height="80"></figure>'))).toBeNull();
  });
});

describe('text direction', () => {
  it('follows the page’s dir, then its language, then its script', () => {
    expect(textDirection('rtl', 'en', 'hello')).toBe('rtl');
    expect(textDirection(null, 'ar', 'hello')).toBe('rtl');
    expect(textDirection(null, 'he-IL', '')).toBe('rtl');
    expect(textDirection(null, 'fa', '')).toBe('rtl');
    expect(textDirection(null, null, 'وقالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة')).toBe('rtl');
    expect(textDirection(null, 'en', 'The talks will resume next week, the government said.')).toBe('ltr');
    expect(textDirection('ltr', 'ar', 'عربي')).toBe('ltr');
  });
});
