/**
 * Where the reader was in an article, kept for the browser session (storage.session, never synced
 * or written to disk), so closing the view and opening it again on the same page returns there.
 */
import browser from 'webextension-polyfill';

const SAVE_EVERY_MS = 500;
const keyFor = (url: string) => `readerPlace:${url}`;

let pending: { key: string; share: number } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function scrolledShare(): number {
  const scrollable = document.documentElement.scrollHeight - innerHeight;
  return scrollable > 0 ? scrollY / scrollable : 0;
}

export async function restorePlace(url: string): Promise<void> {
  const key = keyFor(url);
  const stored = (await browser.storage.session.get(key))[key];
  if (typeof stored !== 'number' || !(stored > 0 && stored <= 1)) return;
  scrollTo(0, stored * (document.documentElement.scrollHeight - innerHeight));
}

export function rememberPlace(url: string): void {
  // The share is measured while scrolling: once the view is closing, its layout is already gone.
  addEventListener(
    'scroll',
    () => {
      pending = { key: keyFor(url), share: scrolledShare() };
      timer ??= setTimeout(flushPlace, SAVE_EVERY_MS);
    },
    { passive: true },
  );
  addEventListener('pagehide', flushPlace);
}

/** Save now: the view is closing. */
export function flushPlace(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!pending) return;
  void browser.storage.session.set({ [pending.key]: pending.share });
  pending = null;
}
