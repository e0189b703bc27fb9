import type { ClutterCategory, ClutterHit } from '../types.ts';
import { textOf } from '../text.ts';

/**
 * First version of the clutter finder: phrases that recur across publishers, judged on
 * self-contained blocks. The clutter-engine issue replaces this with the rule language,
 * built-in lists and the in-body classifier.
 */
const PHRASES: Record<string, { category: ClutterCategory; pattern: RegExp }> = {
  login: {
    category: 'login-prompt',
    pattern: /\b(already have an account|already a subscriber|register for free|create a free account|to be (automatically )?logged in|sign in to continue)\b/i,
  },
  paywall: { category: 'paywall', pattern: /\b(subscribe to (continue|keep) reading|this (article|content) is for subscribers)\b/i },
  donation: {
    category: 'donation-appeal',
    pattern: /\b(your (donation|support|contribution)|support (our|independent|quality) journalism|give monthly|donate now)\b/i,
  },
  newsletter: {
    category: 'newsletter-signup',
    pattern: /\b(sign up (for|to) (our|the)\b.{0,60}\b(newsletter|email)|delivered to your inbox|subscribe to our newsletter)/i,
  },
  cookies: { category: 'cookie-consent', pattern: /\bwe use cookies\b|\baccept (all )?cookies\b/i },
  notifications: {
    category: 'notification-prompt',
    pattern: /\b(notifications can be managed|enable (push )?notifications|turn on notifications)\b/i,
  },
  comments: {
    category: 'comments-prompt',
    pattern: /\b(join (the|thought-provoking) conversations?|see their replies|be the first to comment)\b/i,
  },
};

/** A block bigger than this is not a prompt but content, whatever it mentions. */
const MAX_BLOCK_CHARS = 1500;
const BLOCK_SELECTOR = 'div, section, aside, form, dialog, [role="dialog"], [role="status"], [role="alert"], p';

export function findClutter(doc: Document, _url?: string): ClutterHit[] {
  const hits: ClutterHit[] = [];
  const taken = new Set<Element>();
  for (const block of Array.from(doc.body?.querySelectorAll(BLOCK_SELECTOR) ?? [])) {
    if (hasTakenAncestor(block, taken)) continue;
    const text = textOf(block);
    if (!text || text.length > MAX_BLOCK_CHARS || block.querySelectorAll('p').length > 6) continue;
    for (const [name, { category, pattern }] of Object.entries(PHRASES)) {
      if (pattern.test(text)) {
        hits.push({ element: block, category, reason: `phrase:${name}` });
        taken.add(block);
        break;
      }
    }
  }
  return hits;
}

function hasTakenAncestor(element: Element, taken: Set<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (taken.has(node)) return true;
  return false;
}
