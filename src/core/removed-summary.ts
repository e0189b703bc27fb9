import type { ClutterCategory } from './types.ts';

/** English names for the CLI; the popup uses `_locales` for the same categories. */
const CATEGORY_NAMES: Record<ClutterCategory, [singular: string, plural: string]> = {
  'login-prompt': ['login prompt', 'login prompts'],
  paywall: ['paywall overlay', 'paywall overlays'],
  'donation-appeal': ['donation appeal', 'donation appeals'],
  'newsletter-signup': ['newsletter sign-up', 'newsletter sign-ups'],
  'cookie-consent': ['cookie banner', 'cookie banners'],
  'notification-prompt': ['notification prompt', 'notification prompts'],
  'comments-prompt': ['comment prompt', 'comment prompts'],
  'share-bar': ['share bar', 'share bars'],
  'related-links': ['related-links box', 'related-links boxes'],
  ad: ['ad', 'ads'],
};

export function countByCategory(blocks: ReadonlyArray<{ category: ClutterCategory }>): Map<ClutterCategory, number> {
  const counts = new Map<ClutterCategory, number>();
  for (const { category } of blocks) counts.set(category, (counts.get(category) ?? 0) + 1);
  return counts;
}

/** "1 login prompt, 2 donation appeals" */
export function describeRemoved(blocks: ReadonlyArray<{ category: ClutterCategory }>): string {
  return Array.from(countByCategory(blocks), ([category, n]) => `${n} ${CATEGORY_NAMES[category][n === 1 ? 0 : 1]}`).join(', ');
}
