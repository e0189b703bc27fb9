import browser from 'webextension-polyfill';
import type { ClutterCategory } from '../core/types.ts';

/** A popup string in the browser's language (`_locales`), falling back to the key so nothing renders empty. */
export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** Category names are stored as "singular|plural"; every popup language has just these two forms. */
export function categoryCount(category: ClutterCategory, count: number): string {
  const [one, other = one] = t(`category_${category.replaceAll('-', '_')}`).split('|');
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? one : other;
  return `${count} ${form}`;
}
