import { names } from './metadata-json-ld.ts';
import { metaContent, metaContents } from './metadata-meta.ts';
import { fold } from './metadata-title.ts';
import { spacedText } from './metadata-text.ts';
import { headlineBlockText } from './metadata-headline.ts';
import { normalizeSpace } from './text.ts';
import { firstElements } from './dom-walk.ts';
import {
  AUTHOR_CLASS,
  AUTHOR_JOINERS,
  BY_PREFIX,
  BYLINE_TAIL,
  GLUED_DATE,
  GLUED_WORDS,
  LABEL_ONLY,
  LEADING_DATE,
  CREDENTIAL,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  ROLE_OPENERS,
  ROLE_WORDS,
} from './metadata-byline-words.ts';

/** Links to an author page: markup that names the author without saying so. */
const AUTHOR_PAGE = /\/(authors?|autor|auteur)\//;
/** Enough candidates of each kind: the byline is near the top. */
const MAX_MARKED = 12;
const MAX_CLASSED = 20;
const CONTAINER_TAGS = /^(HTML|BODY|MAIN|ARTICLE|SECTION|HEADER|FOOTER|ASIDE|NAV|UL|OL|FORM)$/;
/** "By Jane Doe" printed next to the headline; the name is one to five capitalised words (particles allowed). */
const VISIBLE_BY =
  /(?:^|\s)(?:[Bb]y|BY|[Ww]ritten by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s*:?[\s|]+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|del|la|le)){0,4})/u;
/** Author links here credit comments, menus or other stories. */
const NOT_BYLINE_AREAS = 'nav, footer, aside, [class*="comment"], [id*="comment"], [class*="Comment"]';
/** More words than this is a phrase, not a name. */
const MAX_NAME_WORDS = 6;

export interface BylineSources {
  readabilityByline: string | null;
  siteNames: string[];
}

/**
 * Who wrote it: JSON-LD, meta, author markup on the page, "By …" near the headline, then Readability's
 * byline. Never the site's own name alone; a job title alone is no byline either.
 */
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
  if (fromJsonLd.length) return joinNames(unique(fromJsonLd));

  // Scholarly pages list every author in its own tag.
  const cited = unique(
    metaContents(doc, 'citation_author')
      // Citation tags often write "Surname, Given".
      .map((name) => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'))
      .map(accept)
      .filter((n): n is string => !!n),
  );
  if (cited.length) return joinNames(cited);
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']) {
    const name = accept(metaContent(doc, key));
    if (name) return name;
  }

  const markup = firstElements(doc.body, isAuthorMarkup, MAX_MARKED).filter((element) => !CONTAINER_TAGS.test(element.tagName) && !element.closest(NOT_BYLINE_AREAS));
  const named = markup.map((element) => ({ element, name: accept(elementName(element.querySelector('[itemprop="name"]') ?? element)) }));
  const first = named.find((n) => n.name);
  if (first) {
    // Co-authors sit side by side in one byline; author links elsewhere credit other stories.
    const block = first.element.parentElement?.parentElement;
    const coAuthors = named.filter((n) => n.name && n !== first && block?.contains(n.element)).map((n) => n.name as string);
    return joinNames(unique([first.name as string, ...coAuthors]).slice(0, 4));
  }

  const visible = headlineBlockText(doc).match(VISIBLE_BY);
  const fromHeadline = accept(visible?.[1]);
  if (fromHeadline) return fromHeadline;

  const fromReadability = accept(sources.readabilityByline);
  if (fromReadability) return fromReadability;
  for (const element of firstElements(doc.body, (e) => AUTHOR_CLASS.test(e.getAttribute('class') ?? ''), MAX_CLASSED)) {
    if (CONTAINER_TAGS.test(element.tagName) || element.children.length > 4) continue;
    const name = accept(elementName(element));
    if (name && name.split(/\s+/).length <= 5) return name;
  }
  return null;
}

function isAuthorMarkup(element: Element): boolean {
  return element.getAttribute('itemprop') === 'author' || element.getAttribute('rel') === 'author' || (element.tagName === 'A' && AUTHOR_PAGE.test(element.getAttribute('href') ?? ''));
}

/** Two to four name-shaped words and no organisation word: "Jane Doe", "Christopher S. Penn", "annette thurmon". */
function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || ORGANISATION_WORDS.test(name)) return false;
  const capitalised = words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
  const lowerCase = words.every((w) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(w));
  return capitalised || lowerCase;
}

function elementName(element: Element): string {
  const content = element.getAttribute('content');
  if (content) return content;
  const text = spacedText(element, true, 200);
  return text.length > 150 ? '' : text;
}

/** "By Jane Doe | Updated 3 May" → "Jane Doe"; "Jane DoeScience Editor" → "Jane Doe"; "By" → null. */
export function cleanByline(raw: string): string | null {
  let text = normalizeSpace(raw).replace(GLUED_DATE, '$1 ').replace(GLUED_WORDS, '$1 | ').replace(LEADING_DATE, '').replace(BY_PREFIX, '').replace(/^[\s|]+/, '');
  if (/^[[(]|\bsubmitted\b/i.test(text)) return null;
  text = text.replace(BYLINE_TAIL, '').replace(/[\s,;:|–—-]+$/, '').trim();
  if (text.length < 2 || text.length > 100 || LABEL_ONLY.test(text)) return null;
  if (!/\p{L}/u.test(text)) return null;
  // A sentence is not a name.
  // A sentence is not a name; an initial ("Christopher S. Penn", "Z.B. Steele") is no sentence end.
  if (text.split(/\s+/).length > 12 || /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text)) return null;
  return keepNames(text);
}

/**
 * "Jane Doe, Associate Editor, PCWorld" → "Jane Doe"; "Jane Doe, Ravi Patel and Li Wei" stays whole.
 * Parts after the first that are not name-shaped are roles or employers. A role alone is no byline.
 */
function keepNames(text: string): string | null {
  const parts = text.split(AUTHOR_JOINERS).filter(Boolean);
  const first = withoutRole(parts[0] ?? '');
  if (!first) return null;
  if (parts.length === 1) return first.split(/\s+/).length <= MAX_NAME_WORDS ? first : null;
  const kept = [first];
  for (const part of parts.slice(1)) {
    if (!looksLikePersonName(part) || ROLE_WORDS.test(part)) break;
    kept.push(part);
  }
  // Credentials after a comma ("Dylan Bailey, MS, RD") are not more authors but stay with the name.
  let credentials = 0;
  while (kept.length === 1 && CREDENTIAL.test(parts[1 + credentials] ?? '')) credentials++;
  if (credentials) return [first, ...parts.slice(1, 1 + credentials)].join(', ');
  return joinNames(kept);
}

function withoutRole(text: string): string | null {
  const words = text.split(/\s+/);
  if (ROLE_OPENERS.test(words[0] ?? '') && words.some((w) => ROLE_WORDS.test(w))) return null;
  const roleAt = words.findIndex((w) => ROLE_WORDS.test(w));
  if (roleAt < 2) return text;
  // A middle initial makes it a three-word name.
  const nameLength = roleAt >= 3 && /^\p{Lu}\.?$/u.test(words[1] ?? '') ? 3 : 2;
  return words.slice(0, nameLength).join(' ');
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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
