/**
 * The article as the reader sees it: a header (site, title, byline, date, reading time), the
 * sanitized body with its headings ranked under the title, live-blog entries set apart, and a
 * link back to the original.
 */
import type { ReaderArticle } from './reader-protocol.ts';
import type { Sanitize } from './sanitize.ts';

export interface ViewText {
  byline: (name: string) => string;
  readingTime: (minutes: number) => string;
  original: string;
  locale: string;
}

/** A time stamp alone on its line: longer blocks are story text that happens to contain a date. */
const MAX_ENTRY_TIME_CHARS = 40;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

export function renderArticle(doc: Document, article: ReaderArticle, sanitize: Sanitize, text: ViewText): HTMLElement {
  const root = el(doc, 'article', 'article');
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir;
  root.setAttribute('aria-labelledby', 'article-title');

  const body = el(doc, 'div', 'article-body');
  body.append(sanitize(article.html));
  rankHeadings(body, article.title);
  nameEmptyLinks(body);
  if (article.isLiveBlog && markLiveEntries(body) > 0) root.classList.add('live');

  const source = el(doc, 'a', 'source', text.original);
  source.href = article.url;
  source.target = '_blank';
  source.rel = 'noopener noreferrer';
  root.append(header(doc, article, text), body, el(doc, 'footer', 'article-footer', source));
  return root;
}

function header(doc: Document, article: ReaderArticle, text: ViewText): HTMLElement {
  const head = el(doc, 'header', 'article-header');
  if (article.siteName) head.append(el(doc, 'p', 'site', article.siteName));
  const title = el(doc, 'h1', 'title', article.title);
  title.id = 'article-title';
  head.append(title);
  const meta: Array<Node | string> = [];
  if (article.byline) meta.push(el(doc, 'span', 'byline', text.byline(article.byline)));
  const date = formatDate(article.publishedTime, text.locale);
  if (date && article.publishedTime) {
    const time = el(doc, 'time', '', date);
    time.dateTime = article.publishedTime;
    meta.push(time);
  }
  meta.push(el(doc, 'span', 'reading-time', text.readingTime(article.readingMinutes)));
  const line = el(doc, 'p', 'meta');
  meta.forEach((part, index) => line.append(...(index ? [' · ', part] : [part])));
  head.append(line);
  return head;
}

export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** The title is the page's only h1: the body's headings move one rank down, and a repeat of the title goes. */
export function rankHeadings(body: Element, title: string): void {
  const first = body.querySelector('h1, h2');
  if (first && normalize(first.textContent) === normalize(title)) first.remove();
  for (const heading of Array.from(body.querySelectorAll('h1'))) {
    const h2 = body.ownerDocument.createElement('h2');
    for (const attribute of Array.from(heading.attributes)) h2.setAttribute(attribute.name, attribute.value);
    h2.append(...Array.from(heading.childNodes));
    heading.replaceWith(h2);
  }
}

const normalize = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A link around an image without alt text has no name to announce; its address is better than nothing. */
function nameEmptyLinks(body: Element): void {
  for (const link of Array.from(body.querySelectorAll('a[href]'))) {
    if (normalize(link.textContent) || link.querySelector('img:not([alt=""])')) continue;
    try {
      const url = new URL(link.getAttribute('href') ?? '');
      link.setAttribute('aria-label', `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`);
    } catch {
      // In-article anchors with no text: nothing better to say, so they stay as they are.
    }
  }
}

/** Live blogs: each time stamp that stands alone starts an entry; its block is marked so it reads as one. */
function markLiveEntries(body: Element): number {
  let count = 0;
  for (const time of Array.from(body.querySelectorAll('time'))) {
    const line = time.closest('p, div, h2, h3, h4, h5, h6, span') ?? time;
    if (normalize(line.textContent).length > MAX_ENTRY_TIME_CHARS) continue;
    line.classList.add('entry-time');
    const entry = line.parentElement;
    // Only a container holding this one stamp is an entry; otherwise the stamp alone marks the break.
    if (entry && entry !== body && entry.querySelectorAll('time').length === 1) entry.classList.add('entry');
    count++;
  }
  return count;
}
