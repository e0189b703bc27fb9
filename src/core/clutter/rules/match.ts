/**
 * Runs a parsed selector on a document, procedural steps included. Pure DOM: `:matches-css()` asks
 * the document's own window for computed style, and matches nothing where there is none.
 * A time budget stops a rule that would take too long on a huge page.
 */
import type { Selector, Step, TextTest } from './types.ts';
import { MAX_TESTED_TEXT } from './safe-regex.ts';

export class BudgetExceeded extends Error {}

export interface Budget {
  deadline: number;
  now: () => number;
}

export function selectAll(root: Document | Element, selector: Selector, budget: Budget): Element[] {
  const css = 'nodeType' in root && root.nodeType === 1 ? scoped(selector.css) : selector.css;
  return runSteps(Array.from(root.querySelectorAll(css)), selector, budget);
}

/** The procedural steps of `selector` on elements its CSS part already selected. */
export function runSteps(selected: Element[], selector: Selector, budget: Budget): Element[] {
  let elements = selected;
  for (const step of selector.steps) {
    checkBudget(budget);
    elements = applyStep(elements, step, budget);
    if (!elements.length) break;
  }
  return elements;
}

/** Does `element` itself match? (for `:not()`) */
function matchesSelf(element: Element, selector: Selector, budget: Budget): boolean {
  if (selector.css && selector.css !== '*' && !element.matches(selector.css)) return false;
  let elements = [element];
  for (const step of selector.steps) elements = applyStep(elements, step, budget);
  return elements.length > 0;
}

function applyStep(elements: Element[], step: Step, budget: Budget): Element[] {
  switch (step.op) {
    case 'has-text':
      return elements.filter((element, i) => (i % 256 === 0 && checkBudget(budget), testText(step.test, textOf(element))));
    case 'has':
      return elements.filter((element) => hasMatch(element, step.selector, budget));
    case 'not':
      return elements.filter((element) => !matchesSelf(element, step.selector, budget));
    case 'upward':
      return unique(elements.map((element) => ('count' in step ? ancestor(element, step.count) : element.parentElement?.closest(step.selector) ?? null)));
    case 'matches-css':
      return elements.filter((element) => {
        const view = element.ownerDocument.defaultView;
        if (!view) return false;
        return testText(step.test, view.getComputedStyle(element).getPropertyValue(step.property).trim());
      });
  }
}

function hasMatch(element: Element, selector: Selector, budget: Budget): boolean {
  if (!selector.steps.length) return element.querySelector(scoped(selector.css)) !== null;
  return selectAll(element, selector, budget).length > 0;
}

function testText(test: TextTest, text: string): boolean {
  return test.kind === 'text' ? text.includes(test.text) : test.regex.test(text);
}

function textOf(element: Element): string {
  return (element.textContent ?? '').slice(0, MAX_TESTED_TEXT);
}

/** `> a` inside `:has()` is relative to the element being tested. */
function scoped(css: string): string {
  return /^[>+~]/.test(css) ? `:scope ${css}` : css || '*';
}

function ancestor(element: Element, count: number): Element | null {
  let node: Element | null = element;
  for (let i = 0; i < count && node; i++) node = node.parentElement;
  return node;
}

function unique(elements: Array<Element | null>): Element[] {
  return Array.from(new Set(elements.filter((element): element is Element => element !== null)));
}

function checkBudget(budget: Budget): true {
  if (budget.now() > budget.deadline) throw new BudgetExceeded();
  return true;
}
