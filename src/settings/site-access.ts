/**
 * Adding and removing a matched site from any extension page (popup, options, context menu).
 * Access is asked for that one site only, and given back when the site is removed.
 */
import browser from 'webextension-polyfill';
import { checkSite, sitePattern, type SiteMode } from './schema.ts';
import { withSite, withoutSite } from './sites.ts';
import { updateSettings } from './store.ts';

/** The access "Detect news everywhere" needs. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** A site waiting for the reader's "Allow": see requestSiteAccess. */
const PENDING_SITE_KEY = 'pendingSite';

/**
 * Call synchronously from the click handler, before any `await`: browsers grant permissions only
 * during the reader's gesture.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
}

/**
 * Ask for the site's access (same rule: call it straight from the click) and add the site once
 * granted. The site is noted as waiting first, because Firefox closes the popup when its
 * permission prompt opens, ending the popup's script; the background (site-registrations.ts)
 * then adds it when the grant arrives.
 */
export function requestAndAddSite(origin: string, mode: SiteMode): Promise<boolean> {
  const request = requestSiteAccess(origin);
  void browser.storage.local.set({ [PENDING_SITE_KEY]: { origin, mode } });
  return request.then(async (granted) => {
    await browser.storage.local.remove(PENDING_SITE_KEY);
    if (granted) await addSite(origin, mode);
    return granted;
  });
}

/** The background's half of requestSiteAccess: add the waiting site once its access is granted. */
export async function addPendingSite(grantedOrigins: readonly string[]): Promise<void> {
  const stored = (await browser.storage.local.get(PENDING_SITE_KEY))[PENDING_SITE_KEY];
  const site = checkSite(stored);
  if (typeof site === 'string' || !grantedOrigins.includes(sitePattern(site.origin))) return;
  await browser.storage.local.remove(PENDING_SITE_KEY);
  await addSite(site.origin, site.mode);
}

export function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(origin)] });
}

/** The background registers the content script when it sees the settings change. */
export async function addSite(origin: string, mode: SiteMode): Promise<void> {
  await updateSettings((settings) => withSite(settings, origin, mode));
}

export async function removeSite(origin: string): Promise<void> {
  await updateSettings((settings) => withoutSite(settings, origin));
  try {
    await browser.permissions.remove({ origins: [sitePattern(origin)] });
  } catch {
    // Access the browser gave at install time (a required permission) cannot be given back; nothing is lost.
  }
}
