import { AUTHOR_CLASS } from '../metadata-byline-words.ts';
import { BYLINE, WRITTEN_DATE } from './word-lists.ts';

/**
 * A story announces itself around its headline: a date and an author sit next to the `<h1>`, whatever
 * the language or the CMS. Other pages put a name there and no dateline.
 */
export interface HeadlineRegion {
  date: boolean;
  byline: boolean;
}

/** Text an ancestor may hold and still count as "next to the headline". */
const REGION_CHARS = 1500;
// Non-global copies: `test` on a global regex would carry `lastIndex` from one page to the next.
const WRITTEN_DATE_ONCE = new RegExp(WRITTEN_DATE.source, 'iu');
const BYLINE_ONCE = new RegExp(BYLINE.source, 'u');
/** NodeFilter.SHOW_ELEMENT and SHOW_TEXT. */
const ELEMENTS_ONLY = 1;
const TEXT_ONLY = 4;

export function headlineRegion(headline: Element | undefined): HeadlineRegion {
  if (!headline) return { date: false, byline: false };
  // Climb while the region stays header-sized: headline, kicker, dateline, byline.
  let region: Element = headline;
  for (let level = 0; level < 3; level++) {
    const parent = region.parentElement;
    if (!parent || parent.tagName === 'BODY' || (parent.textContent ?? '').length > REGION_CHARS) break;
    region = parent;
  }
  // The siblings right after the header often carry the dateline when the header is not wrapped;
  // only small ones count, so a story body next to its headline is neither searched nor mistaken for one.
  const parts: Element[] = [region];
  let sibling = region.nextElementSibling;
  for (let i = 0; i < 2 && sibling; i++, sibling = sibling.nextElementSibling) {
    if ((sibling.textContent ?? '').length <= REGION_CHARS) parts.push(sibling);
  }
  const text = parts.map(separatedText).join(' ');
  const markup = markupIn(parts);
  return {
    date: markup.time || WRITTEN_DATE_ONCE.test(text),
    byline: markup.author || BYLINE_ONCE.test(text),
  };
}

/** A `<time>`, and author markup (rel/itemprop author, a byline or author class), in small subtrees. */
function markupIn(parts: Element[]): { time: boolean; author: boolean } {
  const found = { time: false, author: false };
  for (const part of parts) {
    const walker = part.ownerDocument.createTreeWalker(part, ELEMENTS_ONLY);
    for (let node: Node | null = part; node; node = walker.nextNode()) {
      const element = node as Element;
      if (element.tagName === 'TIME') found.time = true;
      if (element.getAttribute('rel') === 'author' || element.getAttribute('itemprop') === 'author' || AUTHOR_CLASS.test(element.getAttribute('class') ?? '')) found.author = true;
      if (found.time && found.author) return found;
    }
  }
  return found;
}

/**
 * Text with a space between text nodes: `textContent` glues "Jahre" and "Von" together when the HTML
 * has no whitespace between tags (minified pages), and the byline and date patterns need word edges.
 */
function separatedText(part: Element): string {
  const walker = part.ownerDocument.createTreeWalker(part, TEXT_ONLY);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.nodeValue ?? '');
  return pieces.join(' ');
}
