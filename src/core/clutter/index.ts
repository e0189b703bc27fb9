/**
 * The clutter engine: cosmetic rules (built-in lists + the user's) and the in-body classifier,
 * behind one safety valve. Pure core: it reads the document, never changes it.
 */
import type { ClutterCategory, ClutterHit } from '../types.ts';
import type { Rule } from './rules/types.ts';
import { parseRules } from './rules/parse.ts';
import { activeRules, hostnameOf } from './rules/scope.ts';
import { BudgetExceeded, runSteps, selectAll } from './rules/match.ts';
import { builtinRules } from './builtin.ts';
import { bucketed, bucketElement, buildKeyIndex } from './rules/prefilter.ts';
import { builtinPatterns } from './classifier/phrases.ts';
import { collectStats } from './classifier/stats.ts';
import { classifyBlocks } from './classifier/index.ts';
import { findMainContent } from './main-content.ts';
import { makeGuard } from './safety.ts';

export { parseRules } from './rules/parse.ts';
export { cosmeticCss } from './rules/css.ts';
export { builtinRules } from './builtin.ts';
export type { Rule, RuleError, ParsedRules } from './rules/types.ts';

export interface ClutterOptions {
  /** The user's own rules, in the list syntax of docs/rules.md. Bad lines are skipped here;
   * the options page shows them via `parseRules`. */
  userRules?: string;
  disabledCategories?: ClutterCategory[];
  /** Clock for the per-rule time budget. */
  now?: () => number;
}

/** Rules with no `! category:` line above them. */
const DEFAULT_CATEGORY: ClutterCategory = 'ad';
/** One rule may not spend more than this on a page. */
const RULE_BUDGET_MS = 50;

export function findClutter(doc: Document, url?: string, options: ClutterOptions = {}): ClutterHit[] {
  const body = doc.body;
  if (!body) return [];
  const now = options.now ?? (() => performance.now());
  const disabled = new Set(options.disabledCategories ?? []);
  const patterns = builtinPatterns().filter((pattern) => !disabled.has(pattern.category));
  const rules = activeRules([...builtinRules(), ...(options.userRules ? parseRules(options.userRules).rules : [])], hostnameOf(url ?? doc.URL));
  const keys = buildKeyIndex(rules.map((rule) => rule.selector.css));
  const buckets = new Map<string, Element[]>();
  const stats = collectStats(body, patterns, keys ? (element) => bucketElement(element, keys, buckets) : undefined);
  const main = findMainContent(body, stats);
  const isProtected = makeGuard(main, stats);

  const candidates: ClutterHit[] = [
    ...ruleHits(doc, rules, keys ? (css) => bucketed(css, keys, buckets) : null, now),
    ...classifyBlocks(body, stats, patterns, isProtected),
  ];
  return outermost(candidates.filter((hit) => !disabled.has(hit.category) && !isProtected(hit.element)));
}

/** `prefiltered(css)`: the elements that carry the selector's key (see prefilter.ts); null to query the document. */
function ruleHits(doc: Document, rules: readonly Rule[], prefiltered: ((css: string) => Element[]) | null, now: () => number): ClutterHit[] {
  const hits: ClutterHit[] = [];
  for (const rule of rules) {
    try {
      const budget = { deadline: now() + RULE_BUDGET_MS, now };
      const css = rule.selector.css;
      const elements = prefiltered ? runSteps(prefiltered(css).filter((element) => element.matches(css)), rule.selector, budget) : selectAll(doc, rule.selector, budget);
      for (const element of elements) hits.push({ element, category: rule.category ?? DEFAULT_CATEGORY, reason: `rule: ${rule.text}` });
    } catch (error) {
      // An over-budget rule or a selector this browser rejects costs only itself.
      if (!(error instanceof BudgetExceeded) && (error as { name?: string } | null)?.name !== 'SyntaxError') throw error;
    }
  }
  return hits;
}

/** Hits must not nest: keep the outermost of any nested set, in document order. */
function outermost(hits: ClutterHit[]): ClutterHit[] {
  const unique = new Map<Element, ClutterHit>();
  for (const hit of hits) if (!unique.has(hit.element)) unique.set(hit.element, hit);
  const elements = new Set(unique.keys());
  const kept: ClutterHit[] = [];
  for (const [element, hit] of unique) {
    let inside = false;
    for (let node = element.parentElement; node && !inside; node = node.parentElement) inside = elements.has(node);
    if (!inside) kept.push(hit);
  }
  return kept.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
}
