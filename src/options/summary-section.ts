/** How many key points the popup shows: 1 to 5. */
import { KEY_POINT_COUNTS, type Settings } from '../settings/schema.ts';
import { updateSettings } from '../settings/store.ts';

let wired = false;

export function renderKeyPointCount(settings: Settings): void {
  const select = document.getElementById('key-point-count') as HTMLSelectElement;
  if (!wired) {
    wired = true;
    for (let count = KEY_POINT_COUNTS.min; count <= KEY_POINT_COUNTS.max; count++) select.add(new Option(String(count), String(count)));
    select.addEventListener('change', () => void updateSettings((current) => ({ ...current, keyPointCount: Number(select.value) })));
  }
  select.value = String(settings.keyPointCount);
}
