/**
 * Article text the page clamps: a max-height (or fixed height) with overflow hidden, a mask or
 * gradient fade, a blur, a line clamp. Only text already in the DOM is revealed; nothing is
 * fetched. Looked for on the main content, its ancestors, and its larger descendants.
 */
import type { RemovedBlock } from '../core/types.ts';
import { HIDDEN, UNCLAMPED } from './declutter-marks.ts';

/** A clamped descendant must hold this much text to be article text, not a widget. */
const MIN_TEXT = 200;
const MAX_DESCENDANTS = 400;
/** A fade overlay is a near-empty box painted with a gradient. */
const MAX_FADE_TEXT = 20;

export interface UnclampResult {
  unclamped: number;
  /** Fade overlays laid over the text, hidden. */
  fades: RemovedBlock[];
}

export function unclampText(doc: Document, main: Element): UnclampResult {
  const view = doc.defaultView;
  if (!view) return { unclamped: 0, fades: [] };
  const candidates: Element[] = [];
  for (let node: Element | null = main; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) candidates.push(node);
  const descendants = Array.from(main.querySelectorAll('div, section, p, article, ul, ol')).slice(0, MAX_DESCENDANTS);
  for (const element of descendants) if ((element.textContent?.length ?? 0) >= MIN_TEXT) candidates.push(element);

  let unclamped = 0;
  for (const element of candidates) {
    if (element.hasAttribute(UNCLAMPED) || element.closest(`[${HIDDEN}]`)) continue;
    const kinds = clampsOf(element, view.getComputedStyle(element));
    if (!kinds.length) continue;
    element.setAttribute(UNCLAMPED, kinds.join(' '));
    unclamped++;
  }
  return { unclamped, fades: hideFades(view, main) };
}

function clampsOf(element: Element, style: CSSStyleDeclaration): string[] {
  const kinds: string[] = [];
  const hidesOverflow = /hidden|clip/.test(style.overflowY || style.overflow) || /hidden|clip/.test(style.overflow);
  if (hidesOverflow && style.maxHeight && style.maxHeight !== 'none') kinds.push('max-height');
  if (hidesOverflow && /px$/.test(style.height) && element.scrollHeight > element.clientHeight + 20) kinds.push('height');
  const mask = style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image');
  if (mask && mask !== 'none') kinds.push('mask');
  if (/blur\(/.test(style.filter || style.getPropertyValue('filter'))) kinds.push('blur');
  const lineClamp = style.getPropertyValue('-webkit-line-clamp') || style.getPropertyValue('line-clamp');
  if (lineClamp && lineClamp !== 'none' && lineClamp !== 'unset') kinds.push('line-clamp');
  return kinds;
}

/** Gradient boxes positioned over the end of the text ("fade to white" before a paywall). */
function hideFades(view: Window, main: Element): RemovedBlock[] {
  const fades: RemovedBlock[] = [];
  const near = [...Array.from(main.children), ...Array.from(main.parentElement?.children ?? [])];
  for (const element of near) {
    if (element === main || element.hasAttribute(HIDDEN) || (element.textContent?.trim().length ?? 0) > MAX_FADE_TEXT) continue;
    const style = view.getComputedStyle(element);
    if (!/absolute|fixed|sticky/.test(style.position) || !/gradient\(/.test(style.backgroundImage)) continue;
    element.setAttribute(HIDDEN, 'paywall');
    fades.push({ category: 'paywall', reason: 'fade laid over the article text', text: '' });
  }
  return fades;
}
