/**
 * The "Text and theme" panel: radio groups and sliders bound to the settings. Every change applies
 * at once and is saved; changes made elsewhere (another tab) are shown here too.
 */
import { RANGES, type RangeSetting, type ReaderSettings } from './settings.ts';

const RANGE_SETTINGS = Object.keys(RANGES) as RangeSetting[];
const UNITS: Record<RangeSetting, (value: number) => string> = {
  fontSize: (value) => `${value}px`,
  lineHeight: (value) => value.toFixed(1),
  width: (value) => `${value}ch`,
};

/** Settings onto the page: data attributes choose theme and font, custom properties carry the sizes. */
export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--size', UNITS.fontSize(settings.fontSize));
  root.style.setProperty('--leading', String(settings.lineHeight));
  root.style.setProperty('--measure', UNITS.width(settings.width));
}

export interface SettingsPanel {
  show(settings: ReaderSettings): void;
}

export function bindSettingsPanel(panel: HTMLElement, initial: ReaderSettings, onChange: (settings: ReaderSettings) => void): SettingsPanel {
  let settings = initial;
  const radios = Array.from(panel.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
  const ranges = new Map(RANGE_SETTINGS.map((name) => [name, panel.querySelector<HTMLInputElement>(`input[name="${name}"]`)!]));

  for (const [name, input] of ranges) {
    const { min, max, step } = RANGES[name];
    Object.assign(input, { min: String(min), max: String(max), step: String(step) });
  }

  const show = (next: ReaderSettings) => {
    settings = next;
    for (const radio of radios) radio.checked = settings[radio.name as 'theme' | 'font'] === radio.value;
    for (const [name, input] of ranges) {
      input.value = String(settings[name]);
      const output = input.parentElement?.querySelector('output');
      if (output) output.value = UNITS[name](settings[name]);
      input.setAttribute('aria-valuetext', UNITS[name](settings[name]));
    }
  };

  panel.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio' && input.checked) show({ ...settings, [input.name]: input.value });
    else if (input.type === 'range') show({ ...settings, [input.name]: Number(input.value) });
    else return;
    onChange(settings);
  });
  show(initial);
  return { show };
}
