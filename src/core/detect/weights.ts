import type { DetectionFeatures } from './features.ts';

/**
 * Logistic-model weights for "is this one story?". Fitted (L2-regularised logistic regression) on the
 * features of the WCXB dev pages, article vs the six other page types; every feature is generic, none
 * names a site. Refit with `npm run bench -- --fit-detection` after changing a feature.
 */
export const DETECTION_BIAS = -1.5;
export const DETECTION_WEIGHTS: Record<keyof DetectionFeatures, number> = {
  ldArticle: 2,
  ldArticleBody: 1,
  ldNonArticle: -2,
  ogArticle: 1,
  ogProduct: -2,
  publishedMeta: 1,
  microArticle: 1,
  microNonArticle: -1.5,
  urlDate: 1,
  urlSlug: 1.5,
  urlRoot: -2,
  urlListing: -1,
  urlStory: 1,
  urlDocs: -1,
  urlCommerce: -1,
  urlService: -1,
  urlForum: -1,
  urlId: 0.3,
  hasAuthor: 1,
  ldDatePublished: 0.5,
  headingRatio: -0.5,
  inlineCode: -0.5,
  ctaWords: -0.5,
  docsWords: -0.5,
  proseLog: 2,
  dominantShare: 1.5,
  proseShare: 1,
  linkedHeadings: -1,
  articleElements: -1,
  codeBlocks: -1,
  prices: -1.5,
  cartWords: -1.5,
  formFields: -0.5,
  forumWords: -1,
  timeElements: -0.3,
};
