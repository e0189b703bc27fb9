import { ARTICLE_TYPES, NON_ARTICLE_TYPES, jsonLdNodes, typesOf } from '../metadata-json-ld.ts';
import { hasMeta, metaContent } from '../metadata-meta.ts';
import { urlShape } from './url-shape.ts';

/** Numbers the detection model reads. Each is cheap: meta and JSON-LD, the URL, then one pass over paragraphs. */
export interface DetectionFeatures {
  ldArticle: number;
  ldArticleBody: number;
  ldNonArticle: number;
  ogArticle: number;
  ogProduct: number;
  publishedMeta: number;
  microArticle: number;
  microNonArticle: number;
  urlDate: number;
  urlSlug: number;
  urlRoot: number;
  urlListing: number;
  urlStory: number;
  urlDocs: number;
  urlCommerce: number;
  urlService: number;
  urlForum: number;
  urlId: number;
  /** An author named in JSON-LD, meta or rel=author markup. */
  hasAuthor: number;
  ldDatePublished: number;
  /** Headings per long paragraph: docs and service pages are all headings, stories mostly prose. */
  headingRatio: number;
  inlineCode: number;
  ctaWords: number;
  docsWords: number;
  /** log(1 + characters in paragraphs of 80+ characters). */
  proseLog: number;
  /** Share of that prose under the single busiest parent: one story vs many cards. */
  dominantShare: number;
  /** Paragraph prose as a share of all body text. */
  proseShare: number;
  linkedHeadings: number;
  articleElements: number;
  codeBlocks: number;
  prices: number;
  cartWords: number;
  formFields: number;
  forumWords: number;
  timeElements: number;
}

const PRICE = /(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|USD|EUR|GBP))(?!\d)/g;
const CART_WORDS = /\b(add to (cart|bag|basket|wishlist)|buy now|in stock|out of stock|add to cart|checkout|free shipping|quantity)\b/gi;
const CTA_WORDS = /\b(contact us|get (a|your) (free )?(quote|estimate|demo)|request (a|an) (quote|demo|appointment|consultation)|book (a|an|now|your)|schedule (a|an|your)|enroll|apply now|get started|free trial|call (us|now|today)|learn more)\b/gi;
const DOCS_WORDS = /\b(on this page|table of contents|edit this page|edit on github|was this page helpful|next steps|prerequisites|see also|api reference|last updated on)\b/gi;
const FORUM_WORDS = /\b(replies|reply|quote|joined|posts:|thread|original poster|upvotes?|answered|asked)\b/gi;

