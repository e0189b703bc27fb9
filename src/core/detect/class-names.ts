/**
 * What a page's class and id names say about it. CMS themes name their parts in English whatever the
 * page's language ("byline", "entry-content", "product-price", "comment-reply"), so these words recur
 * across publishers: they describe templates, not sites.
 */
export const CLASS_GROUPS = {
  storyParts: /byline|author|dateline|pubdate|publish|article-?(?:body|content|header|meta|text)|story-?(?:body|content)|entry-?(?:content|meta|header)|post-?(?:content|meta|header)|single-?post|blog-?post|reading-?time|read-?time/i,
  commentParts: /comment|repl(?:y|ies)|thread|vote|forum|topic-?(?:post|list)|user-?(?:info|avatar)|avatar/i,
  productParts: /price|product|add-?to-?cart|cart|sku|variant|swatch|quantity|checkout|buy-?box|rating/i,
  cardParts: /\bcards?\b|card-|teaser|tile|grid-?item|listing|result|\bitems?\b|item-|feed-/i,
  navParts: /sidebar|side-?nav|toc\b|table-?of-?contents|docs?-|menu|breadcrumb/i,
  shareParts: /share|social/i,
  pagerParts: /pagination|pager|page-?numbers|load-?more/i,
} as const;

export type ClassGroup = keyof typeof CLASS_GROUPS;

/** Any of the groups: one test rules out most elements before the per-group tests. */
export const ANY_CLASS_GROUP = new RegExp(
  Object.values(CLASS_GROUPS)
    .map((p) => p.source)
    .join('|'),
  'i',
);
