/**
 * Parses a cosmetic filter list (uBlock Origin / AdGuard syntax, see docs/rules.md) line by line.
 * Every bad line is reported with its number and the reason; the good lines still load.
 */
import { CLUTTER_CATEGORIES, isClutterCategory, type ClutterCategory } from '../../types.ts';
import type { ParsedRules, Rule, RuleError } from './types.ts';
import { parseSelector } from './selector.ts';

const CATEGORY_LINE = /^!\s*category\s*:\s*(.*)$/i;
/** `##`, `#@#` and AdGuard's extended-CSS spellings `#?#`, `#@?#`. */
const SEPARATOR = /#(@?)\??#/;
const HOSTNAME = /^(\*|[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?(?:\.[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?)*)$/;
/** Other list syntaxes we knowingly do not run, named so the user knows why. */
const UNSUPPORTED_SEPARATORS: ReadonlyArray<[RegExp, string]> = [
  [/#@?\$\??#/, 'CSS-injection rules (#$#) are not supported'],
  [/#@?%#/, 'scriptlet rules (#%#) are not supported'],
  [/##\+js\(/, 'scriptlet rules (##+js) are not supported'],
  [/##\^/, 'HTML filters (##^) are not supported'],
];

export function parseRules(text: string): ParsedRules {
  const rules: Rule[] = [];
  const errors: RuleError[] = [];
  let category: ClutterCategory | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    if (trimmed.startsWith('!') || trimmed.startsWith('[')) {
      const named = CATEGORY_LINE.exec(trimmed);
      if (!named) return;
      const name = (named[1] ?? '').trim();
      if (isClutterCategory(name)) category = name;
      else errors.push({ line, reason: `unknown category "${name}" (one of: ${CLUTTER_CATEGORIES.join(', ')})` });
      return;
    }
    const parsed = parseRule(trimmed, line, category);
    if ('reason' in parsed) errors.push({ line, reason: parsed.reason });
    else rules.push(parsed);
  });
  return { rules, errors };
}

function parseRule(text: string, line: number, category: ClutterCategory | null): Rule | { reason: string } {
  for (const [pattern, reason] of UNSUPPORTED_SEPARATORS) if (pattern.test(text)) return { reason };
  const separator = SEPARATOR.exec(text);
  if (!separator) return { reason: 'not a cosmetic filter: expected "##selector" (network filters are not supported)' };
  const domainPart = text.slice(0, separator.index);
  const source = text.slice(separator.index + separator[0].length).trim();
  const domains: string[] = [];
  const excludedDomains: string[] = [];
  for (const entry of domainPart ? domainPart.split(',') : []) {
    const negated = entry.trim().startsWith('~');
    const host = entry.trim().replace(/^~/, '').toLowerCase();
    if (!HOSTNAME.test(host)) return { reason: `bad domain "${entry.trim()}"` };
    if (host === '*') continue;
    (negated ? excludedDomains : domains).push(host);
  }
  const selector = parseSelector(source);
  if (!selector.ok) return { reason: selector.reason };
  return { line, text, category, domains, excludedDomains, exception: separator[1] === '@', source, selector: selector.selector };
}
