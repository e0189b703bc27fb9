import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { copyWithoutClutter, repeatedSections } from '../../src/core/extract/sections.ts';

const TIP = (n: number): string =>
  `<div class="tip tip-${n}"><h2>${n}. Tip number ${n}</h2><p>Tip ${n} explains how to set money aside before the month starts, why an emergency fund matters, and what to automate so the habit sticks.</p><p>Readers who followed tip ${n} said it took a few weeks before the savings began to add up in their accounts.</p></div>`;

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://money.example.org/tips' }).window.document;
}

/** What Readability hands back when it keeps one section: a copy of that section's content. */
function keptCopyOf(section: Element): Element {
  const kept = section.ownerDocument.createElement('div');
  kept.innerHTML = section.innerHTML;
  return kept;
}

describe('repeated sections', () => {
  it('finds the whole run of sections built alike when one of them was kept', () => {
    const doc = page(`<nav><a href="/">Home</a></nav><main><div class="tips">${[1, 2, 3, 4, 5].map(TIP).join('')}</div></main><footer><p>© Example Money</p></footer>`);
    const found = repeatedSections(doc, keptCopyOf(doc.querySelector('.tip-3')!));
    expect(found).toBe(doc.querySelector('.tips'));
  });

  it('leaves a main column and a sidebar alone: two blocks alike are not a run of sections', () => {
    const doc = page(`<div class="row"><div class="col-8">${TIP(1)}</div><div class="col-4">${TIP(2)}</div></div>`);
    expect(repeatedSections(doc, keptCopyOf(doc.querySelector('.col-8')!))).toBeNull();
  });

  it('leaves a list of linked teasers alone', () => {
    const teaser = (n: number): string => `<div class="card"><p><a href="/story-${n}">Story ${n}: a long linked teaser for another article that goes on for a while about other things</a></p></div>`;
    const doc = page(`<div class="cards">${[1, 2, 3, 4, 5].map(teaser).join('')}</div>`);
    expect(repeatedSections(doc, keptCopyOf(doc.querySelector('.card')!))).toBeNull();
  });

  it('copies the sections without the clutter found on the page', () => {
    const doc = page(`<div class="tips">${[1, 2, 3].map(TIP).join('')}<div class="tip"><p>Sign up for our newsletter and get a weekly money tip in your inbox, every Friday morning, free.</p><form><input></form></div></div>`);
    const sections = doc.querySelector('.tips')!;
    const appeal = sections.lastElementChild!;
    const copy = copyWithoutClutter(sections, [{ element: appeal, category: 'newsletter-signup', reason: 'test' }], doc.implementation.createHTMLDocument(''));
    expect(copy.querySelectorAll('.tip').length).toBe(3);
    expect(copy.textContent).not.toContain('newsletter');
    expect(sections.querySelectorAll('.tip').length).toBe(4);
  });
});
