/**
 * Parses the selector half of a cosmetic filter into a CSS part and procedural steps (uBO syntax).
 * Anything not understood is an error with a reason, never silently dropped: a rule that quietly
 * matched nothing would be worse than one the user is told to fix.
 */
import type { Selector, Step, TextTest } from './types.ts';
import { parseRegexLiteral } from './safe-regex.ts';

export type SelectorResult = { ok: true; selector: Selector } | { ok: false; reason: string };

/** Operators only the content script can run. */
const PROCEDURAL = new Set(['has-text', 'upward', 'matches-css']);
/** Functional pseudo-classes browsers understand natively. */
const CSS_FUNCTIONS = new Set(['is', 'where', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'lang', 'dir']);
const CSS_PSEUDO_CLASSES = new Set([
  'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'empty', 'root', 'scope',
  'checked', 'disabled', 'enabled', 'required', 'optional', 'read-only', 'read-write', 'link', 'any-link', 'visited',
  'hover', 'focus', 'focus-within', 'target', 'defined', 'placeholder-shown', 'open', 'modal', 'popover-open',
]);
const MAX_UPWARD = 64;
const MAX_SELECTOR_LENGTH = 2000;

export function parseSelector(source: string, relative = false): SelectorResult {
  const text = source.trim();
  if (!text) return fail('empty selector');
  if (text.length > MAX_SELECTOR_LENGTH) return fail(`selector longer than ${MAX_SELECTOR_LENGTH} characters`);
  let css = '';
  const steps: Step[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      const end = skipString(text, i);
      if (end < 0) return fail('unterminated string');
      if (steps.length) return afterProcedural();
      css += text.slice(i, end);
      i = end;
    } else if (ch === '[') {
      const end = skipBracket(text, i);
      if (end < 0) return fail('unbalanced [ ]');
      if (steps.length) return afterProcedural();
      css += text.slice(i, end);
      i = end;
    } else if (ch === ':') {
      if (text[i + 1] === ':') return fail('pseudo-elements (::name) cannot be hidden');
      const name = /^[a-zA-Z-]+/.exec(text.slice(i + 1))?.[0] ?? '';
      if (!name) return fail(`stray ":" at ${i + 1}`);
      const open = i + 1 + name.length;
      if (text[open] !== '(') {
        if (!CSS_PSEUDO_CLASSES.has(name)) return fail(`unknown pseudo-class :${name}`);
        if (steps.length) return afterProcedural();
        css += `:${name}`;
        i = open;
        continue;
      }
      const close = matchingParen(text, open);
      if (close < 0) return fail(`unbalanced parentheses in :${name}()`);
      const arg = text.slice(open + 1, close);
      const step = parseOperator(name, arg, steps.length > 0);
      if (!step.ok) return step;
      if (step.step) steps.push(step.step);
      else css += text.slice(i, close + 1);
      i = close + 1;
    } else if (ch === '(' || ch === ')' || ch === ']') {
      return fail(`unbalanced "${ch}"`);
    } else if (ch === '{' || ch === '}' || ch === ';' || text.startsWith('/*', i)) {
      return fail(`"${ch}" is not allowed in a selector`);
    } else {
      if (steps.length && !/\s/.test(ch)) {
        if (ch === ',') return fail('a procedural selector cannot be a list: write one rule per selector');
        return afterProcedural();
      }
      css += ch;
      i++;
    }
  }
  css = css.trim();
  if (steps.length && hasTopLevelComma(css)) return fail('a procedural selector cannot be a list: write one rule per selector');
  if (!relative && (css === '' || /[>+~]$/.test(css))) css = `${css} *`.trim();
  if (relative && /[>+~]$/.test(css)) css = `${css} *`;
  return { ok: true, selector: { css, steps } };
}

type OperatorResult = { ok: true; step: Step | null } | { ok: false; reason: string };

