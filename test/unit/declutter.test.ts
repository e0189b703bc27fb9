/** The live-page declutter in jsdom: what it hides, unlocks and reveals, and that restore is exact. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { declutter, isDecluttered, observerCost, onChange, restore } from '../../src/content/declutter.ts';
import type { RemovedBlock } from '../../src/core/types.ts';

const DIR = new URL('../../../shared/fixtures/seed-liveblog/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as {
  url: string;
  mustContain: string[];
  mustNotContain: Record<string, string[]>;
};

function loadSeed(): Document {
  return new JSDOM(readFileSync(new URL('page.html', DIR)), { url: expected.url, pretendToBeVisual: true }).window.document;
}

const frame = (doc: Document): Promise<void> =>
  new Promise((resolve) => doc.defaultView?.requestAnimationFrame(() => doc.defaultView?.setTimeout(resolve, 0)));

/** The element holding `text` most closely. */
function holder(doc: Document, text: string): Element {
  const matches = Array.from(doc.body.querySelectorAll('*')).filter((e) => (e.textContent ?? '').replace(/\s+/g, ' ').includes(text));
  return matches[matches.length - 1] as Element;
}

const isHidden = (element: Element): boolean => element.closest('[data-clearpage-hidden]') !== null;

describe('declutter on the seed live blog', () => {
  it('hides every clutter string, keeps every paragraph, unlocks scroll and unclamps the body', () => {
    const doc = loadSeed();
    const result = declutter(doc, expected.url);
    for (const strings of Object.values(expected.mustNotContain)) for (const s of strings) expect(isHidden(holder(doc, s)), s).toBe(true);
    for (const p of expected.mustContain) expect(isHidden(holder(doc, p)), p).toBe(false);
    expect(new Set(result.hidden.map((b) => b.category))).toEqual(new Set(Object.keys(expected.mustNotContain)));
    expect(result.hidden.every((b) => b.reason.length > 0)).toBe(true);
    expect(result.scrollUnlocked).toBe(true);
    expect(result.unclamped).toBeGreaterThanOrEqual(1);

    const view = doc.defaultView as Window;
    for (const element of [doc.documentElement, doc.body]) {
      const style = view.getComputedStyle(element);
      expect(style.overflow).not.toBe('hidden');
      expect(style.position).not.toBe('fixed');
    }
    const body = view.getComputedStyle(doc.querySelector('.sc-live-body') as Element);
    expect(body.maxHeight).toBe('none');
    expect(body.filter).toBe('none');
  });

  it('is idempotent, and restore gives back the exact DOM', () => {
    const doc = loadSeed();
    const before = doc.documentElement.outerHTML;
    const first = declutter(doc, expected.url);
    const marked = doc.documentElement.outerHTML;
    expect(marked).not.toBe(before);
    expect(declutter(doc, expected.url)).toEqual(first);
    expect(doc.documentElement.outerHTML).toBe(marked);
    expect(isDecluttered(doc)).toBe(true);
    restore(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(isDecluttered(doc)).toBe(false);
  });
});

describe('late layers', () => {
  it('hides a wall the page inserts later, within a frame, and reports it', async () => {
    const doc = loadSeed();
    const before = doc.documentElement.outerHTML;
    declutter(doc, expected.url);
    const reported: RemovedBlock[] = [];
    onChange(doc, (added) => reported.push(...added));

    const wall = doc.createElement('div');
    wall.setAttribute('style', 'position: fixed; top: 0; right: 0; bottom: 0; left: 0; z-index: 99999; background: #fff');
    wall.innerHTML = '<h2>Subscribe to continue reading</h2><p>Get unlimited access for €1 a month. Cancel anytime.</p><a href="/subscribe">Subscribe now</a>';
    const story = doc.createElement('div');
    story.innerHTML = '<p>A late update to the story, loaded by the live blog after the first paint, with enough words to read as text.</p>';
    doc.querySelector('.sc-live-body')?.append(story);
    doc.body.append(wall);
    await frame(doc);

    expect(wall.getAttribute('data-clearpage-hidden')).toBe('paywall');
    expect(isHidden(story)).toBe(false);
    expect(reported.map((b) => b.category)).toEqual(['paywall']);

    restore(doc);
    wall.remove();
    story.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stops watching after restore', async () => {
    const doc = loadSeed();
    declutter(doc, expected.url);
    restore(doc);
    const wall = doc.createElement('div');
    wall.innerHTML = '<p>Subscribe to continue reading. Already a subscriber? <a href="/login">Log in</a></p>';
    doc.body.append(wall);
    await frame(doc);
    expect(wall.hasAttribute('data-clearpage-hidden')).toBe(false);
    expect(observerCost(doc)).toBeNull();
  });
});

describe('layers over the page', () => {
  const story = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i} of a story about local elections, long enough to be read as the text of the article itself.</p>`).join('');

  it('hides a covering consent layer in German with its empty backdrop, and leaves a fixed site header alone', async () => {
    const html = `<html><head><style>
        .hdr { position: fixed; top: 0; left: 0; right: 0; height: 60px; z-index: 1000; }
        .shade { position: fixed; top: 0; right: 0; bottom: 0; left: 0; z-index: 9998; background: rgba(0,0,0,.5); }
        .box { position: fixed; top: 20%; left: 20%; width: 60%; z-index: 9999; }
      </style></head><body><div class="hdr"><a href="/">Lokalzeitung</a> <a href="/login">Anmelden</a></div>
      <main><article><h1>Wahl</h1>${story}</article></main></body></html>`;
    const doc = new JSDOM(html, { url: 'https://zeitung.example/wahl', pretendToBeVisual: true }).window.document;
    const before = doc.documentElement.outerHTML;
    declutter(doc, doc.URL);
    const shade = doc.createElement('div');
    shade.className = 'shade';
    const box = doc.createElement('div');
    box.className = 'box';
    box.innerHTML = '<p>Wir verwenden Cookies, um Inhalte zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie zu.</p><button>Alle akzeptieren</button><button>Einstellungen</button>';
    doc.body.append(shade, box);
    await frame(doc);
    expect(box.getAttribute('data-clearpage-hidden')).toBe('cookie-consent');
    expect(shade.getAttribute('data-clearpage-hidden')).toBe('cookie-consent');
    expect(doc.querySelector('.hdr')?.hasAttribute('data-clearpage-hidden')).toBe(false);
    restore(doc);
    shade.remove();
    box.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
