import { Readability } from '@mozilla/readability';
import type { Article, ClutterHit } from './types.ts';
import { elementAtPath, elementPath } from './dom-path.ts';
import { normalizeSpace } from './text.ts';
import { findClutter } from './clutter/index.ts';

export interface ExtractOptions {
  /** Clutter already found on `doc`; found afresh when omitted. */
  clutter?: ClutterHit[];
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);

/** Readability on a clone with the clutter taken out. The page itself is never touched. */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  const clutter = options.clutter ?? findClutter(doc, url);
  const clone = doc.cloneNode(true) as Document;
  // Resolve every path before removing anything: a removal shifts its later siblings' indices.
  const inClone = clutter.map((hit) => elementAtPath(clone, elementPath(hit.element)));
  for (const element of inClone) element?.remove();

  const parsed = new Readability(clone, { keepClasses: false }).parse();
  if (!parsed?.content) return null;

  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = parsed.content;
  return {
    title: normalizeSpace(meta(doc, 'og:title') ?? parsed.title ?? doc.title),
    byline: parsed.byline ? normalizeSpace(parsed.byline) : null,
    siteName: meta(doc, 'og:site_name') ?? parsed.siteName ?? null,
    publishedTime: meta(doc, 'article:published_time') ?? parsed.publishedTime ?? null,
    lang: doc.documentElement.getAttribute('lang') ?? parsed.lang ?? null,
    excerpt: meta(doc, 'description') ?? parsed.excerpt ?? null,
    html: parsed.content,
    text: blockTexts(container).join('\n\n'),
    leadImage: meta(doc, 'og:image'),
    isLiveBlog: /LiveBlogPosting/.test(jsonLdText(doc)),
  };
}

function meta(doc: Document, key: string): string | null {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = element?.getAttribute('content');
  return content ? normalizeSpace(content) : null;
}

function jsonLdText(doc: Document): string {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '').join('\n');
}

/** Text of each leaf block, in order, so paragraphs stay paragraphs. */
function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const walk = (element: Element): void => {
    const hasBlockChild = Array.from(element.children).some((child) => BLOCK_TAGS.has(child.tagName) || child.tagName === 'DIV');
    if (BLOCK_TAGS.has(element.tagName) && !hasBlockChild) {
      const text = normalizeSpace(element.textContent ?? '');
      if (text) out.push(text);
      return;
    }
    if (!hasBlockChild) {
      const text = normalizeSpace(element.textContent ?? '');
      if (text) out.push(text);
      return;
    }
    for (const child of Array.from(element.children)) walk(child);
  };
  walk(root);
  return out;
}
