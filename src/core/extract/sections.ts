import { normalizeSpace } from '../text.ts';
import type { ClutterHit } from '../types.ts';
import { elementAtPath, elementPath } from '../dom-path.ts';
import { NEVER_CONTENT } from './fallback.ts';
import { hasBlockChild } from './block-text.ts';

/**
 * Readability scores single containers, so when a story is split into sibling sections (a numbered
 * list of twenty cars, "tip 1" … "tip 9" blocks, one box per step) it often keeps one section of it.
 * Found here: the run of sections around what Readability kept that are built alike (same tag, same
 * class once numbers are dropped), each with prose of its own, under a parent that is not mostly links.
 */

/** How far up from the kept text a run of sections is looked for. */
const MAX_LEVELS = 8;
/** The sections together must hold this many times the text Readability kept, or it is not worth it. */
const MIN_GROWTH = 1.5;
/** A parent this linky is a listing or a menu, not one story. */
const MAX_LINK_SHARE = 0.3;
/** The sections must be nearly all of their parent: no sidebar or footer rides along. */
const MIN_SECTIONS_SHARE = 0.7;
/** Sections with prose of their own, the one kept included: two alike are as often a main column and a sidebar. */
const MIN_SECTIONS = 3;
/** A paragraph this long is prose. */
const PROSE_CHARS = 80;

export function repeatedSections(page: Document, kept: Element): Element | null {
  const keptChars = textLength(kept);
  const anchor = findInPage(page, kept);
  // Each level's parent is a section of the next level up: its length is asked for twice.
  const lengths = new Map<Element, number>();
  const measured = (element: Element): number => lengths.get(element) ?? lengths.set(element, textLength(element)).get(element)!;
  let found: Element | null = null;
  let node = anchor;
  for (let level = 0; node?.parentElement && node !== page.body && level < MAX_LEVELS; level++, node = node.parentElement) {
    const parent: Element = node.parentElement;
    const shape = shapeOf(node);
    const alike = Array.from(parent.children).filter((sibling) => shapeOf(sibling) === shape);
    if (!atLeast(alike, MIN_SECTIONS, hasProse)) continue;
    const sectionsChars = alike.reduce((sum, section) => sum + measured(section), 0);
    if (sectionsChars < MIN_GROWTH * keptChars || sectionsChars < MIN_SECTIONS_SHARE * measured(parent)) continue;
    if (linkShare(parent, measured(parent)) > MAX_LINK_SHARE) continue;
    found = parent;
  }
  return found;
}

/** A copy of `section` in `into`, without the clutter found on the page and without controls or scripts. */
export function copyWithoutClutter(section: Element, clutter: ClutterHit[], into: Document): Element {
  const copy = into.importNode(section, true);
  const inCopy = clutter.filter((hit) => section.contains(hit.element)).map((hit) => elementAtPath(copy, elementPath(hit.element, section)));
  for (const element of inCopy) element?.remove();
  for (const element of Array.from(copy.querySelectorAll(NEVER_CONTENT))) element.remove();
  return copy;
}

/** The page's own element for the longest paragraph Readability kept. */
function findInPage(page: Document, kept: Element): Element | null {
  let longest = '';
  for (const p of Array.from(kept.getElementsByTagName('p'))) {
    const text = normalizeSpace(p.textContent ?? '');
    if (text.length > longest.length) longest = text;
  }
  if (longest.length < PROSE_CHARS) return null;
  // Spacing only ever shortens a text: a shorter one cannot be it, and is not normalised.
  const same = (element: Element): boolean => {
    const text = element.textContent ?? '';
    return text.length >= longest.length && normalizeSpace(text) === longest;
  };
  const paragraph = Array.from(page.body?.getElementsByTagName('p') ?? []).find(same);
  // Readability turns a div holding only inline content into a <p>: look for that div too.
  return paragraph ?? Array.from(page.body?.getElementsByTagName('div') ?? []).find((div) => !hasBlockChild(div) && same(div)) ?? null;
}


/** Tag and class, numbers dropped: "row-number-3" and "row-number-5" are the same kind of block. */
function shapeOf(element: Element): string {
  return `${element.tagName} ${(element.getAttribute('class') ?? '').replace(/\d+/g, '')}`;
}

function hasProse(element: Element): boolean {
  return Array.from(element.getElementsByTagName('p')).some((p) => {
    const text = p.textContent ?? '';
    return text.length >= PROSE_CHARS && normalizeSpace(text).length >= PROSE_CHARS && linkShare(p) < MAX_LINK_SHARE;
  });
}

/** Whether `count` of the elements pass `test`, stopping as soon as they do. */
function atLeast(elements: Element[], count: number, test: (element: Element) => boolean): boolean {
  let passed = 0;
  for (const element of elements) if (test(element) && ++passed >= count) return true;
  return false;
}

/** Characters a reader sees: scripts and styles (JSON-LD, ad loaders) hold text that is not on the page. */
function textLength(element: Element): number {
  let total = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) total += normalizeSpace(child.nodeValue ?? '').length;
      else if (child.nodeType === 1 && !UNSEEN.has((child as Element).tagName)) walk(child);
    }
  };
  walk(element);
  return total;
}

const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function linkShare(element: Element, total = textLength(element)): number {
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(element.getElementsByTagName('a'))) links += textLength(a);
  return links / total;
}
