/**
 * Media in the extracted article, made to work outside the page: every address absolute, lazy
 * images given their real source, and figure captions (which the text extractor drops on purpose,
 * for clean text) brought back from the live page. Runs in the content script on an inert document.
 */
import { resolveLazyImages } from '../core/extract/lazy-images.ts';

/** Attributes holding one address, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  IMG: ['src'],
  SOURCE: ['src'],
  VIDEO: ['src', 'poster'],
  AUDIO: ['src'],
  TRACK: ['src'],
};
const SRCSET_SELECTOR = 'img[srcset], source[srcset]';
/** An attribute value that is an image address, not a word, a number or JSON. */
const LOOKS_LIKE_ADDRESS = /^(https?:\/\/|\/\/|\/|\.{0,2}\/?[\w.-]+\/)[^\s"'<>{}]*$/i;
/** Pictures declared smaller than this (either side) are thumbnails, avatars or icons. */
const MIN_LEAD_PICTURE_PX = 200;
/** Containers whose picture is about the page or the author, not the story. */
const NOT_A_LEAD_PICTURE = /author|byline|avatar|profile|headshot|logo|icon|sponsor|promo|advert/i;
/** Captions longer than this are not captions but a block of story text caught in a figure. */
const MAX_CAPTION_CHARS = 400;

export function resolveArticleMedia(html: string, pageUrl: string, liveDoc: Document, title = ''): string {
  // DOMParser documents have no browsing context: nothing in them loads or runs.
  const Parser = liveDoc.defaultView?.DOMParser ?? DOMParser;
  const root = new Parser().parseFromString(html, 'text/html').body;
  if (!root.querySelector('img')) addLeadFigure(root, liveDoc, title);
  resolveLazyImages(root);
  absolutize(root, pageUrl);
  restoreCaptions(root, liveDoc, pageUrl);
  return root.innerHTML;
}

/**
 * A story's lead picture often sits between the headline and the body, outside the block the text
 * extractor keeps. When the article came out with no image at all, the first figure after the
 * page's headline, within the same article (or main) element, is put back at the top.
 */
function addLeadFigure(root: Element, liveDoc: Document, title: string): void {
  const wanted = squash(title);
  if (!wanted) return;
  const headline = Array.from(liveDoc.querySelectorAll('h1')).find((h1) => squash(h1.textContent) === wanted);
  const scope = headline?.closest('article, main');
  if (!headline || !scope) return;
  const figure = Array.from(scope.querySelectorAll('figure')).find(
    (candidate) => headline.compareDocumentPosition(candidate) & headline.DOCUMENT_POSITION_FOLLOWING && isLeadPicture(candidate, scope),
  );
  if (!figure) return;
  const copy = root.ownerDocument.importNode(figure, true) as Element;
  // Only the picture and its caption: nothing else the figure may hold (buttons, scripts) comes along.
  for (const extra of Array.from(copy.querySelectorAll('script, style, button, form'))) extra.remove();
  root.prepend(copy);
}

/** A picture worth leading with: big enough, and not the author's portrait or a logo. */
function isLeadPicture(figure: Element, scope: Element): boolean {
  const img = figure.querySelector('img');
  if (!img) return false;
  const sizes = ['width', 'height'].map((name) => Number.parseInt(img.getAttribute(name) ?? '', 10)).filter(Number.isFinite);
  if (sizes.some((size) => size < MIN_LEAD_PICTURE_PX)) return false;
  for (let node: Element | null = figure; node && node !== scope; node = node.parentElement) {
    if (NOT_A_LEAD_PICTURE.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return false;
  }
  return true;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function absoluteUrl(value: string, base: string): string | null {
  // In-page anchors stay relative: the reader view keeps them as jumps within the article.
  if (value.startsWith('#')) return value;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

function absolutize(root: Element, base: string): void {
  for (const [tag, attributes] of Object.entries(URL_ATTRIBUTES)) {
    for (const element of Array.from(root.getElementsByTagName(tag))) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        const absolute = absoluteUrl(value, base);
        if (absolute === null) element.removeAttribute(name);
        else element.setAttribute(name, absolute);
      }
    }
  }
  for (const element of Array.from(root.querySelectorAll(SRCSET_SELECTOR))) {
    element.setAttribute('srcset', absoluteSrcset(element.getAttribute('srcset') ?? '', base));
  }
}

/** `a.jpg 1x, b.jpg 2x` with each address made absolute; candidates that cannot be parsed are dropped. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([url, ...descriptor]) => {
      const absolute = url ? absoluteUrl(url, base) : null;
      return absolute ? [[absolute, ...descriptor].join(' ')] : [];
    })
    .join(', ');
}

/** For each figure without a caption, the live page's caption of the figure showing the same image. */
function restoreCaptions(root: Element, liveDoc: Document, base: string): void {
  const captions = liveCaptionsBySource(liveDoc, base);
  if (captions.size === 0) return;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const caption = captions.get(img.getAttribute('src') ?? '');
    if (!caption) continue;
    const figure = img.closest('figure') ?? wrapInFigure(img);
    if (figure.querySelector('figcaption')) continue;
    const figcaption = root.ownerDocument.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(figcaption);
  }
}

function wrapInFigure(img: Element): Element {
  const figure = img.ownerDocument.createElement('figure');
  const holder = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
  holder.replaceWith(figure);
  figure.append(holder);
  return figure;
}

/**
 * Every address an image may end up showing: its src, its srcset candidates, and whatever a lazy
 * loader parked in data-* attributes (names vary by loader, so any attribute holding an address counts).
 */
function imageAddresses(img: Element, base: string): string[] {
  const addresses: string[] = [];
  for (const { name, value } of Array.from(img.attributes)) {
    if (name !== 'src' && name !== 'srcset' && !name.startsWith('data-')) continue;
    for (const candidate of value.split(/,\s+/)) {
      const url = candidate.trim().split(/\s+/)[0];
      const absolute = url && LOOKS_LIKE_ADDRESS.test(url) ? absoluteUrl(url, base) : null;
      // Placeholders (data: pixels) are shared by many images; only real addresses identify one.
      if (absolute && /^https?:/.test(absolute)) addresses.push(absolute);
    }
  }
  return addresses;
}

function liveCaptionsBySource(liveDoc: Document, base: string): Map<string, string> {
  const captions = new Map<string, string>();
  for (const figure of Array.from(liveDoc.querySelectorAll('figure'))) {
    const text = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_CAPTION_CHARS) continue;
    for (const img of Array.from(figure.querySelectorAll('img, source'))) {
      for (const address of imageAddresses(img, base)) captions.set(address, text);
    }
  }
  return captions;
}
