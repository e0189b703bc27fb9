import { fold, printedTextNodes, spacedText, titleSegments } from './metadata-text.ts';
import { metaContent } from './metadata-meta.ts';

/** Headings inside these are page chrome (menus, site banners, footers), not the story's headline. */
const CHROME_ANCESTORS = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"], [hidden]';

/**
 * Whether the element sits in page chrome. React's streamed rendering parks late parts of the page
 * in `<div hidden id="S:0">` until its script moves them into place: in saved HTML that hidden part
 * can be the whole story, so it is not chrome. (Checked here, not with `:not()` in the selector:
 * jsdom's `closest` runs a selector with `:not()` ten times slower.)
 */
export function inPageChrome(element: Element): boolean {
  for (let match = element.closest(CHROME_ANCESTORS); match; match = match.parentElement?.closest(CHROME_ANCESTORS) ?? null) {
    if (!(match.tagName === 'DIV' && match.id.startsWith('S:'))) return true;
  }
  return false;
}
/** Class names of logos, site titles and screen-reader-only copies. */
export const CHROME_CLASS = /(^|[\s_-])(logo|site-?name|site-?title|site-?branding|brand|sr-only|screen-reader-text|visually-hidden)($|[\s_-])/i;
/** Class or id that names the element as the story's headline. */
export const HEADLINE_CLASS = /title|headline|heading/i;
export const STORY_ANCESTORS = 'article, main, [role="main"], [itemprop="articleBody"], [itemtype*="Article"]';
/** Past this much text a wrapper holds more than the headline's byline and date. */
const MAX_BLOCK_CHARS = 1500;
/** A kicker or dateline over the headline is one short line. */
const MAX_KICKER_CHARS = 120;

/** A headline shorter than this many words could be any label on the page. */
const MIN_TITLE_WORDS = 3;
/** The title text is printed near the top: a page builder's long tail of text is not searched. */
const MAX_TITLE_SEARCH_NODES = 3000;

const cache = new WeakMap<Document, HeadlineBlock>();
const headlineCache = new WeakMap<Document, Element | null>();

/** The story's first visible <h1>, not the site's; on a page with no <h1> at all, the element that prints its title. */
export function storyHeadline(doc: Document): Element | null {
  if (headlineCache.has(doc)) return headlineCache.get(doc) ?? null;
  const h1s = doc.getElementsByTagName('h1');
  const visible = Array.from(h1s)
    .slice(0, 8)
    .filter((h) => !inPageChrome(h) && !CHROME_CLASS.test(h.getAttribute('class') ?? '') && (h.textContent ?? '').trim().length > 3);
  // "Story - The GiveWell Blog": an <h1> that prints the title's site part is the blog's banner, as is one that links home.
  const siteParts = new Set(titleSegments(doc.title).slice(1).map(fold));
  const headings = visible.filter((h) => !siteParts.has(fold(h.textContent ?? '')) && !linksHome(h));
  const onlyBanners = visible.length > 0 && headings.length === 0;
  // A blog's name is often an <h1> too: the story's own sits in the article or is classed as its title.
  // With no <h1> at all, or only the banner, the headline is where the page prints its title.
  const storyHeading = headings.find((h) => h.closest(STORY_ANCESTORS) || HEADLINE_CLASS.test(h.getAttribute('class') ?? ''));
  // An unclassed <h1> outside any article can be a section of the story ("Day 7") under a title printed above it.
  const firstHeading = headings[0] && !storyHeading ? (printedTitle(doc, headings[0]) ?? headings[0]) : headings[0];
  const headline = storyHeading ?? firstHeading ?? (h1s.length && !onlyBanners ? null : printedTitle(doc));
  headlineCache.set(doc, headline);
  return headline;
}

