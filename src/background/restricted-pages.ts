/**
 * Pages no extension may script: browser pages, the add-on stores, the PDF viewer. The popup says
 * so plainly instead of failing. Returns the reason, or null when the page can be worked on.
 */
const BROWSER_SCHEMES = /^(chrome|chrome-extension|moz-extension|edge|about|view-source|devtools|chrome-search|brave|opera|vivaldi|resource|data|blob|javascript):/i;
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'Clearpage cannot read this tab. Click the toolbar button on a news page.';
  if (BROWSER_SCHEMES.test(url)) return 'This is a browser page. Extensions cannot change browser pages.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab has no web page address Clearpage can work with.';
  }
  if (STORE_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'This is the browser’s extension store. Browsers protect it from all extensions.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'This is a PDF shown by the browser’s viewer. Clearpage works on web pages.';
  if (!/^(https?|file):$/.test(parsed.protocol)) return 'Clearpage works on web pages (http and https).';
  return null;
}
