import { ARTICLE_TYPES, NON_ARTICLE_TYPES, jsonLdNodes, typesOf } from '../metadata-json-ld.ts';
import { hasMeta, metaContent } from '../metadata-meta.ts';
import { headlineRegion } from './headline-region.ts';
import { pageCensus } from './page-census.ts';
import { urlShape } from './url-shape.ts';
import {
  BYLINE,
  CART_WORDS,
  CTA_WORDS,
  DATELINE_WORDS,
  DOCS_WORDS,
  ENGAGEMENT_COUNTS,
  FORUM_WORDS,
  I_WORDS,
  OFFERING_TITLE,
  READING_TIME,
  RELATIVE_TIME,
  REPORTING_WORDS,
  SELF_REFERENCE,
  SHARE_WORDS,
  WE_WORDS,
  WRITTEN_DATE,
  WRITTEN_TITLE,
  YOU_WORDS,
} from './word-lists.ts';

/** Numbers the detection model reads. Each is cheap: meta and JSON-LD, the URL, one walk over the body's elements, then regexes over a bounded text sample. */
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
  ldProduct: number;
  ldList: number;
  ldForum: number;
  ldHeadline: number;
  ogWebsite: number;
  articleSectionMeta: number;
  urlDepth: number;
  /** Words in the page's headline: stories have sentence-long headlines, other pages short names. */
  titleWords: number;
  h1Count: number;
  /** Share of body text inside links: lists and hubs are mostly links, stories mostly not. */
  linkDensity: number;
  listItems: number;
  /** Mean length of long paragraphs. */
  paragraphLength: number;
  /** log(1 + characters of prose under the busiest parent). */
  dominantLog: number;
  bylines: number;
  readingTime: number;
  datelineWords: number;
  writtenDates: number;
  shareWords: number;
  storyParts: number;
  commentParts: number;
  productParts: number;
  cardParts: number;
  navParts: number;
  shareParts: number;
  pagerParts: number;
  dateNearHeadline: number;
  bylineNearHeadline: number;
  figcaptions: number;
  questionHeadings: number;
  buttons: number;
  tables: number;
  blockquotes: number;
  /** Voice of the prose, per word: reporting verbs, "we/our", "you/your", "I/my". */
  reportingWords: number;
  weWords: number;
  youWords: number;
  iWords: number;
  telLinks: number;
  /** Share of section headings that are links: a list of teasers rather than a story's sections. */
  linkedHeadingShare: number;
  /** The headline reads as writing (a question, a how-to, a numbered list, a guide), or as the name of an offering. */
  writtenTitle: number;
  offeringTitle: number;
  /** A headline with a subtitle ("Index funds: how to invest") or a year: how writing is titled, rarely a service or a shop. */
  titleSubtitle: number;
  titleYear: number;
  /** Section headings followed by prose, and by a few paragraphs of it: a text organised in sections. */
  proseSections: number;
  richSectionShare: number;
  /** log(1 + prose paragraphs under the busiest parent): one long text vs a few blurbs. */
  mainParagraphs: number;
  /** Posts stamped "3 hours ago" and counted in replies and votes: a thread or a feed, not one story. */
  relativeTimes: number;
  engagementCounts: number;
  /** The text calls itself an article, a guide, a post. */
  selfReference: number;
}

const PRICE = /(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr|USD|EUR|GBP))(?!\d)/g;
/** "Title: subtitle" (a colon after a word, so not a clock time). */
const TITLE_SUBTITLE = /\p{L}[:：]\s/u;
const TITLE_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const LD_PRODUCT = /^(Product|ProductGroup|Offer|AggregateOffer|Book|Vehicle|Car|SoftwareApplication)$/;
const LD_LIST = /^(ItemList|CollectionPage|SearchResultsPage)$/;
const LD_FORUM = /^(DiscussionForumPosting|QAPage|Question)$/;
/** Body text the phrase lists read: the top of the page, where bylines, prices and calls to action sit. */
const TEXT_SAMPLE_CHARS = 60000;

