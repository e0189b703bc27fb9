import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection } from './types.ts';

const ARTICLE_TYPES = /^(NewsArticle|Article|LiveBlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report)$/;

/** Cheap signals first: structured data, meta, then the shape of the page. */
export function detectArticle(doc: Document, url: string): Detection {
  const signals: string[] = [];
  let score = 0;
  for (const type of jsonLdTypes(doc)) {
    if (ARTICLE_TYPES.test(type)) {
      signals.push(`json-ld:${type}`);
      score += 0.5;
      break;
    }
  }
  if (doc.querySelector('meta[property="og:type"][content="article"]')) (signals.push('og:type=article'), (score += 0.2));
  if (doc.querySelector('meta[property="article:published_time"]')) (signals.push('article:published_time'), (score += 0.15));
  if (doc.querySelector('[itemprop="articleBody"]')) (signals.push('itemprop=articleBody'), (score += 0.2));
  if (doc.querySelector('article')) (signals.push('<article>'), (score += 0.1));
  if (/\/(19|20)\d\d\/\d\d?\/|[-_/][a-z0-9]+(-[a-z0-9]+){3,}/i.test(safePath(url))) (signals.push('url:slug-or-date'), (score += 0.1));
  if (isProbablyReaderable(doc)) (signals.push('readerable'), (score += 0.25));
  const confidence = Math.min(1, score);
  return { isArticle: confidence >= 0.5, confidence, signals };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(type);
    if (Array.isArray(type)) types.push(...type.filter((t): t is string => typeof t === 'string'));
    if (record['@graph']) visit(record['@graph']);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is the publisher's bug; the other signals still count.
    }
  }
  return types;
}
