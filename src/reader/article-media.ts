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
    (candidate) => headline.compareDocumentPosition(candidate) & headline.DOCUMENT_POSITION_FOLLOWING && candidate.querySelector('img'),
  );
  if (!figure) return;
  const copy = root.ownerDocument.importNode(figure, true) as Element;
  // Only the picture and its caption: nothing else the figure may hold (buttons, scripts) comes along.
  for (const extra of Array.from(copy.querySelectorAll('script, style, button, form'))) extra.remove();
  root.prepend(copy);
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

function liveCaptionsBySource(liveDoc: Document, base: string): Map<string, string> {
  const captions = new Map<string, string>();
  for (const figure of Array.from(liveDoc.querySelectorAll('figure'))) {
    const text = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_CAPTION_CHARS) continue;
    for (const img of Array.from(figure.querySelectorAll('img'))) {
      for (const name of ['src', 'data-src']) {
        const value = img.getAttribute(name);
        const absolute = value ? absoluteUrl(value, base) : null;
        // Placeholders (data: pixels) are shared by many images; only real addresses identify one.
        if (absolute && /^https?:/.test(absolute)) captions.set(absolute, text);
      }
    }
  }
  return captions;
}
