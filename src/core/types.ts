/** Shapes shared by the core and everything that calls it. Plain data except `ClutterHit.element`. */

/** What a hidden block is. The first seven are the ones the popup promises to name. */
export const CLUTTER_CATEGORIES = [
  'login-prompt',
  'paywall',
  'donation-appeal',
  'newsletter-signup',
  'cookie-consent',
  'notification-prompt',
  'comments-prompt',
  'share-bar',
  'related-links',
  'ad',
] as const;
export type ClutterCategory = (typeof CLUTTER_CATEGORIES)[number];

export function isClutterCategory(value: unknown): value is ClutterCategory {
  return typeof value === 'string' && (CLUTTER_CATEGORIES as readonly string[]).includes(value);
}

export interface ClutterHit {
  element: Element;
  category: ClutterCategory;
  /** Why: the rule text, or the classifier's top features. Shown to the reader. */
  reason: string;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1, calibrated: 0.5 is the decision threshold. */
  confidence: number;
  /** Human-readable evidence, strongest first, e.g. `json-ld:NewsArticle`. */
  signals: string[];
}

/** What a page says about itself: the card the popup shows. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  leadImage: string | null;
}

export interface Article extends PageMetadata {
  /** Readability's cleaned article HTML (not yet sanitized: sanitize before rendering). */
  html: string;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /** Live blogs are read newest-first; the summary picks from the newest entries. */
  isLiveBlog: boolean;
}

export interface Summary {
  keyPoints: string[];
  readingMinutes: number;
  wordCount: number;
}

/** A hidden block as plain data, for messages and the CLI. */
export interface RemovedBlock {
  category: ClutterCategory;
  reason: string;
  /** The first 200 characters of the block's text. */
  text: string;
}
