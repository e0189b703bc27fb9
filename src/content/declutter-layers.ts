/**
 * Layers over the page: fixed or sticky elements that cover much of the viewport, or sit high in
 * the stacking order, and whose text is a login, paywall, consent or notification prompt. Their
 * empty backdrops go with them. Needs layout, so it lives here and not in the core.
 */
import type { ClutterHit } from '../core/types.ts';
import { judgeLayer, type ClutterContext } from '../core/clutter/index.ts';
import { HIDDEN } from './declutter-marks.ts';

/** Share of the viewport a layer must cover, or the z-index it must have, to count as "over the page". */
const MIN_COVERAGE = 0.1;
const HIGH_Z_INDEX = 100;
/** A backdrop covers most of the viewport and says (almost) nothing. */
const BACKDROP_COVERAGE = 0.5;
const BACKDROP_MAX_TEXT = 20;

/** `silent`: late insertions with no prompt text; only their own element is looked at, as a possible backdrop. */
export function findLayers(roots: Iterable<Element>, context: ClutterContext, main: Element, silent: readonly Element[] = []): ClutterHit[] {
  const doc = main.ownerDocument;
  const view = doc.defaultView;
  if (!view) return [];
  const hits: ClutterHit[] = [];
  const backdrops: Element[] = [];
  for (const root of roots) {
    for (const element of fixedLayers(root, view)) {
      if (element.contains(main) || main.contains(element) || element.closest(`[${HIDDEN}]`)) continue;
      const style = view.getComputedStyle(element);
      const coverage = viewportCoverage(element, style, view);
      const zIndex = Number.parseInt(style.zIndex, 10) || 0;
      if (coverage < MIN_COVERAGE && zIndex < HIGH_Z_INDEX) continue;
      const text = element.textContent?.trim() ?? '';
      if (text.length <= BACKDROP_MAX_TEXT) {
        if (coverage >= BACKDROP_COVERAGE) backdrops.push(element);
        continue;
      }
      const hit = judgeLayer(element, context);
      if (hit) hits.push(hit);
    }
  }
  const first = hits[0];
  if (!first) return hits;
  for (const element of silent) {
    if ((element.textContent?.trim().length ?? 0) > BACKDROP_MAX_TEXT || element.closest(`[${HIDDEN}]`)) continue;
    const style = view.getComputedStyle(element);
    if (style.position === 'fixed' && viewportCoverage(element, style, view) >= BACKDROP_COVERAGE) backdrops.push(element);
  }
  // A backdrop goes only with a prompt it was put up for.
  for (const element of backdrops) hits.push({ element, category: first.category, reason: 'backdrop behind a hidden layer' });
  return hits;
}

/** Fixed/sticky elements in `root` (itself included), not descending into a layer once found. */
function fixedLayers(root: Element, view: Window): Element[] {
  const layers: Element[] = [];
  const visit = (element: Element): void => {
    const style = view.getComputedStyle(element);
    if (style.display === 'none') return;
    if (style.position === 'fixed' || style.position === 'sticky') {
      if (style.visibility !== 'hidden') layers.push(element);
      return;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  return layers;
}

/** Share of the viewport the element covers; from layout, or, where there is none (jsdom), from its insets. */
function viewportCoverage(element: Element, style: CSSStyleDeclaration, view: Window): number {
  const rect = element.getBoundingClientRect();
  const width = view.innerWidth || 1;
  const height = view.innerHeight || 1;
  if (rect.width > 0 && rect.height > 0) {
    const w = Math.max(0, Math.min(rect.right, width) - Math.max(rect.left, 0));
    const h = Math.max(0, Math.min(rect.bottom, height) - Math.max(rect.top, 0));
    return (w * h) / (width * height);
  }
  const zero = (value: string): boolean => value === '0px' || value === '0';
  const inset = style.getPropertyValue('inset');
  const [top, right, bottom, left] = [style.top, style.right, style.bottom, style.left].map((v, i) => v || inset.split(' ')[i] || inset);
  const spansWidth = (zero(left ?? '') && zero(right ?? '')) || /^100(%|vw)$/.test(style.width);
  const spansHeight = (zero(top ?? '') && zero(bottom ?? '')) || /^100(%|vh)$/.test(style.height);
  if (spansWidth && spansHeight) return 1;
  return spansWidth || spansHeight ? 0.25 : 0;
}
