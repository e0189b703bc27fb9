/**
 * Pages no extension may script: browser pages, the add-on stores, the PDF viewer. The popup says
 * so plainly instead of failing. Returns the `_locales` key of the reason, or null when the page
 * can be worked on.
 */
const BROWSER_SCHEMES = /^(chrome|chrome-extension|moz-extension|edge|about|view-source|devtools|chrome-search|brave|opera|vivaldi|resource|data|blob|javascript):/i;
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'restrictedUnknown';
  if (BROWSER_SCHEMES.test(url)) return 'restrictedBrowserPage';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restrictedUnknown';
  }
  const isOldStore = parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore');
  if (STORE_HOSTS.includes(parsed.hostname) || isOldStore) return 'restrictedStore';
  if (/\.pdf$/i.test(parsed.pathname)) return 'restrictedPdf';
  if (!/^(https?|file):$/.test(parsed.protocol)) return 'restrictedUnknown';
  return null;
}

/** When the tab's URL is hidden from us, the browser's refusal to inject still tells what kind of page it is. */
export function restrictedReasonFromError(message: string): string | null {
  if (/chrome:\/\/|edge:\/\/|about:|moz-extension|chrome-extension|cannot access a .*url/i.test(message)) return 'restrictedBrowserPage';
  if (/gallery cannot be scripted|webstore|addons\.mozilla/i.test(message)) return 'restrictedStore';
  return null;
}
