/**
 * The settings schema, version by version, and its validator. Pure: no browser APIs, so every rule
 * about what is kept, repaired or set aside is unit-tested in Node.
 *
 * Validation never throws and never drops the reader's data silently: each part that does not fit
 * is returned in `setAside` (for the backup key) with a `problem` the options page can show.
 */
import { isClutterCategory, type ClutterCategory } from '../core/types.ts';

export const SETTINGS_VERSION = 1;

/** What Clearpage does on a matched site: hide clutter on the page itself, or open the reader view. */
export const SITE_MODES = ['declutter', 'reader'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export interface SiteEntry {
  /** `https://www.example.com`: scheme and host, no port or path (a site, as the reader thinks of it). */
  origin: string;
  mode: SiteMode;
}

/** Small, synced between the reader's browsers (storage.sync). */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  sites: SiteEntry[];
  /** Built-in rule categories the reader turned off. */
  disabledCategories: ClutterCategory[];
  /** Run the article detector on every page (needs all-site access) and badge articles. */
  detectNewsEverywhere: boolean;
  /** How many key points the popup's summary shows. */
  keyPointCount: number;
}

export const KEY_POINT_COUNTS = { min: 1, max: 5, default: 3 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: [],
  disabledCategories: [],
  detectNewsEverywhere: false,
  keyPointCount: KEY_POINT_COUNTS.default,
};

/** One part of stored data that could not be used as it was. */
export interface Problem {
  /** Where it was, e.g. `settings.sites[2]`. */
  path: string;
  reason: string;
}

export interface SetAside {
  path: string;
  value: unknown;
}

export interface Checked<T> {
  value: T;
  problems: Problem[];
  setAside: SetAside[];
}

/** `https://Example.com:8443/a?b` → `https://example.com`; null for anything not an http(s) address. */
export function siteOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}`;
}

/** The host permission and content-script match pattern for a site: that scheme and host, any port, any path. */
export const sitePattern = (origin: string): string => `${origin}/*`;

export const siteHost = (origin: string): string => origin.replace(/^https?:\/\//, '');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A site as stored: its origin must already be in canonical form, its mode one we know. */
export function checkSite(raw: unknown): SiteEntry | string {
  if (!isRecord(raw)) return 'not a site entry';
  if (typeof raw.origin !== 'string' || siteOrigin(raw.origin) !== raw.origin) return `"${String(raw.origin)}" is not a site address like https://example.com`;
  if (!(SITE_MODES as readonly unknown[]).includes(raw.mode)) return `unknown mode "${String(raw.mode)}" (one of: ${SITE_MODES.join(', ')})`;
  return { origin: raw.origin, mode: raw.mode as SiteMode };
}

/**
 * Checks current-version settings field by field: a bad site costs only that site, a bad field only
 * that field (its default takes its place). Unknown fields are set aside, not silently kept.
 */
export function checkSettings(raw: unknown, path = 'settings'): Checked<Settings> {
  const problems: Problem[] = [];
  const setAside: SetAside[] = [];
  const reject = (where: string, value: unknown, reason: string) => {
    problems.push({ path: where, reason });
    setAside.push({ path: where, value });
  };
  if (!isRecord(raw)) {
    if (raw !== undefined) reject(path, raw, 'not a settings object; defaults used');
    return { value: structuredClone(DEFAULT_SETTINGS), problems, setAside };
  }

  const sites: SiteEntry[] = [];
  if (Array.isArray(raw.sites)) {
    raw.sites.forEach((entry, index) => {
      const site = checkSite(entry);
      if (typeof site === 'string') reject(`${path}.sites[${index}]`, entry, site);
      else if (sites.some((kept) => kept.origin === site.origin)) reject(`${path}.sites[${index}]`, entry, `${site.origin} is listed twice; the first entry is kept`);
      else sites.push(site);
    });
  } else if (raw.sites !== undefined) reject(`${path}.sites`, raw.sites, 'not a list of sites');

  const disabledCategories: ClutterCategory[] = [];
  if (Array.isArray(raw.disabledCategories)) {
    raw.disabledCategories.forEach((name, index) => {
      if (isClutterCategory(name)) {
        if (!disabledCategories.includes(name)) disabledCategories.push(name);
      } else reject(`${path}.disabledCategories[${index}]`, name, `unknown category "${String(name)}"`);
    });
  } else if (raw.disabledCategories !== undefined) reject(`${path}.disabledCategories`, raw.disabledCategories, 'not a list of categories');

  let detectNewsEverywhere = DEFAULT_SETTINGS.detectNewsEverywhere;
  if (typeof raw.detectNewsEverywhere === 'boolean') detectNewsEverywhere = raw.detectNewsEverywhere;
  else if (raw.detectNewsEverywhere !== undefined) reject(`${path}.detectNewsEverywhere`, raw.detectNewsEverywhere, 'not true or false; turned off');

  let keyPointCount: number = KEY_POINT_COUNTS.default;
  const count = raw.keyPointCount;
  if (Number.isInteger(count) && (count as number) >= KEY_POINT_COUNTS.min && (count as number) <= KEY_POINT_COUNTS.max) keyPointCount = count as number;
  else if (count !== undefined) reject(`${path}.keyPointCount`, count, `not a whole number from ${KEY_POINT_COUNTS.min} to ${KEY_POINT_COUNTS.max}; ${KEY_POINT_COUNTS.default} used`);

  const known = new Set(['version', 'sites', 'disabledCategories', 'detectNewsEverywhere', 'keyPointCount']);
  for (const [key, value] of Object.entries(raw)) if (!known.has(key)) reject(`${path}.${key}`, value, `unknown setting "${key}"`);

  return { value: { version: SETTINGS_VERSION, sites, disabledCategories, detectNewsEverywhere, keyPointCount }, problems, setAside };
}

/** The reader's own rules are one text (storage.local: it can outgrow sync's per-item quota). */
export function checkUserRules(raw: unknown, path = 'userRules'): Checked<string> {
  if (raw === undefined || typeof raw === 'string') return { value: raw ?? '', problems: [], setAside: [] };
  return { value: '', problems: [{ path, reason: 'not text; your rules were set aside' }], setAside: [{ path, value: raw }] };
}