export function detectionFeatures(doc: Document, url: string): DetectionFeatures {
  const nodes = jsonLdNodes(doc);
  const types = nodes.flatMap(typesOf);
  const ogType = (metaContent(doc, 'og:type') ?? '').toLowerCase();
  const shape = urlShape(url);
  const body = doc.body;
  const census = pageCensus(body);
  const { tags, classes } = census;
  const text = body?.textContent ?? '';
  const sample = text.length > TEXT_SAMPLE_CHARS ? text.slice(0, TEXT_SAMPLE_CHARS) : text;
  const textLength = text.replace(/\s+/g, ' ').length;
  const count = (pattern: RegExp): number => Math.min(20, (sample.match(pattern) ?? []).length);
  const log = (n: number): number => Math.log1p(n);
  const proseWords = census.proseSample.split(/\s+/).length;
  const rate = (pattern: RegExp): number => (census.proseSample ? (census.proseSample.match(pattern) ?? []).length / proseWords : 0);
  const h1 = body?.getElementsByTagName('h1')[0];
  const region = headlineRegion(h1);
  const headline = (h1?.textContent ?? metaContent(doc, 'og:title') ?? doc.title).trim();

  return {
    ldArticle: types.some((t) => ARTICLE_TYPES.test(t) && t !== 'CreativeWork' && t !== 'Recipe' && t !== 'Review') ? 1 : 0,
    ldArticleBody: nodes.some((n) => typeof n['articleBody'] === 'string' && n['articleBody'].length > 300) ? 1 : 0,
    ldNonArticle: types.some((t) => NON_ARTICLE_TYPES.test(t) && t !== 'Organization') ? 1 : 0,
    ogArticle: ogType === 'article' || ogType.startsWith('article') ? 1 : 0,
    ogProduct: /product|book|music|video\.other/.test(ogType) ? 1 : 0,
    publishedMeta: hasMeta(doc, 'article:published_time') || hasMeta(doc, 'datepublished') || hasMeta(doc, 'parsely-pub-date') ? 1 : 0,
    microArticle: /schema\.org\/(News)?Article|BlogPosting|Report/i.test(census.itemTypes) ? 1 : 0,
    microNonArticle: /schema\.org\/(Product|Offer|ItemList|DiscussionForumPosting|Question|SoftwareApplication|Service)/i.test(census.itemTypes) ? 1 : 0,
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
    hasAuthor: hasAuthor(doc, census.authorMarkup) ? 1 : 0,
    ldDatePublished: nodes.some((n) => typeof n['datePublished'] === 'string') ? 1 : 0,
    headingRatio: Math.min(1, (tags.h2 + tags.h3) / (census.paragraphs + 1) / 2),
    inlineCode: log(tags.code) / 4,
    ctaWords: log(count(CTA_WORDS)) / 3,
    docsWords: log(count(DOCS_WORDS)) / 2,
    proseLog: log(census.proseChars) / 10,
    dominantShare: census.dominantShare,
    proseShare: textLength ? Math.min(1, census.proseChars / textLength) : 0,
    linkedHeadings: log(census.linkedHeadings) / 3,
    articleElements: log(tags.article) / 3,
    codeBlocks: log(tags.pre) / 3,
    prices: log(count(PRICE)) / 3,
    cartWords: log(count(CART_WORDS)) / 3,
    formFields: log(tags['form-field']) / 3,
    forumWords: log(count(FORUM_WORDS)) / 3,
    timeElements: log(tags.time) / 3,
    ldProduct: types.some((t) => LD_PRODUCT.test(t)) ? 1 : 0,
    ldList: types.some((t) => LD_LIST.test(t)) ? 1 : 0,
    ldForum: types.some((t) => LD_FORUM.test(t)) ? 1 : 0,
    ldHeadline: nodes.some((n) => typeof n['headline'] === 'string') ? 1 : 0,
    ogWebsite: ogType === 'website' ? 1 : 0,
    articleSectionMeta: hasMeta(doc, 'article:section') || hasMeta(doc, 'article:tag') ? 1 : 0,
    urlDepth: Math.min(5, shape.depth) / 5,
    titleWords: Math.min(20, headline.split(/\s+/).filter(Boolean).length) / 20,
    h1Count: Math.min(3, tags.h1) / 3,
    linkDensity: textLength ? Math.min(1, census.linkChars / textLength) : 0,
    listItems: log(tags.li / (census.paragraphs + 1)) / 3,
    paragraphLength: census.paragraphs ? Math.min(1, census.proseChars / census.paragraphs / 600) : 0,
    dominantLog: log(census.dominantShare * census.proseChars) / 10,
    bylines: log(count(BYLINE)) / 2,
    readingTime: count(READING_TIME) ? 1 : 0,
    datelineWords: log(count(DATELINE_WORDS)) / 2,
    writtenDates: log(count(WRITTEN_DATE)) / 3,
    shareWords: log(count(SHARE_WORDS)) / 2,
    storyParts: log(classes.storyParts) / 4,
    commentParts: log(classes.commentParts) / 5,
    productParts: log(classes.productParts) / 5,
    cardParts: log(classes.cardParts) / 5,
    navParts: log(classes.navParts) / 5,
    shareParts: log(classes.shareParts) / 4,
    pagerParts: log(classes.pagerParts) / 3,
    dateNearHeadline: region.date ? 1 : 0,
    bylineNearHeadline: region.byline ? 1 : 0,
    figcaptions: log(tags.figcaption) / 2,
    questionHeadings: log(census.questionHeadings) / 2,
    buttons: log(tags.button) / 4,
    tables: log(tags.table) / 2,
    blockquotes: log(tags.blockquote) / 2,
    reportingWords: Math.min(1, (rate(REPORTING_WORDS) * 100) / 2),
    weWords: Math.min(1, (rate(WE_WORDS) * 100) / 4),
    youWords: Math.min(1, (rate(YOU_WORDS) * 100) / 4),
    iWords: Math.min(1, (rate(I_WORDS) * 100) / 4),
    telLinks: log(census.telLinks) / 2,
    linkedHeadingShare: Math.min(1, census.linkedHeadings / (tags.h2 + tags.h3 + 1)),
    writtenTitle: WRITTEN_TITLE.test(headline) ? 1 : 0,
    offeringTitle: OFFERING_TITLE.test(headline) ? 1 : 0,
    titleSubtitle: TITLE_SUBTITLE.test(headline) ? 1 : 0,
    titleYear: TITLE_YEAR.test(headline) ? 1 : 0,
    proseSections: log(census.proseSections) / 3,
    richSectionShare: census.richSections / (census.sectionHeadings + 1),
    mainParagraphs: log(census.mainParagraphs) / 4,
    relativeTimes: log(count(RELATIVE_TIME)) / 3,
    engagementCounts: log(count(ENGAGEMENT_COUNTS)) / 3,
    selfReference: log(count(SELF_REFERENCE)) / 2,
  };
}

/** An author named in meta, JSON-LD or author markup (the census saw the markup; a selector query costs far more). */
function hasAuthor(doc: Document, authorMarkup: boolean): boolean {
  if (authorMarkup || metaContent(doc, 'author', 'article:author', 'parsely-author') || jsonLdNodes(doc).some((n) => n['author'])) return true;
  return Array.from(doc.head?.getElementsByTagName('link') ?? []).some((link) => link.getAttribute('rel')?.includes('author'));
}
