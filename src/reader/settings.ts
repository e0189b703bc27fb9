/**
 * The reader's typographic choices: plain data, validated on the way in (storage.sync is shared
 * with other devices and versions), stored under one key.
 */
const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];

export interface ReaderSettings {
  theme: Theme;
  font: Font;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Measure: maximum line length in `ch`. */
  width: number;
}

/** Bounds and steps of the three sliders. */
export const RANGES = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 45, max: 100, step: 5 },
} as const satisfies Record<string, { min: number; max: number; step: number }>;
export type RangeSetting = keyof typeof RANGES;

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', font: 'serif', fontSize: 20, lineHeight: 1.6, width: 70 };
export const STORAGE_KEY = 'readerSettings';

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback;

function inRange(setting: RangeSetting, value: unknown): number {
  const { min, max, step } = RANGES[setting];
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS[setting];
  const snapped = Math.round((value - min) / step) * step + min;
  return Number(Math.min(max, Math.max(min, snapped)).toFixed(2));
}

/** Anything read from storage, made into valid settings: unknown or broken values fall back to defaults. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, value.font, DEFAULT_SETTINGS.font),
    fontSize: inRange('fontSize', value.fontSize),
    lineHeight: inRange('lineHeight', value.lineHeight),
    width: inRange('width', value.width),
  };
}
