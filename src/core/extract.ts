import { Readability } from '@mozilla/readability';
import type { Article, ClutterHit } from './types.ts';
import { elementAtPath, elementPath } from './dom-path.ts';
import { countWords } from './text.ts';
import { findClutter } from './clutter/index.ts';
import { articleNode, stringValue, typesOf } from './metadata-json-ld.ts';
import { readMetadata } from './metadata.ts';
import { blockTexts } from './extract/block-text.ts';
import { resolveLazyImages } from './extract/lazy-images.ts';
import { postClean } from './extract/post-clean.ts';
import { bodyAsHtml, crossCheckWithBody } from './extract/json-ld-body.ts';
import { fallbackContent } from './extract/fallback.ts';
import { copyWithoutClutter, repeatedSections } from './extract/sections.ts';
import { completeLiveBlog } from './extract/live-blog.ts';

export interface ExtractOptions {
  /** Clutter already found on `doc`; found afresh when omitted. */
  clutter?: ClutterHit[];
  /**
   * What detection said of the page, when it ran. On a page that is not one story (a listing, docs,
   * a service page) linked headlines and card dates are its content, so the post-clean leaves them.
   */
  isArticle?: boolean;
}

/** Fewer words than this from Readability, and the named containers get a chance. */
const MIN_ARTICLE_WORDS = 60;

/**
 * Clutter out, Readability, then a post-clean of what it kept, checked against the publisher's own
 * articleBody when there is one. Works on a clone: the page itself is never touched.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  const clutter = options.clutter ?? findClutter(doc, url);
  const clone = withoutClutter(doc, clutter);

  // The serializer hands back Readability's own article element: no HTML round trip to clean it.
  const parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (node) => node as Element }).parse();
  const metadata = readMetadata(doc, url, parsed ?? {});
  const jsonLd = articleNode(doc);
  const articleBody = stringValue(jsonLd?.['articleBody']) ?? '';
  const isLiveBlog = jsonLd ? typesOf(jsonLd).includes('LiveBlogPosting') : false;

  const container = parsed?.content ?? clone.createElement('div');
  if (countWords(container.textContent ?? '') < MIN_ARTICLE_WORDS) {
    // Readability has mutated the first copy; a consent dialog must not win as "the densest block".
    const fallback = fallbackContent(withoutClutter(doc, clutter));
    if (fallback && countWords(fallback) > countWords(container.textContent ?? '')) container.innerHTML = fallback;
  }
  // Readability kept one of several sections built alike: the story is all of them.
  const sections = repeatedSections(doc, container);
  if (sections) container.replaceChildren(copyWithoutClutter(sections, clutter, container.ownerDocument));
  postClean(container, { title: metadata.title, byline: metadata.byline, linksAreContent: options.isArticle === false, url });
  if (articleBody && crossCheckWithBody(container, articleBody) === 'missed-text' && countWords(articleBody) > 2 * countWords(container.textContent ?? '')) {
    container.innerHTML = bodyAsHtml(articleBody, container.ownerDocument);
  }
  if (isLiveBlog && jsonLd) completeLiveBlog(container, jsonLd);
  // Readability already promotes most lazy images; this catches srcset and noscript copies it leaves.
  resolveLazyImages(container);
  for (const element of Array.from(container.querySelectorAll('[class]'))) element.removeAttribute('class');

  const text = blockTexts(container).join('\n\n');
  if (!text) return null;
  return { ...metadata, html: container.innerHTML, text, isLiveBlog };
}

/** A copy of the page with the clutter taken out: the page itself is never touched. */
function withoutClutter(doc: Document, clutter: ClutterHit[]): Document {
  const clone = doc.cloneNode(true) as Document;
  // Resolve every path before removing anything: a removal shifts its later siblings' indices.
  const inClone = clutter.map((hit) => elementAtPath(clone, elementPath(hit.element)));
  for (const element of inClone) element?.remove();
  return clone;
}
