/** Reader settings in storage.sync: read once, written on every change, and followed across open readers. */
import browser from 'webextension-polyfill';
import { normalizeSettings, STORAGE_KEY, type ReaderSettings } from './settings.ts';

export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(STORAGE_KEY);
  return normalizeSettings(stored[STORAGE_KEY]);
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({ [STORAGE_KEY]: settings });
}

/** Another reader (another tab, another device) changed the settings. */
export function onSettingsChanged(listener: (settings: ReaderSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[STORAGE_KEY];
    if (area === 'sync' && change) listener(normalizeSettings(change.newValue));
  });
}
