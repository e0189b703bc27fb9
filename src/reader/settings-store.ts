/**
 * Reader settings in storage.sync: read once, saved after the reader stops changing them (sync
 * storage allows ~120 writes a minute; a dragged slider sends dozens), and followed across open readers.
 */
import browser from 'webextension-polyfill';
import { normalizeSettings, STORAGE_KEY, type ReaderSettings } from './settings.ts';

const SAVE_DELAY_MS = 400;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let unsaved: ReaderSettings | null = null;
/** What this page wrote, so the echo of its own writes is not taken for another reader's change. */
const ownWrites = new Set<string>();
/** The settings in storage as this page last knew them. */
let storedKey = '';

/**
 * One text for equal settings, whatever their keys' order: Chrome hands back stored objects with
 * their keys sorted, so the echo of a write is not spelled as it was written. Asked of normalized
 * settings, which list their keys in one order.
 */
const settingsKey = (settings: ReaderSettings): string => JSON.stringify(settings);

export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(STORAGE_KEY);
  const settings = normalizeSettings(stored[STORAGE_KEY]);
  storedKey = settingsKey(settings);
  return settings;
}

export function saveSettings(settings: ReaderSettings): void {
  unsaved = settings;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(flushSettings, SAVE_DELAY_MS);
}

/** Write now: the reader is closing, and a change made just before must not be lost. */
export function flushSettings(): void {
  clearTimeout(saveTimer);
  if (!unsaved) return;
  const key = settingsKey(normalizeSettings(unsaved));
  // Chrome sends no change event for a write that changes nothing (a slider dragged away and back),
  // so such a write would leave an echo expected forever, and another reader's change would be missed.
  if (key !== storedKey) {
    ownWrites.add(key);
    storedKey = key;
    void browser.storage.sync.set({ [STORAGE_KEY]: unsaved });
  }
  unsaved = null;
}

/** Another reader (another tab, another device) changed the settings. */
export function onSettingsChanged(listener: (settings: ReaderSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[STORAGE_KEY];
    if (area !== 'sync' || !change) return;
    const settings = normalizeSettings(change.newValue);
    const key = settingsKey(settings);
    if (ownWrites.delete(key)) return;
    storedKey = key;
    listener(settings);
  });
}
