import browser from 'webextension-polyfill';
import { element } from './dom.ts';

/**
 * The site's icon and name. Chrome serves favicons from its own cache (`_favicon`), so showing one
 * costs no request; where that is unavailable the site's initial stands in, never a remote image.
 */
export function siteHeader(pageUrl: string, siteName: string | null): HTMLElement {
  const host = safeHost(pageUrl);
  const name = siteName ?? host;
  const icon = browser.runtime.getManifest().permissions?.includes('favicon')
    ? element('img', { className: 'favicon', alt: '', width: 16, height: 16, src: faviconUrl(pageUrl) })
    : element('span', { className: 'favicon monogram', ariaHidden: 'true' }, (name.match(/\p{L}|\p{N}/u)?.[0] ?? '•').toUpperCase());
  return element('p', { className: 'site' }, icon, element('span', {}, name));
}

function faviconUrl(pageUrl: string): string {
  const url = new URL(browser.runtime.getURL('/_favicon/'));
  url.searchParams.set('pageUrl', pageUrl);
  url.searchParams.set('size', '32');
  return url.href;
}

function safeHost(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return pageUrl;
  }
}
