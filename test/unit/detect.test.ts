import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../src/core/detect.ts';
import { urlShape } from '../../src/core/detect/url-shape.ts';

const SEED = '/work/shared/fixtures/seed-liveblog';

function doc(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

const STORY_PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) => `<p>Paragraph ${i + 1}: the harbour authority said on Tuesday that the new sea wall would take two more years to finish, after storms delayed the delivery of the stone blocks it needs.</p>`,
).join('');

describe('detectArticle', () => {
  it('says yes to the seed live blog, with its structured data among the signals', () => {
    const expected = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
    const detection = detectArticle(doc(readFileSync(`${SEED}/page.html`, 'utf8'), expected.url), expected.url);
    expect(detection.isArticle).toBe(true);
    expect(detection.confidence).toBeGreaterThan(0.8);
    expect(detection.signals.some((s) => s.startsWith('+ldArticle'))).toBe(true);
  });

  it('says yes to a plain story with no metadata at a slug URL', () => {
    const page = doc(`<html><body><header><a href="/">Home</a></header><main><h1>Sea wall delayed again</h1>${STORY_PARAGRAPHS}</main></body></html>`, 'https://harbour-news.example/local/sea-wall-delayed-again-after-storms');
    expect(detectArticle(page, page.URL).isArticle).toBe(true);
  });

  it('says no to a product page, even one with a long description', () => {
    const ld = { '@type': 'Product', name: 'Trail shoe', offers: { '@type': 'Offer', price: '89.00' } };
    const page = doc(
      `<html><head><meta property="og:type" content="product"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <h1>Trail shoe</h1><p>$89.00</p><select name="size"><option>9</option></select><input type="number" name="qty" value="1"><button>Add to cart</button>
      <p>In stock. Free shipping on orders over $50.</p>${STORY_PARAGRAPHS}</body></html>`,
      'https://shop.example/products/trail-shoe',
    );
    const detection = detectArticle(page, page.URL);
    expect(detection.isArticle).toBe(false);
    expect(detection.signals.some((s) => s.startsWith('−ldNonArticle') || s.startsWith('−ogProduct'))).toBe(true);
  });

  it('says no to a listing of story cards', () => {
    const cards = Array.from(
      { length: 20 },
      (_, i) => `<article><h3><a href="/news/story-${i}">Headline number ${i} about the town</a></h3><time datetime="2024-05-0${(i % 9) + 1}">May</time><p>A short teaser for story ${i} that runs to about one line of text on the page.</p></article>`,
    ).join('');
    const page = doc(`<html><body><h1>Latest news</h1>${cards}</body></html>`, 'https://harbour-news.example/category/local');
    expect(detectArticle(page, page.URL).isArticle).toBe(false);
  });
});

describe('urlShape', () => {
  it('reads dates, slugs and listing paths', () => {
    expect(urlShape('https://x.test/2024/05/01/council-vote').hasDate).toBe(true);
    expect(urlShape('https://x.test/news/council-approves-the-new-budget-plan').slugWords).toBe(6);
    expect(urlShape('https://x.test/category/politics').listingSegment).toBe(true);
    expect(urlShape('https://x.test/').isRoot).toBe(true);
  });
});
