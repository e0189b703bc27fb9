import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { findClutter } from '../../src/core/clutter/index.ts';
import { extractArticle } from '../../src/core/extract.ts';

const DIR = new URL('../../../shared/fixtures/seed-liveblog/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as {
  url: string;
  mustContain: string[];
  mustNotContain: Record<string, string[]>;
};
const load = (): Document => new JSDOM(readFileSync(new URL('page.html', DIR)), { url: expected.url }).window.document;

describe('seed live blog', () => {
  it('keeps all 39 body paragraphs and none of the 13 clutter strings', () => {
    const text = extractArticle(load(), expected.url)?.text ?? '';
    expect(expected.mustContain.filter((p) => !text.includes(p))).toEqual([]);
    expect(Object.values(expected.mustNotContain).flat().filter((s) => text.includes(s))).toEqual([]);
  });

  it('names each clutter string with its category and a reason', () => {
    const hits = findClutter(load(), expected.url);
    for (const [category, strings] of Object.entries(expected.mustNotContain)) {
      for (const string of strings) {
        const hit = hits.find((h) => (h.element.textContent ?? '').replace(/\s+/g, ' ').includes(string));
        expect(hit?.category, string).toBe(category);
        expect(hit?.reason).toMatch(/^(classifier|rule): \S/);
      }
    }
  });

  it('returns hits that do not nest', () => {
    const hits = findClutter(load(), expected.url);
    for (const a of hits) for (const b of hits) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
  });
});