/** "<a href="/"><h1>Site</h1></a>": an <h1> that links to the site's front page is the site's name, not the story's headline. */
function linksHome(heading: Element): boolean {
  const only = heading.children.length === 1 ? heading.firstElementChild : null;
  const link = heading.closest('a[href]') ?? (only?.matches('a[href]') ? only : null);
  if (!link) return false;
  try {
    const page = new URL(heading.ownerDocument.URL);
    const target = new URL(link.getAttribute('href') ?? '', page);
    return target.origin === page.origin && target.pathname === '/' && !target.search;
  } catch {
    return false;
  }
}

/**
 * Site builders and app shells often print the headline in an <h2>, a <p> or a <div>: the first
 * element whose own text is the page title without its site name (above `before`, if given).
 */
function printedTitle(doc: Document, before?: Element): Element | null {
  const title = fold(titleSegments(metaContent(doc, 'og:title') ?? doc.title)[0] ?? '');
  if (!doc.body || title.split(' ').length < MIN_TITLE_WORDS) return null;
  let seen = 0;
  for (const node of printedTextNodes(doc.body)) {
    // Only the part of the page above `before` is searched.
    if (++seen > MAX_TITLE_SEARCH_NODES || before?.contains(node)) break;
    const value = node.nodeValue ?? '';
    // A list item holding the title is a "latest stories" list linking to this one, not its headline.
    if (value.length >= title.length && fold(value) === title && !inPageChrome(node.parentElement) && !node.parentElement.closest('li')) return node.parentElement;
  }
  return null;
}

/**
 * Text of the block around the story's first visible <h1>: where pages print "By Jane Doe · 4 May 2025".
 * Climbs from the heading while the wrapper stays small; element edges read as word breaks.
 */
export function headlineBlockText(doc: Document): string {
  return headlineBlock(doc).text;
}

/** The elements that text comes from: the headline's wrapper and the short lines around it. */
export function headlineBlockElements(doc: Document): Element[] {
  return headlineBlock(doc).elements;
}

interface HeadlineBlock {
  elements: Element[];
  text: string;
}

function headlineBlock(doc: Document): HeadlineBlock {
  const cached = cache.get(doc);
  if (cached) return cached;
  let block = storyHeadline(doc);
  for (let level = 0; block && level < 4; level++) {
    const parent: Element | null = block.parentElement;
    if (!parent || parent.tagName === 'BODY' || (parent.textContent ?? '').length > MAX_BLOCK_CHARS) break;
    block = parent;
  }
  const elements = block ? [block] : [];
  // The byline and date often follow the heading's wrapper, as its next siblings.
  let text = block ? spacedText(block, true, MAX_BLOCK_CHARS) : '';
  for (let next = block?.nextElementSibling, i = 0; next && i < 3 && text.length < MAX_BLOCK_CHARS; next = next.nextElementSibling, i++) {
    // A lead photo's caption speaks of the photo: "In this Dec. 12, 2006, file photo…".
    if ((next.textContent ?? '').length >= 600 || isLeadMedia(next)) continue;
    text += ` ${spacedText(next, true, 600)}`;
    elements.push(next);
  }
  // A dateline or kicker can stand just above it: "December 19th, 2025" over the headline.
  const previous = block?.previousElementSibling;
  if (previous && (previous.textContent ?? '').trim().length <= MAX_KICKER_CHARS) {
    text = `${spacedText(previous, true, MAX_KICKER_CHARS)} ${text}`;
    elements.unshift(previous);
  }
  const found = { elements, text };
  cache.set(doc, found);
  return found;
}

/** Larger than this, an image is a photo, not a writer's avatar. */
const MIN_PHOTO_PX = 150;

/** A figure, a video or a photo with its caption: not a line of the byline. */
function isLeadMedia(element: Element): boolean {
  if (/^(FIGURE|PICTURE|VIDEO)$/.test(element.tagName) || element.querySelector('figure, figcaption, picture, video')) return true;
  return Array.from(element.getElementsByTagName('img')).some(isPhotoSized);
}

/** An image whose declared size is a photo's, not an avatar's. */
export function isPhotoSized(image: Element): boolean {
  return Number(image.getAttribute('width')) >= MIN_PHOTO_PX || Number(image.getAttribute('height')) >= MIN_PHOTO_PX;
}
