/** The reader's matched sites as pure operations on settings. */
import { siteOrigin, type Settings, type SiteEntry, type SiteMode } from './schema.ts';

/** The matched site a page belongs to, if any. */
export function siteFor(settings: Settings, url: string): SiteEntry | null {
  const origin = siteOrigin(url);
  return (origin && settings.sites.find((site) => site.origin === origin)) || null;
}

/** Adds the site, or changes its mode when it is already there (keeping its place in the list). */
export function withSite(settings: Settings, origin: string, mode: SiteMode): Settings {
  const exists = settings.sites.some((site) => site.origin === origin);
  const sites = exists ? settings.sites.map((site) => (site.origin === origin ? { origin, mode } : site)) : [...settings.sites, { origin, mode }];
  return { ...settings, sites };
}

export function withoutSite(settings: Settings, origin: string): Settings {
  return { ...settings, sites: settings.sites.filter((site) => site.origin !== origin) };
}
