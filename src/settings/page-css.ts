/**
 * The stylesheet a matched site gets before its first paint: every plain-selector rule (built-in
 * lists minus the categories the reader turned off, plus the reader's own rules) for that hostname.
 * Procedural rules and the classifier need the DOM; the content script runs them as it arrives.
 */
import { builtinRules, cosmeticCss, parseRules, type Rule } from '../core/clutter/index.ts';
import type { ClutterCategory } from '../core/types.ts';

/** What findClutter files a rule under when its list names no category. */
const UNCATEGORISED: ClutterCategory = 'ad';

export function prePaintCss(hostname: string, userRules: string, disabledCategories: readonly ClutterCategory[]): string {
  const disabled = new Set(disabledCategories);
  const builtin = builtinRules().filter((rule: Rule) => !disabled.has(rule.category ?? UNCATEGORISED));
  return cosmeticCss([...builtin, ...parseRules(userRules).rules], hostname);
}
