/** Built-in lists on and off, by clutter category. */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../core/types.ts';
import type { Settings } from '../settings/schema.ts';
import { updateSettings } from '../settings/store.ts';
import { element } from '../popup/dom.ts';
import { t } from '../popup/i18n.ts';

/** "login prompt|login prompts" → "Login prompts". */
function categoryName(category: ClutterCategory): string {
  const plural = t(`category_${category.replaceAll('-', '_')}`).split('|').pop() ?? category;
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

function setEnabled(category: ClutterCategory, enabled: boolean): Promise<Settings> {
  return updateSettings((settings) => ({
    ...settings,
    disabledCategories: enabled ? settings.disabledCategories.filter((name) => name !== category) : [...new Set([...settings.disabledCategories, category])],
  }));
}

export function renderCategories(settings: Settings): void {
  const fieldset = document.getElementById('categories') as HTMLFieldSetElement;
  const boxes = CLUTTER_CATEGORIES.map((category) => {
    const box = element('input', { type: 'checkbox', checked: !settings.disabledCategories.includes(category), value: category });
    box.addEventListener('change', () => void setEnabled(category, box.checked));
    return element('label', {}, box, ' ', categoryName(category));
  });
  fieldset.replaceChildren(fieldset.querySelector('legend') as HTMLElement, ...boxes);
}