export function detectionFeatures(doc: Document, url: string): DetectionFeatures {
  const types = jsonLdNodes(doc).flatMap(typesOf);
  const ogType = (metaContent(doc, 'og:type') ?? '').toLowerCase();
  const shape = urlShape(url);
  const body = doc.body;
  const prose = proseStats(body);
  const itemTypes = Array.from(doc.querySelectorAll('[itemtype]'), (e) => e.getAttribute('itemtype') ?? '').join(' ');
  const text = body?.textContent ?? '';
  const sample = text.length > 60000 ? text.slice(0, 60000) : text;
  const count = (pattern: RegExp): number => Math.min(20, (sample.match(pattern) ?? []).length);
  const log = (n: number): number => Math.log1p(n);

  return {
    ldArticle: types.some((t) => ARTICLE_TYPES.test(t) && t !== 'CreativeWork' && t !== 'Recipe' && t !== 'Review') ? 1 : 0,
    ldArticleBody: jsonLdNodes(doc).some((n) => typeof n['articleBody'] === 'string' && (n['articleBody'] as string).length > 300) ? 1 : 0,
    ldNonArticle: types.some((t) => NON_ARTICLE_TYPES.test(t) && t !== 'Organization') ? 1 : 0,
    ogArticle: ogType === 'article' || ogType.startsWith('article') ? 1 : 0,
    ogProduct: /product|book|music|video\.other/.test(ogType) ? 1 : 0,
    publishedMeta: hasMeta(doc, 'article:published_time') || hasMeta(doc, 'datepublished') || hasMeta(doc, 'parsely-pub-date') ? 1 : 0,
    microArticle: /schema\.org\/(News)?Article|BlogPosting|Report/i.test(itemTypes) ? 1 : 0,
    microNonArticle: /schema\.org\/(Product|Offer|ItemList|DiscussionForumPosting|Question|SoftwareApplication|Service)/i.test(itemTypes) ? 1 : 0,
    urlDate: shape.hasDate ? 1 : 0,
    urlSlug: Math.min(8, shape.slugWords) / 8,
    urlRoot: shape.isRoot ? 1 : 0,
    urlListing: shape.listingSegment ? 1 : 0,
    urlStory: shape.storySegment ? 1 : 0,
    urlDocs: shape.docsSegment ? 1 : 0,
    urlCommerce: shape.commerceSegment ? 1 : 0,
    urlService: shape.serviceSegment ? 1 : 0,
    urlForum: shape.forumSegment ? 1 : 0,
    urlId: shape.endsWithId ? 1 : 0,
    hasAuthor: hasAuthor(doc) ? 1 : 0,
    ldDatePublished: jsonLdNodes(doc).some((n) => typeof n['datePublished'] === 'string') ? 1 : 0,
    headingRatio: Math.min(1, (body?.querySelectorAll('h2, h3').length ?? 0) / (prose.paragraphs + 1) / 2),
    inlineCode: log(body?.getElementsByTagName('code').length ?? 0) / 4,
    ctaWords: log(count(CTA_WORDS)) / 3,
    docsWords: log(count(DOCS_WORDS)) / 2,
    proseLog: log(prose.proseChars) / 10,
    dominantShare: prose.dominantShare,
    proseShare: text.length ? Math.min(1, prose.proseChars / text.replace(/\s+/g, ' ').length) : 0,
    linkedHeadings: log(body?.querySelectorAll('h2 a, h3 a, h4 a').length ?? 0) / 3,
    articleElements: log(body?.getElementsByTagName('article').length ?? 0) / 3,
    codeBlocks: log(body?.getElementsByTagName('pre').length ?? 0) / 3,
    prices: log(count(PRICE)) / 3,
    cartWords: log(count(CART_WORDS)) / 3,
    formFields: log(body?.querySelectorAll('input:not([type="hidden"]), select, textarea').length ?? 0) / 3,
    forumWords: log(count(FORUM_WORDS)) / 3,
    timeElements: log(body?.getElementsByTagName('time').length ?? 0) / 3,
  };
}

/** Long paragraphs: how much prose, and how much of it shares one parent. */
function hasAuthor(doc: Document): boolean {
  if (metaContent(doc, 'author', 'article:author', 'parsely-author')) return true;
  if (jsonLdNodes(doc).some((n) => n['author'])) return true;
  return !!doc.querySelector('[rel="author"], [itemprop="author"]');
}

function proseStats(body: HTMLElement | null): { proseChars: number; dominantShare: number; paragraphs: number } {
  if (!body) return { proseChars: 0, dominantShare: 0, paragraphs: 0 };
  const byParent = new Map<Element, number>();
  let total = 0;
  let paragraphs = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 80) continue;
    total += length;
    paragraphs++;
    // Stories nest paragraphs in wrappers: credit the grandparent too, so one story is one block.
    const parent = p.parentElement;
    const container = parent && parent.children.length === 1 && parent.parentElement ? parent.parentElement : parent;
    if (container) byParent.set(container, (byParent.get(container) ?? 0) + length);
  }
  let dominant = 0;
  for (const length of byParent.values()) dominant = Math.max(dominant, length);
  return { proseChars: total, dominantShare: total ? dominant / total : 0, paragraphs };
}
