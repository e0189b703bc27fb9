/**
 * Scroll locks: pages that open a wall set overflow:hidden (often via a `modal-open` class),
 * position:fixed or height:100% on <html>/<body>. Undone with marker attributes; our stylesheet
 * outranks class rules, and an inline !important is overridden inline (and recorded).
 */
import { overrideInline, UNLOCKED } from './declutter-marks.ts';

type Lock = 'overflow' | 'position' | 'height' | 'pointer';

export function unlockScroll(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || !doc.body) return false;
  let unlocked = false;
  for (const element of [doc.documentElement, doc.body]) {
    const locks = locksOf(view.getComputedStyle(element), view.innerHeight);
    if (!locks.length) continue;
    const marked = new Set((element.getAttribute(UNLOCKED) ?? '').split(' ').filter(Boolean));
    for (const lock of locks) marked.add(lock);
    element.setAttribute(UNLOCKED, Array.from(marked).join(' '));
    unlocked = true;
    // Our stylesheet loses only to an inline !important: override that one inline.
    const after = view.getComputedStyle(element);
    if (/hidden|clip/.test(after.overflowY || after.overflow)) overrideInline(element, 'overflow', 'auto');
    if (after.position === 'fixed') overrideInline(element, 'position', 'static');
  }
  return unlocked;
}

function locksOf(style: CSSStyleDeclaration, viewportHeight: number): Lock[] {
  const locks: Lock[] = [];
  const overflowHidden = /hidden|clip/.test(style.overflowY || style.overflow) || /hidden|clip/.test(style.overflow);
  if (overflowHidden) locks.push('overflow');
  if (style.position === 'fixed') locks.push('position');
  // Browsers report the used height in px; jsdom reports the declared value.
  const viewportTall = /^(100%|100vh)$/.test(style.height) || Math.abs(Number.parseFloat(style.height) - viewportHeight) < 2;
  if (overflowHidden && viewportTall) locks.push('height');
  if (style.pointerEvents === 'none') locks.push('pointer');
  return locks;
}
