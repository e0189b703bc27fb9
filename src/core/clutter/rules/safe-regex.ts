/**
 * User regexes run on every page, so each one is bounded before it is compiled: a length cap, no
 * backreferences or lookbehind, and no quantified group that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|aa)*`): the shapes that backtrack exponentially. The text a regex
 * is tried on is capped as well (MAX_TESTED_TEXT), which bounds the polynomial cases.
 */
const MAX_REGEX_LENGTH = 256;
/** Characters of an element's text a user regex is tested against. */
export const MAX_TESTED_TEXT = 4000;
const MAX_UNBOUNDED_QUANTIFIERS = 4;
const ALLOWED_FLAGS = /^[imsu]*$/;

export type SafeRegex = { ok: true; regex: RegExp } | { ok: false; reason: string };

/** `/source/flags` as written in a rule. */
export function parseRegexLiteral(literal: string): SafeRegex {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(literal);
  if (!match) return { ok: false, reason: 'not a /regex/' };
  return compileSafeRegex(match[1] ?? '', match[2] ?? '');
}

export function compileSafeRegex(source: string, flags: string): SafeRegex {
  if (!source) return { ok: false, reason: 'empty regex' };
  if (source.length > MAX_REGEX_LENGTH) return { ok: false, reason: `regex longer than ${MAX_REGEX_LENGTH} characters` };
  if (!ALLOWED_FLAGS.test(flags)) return { ok: false, reason: `regex flags "${flags}" not allowed (use i, m, s, u)` };
  const shape = checkShape(source);
  if (shape) return { ok: false, reason: shape };
  try {
    return { ok: true, regex: new RegExp(source, flags) };
  } catch (error) {
    return { ok: false, reason: `invalid regex: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Group {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/** A single left-to-right scan; returns why the regex is unsafe, or null. */
function checkShape(source: string): string | null {
  const stack: Group[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  let lastClosed: Group | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const top = stack[stack.length - 1] as Group;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences are not allowed';
      i++;
      lastClosed = null;
      continue;
    }
    if (ch === '[') {
      i = skipClass(source, i);
      lastClosed = null;
      continue;
    }
    if (ch === '(') {
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return 'lookbehind is not allowed';
      stack.push({ hasQuantifier: false, hasAlternation: false });
      lastClosed = null;
      continue;
    }
    if (ch === ')') {
      if (stack.length === 1) return 'unbalanced parenthesis';
      lastClosed = stack.pop() as Group;
      const parent = stack[stack.length - 1] as Group;
      parent.hasQuantifier ||= lastClosed.hasQuantifier;
      continue;
    }
    if (ch === '|') {
      top.hasAlternation = true;
      lastClosed = null;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.unbounded) unbounded++;
      if (quantifier.unbounded && lastClosed && (lastClosed.hasQuantifier || lastClosed.hasAlternation)) {
        return 'nested quantifier (a quantified group holding a quantifier or alternation) is not allowed';
      }
      if (quantifier.max > 1000) return 'repetition count above 1000';
      top.hasQuantifier = true;
      i += quantifier.length - 1;
      if (source[i + 1] === '?') i++; // lazy
      lastClosed = null;
      continue;
    }
    lastClosed = null;
  }
  if (stack.length !== 1) return 'unbalanced parenthesis';
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `more than ${MAX_UNBOUNDED_QUANTIFIERS} unbounded quantifiers`;
  return null;
}

function skipClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function quantifierAt(source: string, i: number): { length: number; unbounded: boolean; max: number } | null {
  const ch = source[i];
  if (ch === '*' || ch === '+') return { length: 1, unbounded: true, max: 0 };
  if (ch === '?') return { length: 1, unbounded: false, max: 1 };
  if (ch !== '{') return null;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
  return { length: match[0].length, unbounded: max === Infinity, max: Math.max(min, max === Infinity ? 0 : max) };
}
