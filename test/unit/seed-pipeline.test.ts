import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../src/core/index.ts';

const fixture = resolve(import.meta.dirname, '../../../shared/fixtures/seed-liveblog');
const expected = JSON.parse(readFileSync(resolve(fixture, 'expected.json'), 'utf8'));
const html = readFileSync(resolve(fixture, 'page.html'), 'utf8');

describe('the seed live blog through the whole pipeline', () => {
  const doc = new JSDOM(html, { url: expected.url }).window.document;
  const analysis = analyzePage(doc, expected.url);
  const text = analysis.article?.text ?? '';

  test('is detected as an article', () => {
    expect(analysis.detection.isArticle).toBe(expected.isArticle);
  });

  test('keeps every story paragraph, each as its own paragraph', () => {
    const paragraphs = text.split('\n\n');
    const missing = expected.mustContain.filter((p: string) => !paragraphs.includes(p));
    expect(missing).toEqual([]);
  });

  test('keeps none of the clutter strings', () => {
    const left = Object.values<string[]>(expected.mustNotContain).flat().filter((clutter) => text.includes(clutter));
    expect(left).toEqual([]);
  });

  test('finds every category of clutter the fixture names', () => {
    const categories = new Set(analysis.clutter.map((hit) => hit.category));
    for (const category of Object.keys(expected.mustNotContain)) expect(categories).toContain(category);
  });

  test.each(['title', 'siteName', 'publishedTime', 'lang', 'excerpt'])('%s is as the page states it', (field) => {
    expect(analysis.article?.[field as 'title']).toBe(expected[field]);
  });

  test('summarises with three key points taken from the story', () => {
    expect(analysis.summary?.keyPoints).toHaveLength(3);
    for (const point of analysis.summary?.keyPoints ?? []) {
      expect(expected.mustContain.some((p: string) => p.includes(point))).toBe(true);
    }
  });

  test('leaves the page itself untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(new JSDOM(html).window.document.documentElement.outerHTML);
  });

  test('the reader’s settings reach the pipeline: a switched-off category stays, an own rule hides', () => {
    const fresh = new JSDOM(html, { url: expected.url }).window.document;
    const own = analyzePage(fresh, expected.url, { clutter: { disabledCategories: ['cookie-consent'], userRules: '! category: related-links\n##aside:has-text(Most popular)' } });
    const categories = own.clutter.map((hit) => hit.category);
    expect(categories).not.toContain('cookie-consent');
    expect(categories).toContain('related-links');
    expect(own.article?.text).not.toContain('Most popular');
  });
});
