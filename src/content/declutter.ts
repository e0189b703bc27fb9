/**
 * Declutter the live page, reversibly: every change is a marker attribute on an element plus one
 * injected stylesheet, so "Show original" only has to remove them to give back the exact DOM.
 */
import { findClutter } from '../core/clutter/index.ts';
import { toRemovedBlocks } from '../core/analyze.ts';
import type { RemovedBlock } from '../core/types.ts';

export interface DeclutterResult {
  hidden: RemovedBlock[];
  scrollUnlocked: boolean;
  unclamped: number;
}

const HIDDEN = 'data-clearpage-hidden';
const UNLOCKED = 'data-clearpage-unlocked';
const UNCLAMPED = 'data-clearpage-unclamped';
const STYLE_ID = 'clearpage-declutter-style';

const STYLESHEET = `
[${HIDDEN}] { display: none !important; }
html[${UNLOCKED}], body[${UNLOCKED}] { overflow: auto !important; position: static !important; height: auto !important; }
[${UNCLAMPED}] { max-height: none !important; overflow: visible !important; mask-image: none !important; -webkit-mask-image: none !important; filter: none !important; -webkit-line-clamp: unset !important; }
`;

/** Blocks with at least this much text are candidates for unclamping: article text, not widgets. */
const MIN_CLAMPED_TEXT = 400;

export function declutter(doc: Document, url: string): DeclutterResult {
  const hits = findClutter(doc, url);
  for (const { element, category } of hits) element.setAttribute(HIDDEN, category);
  const scrollUnlocked = unlockScroll(doc);
  const unclamped = unclampText(doc);
  ensureStyle(doc);
  return { hidden: toRemovedBlocks(hits), scrollUnlocked, unclamped };
}

export function restore(doc: Document): void {
  for (const name of [HIDDEN, UNLOCKED, UNCLAMPED]) {
    for (const element of Array.from(doc.querySelectorAll(`[${name}]`))) element.removeAttribute(name);
  }
  doc.getElementById(STYLE_ID)?.remove();
}

export function isDecluttered(doc: Document): boolean {
  return doc.getElementById(STYLE_ID) !== null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET;
  (doc.head ?? doc.documentElement).append(style);
}

function unlockScroll(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || !doc.body) return false;
  const locked = [doc.documentElement, doc.body].some((element) => {
    const style = view.getComputedStyle(element);
    return style.overflow === 'hidden' || style.overflowY === 'hidden' || style.position === 'fixed';
  });
  if (locked) for (const element of [doc.documentElement, doc.body]) element.setAttribute(UNLOCKED, '');
  return locked;
}

function unclampText(doc: Document): number {
  const view = doc.defaultView;
  if (!view || !doc.body) return 0;
  let count = 0;
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if ((element.textContent?.length ?? 0) < MIN_CLAMPED_TEXT || element.hasAttribute(HIDDEN)) continue;
    if (isClamped(view.getComputedStyle(element))) {
      element.setAttribute(UNCLAMPED, '');
      count++;
    }
  }
  return count;
}

function isClamped(style: CSSStyleDeclaration): boolean {
  const maskImage = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
  return (
    (style.maxHeight !== 'none' && style.maxHeight !== '' && /hidden|clip/.test(style.overflowY || style.overflow)) ||
    (maskImage !== '' && maskImage !== 'none') ||
    /blur\(/.test(style.filter) ||
    (style.getPropertyValue('-webkit-line-clamp') !== '' && style.getPropertyValue('-webkit-line-clamp') !== 'none')
  );
}
