import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ReaderSettings } from '../../src/reader/settings.ts';

type Changes = Record<string, { newValue?: unknown }>;
const listeners: Array<(changes: Changes, area: string) => void> = [];
const written: unknown[] = [];

// webextension-polyfill throws outside an extension; the store needs sync storage and its change events.
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: { get: async () => ({}), set: async (items: Record<string, unknown>) => void written.push(...Object.values(items)) },
      onChanged: { addListener: (listener: (changes: Changes, area: string) => void) => void listeners.push(listener) },
    },
  },
}));

const { flushSettings, onSettingsChanged, saveSettings } = await import('../../src/reader/settings-store.ts');
const { STORAGE_KEY } = await import('../../src/reader/settings.ts');

/** Storage tells every reader, this one included, what was stored. */
const storageChanged = (newValue: unknown): void => listeners.forEach((listener) => listener({ [STORAGE_KEY]: { newValue } }, 'sync'));
/** Chrome gives stored objects back with their keys sorted. */
const sortedKeys = (value: object): object => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

describe('the reader follows settings changed elsewhere, not the echo of its own saves', () => {
  const heard = vi.fn();
  onSettingsChanged(heard);
  afterEach(() => {
    heard.mockClear();
    written.length = 0;
  });

  test('its own save comes back with the keys sorted, and is not taken for another reader’s change', () => {
    saveSettings({ theme: 'sepia', font: 'dyslexic', fontSize: 22, lineHeight: 1.6, width: 70 });
    flushSettings();
    expect(written).toHaveLength(1);
    storageChanged(sortedKeys(written[0] as object));
    expect(heard).not.toHaveBeenCalled();
  });

  test('another reader’s change is shown', () => {
    const other: ReaderSettings = { theme: 'dark', font: 'sans', fontSize: 18, lineHeight: 1.8, width: 60 };
    storageChanged(other);
    expect(heard).toHaveBeenLastCalledWith(other);
  });

  test('a save that changes nothing is not written, so a later change to that value elsewhere is still shown', () => {
    const stored: ReaderSettings = { theme: 'light', font: 'serif', fontSize: 20, lineHeight: 1.6, width: 70 };
    const other: ReaderSettings = { ...stored, theme: 'dark' };
    storageChanged(stored);
    // A slider dragged away and back before the save: Chrome would send no change event for this write.
    saveSettings(stored);
    flushSettings();
    expect(written).toEqual([]);
    storageChanged(other);
    storageChanged(sortedKeys(stored));
    expect(heard).toHaveBeenCalledTimes(3);
    expect(heard).toHaveBeenLastCalledWith(stored);
  });

  test('changes in other storage areas or to other keys are not settings', () => {
    listeners.forEach((listener) => listener({ [STORAGE_KEY]: { newValue: { theme: 'dark' } } }, 'local'));
    listeners.forEach((listener) => listener({ other: { newValue: 1 } }, 'sync'));
    expect(heard).not.toHaveBeenCalled();
  });
});
