/**
 * The reader view over the page: one full-viewport iframe holding the extension's reader page, so
 * page CSS and scripts cannot reach it. The page itself is left as it was; closing removes the
 * frame, gives back the scroll position and the focus the reader had.
 */
import browser from 'webextension-polyfill';
import { analyzePage } from '../core/index.ts';
import { onMessages } from '../messages.ts';
import { resolveArticleMedia } from '../reader/article-media.ts';
import { textDirection } from '../reader/text-direction.ts';
import type { ReaderAction, ReaderArticle, ReaderState } from '../reader/reader-protocol.ts';

const READER_PAGE = 'src/reader/index.html';
/** Inline and !important, so no page stylesheet can hide, shrink or restyle the frame. */
const FRAME_STYLE: Record<string, string> = {
  position: 'fixed', inset: '0', width: '100vw', height: '100vh', 'max-width': 'none', 'max-height': 'none',
  margin: '0', padding: '0', border: '0', 'z-index': '2147483647', display: 'block', visibility: 'visible',
  opacity: '1', transform: 'none', filter: 'none', 'color-scheme': 'normal', background: 'transparent',
};

interface OpenReader {
  frame: HTMLIFrameElement;
  scroll: { x: number; y: number };
  focused: Element | null;
}

let current: OpenReader | null = null;
/** Articles waiting for their reader frame to ask, by one-time id: the id in the frame URL is readable by the page. */
const pending = new Map<string, ReaderArticle>();

function readArticle(): ReaderArticle | { reason: string } {
  const url = location.href;
  const analysis = analyzePage(document, url);
  const { article, summary } = analysis;
  // A short article still reads better here than on the page; only a page with no running text has nothing to show.
  if (!article) return { reason: browser.i18n.getMessage('noArticleNoText') || 'No article found on this page.' };
  return {
    url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: textDirection(document.documentElement.getAttribute('dir') ?? document.body?.getAttribute('dir') ?? null, article.lang, article.text),
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    html: resolveArticleMedia(article.html, url, document, article.title),
    readingMinutes: summary?.readingMinutes ?? 1,
    isLiveBlog: article.isLiveBlog,
  };
}

/** A v4 UUID from getRandomValues: `crypto.randomUUID` is missing on plain-http pages (not a secure context). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function open(tabId: number): ReaderState {
  if (current) return { open: true, reason: null };
  const article = readArticle();
  if ('reason' in article) return { open: false, reason: article.reason };
  const id = randomId();
  pending.set(id, article);
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL(READER_PAGE)}?tab=${tabId}#${id}`;
  frame.title = article.title;
  // Copy as Markdown writes to the clipboard from inside the frame.
  frame.allow = 'clipboard-write';
  for (const [name, value] of Object.entries(FRAME_STYLE)) frame.style.setProperty(name, value, 'important');
  current = { frame, scroll: { x: scrollX, y: scrollY }, focused: document.activeElement };
  document.documentElement.append(frame);
  frame.focus();
  addEventListener('keydown', closeOnEscape, true);
  return { open: true, reason: null };
}

function close(): ReaderState {
  if (!current) return { open: false, reason: null };
  const { frame, scroll, focused } = current;
  current = null;
  pending.clear();
  removeEventListener('keydown', closeOnEscape, true);
  frame.remove();
  // Scrolling past the end of the reader can chain into the page beneath; put it back where it was.
  scrollTo(scroll.x, scroll.y);
  if (focused instanceof HTMLElement || focused instanceof SVGElement) focused.focus({ preventScroll: true });
  return { open: false, reason: null };
}

/** Esc pressed while the page, not the frame, has the keyboard (the frame handles its own). */
function closeOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !current) return;
  event.stopPropagation();
  close();
}

const ACTIONS: Record<ReaderAction, (tabId: number) => ReaderState> = {
  open,
  close,
  toggle: (tabId) => (current ? close() : open(tabId)),
};

/** The reader frame's one request: its article, handed over once and then forgotten. */
function takeArticle(articleId: string): ReaderArticle | null {
  const article = pending.get(articleId) ?? null;
  pending.delete(articleId);
  return article;
}

export function startReaderFrame(): void {
  onMessages({
    'content:reader': ({ tabId, action }) => ACTIONS[action](tabId),
    'content:reader-article': ({ articleId }) => takeArticle(articleId),
  });
}