/** `step: null` means the operator is plain CSS and stays in the CSS part. */
function parseOperator(name: string, arg: string, afterProcedural: boolean): OperatorResult {
  if (name === 'has' || name === 'not') {
    const inner = parseSelectorList(arg, name === 'has');
    if (!inner.ok) return inner;
    const procedural = inner.selectors.some((s) => s.steps.length > 0);
    if (!procedural && !afterProcedural) return { ok: true, step: null };
    if (inner.selectors.length !== 1) return fail(`:${name}() with a procedural argument takes one selector`);
    const selector = inner.selectors[0] as Selector;
    if (name === 'has' && /^[+~]/.test(selector.css)) return fail(':has() with a procedural argument looks at descendants only');
    return { ok: true, step: { op: name, selector } };
  }
  if (CSS_FUNCTIONS.has(name)) {
    if (afterProcedural) return fail(`:${name}() after a procedural operator is not supported: put it before`);
    if (name === 'is' || name === 'where') {
      const inner = parseSelectorList(arg, false);
      if (!inner.ok) return inner;
      if (inner.selectors.some((s) => s.steps.length)) return fail(`:${name}() cannot hold procedural operators`);
    }
    return { ok: true, step: null };
  }
  if (!PROCEDURAL.has(name)) return fail(`unknown operator :${name}()`);
  if (name === 'has-text') {
    const test = parseTextTest(arg);
    return test.ok ? { ok: true, step: { op: 'has-text', test: test.test } } : test;
  }
  if (name === 'upward') {
    const value = arg.trim();
    if (/^\d+$/.test(value)) {
      const count = Number(value);
      if (count < 1 || count > MAX_UPWARD) return fail(`:upward() count must be 1..${MAX_UPWARD}`);
      return { ok: true, step: { op: 'upward', count } };
    }
    const inner = parseSelector(value);
    if (!inner.ok) return inner;
    if (inner.selector.steps.length) return fail(':upward() takes a number or a plain CSS selector');
    return { ok: true, step: { op: 'upward', selector: inner.selector.css } };
  }
  // matches-css
  const colon = arg.indexOf(':');
  const property = arg.slice(0, colon).trim().toLowerCase();
  if (colon < 0 || !/^-?[a-z][a-z-]*$/.test(property)) return fail(':matches-css() takes "property: value"');
  const test = parseTextTest(arg.slice(colon + 1));
  return test.ok ? { ok: true, step: { op: 'matches-css', property, test: test.test } } : test;
}

function parseTextTest(arg: string): { ok: true; test: TextTest } | { ok: false; reason: string } {
  const value = arg.trim();
  if (!value) return fail('empty text');
  if (/^\/.+\/[a-z]*$/s.test(value)) {
    const compiled = parseRegexLiteral(value);
    return compiled.ok ? { ok: true, test: { kind: 'regex', regex: compiled.regex } } : fail(compiled.reason);
  }
  return { ok: true, test: { kind: 'text', text: value } };
}

function parseSelectorList(text: string, relative: boolean): { ok: true; selectors: Selector[] } | { ok: false; reason: string } {
  const selectors: Selector[] = [];
  for (const part of splitTopLevel(text)) {
    const parsed = parseSelector(part, relative);
    if (!parsed.ok) return parsed;
    selectors.push(parsed.selector);
  }
  return { ok: true, selectors };
}

/** Split on commas outside strings, brackets and parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = Math.max(i, skipString(text, i) - 1);
    else if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function hasTopLevelComma(css: string): boolean {
  return splitTopLevel(css).length > 1;
}

/** Index just past the closing quote, or -1. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** Index just past the closing bracket, or -1. */
function skipBracket(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"' || ch === "'") {
      const end = skipString(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (ch === ']') return i + 1;
  }
  return -1;
}

/** Index of the ")" matching the "(" at `open`, skipping escapes and strings; -1 if none. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function afterProcedural(): { ok: false; reason: string } {
  return fail('CSS after a procedural operator is not supported: put the CSS part first');
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
