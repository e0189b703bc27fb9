/**
 * The clutter engine: cosmetic rules (built-in lists + the user's) and the in-body classifier,
 * behind one safety valve. Pure core: it reads the document, never changes it.
 */
import type { ClutterCategory, ClutterHit } from '../types.ts';
import type { Rule } from './rules/types.ts';
import { parseRules } from './rules/parse.ts';
import { activeRules, hostnameOf } from './rules/scope.ts';
import { BudgetExceeded, runSteps, selectAll } from './rules/match.ts';
import { bucketed, bucketElement, buildKeyIndex, type KeyIndex } from './rules/prefilter.ts';
import { builtinRules } from './builtin.ts';
import { builtinPatterns, phraseMatcher, type CategoryPatterns } from './classifier/phrases.ts';
import { collectStats } from './classifier/stats.ts';
import { classifyBlocks } from './classifier/index.ts';
import { scoreBlock } from './classifier/score.ts';
import { findMainContent, type MainContent } from './main-content.ts';
import { makeGuard, MAX_MAIN_SHARE } from './safety.ts';

export { parseRules } from './rules/parse.ts';
export { cosmeticCss } from './rules/css.ts';
export { builtinRules } from './builtin.ts';
export type { Rule, RuleError, ParsedRules } from './rules/types.ts';
export type { MainContent } from './main-content.ts';

export interface ClutterOptions {
  /** The user's own rules, in the list syntax of docs/rules.md. Bad lines are skipped here;
   * the options page shows them via `parseRules`. */
  userRules?: string;
  disabledCategories?: ClutterCategory[];
  /** Clock for the per-rule time budget. */
  now?: () => number;
}

/** What a scan needs besides the page: worked out once per page, reused for late insertions. */
export interface ClutterContext {
  rules: Rule[];
  keys: KeyIndex | null;
  patterns: CategoryPatterns[];
  disabled: Set<ClutterCategory>;
  now: () => number;
  /** All phrases in one regex, built on first use (see `mentionsPrompt`). */
  matcher?: RegExp | null;
}

/** Rules with no `! category:` line above them. */
const DEFAULT_CATEGORY: ClutterCategory = 'ad';
/** One rule may not spend more than this on a page. */
const RULE_BUDGET_MS = 50;
/** Text of a late insertion looked at for phrases. */
const MAX_SCANNED_TEXT = 5000;

export function clutterContext(doc: Document, url?: string, options: ClutterOptions = {}): ClutterContext {
  const disabled = new Set(options.disabledCategories ?? []);
  const all = [...builtinRules(), ...(options.userRules ? parseRules(options.userRules).rules : [])];
  const rules = activeRules(all, hostnameOf(url ?? doc.URL)).filter((rule) => !disabled.has(rule.category ?? DEFAULT_CATEGORY));
  return {
    rules,
    keys: buildKeyIndex(rules.map((rule) => rule.selector.css)),
    patterns: builtinPatterns().filter((pattern) => !disabled.has(pattern.category)),
    disabled,
    now: options.now ?? (() => performance.now()),
  };
}

export function findClutter(doc: Document, url?: string, options: ClutterOptions = {}): ClutterHit[] {
  return doc.body ? scanForClutter(doc.body, clutterContext(doc, url, options)).hits : [];
}

/**
 * Rules and classifier on `root`'s subtree. `main` is the page's main content when known (a late
 * insertion is judged against the story found at first); otherwise it is found in `root`.
 */
export function scanForClutter(root: Element, context: ClutterContext, main?: MainContent): { hits: ClutterHit[]; main: MainContent } {
  const buckets = new Map<string, Element[]>();
  const keys = context.keys;
  const stats = collectStats(root, context.patterns, keys ? (element) => bucketElement(element, keys, buckets) : undefined);
  const story = main ?? findMainContent(root, stats);
  const isProtected = makeGuard(story, stats);
  const candidates: ClutterHit[] = [
    ...ruleHits(root, context, keys ? (css) => bucketed(css, keys, buckets) : null),
    ...classifyBlocks(root, stats, context.patterns, isProtected, story.root),
  ];
  const hits = outermost(candidates.filter((hit) => !context.disabled.has(hit.category) && root.contains(hit.element) && !isProtected(hit.element)));
  return { hits, main: story };
}

/**
 * The cheap look at a late insertion: does its text say anything a prompt says? When not, only
 * the rules need to run on it (`findRuleHitsIn`), not the classifier or the layer judge.
 */
export function mentionsPrompt(root: Element, context: ClutterContext): boolean {
  const matcher = (context.matcher ??= phraseMatcher(context.patterns));
  if (!matcher) return false;
  matcher.lastIndex = 0;
  const found = matcher.test((root.textContent ?? '').slice(0, MAX_SCANNED_TEXT).toLowerCase().replace(/’/g, "'"));
  matcher.lastIndex = 0;
  return found;
}

/** Rules only, on a late insertion, with the main content of the first pass protected. */
export function findRuleHitsIn(root: Element, context: ClutterContext, main: MainContent): ClutterHit[] {
  const keys = context.keys;
  const buckets = new Map<string, Element[]>();
  if (keys) {
    const visit = (element: Element): void => {
      bucketElement(element, keys, buckets);
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) visit(child);
    };
    visit(root);
  }
  const hits = ruleHits(root, context, keys ? (css) => bucketed(css, keys, buckets) : null);
  const tooBig = (element: Element): boolean =>
    element.contains(main.root) || (main.root.contains(element) && (element.textContent?.length ?? 0) > MAX_MAIN_SHARE * main.chars);
  return outermost(hits.filter((hit) => root.contains(hit.element) && !tooBig(hit.element)));
}

/**
 * Judges one element the page shows as a layer (fixed, covering, on top): is its text a prompt?
 * Looser than in-body judging, because the layout already says "this is not the story": one
 * phrase is enough. Null when it says nothing a prompt says.
 */
export function judgeLayer(element: Element, context: ClutterContext): ClutterHit | null {
  const stats = collectStats(element, context.patterns).get(element);
  const score = stats && scoreBlock(element, stats, context.patterns);
  if (!score || score.phrases < 1 || context.disabled.has(score.category)) return null;
  return { element, category: score.category, reason: `layer over the page; classifier: ${score.features.join(', ')}` };
}

/** `prefiltered(css)`: the elements that carry the selector's key (see prefilter.ts); null to query the document. */
function ruleHits(root: Element, context: ClutterContext, prefiltered: ((css: string) => Element[]) | null): ClutterHit[] {
  const hits: ClutterHit[] = [];
  const { now } = context;
  for (const rule of context.rules) {
    try {
      const budget = { deadline: now() + RULE_BUDGET_MS, now };
      const css = rule.selector.css;
      const selected = prefiltered ? prefiltered(css).filter((element) => element.matches(css)) : null;
      const elements = selected ? runSteps(selected, rule.selector, budget) : selectAll(root.ownerDocument, rule.selector, budget);
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
