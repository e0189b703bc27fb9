/**
 * Bringing stored settings of any version to the current one. Pure, like the schema.
 * Each migration takes the previous version's shape and returns the next; the validator runs last,
 * so a migration only reshapes and never has to judge.
 */
import { SETTINGS_VERSION, checkSettings, siteOrigin, type Checked, type Settings } from './schema.ts';

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. Version 0 = the unversioned pre-release shape. */
const MIGRATIONS: ReadonlyArray<(settings: Raw) => Raw> = [
  // 0 → 1: sites were bare addresses (always decluttered); now each has a mode.
  (settings) => ({
    ...settings,
    sites: Array.isArray(settings.sites)
      ? settings.sites.map((site) => (typeof site === 'string' ? { origin: siteOrigin(site) ?? site, mode: 'declutter' } : site))
      : settings.sites,
  }),
];

export interface ReadSettings extends Checked<Settings> {
  /** The version the data was stored with, when it was not the current one. */
  migratedFrom: number | null;
}

/** Stored settings (anything at all) → current settings, what was wrong, and what to back up. */
export function readSettings(raw: unknown): ReadSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...checkSettings(raw), migratedFrom: null };
  const stored = raw as Raw;
  const version = stored.version === undefined ? 0 : stored.version;

  if (version === SETTINGS_VERSION) return { ...checkSettings(stored), migratedFrom: null };

  if (typeof version === 'number' && Number.isInteger(version) && version >= 0 && version < SETTINGS_VERSION) {
    let migrated = stored;
    for (let from = version; from < SETTINGS_VERSION; from++) migrated = (MIGRATIONS[from] as (settings: Raw) => Raw)(migrated);
    return { ...checkSettings({ ...migrated, version: SETTINGS_VERSION }), migratedFrom: version };
  }

  // A version we do not know (a newer Clearpage, or damage): keep all of it in the backup, and keep
  // using every part that still reads as current settings, so the reader's sites survive.
  const salvaged = checkSettings({ ...stored, version: SETTINGS_VERSION });
  return {
    value: salvaged.value,
    problems: [{ path: 'settings.version', reason: `saved by an unknown version (${JSON.stringify(version)}); kept what this version understands, the original is in the backup` }, ...salvaged.problems],
    setAside: [{ path: 'settings', value: raw }],
    migratedFrom: null,
  };
}
