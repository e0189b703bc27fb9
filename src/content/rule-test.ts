/**
 * "Test on current tab" from the options page: how many elements each of the reader's rules
 * matches on this page. Injected on request; reads the page, changes nothing.
 */
import { parseRules } from '../core/clutter/index.ts';
import { selectAll } from '../core/clutter/rules/match.ts';
import { activeRules } from '../core/clutter/rules/scope.ts';

/** A test run is on the reader's click, not a page load: a generous budget per rule. */
const RULE_BUDGET_MS = 200;

export interface RuleTestResult {
  total: number;
  byLine: Array<{ line: number; count: number }>;
}

declare global {
  interface Window {
    clearpageTestRules?: (text: string) => RuleTestResult;
  }
}

function testRules(text: string): RuleTestResult {
  const matched = new Set<Element>();
  const byLine = activeRules(parseRules(text).rules, location.hostname).map((rule) => {
    let elements: Element[] = [];
    try {
      elements = selectAll(document, rule.selector, { deadline: performance.now() + RULE_BUDGET_MS, now: () => performance.now() });
    } catch {
      // Over budget, or a selector this browser rejects: it matches nothing here.
    }
    for (const element of elements) matched.add(element);
    return { line: rule.line, count: elements.length };
  });
  return { total: matched.size, byLine };
}

window.clearpageTestRules = testRules;
