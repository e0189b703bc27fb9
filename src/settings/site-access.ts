/**
 * Adding and removing a matched site from any extension page (popup, options, context menu).
 * Access is asked for that one site only, and given back when the site is removed.
 */
import browser from 'webextension-polyfill';
import { sitePattern, type SiteMode } from './schema.ts';
import { withSite, withoutSite } from './sites.ts';
import { updateSettings } from './store.ts';

/** The access "Detect news everywhere" needs. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/**
 * Call synchronously from the click handler, before any `await`: browsers grant permissions only
 * during the reader's gesture.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(origin)] });
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
