import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, RANGES } from '../../src/reader/settings.ts';

describe('reader settings from storage', () => {
  it('falls back to the defaults for nothing, junk and unknown values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'neon', font: 'comic', fontSize: 'big', lineHeight: NaN, width: null })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and snaps sizes into range and onto their steps', () => {
    const settings = normalizeSettings({ theme: 'sepia', font: 'dyslexic', fontSize: 99, lineHeight: 1.74, width: 3 });
    expect(settings).toEqual({ theme: 'sepia', font: 'dyslexic', fontSize: RANGES.fontSize.max, lineHeight: 1.7, width: RANGES.width.min });
  });

  it('leaves a valid stored value exactly as it was', () => {
    const stored = { theme: 'dark', font: 'sans', fontSize: 22, lineHeight: 1.8, width: 60 };
    expect(normalizeSettings(stored)).toEqual(stored);
  });
});
