/** The built-in rule lists (src/rules/<category>.txt), parsed once. */
import type { Rule } from './rules/types.ts';
import { parseRules } from './rules/parse.ts';
import cookieConsent from '../../rules/cookie-consent.txt';
import notificationPrompt from '../../rules/notification-prompt.txt';
import loginPrompt from '../../rules/login-prompt.txt';
import paywall from '../../rules/paywall.txt';
import donationAppeal from '../../rules/donation-appeal.txt';
import newsletterSignup from '../../rules/newsletter-signup.txt';
import commentsPrompt from '../../rules/comments-prompt.txt';

const BUILTIN_LISTS: Record<string, string> = {
  'cookie-consent': cookieConsent,
  'notification-prompt': notificationPrompt,
  'login-prompt': loginPrompt,
  paywall,
  'donation-appeal': donationAppeal,
  'newsletter-signup': newsletterSignup,
  'comments-prompt': commentsPrompt,
};

let cached: Rule[] | null = null;

/** A bad built-in line is a programming error (a unit test parses every list): fail loudly. */
export function builtinRules(): Rule[] {
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const [name, text] of Object.entries(BUILTIN_LISTS)) {
    const parsed = parseRules(text);
    if (parsed.errors.length) throw new Error(`src/rules/${name}.txt: ${parsed.errors.map((e) => `line ${e.line}: ${e.reason}`).join('; ')}`);
    rules.push(...parsed.rules);
  }
  cached = rules;
  return rules;
}
