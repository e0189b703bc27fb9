/**
 * Where settings live: storage.sync `settings` (small, follows the reader) and storage.local
 * `userRules` (rule text can outgrow sync's per-item quota). Damaged or unknown data is never
 * thrown away: `loadRepaired` moves it to the `settingsBackup` key and leaves a notice for the
 * options page, then stores the repaired settings so the damage is reported once.
 */
import browser, { type Storage } from 'webextension-polyfill';
import { readSettings } from './migrations.ts';
import { checkUserRules, type Problem, type SetAside, type Settings } from './schema.ts';

export const KEYS = { settings: 'settings', userRules: 'userRules', backup: 'settingsBackup', notice: 'settingsNotice' } as const;

/** Older backups beyond this are dropped, newest kept. */
const MAX_BACKUPS = 20;

export interface Stored {
  settings: Settings;
  userRules: string;
}

export interface Backup {
  at: string;
  problems: Problem[];
  setAside: SetAside[];
}

/** What the options page tells the reader after a repair. */
export interface Notice {
  at: string;
  problems: Problem[];
}

/** Read-only load, for content scripts: repairs in memory, writes nothing. */
export async function loadSettings(): Promise<Stored> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(KEYS.settings), browser.storage.local.get(KEYS.userRules)]);
  return { settings: readSettings(sync[KEYS.settings]).value, userRules: checkUserRules(local[KEYS.userRules]).value };
}

/** Load, and if anything had to be set aside or migrated, back it up, leave a notice and store the repair. */
export async function loadRepaired(): Promise<Stored & { problems: Problem[] }> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(KEYS.settings), browser.storage.local.get(KEYS.userRules)]);
  const settings = readSettings(sync[KEYS.settings]);
  const userRules = checkUserRules(local[KEYS.userRules]);
  const problems = [...settings.problems, ...userRules.problems];
  const setAside = [...settings.setAside, ...userRules.setAside];
  if (setAside.length) await recordRepair(problems, setAside);
  if (setAside.length || settings.migratedFrom !== null) await browser.storage.sync.set({ [KEYS.settings]: settings.value });
  if (userRules.setAside.length) await browser.storage.local.set({ [KEYS.userRules]: userRules.value });
  return { settings: settings.value, userRules: userRules.value, problems };
}

async function recordRepair(problems: Problem[], setAside: SetAside[]): Promise<void> {
  const at = new Date().toISOString();
  const stored = await browser.storage.local.get(KEYS.backup);
  const previous = Array.isArray(stored[KEYS.backup]) ? (stored[KEYS.backup] as Backup[]) : [];
  const backups: Backup[] = [...previous, { at, problems, setAside }].slice(-MAX_BACKUPS);
  const notice: Notice = { at, problems };
  await browser.storage.local.set({ [KEYS.backup]: backups, [KEYS.notice]: notice });
}

/** Read-modify-write of the synced settings; returns what was stored. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(settings);
  await browser.storage.sync.set({ [KEYS.settings]: next });
  return next;
}

export async function replaceAll(stored: Stored): Promise<void> {
  await Promise.all([browser.storage.sync.set({ [KEYS.settings]: stored.settings }), browser.storage.local.set({ [KEYS.userRules]: stored.userRules })]);
}

export async function saveUserRules(text: string): Promise<void> {
  await browser.storage.local.set({ [KEYS.userRules]: text });
}

export async function readNotice(): Promise<Notice | null> {
  const stored = await browser.storage.local.get(KEYS.notice);
  return (stored[KEYS.notice] as Notice | undefined) ?? null;
}

export async function dismissNotice(): Promise<void> {
  await browser.storage.local.remove(KEYS.notice);
}

/** Calls back when the settings or the rules change, in any context (storage.onChanged). */
export function onSettingsChanged(callback: () => void): void {
  browser.storage.onChanged.addListener((changes: Record<string, Storage.StorageChange>, area: string) => {
    if ((area === 'sync' && KEYS.settings in changes) || (area === 'local' && KEYS.userRules in changes)) callback();
  });
}
