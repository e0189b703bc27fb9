import type { ClutterCategory } from '../../types.ts';

/** How `:has-text()` and `:matches-css()` test a string: a literal substring/value or a bounded regex. */
export type TextTest = { kind: 'text'; text: string } | { kind: 'regex'; regex: RegExp };

/** One procedural step, applied in order to the elements the CSS part selected. */
export type Step =
  | { op: 'has-text'; test: TextTest }
  | { op: 'has'; selector: Selector }
  | { op: 'not'; selector: Selector }
  | { op: 'upward'; count: number }
  | { op: 'upward'; selector: string }
  | { op: 'matches-css'; property: string; test: TextTest };

/** A selector: plain CSS (`steps` empty, goes to the stylesheet) or CSS followed by procedural steps. */
export interface Selector {
  /** The CSS part; empty when a procedural selector starts with an operator (e.g. inside `:has()`). */
  css: string;
  steps: Step[];
}

export interface Rule {
  /** 1-based line number in the list it came from. */
  line: number;
  /** The line as written: shown to the reader as the reason for a hide. */
  text: string;
  /** Set by the nearest `! category:` line above; null before any. */
  category: ClutterCategory | null;
  /** Hostnames the rule is limited to (subdomains included); empty = every site. */
  domains: string[];
  /** Hostnames the rule does not apply to (`~a.com`). */
  excludedDomains: string[];
  /** `#@#`: turns off the rule with the same selector on the listed domains (or everywhere). */
  exception: boolean;
  /** The selector as written after the separator. */
  source: string;
  selector: Selector;
}

export interface RuleError {
  line: number;
  reason: string;
}

export interface ParsedRules {
  rules: Rule[];
  errors: RuleError[];
}
