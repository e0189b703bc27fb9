import type { DetectionFeatures } from './features.ts';

/**
 * Logistic-model weights for "is this one story?". Fitted (L2 0.003, logistic regression) on the
 * features of 500 evenly spaced WCXB dev pages, article vs the six other page types; every feature is
 * generic, none names a site. 5-fold cross-validated on those pages: precision 0.93, recall 0.91.
 * Refit: `npm run bench -- ../shared/corpus/wcxb-dev --detect-only --fit-detection --limit 500`.
 */
export const DETECTION_BIAS = -3.21;
export const DETECTION_WEIGHTS: Record<keyof DetectionFeatures, number> = {
  ldArticle: 1.83,
  ldArticleBody: -0.25,
  ldNonArticle: -0.91,
  ogArticle: 1.05,
  ogProduct: -1.11,
  publishedMeta: 0.49,
  microArticle: 0.37,
  microNonArticle: -0.7,
  urlDate: 0.57,
  urlSlug: 1.63,
  urlRoot: -0.46,
  urlListing: -0.35,
  urlStory: 1.81,
  urlDocs: -1.68,
  urlCommerce: -0.67,
  urlService: -0.91,
  urlForum: -1.0,
  urlId: -0.52,
  hasAuthor: 0.43,
  ldDatePublished: 0.06,
  headingRatio: -0.52,
  inlineCode: -0.78,
  ctaWords: -0.07,
  docsWords: -0.14,
  proseLog: 1.44,
  dominantShare: 1.75,
  proseShare: 1.75,
  linkedHeadings: -0.13,
  articleElements: -0.24,
  codeBlocks: -0.3,
  prices: -0.35,
  cartWords: -0.79,
  formFields: 0.01,
  forumWords: -0.31,
  timeElements: -0.58,
};
