/**
 * Late layers: the page inserts walls and banners after load. Added elements are collected by a
 * MutationObserver and judged once per animation frame, a bounded batch at a time, so a page that
 * inserts thousands of nodes pays for its batch roots, not for every node.
 */
import { isOurs } from './declutter-marks.ts';

/** Batch roots judged per frame; the rest wait for the next frame. */
const MAX_ROOTS_PER_FRAME = 200;

export interface ObserverCost {
  batches: number;
  /** Element nodes reported added. */
  nodes: number;
  /** Time spent judging (our callback), not the page's own work. */
  ms: number;
}

export interface LateObserver {
  stop(): void;
  cost: ObserverCost;
}

/**
 * `judge` gets the batch's top-most added elements (none inside another); `relock` runs when the
 * page changes <html>/<body> class or style (it may lock scrolling again).
 */
export function observeLateLayers(doc: Document, judge: (roots: Element[]) => void, relock: () => void): LateObserver | null {
  const view = doc.defaultView;
  // The content script's own globals first: in Firefox, the page window's constructors come through Xray wrappers.
  const Observer = globalThis.MutationObserver ?? view?.MutationObserver;
  if (!view || typeof Observer !== 'function') return null;
  const cost: ObserverCost = { batches: 0, nodes: 0, ms: 0 };
  const pending = new Set<Element>();
  let relockPending = false;
  let frame: number | null = null;
  const frames = typeof globalThis.requestAnimationFrame === 'function' ? globalThis : view;
  const schedule = (callback: () => void): number =>
    typeof frames.requestAnimationFrame === 'function' ? frames.requestAnimationFrame(callback) : view.setTimeout(callback, 16);
  const cancel = (handle: number): void =>
    typeof frames.cancelAnimationFrame === 'function' ? frames.cancelAnimationFrame(handle) : view.clearTimeout(handle);

  const flush = (): void => {
    frame = null;
    const started = performance.now();
    cost.batches++;
    const connected = Array.from(pending).filter((element) => element.isConnected);
    const roots = topMost(connected);
    const now = roots.slice(0, MAX_ROOTS_PER_FRAME);
    pending.clear();
    for (const element of roots.slice(MAX_ROOTS_PER_FRAME)) pending.add(element);
    if (relockPending) {
      relockPending = false;
      relock();
    }
    if (now.length) judge(now);
    if (pending.size) frame = schedule(flush);
    cost.ms += performance.now() - started;
  };

  const observer = new Observer((records) => {
    const started = performance.now();
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 || isOurs(node)) continue;
        cost.nodes++;
        pending.add(node as Element);
      }
    }
    if ((pending.size || relockPending) && frame === null) frame = schedule(flush);
    cost.ms += performance.now() - started;
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // A second observer: observing <html> again would replace the options above.
  const locks = new Observer(() => {
    relockPending = true;
    if (frame === null) frame = schedule(flush);
  });
  for (const element of [doc.documentElement, doc.body].filter(Boolean) as Element[]) {
    locks.observe(element, { attributes: true, attributeFilter: ['class', 'style'] });
  }
  return {
    cost,
    stop(): void {
      observer.disconnect();
      locks.disconnect();
      if (frame !== null) cancel(frame);
      pending.clear();
    },
  };
}

/** Drop elements inside another element of the set: judging the outer one covers them. */
function topMost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let node = element.parentElement; node; node = node.parentElement) if (set.has(node)) return false;
    return true;
  });
}
