import { articleNode, jsonLdNodes, names, stringValue, typesOf } from './metadata-json-ld.ts';
import { metaContent } from './metadata-meta.ts';
import { pickTitle } from './metadata-title.ts';
import { pickByline } from './metadata-byline.ts';
import { pickPublishedTime } from './metadata-date.ts';
import { normalizeSpace } from './text.ts';
import type { PageMetadata } from './types.ts';

/** What Readability found, used only where the page's own metadata is silent. */
export interface ReadabilityMetadata {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  excerpt?: string | null | undefined;
  lang?: string | null | undefined;
}

/** Title, byline, date, site, language, excerpt and lead image from structured data first, then the page. */
export function readMetadata(doc: Document, url: string, fallback: ReadabilityMetadata = {}): PageMetadata {
  const article = articleNode(doc);
  const siteName = pickSiteName(doc) ?? fallback.siteName ?? null;
  const siteNames = [siteName, hostLabel(url)].filter((s): s is string => !!s);
  const title = pickTitle(
    doc,
    [metaContent(doc, 'og:title'), stringValue(article?.['headline']), metaContent(doc, 'twitter:title'), doc.title, fallback.title ?? null],
    siteNames,
  );
  return {
    title,
    byline: pickByline(doc, article, { readabilityByline: fallback.byline ?? null, siteNames }),
    siteName,
    publishedTime: pickPublishedTime(doc, article, url),
    lang: pickLang(doc, article) ?? fallback.lang ?? null,
    excerpt: metaContent(doc, 'description', 'og:description', 'twitter:description') ?? stringValue(article?.['description']) ?? fallback.excerpt ?? null,
    leadImage: absoluteUrl(metaContent(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? imageOf(article?.['image']), url),
  };
}

function pickSiteName(doc: Document): string | null {
  const fromMeta = metaContent(doc, 'og:site_name', 'application-name', 'apple-mobile-web-app-title');
  if (fromMeta) return fromMeta;
  const article = articleNode(doc);
  const publisher = names(article?.['publisher'])[0];
  if (publisher) return publisher;
  const site = jsonLdNodes(doc).find((n) => typesOf(n).includes('WebSite') || typesOf(n).includes('Organization'));
  return stringValue(site?.['name']) ?? null;
}

/** "www.bbc.co.uk" → "bbc": titles often end with the bare host name. */
function hostLabel(url: string): string | null {
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    const generic = /^(co|com|org|net|gov|ac|edu)$/;
    const meaningful = labels.filter((l, i) => i < labels.length - 1 && !generic.test(l));
    return meaningful[meaningful.length - 1] ?? null;
  } catch {
    return null;
  }
}

function pickLang(doc: Document, article: Record<string, unknown> | null): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    metaContent(doc, 'content-language', 'language', 'dc.language') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    stringValue(article?.['inLanguage']) ??
    metaContent(doc, 'og:locale')?.replace('_', '-');
  return declared ? normalizeSpace(declared) || null : null;
}

function imageOf(value: unknown): string | null {
  if (Array.isArray(value)) return imageOf(value[0]);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return stringValue((value as Record<string, unknown>)['url'] ?? (value as Record<string, unknown>)['contentUrl']);
  return null;
}

function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
