/**
 * Loads the phrase lists (src/rules/phrases/<category>.txt) into one regex per category and kind.
 * Line format (docs/rules.md): `lang: regex` phrase in text, `lang label: regex` whole label of a
 * link or button, `href: regex` link target, `attr: regex` id/class/data-* value.
 */
import type { ClutterCategory } from '../../types.ts';
import { compileSafeRegex } from '../rules/safe-regex.ts';
import login from '../../../rules/phrases/login-prompt.txt';
import paywall from '../../../rules/phrases/paywall.txt';
import donation from '../../../rules/phrases/donation-appeal.txt';
import newsletter from '../../../rules/phrases/newsletter-signup.txt';
import cookies from '../../../rules/phrases/cookie-consent.txt';
import notifications from '../../../rules/phrases/notification-prompt.txt';
import comments from '../../../rules/phrases/comments-prompt.txt';

export type PromptCategory = Extract<
  ClutterCategory,
  | 'login-prompt'
  | 'paywall'
  | 'donation-appeal'
  | 'newsletter-signup'
  | 'cookie-consent'
  | 'notification-prompt'
  | 'comments-prompt'
>;

const PHRASE_LISTS: Record<PromptCategory, string> = {
  'login-prompt': login,
  paywall,
  'donation-appeal': donation,
  'newsletter-signup': newsletter,
  'cookie-consent': cookies,
  'notification-prompt': notifications,
  'comments-prompt': comments,
};

const PROMPT_CATEGORIES = Object.keys(PHRASE_LISTS) as PromptCategory[];

export interface CategoryPatterns {
  category: PromptCategory;
  /** Phrase sources; `phraseMatcher` joins every category's into one regex. */
  phrases: string[];
  labels: RegExp | null;
  hrefs: RegExp | null;
  attrs: RegExp | null;
}

const LINE = /^(?:([a-z]{2})(?: (label))?|(href)|(attr)):\s*(.+)$/;
const NOT_WORD = '[\\p{L}\\p{N}]';

function compilePhraseList(category: PromptCategory, text: string): { patterns: CategoryPatterns; errors: string[] } {
  const parts = { phrases: [] as string[], labels: [] as string[], hrefs: [] as string[], attrs: [] as string[] };
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('!')) return;
    const match = LINE.exec(line);
    const source = match?.[5]?.trim();
    if (!match || !source) return void errors.push(`${category}:${index + 1}: expected "lang: phrase"`);
    const checked = compileSafeRegex(source, 'iu');
    if (!checked.ok) return void errors.push(`${category}:${index + 1}: ${checked.reason}`);
    const kind = match[2] ? 'labels' : match[3] ? 'hrefs' : match[4] ? 'attrs' : 'phrases';
    parts[kind].push(source);
  });
  const join = (sources: string[], wrap: (body: string) => string, flags: string): RegExp | null =>
    sources.length ? new RegExp(wrap(sources.join('|')), flags) : null;
  return {
    patterns: {
      category,
      phrases: parts.phrases,
      labels: join(parts.labels, (body) => `^(?:${body})$`, 'iu'),
      hrefs: join(parts.hrefs, (body) => `(?:${body})`, 'i'),
      attrs: join(parts.attrs, (body) => `(?:^|[^a-z0-9])(?:${body})`, 'i'),
    },
    errors,
  };
}

let cached: CategoryPatterns[] | null = null;

/** The built-in lists, compiled once. A bad built-in line is a programming error: fail loudly. */
export function builtinPatterns(): CategoryPatterns[] {
  if (cached) return cached;
  cached = PROMPT_CATEGORIES.map((category) => {
    const { patterns, errors } = compilePhraseList(category, PHRASE_LISTS[category]);
    if (errors.length) throw new Error(`bad built-in phrase lines:\n${errors.join('\n')}`);
    return patterns;
  });
  return cached;
}

/**
 * One regex for all categories' phrases (a named group per category), run on lower-cased text:
 * one pass per text block instead of one per category, and no case folding at match time.
 */
export function phraseMatcher(patterns: readonly CategoryPatterns[]): RegExp | null {
  const groups = patterns.map((pattern, i) => (pattern.phrases.length ? `(?<c${i}>${pattern.phrases.join('|')})` : null)).filter(Boolean);
  return groups.length ? new RegExp(`(?<!${NOT_WORD})(?:${groups.join('|')})(?!${NOT_WORD})`, 'gu') : null;
}
