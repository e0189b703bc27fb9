/** The reader's keyboard and motion helpers: reading progress, and keeping Tab inside the view. */

/** The bar tracks how far through the article the reader has scrolled. */
export function trackProgress(bar: HTMLElement, view: Window): void {
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = view.document.documentElement.scrollHeight - view.innerHeight;
    const share = scrollable > 0 ? Math.min(1, Math.max(0, view.scrollY / scrollable)) : 1;
    bar.style.transform = `scaleX(${share})`;
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    view.requestAnimationFrame(update);
  };
  view.addEventListener('scroll', schedule, { passive: true });
  // The article arrives, images load, the text size changes: the page grows without a scroll event.
  new ResizeObserver(schedule).observe(view.document.body);
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The view covers the page, so Tab must not wander into the page beneath it: from the last control
 * it wraps to the first, and back.
 */
export function keepFocusInside(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(doc.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    const active = doc.activeElement;
    if (event.shiftKey && (active === first || active === doc.body || active?.id === 'main')) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
