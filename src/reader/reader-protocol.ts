/**
 * What travels between the page and the reader view: plain data only. The article HTML is the
 * extractor's output with media resolved, NOT sanitized — the reader page sanitizes before rendering.
 */
export type ReaderAction = 'open' | 'close' | 'toggle';

export interface ReaderState {
  open: boolean;
  /** Why the reader view did not open; null when it did, or when it was closed on request. */
  reason: string | null;
}

export interface ReaderArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  leadImage: string | null;
  html: string;
  readingMinutes: number;
  isLiveBlog: boolean;
}

const READER_ACTIONS: readonly string[] = ['open', 'close', 'toggle'] satisfies ReaderAction[];
/** Article ids are random UUIDs, handed out once; anything else is not ours. */
const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isReaderAction = (value: unknown): value is ReaderAction => typeof value === 'string' && READER_ACTIONS.includes(value);
export const isArticleId = (value: unknown): value is string => typeof value === 'string' && ARTICLE_ID.test(value);
