import { names } from './metadata-json-ld.ts';
import { metaContent } from './metadata-meta.ts';
import { fold } from './metadata-title.ts';
import { normalizeSpace, textOf } from './text.ts';

/** Markup that names the author outright; class-name hunting is left to Readability, which already walks the page. */
const AUTHOR_MARKUP = '[itemprop="author"], [rel="author"]';
/** Last resort, case-sensitive on purpose (jsdom's selector engine is ten times slower with the `i` flag). */
const AUTHOR_CLASSES = '[class*="author"], [class*="byline"], [class*="Author"], [class*="Byline"]';
const CONTAINER_TAGS = /^(HTML|BODY|MAIN|ARTICLE|SECTION|HEADER|FOOTER|ASIDE|NAV|UL|OL|FORM)$/;

const BY_PREFIX =
  /^((view|see) (all )?(posts|articles|stories) by|more (posts|articles|stories) (by|from)|(written|posted|reported|words|story|text|photos?|article|author(ed)?)\s*(by)?|by|von|par|por|di|door|av|af|przez|από|автор)\s*[:：]?(?=\s|\p{Lu})\s*/iu;
/** Glued markup text: "Luke KimDecember 17, 2025" — a month name stuck to the name. */
const GLUED_DATE = /(\p{Ll})(?=(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/giu;
/** Words that make a name an organisation's: such a name equal to the site's is the publisher, not a writer. */
const ORGANISATION_WORDS = /\b(news|times|post|media|inc|ltd|llc|gmbh|group|team|store|shop|magazine|journal|daily|press|network|tv|radio|official|editorial|staff|blog|the|company|co|agency|digital|online|hub|solutions|services)\b/i;
/** Tails that follow a name in bylines: dates, roles, "Updated…", pipes. */
const BYLINE_TAIL = /\s*(\||•|·|—|–|\bon\b\s+\w+\s+\d|\bpublished\b|\bupdated\b|\bposted\b|\d{1,2}[:/.]\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}\s+(hours?|minutes?|days?) ago\b).*$/i;
const NOT_A_NAME = /^(https?:|www\.)|@|\b(staff|admin|editor(ial)?( team| staff)?|newsroom|wire|anonymous|unknown|guest)$|^(share|follow|about|more|comments?|posts?|articles?)\b/i;

export interface BylineSources {
  readabilityByline: string | null;
  siteNames: string[];
}

/** Who wrote it: JSON-LD, then meta, then Readability's byline, then author markup. Never the site's own name alone. */
export function pickByline(doc: Document, article: Record<string, unknown> | null, sources: BylineSources): string | null {
  const isSite = (name: string): boolean => {
    // A personal site is named after its writer: a person's name is a byline even when it is the site's.
    if (looksLikePersonName(name)) return false;
    const f = fold(name);
    return sources.siteNames.some((site) => {
      const s = fold(site);
      return !!s && (f === s || f.replace(/ /g, '') === s.replace(/ /g, ''));
    });
  };
  const accept = (raw: string | null | undefined): string | null => {
    if (!raw) return null;
    const cleaned = cleanByline(raw);
    if (!cleaned || isSite(cleaned) || NOT_A_NAME.test(cleaned)) return null;
    return cleaned;
  };

  const fromJsonLd = names(article?.['author'] ?? article?.['creator']).map(accept).filter((n): n is string => !!n);
  if (fromJsonLd.length) return unique(fromJsonLd).join(', ');

  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']) {
    const name = accept(metaContent(doc, key));
    if (name) return name;
  }

  const fromReadability = accept(sources.readabilityByline);
  if (fromReadability) return fromReadability;
  for (const element of Array.from(doc.body?.querySelectorAll(AUTHOR_MARKUP) ?? []).slice(0, 12)) {
    if (CONTAINER_TAGS.test(element.tagName)) continue;
    const name = accept(elementName(element.querySelector('[itemprop="name"]') ?? element));
    if (name) return name;
  }
  for (const element of Array.from(doc.body?.querySelectorAll(AUTHOR_CLASSES) ?? []).slice(0, 20)) {
    if (CONTAINER_TAGS.test(element.tagName) || element.children.length > 4) continue;
    const name = accept(elementName(element));
    if (name && name.split(/\s+/).length <= 5) return name;
  }
  return null;
}

function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w)) && !ORGANISATION_WORDS.test(name);
}

function elementName(element: Element): string {
  const content = element.getAttribute('content');
  if (content) return content;
  const text = textOf(element);
  return text.length > 120 ? '' : text;
}

/** "By Jane Doe | Updated 3 May" → "Jane Doe". */
export function cleanByline(raw: string): string | null {
  let text = normalizeSpace(raw).replace(GLUED_DATE, '$1 ').replace(BY_PREFIX, '');
  if (/^[[(]|\bsubmitted\b/i.test(text)) return null;
  text = text.replace(BYLINE_TAIL, '').replace(/[\s,;:|–—-]+$/, '').trim();
  if (text.length < 2 || text.length > 100) return null;
  if (!/\p{L}/u.test(text)) return null;
  // A sentence is not a name.
  if (text.split(/\s+/).length > 12 || /[.!?]\s+\p{Lu}/u.test(text)) return null;
  return text;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = fold(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
