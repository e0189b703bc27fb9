/** The plain (non-procedural) rules as one stylesheet, for injection before first paint. */
import type { Rule } from './types.ts';
import { activeRules } from './scope.ts';

/** One CSS rule per selector: a selector the browser rejects then costs only its own line. */
export function cosmeticCss(rules: readonly Rule[], hostname: string): string {
  const selectors = new Set(activeRules(rules, hostname).filter((rule) => rule.selector.steps.length === 0).map((rule) => rule.selector.css));
  return Array.from(selectors, (css) => `${css} { display: none !important; }`).join('\n');
}
