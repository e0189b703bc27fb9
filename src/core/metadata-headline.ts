import { spacedText } from './metadata-text.ts';

/** Headings inside these are page chrome (menus, site banners, footers), not the story's headline. */
export const CHROME_ANCESTORS = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';
/** Class names of logos, site titles and screen-reader-only copies. */
export const CHROME_CLASS = /(^|[\s_-])(logo|site-?name|site-?title|site-?branding|brand|sr-only|screen-reader-text|visually-hidden)($|[\s_-])/i;
/** Class or id that names the element as the story's headline. */
export const HEADLINE_CLASS = /title|headline|heading/i;
export const STORY_ANCESTORS = 'article, main, [role="main"], [itemprop="articleBody"], [itemtype*="Article"]';
/** Past this much text a wrapper holds more than the headline's byline and date. */
const MAX_BLOCK_CHARS = 1500;

const cache = new WeakMap<Document, string>();

/** The story's first visible <h1>, not the site's. */
export function storyHeadline(doc: Document): Element | null {
  const headings = Array.from(doc.getElementsByTagName('h1'))
    .slice(0, 8)
    .filter((h) => !h.closest(CHROME_ANCESTORS) && !CHROME_CLASS.test(h.getAttribute('class') ?? '') && (h.textContent ?? '').trim().length > 3);
  // A blog's name is often an <h1> too: the story's own sits in the article or is classed as its title.
  return headings.find((h) => h.closest(STORY_ANCESTORS) || HEADLINE_CLASS.test(h.getAttribute('class') ?? '')) ?? headings[0] ?? null;
}

/**
 * Text of the block around the story's first visible <h1>: where pages print "By Jane Doe · 4 May 2025".
 * Climbs from the heading while the wrapper stays small; element edges read as word breaks.
 */
export function headlineBlockText(doc: Document): string {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached;
  let block = storyHeadline(doc);
  for (let level = 0; block && level < 4; level++) {
    const parent: Element | null = block.parentElement;
    if (!parent || parent.tagName === 'BODY' || (parent.textContent ?? '').length > MAX_BLOCK_CHARS) break;
    block = parent;
  }
  // The byline and date often follow the heading's wrapper, as its next siblings.
  let text = block ? spacedText(block, true, MAX_BLOCK_CHARS) : '';
  for (let next = block?.nextElementSibling, i = 0; next && i < 3 && text.length < MAX_BLOCK_CHARS; next = next.nextElementSibling, i++) {
    if ((next.textContent ?? '').length < 600) text += ` ${spacedText(next, true, 600)}`;
  }
  cache.set(doc, text);
  return text;
}
