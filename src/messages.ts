/**
 * Every message Clearpage sends, in one place, for every context: popup → background (`tab:*`),
 * background → content script (`content:*`), content script → background (`event:*`).
 * Each message is checked on arrival: it must come from this extension and have the expected shape.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { NoArticle } from './core/analyze.ts';
import type { Article, Detection, PageMetadata, RemovedBlock, Summary } from './core/types.ts';
import { isArticleId, isReaderAction, type ReaderAction, type ReaderArticle, type ReaderState } from './reader/reader-protocol.ts';

/** What the popup needs to draw its card: plain data, no HTML. */
export interface PageReport {
  url: string;
  detection: Detection;
  /** `text` is for the on-device AI summary; the popup never renders it as HTML. */
  article: (PageMetadata & Pick<Article, 'text'>) | null;
  summary: Summary | null;
  /** Why there is no article to show; null when there is one. */
  noArticle: NoArticle | null;
  /** What Declutter hides (or has hidden), with reasons. */
  clutter: RemovedBlock[];
  declutter: DeclutterState;
}

export interface DeclutterState {
  active: boolean;
  hidden: RemovedBlock[];
  scrollUnlocked: boolean;
  unclamped: number;
}

/**
 * Why the extension cannot work on a tab: a message for the reader, not an error.
 * `messageKey` names the explanation in `_locales`; `detail` carries the browser's own words, if any.
 */
export type Unavailable = { ok: false; reason: 'restricted' | 'no-access' | 'failed'; messageKey: string; detail?: string };
export type TabResult<T> = { ok: true; value: T } | Unavailable;

/** type → [payload, response]. */
export interface Protocol {
  'tab:report': [{ tabId: number }, TabResult<PageReport>];
  'tab:declutter': [{ tabId: number }, TabResult<DeclutterState>];
  'tab:restore': [{ tabId: number }, TabResult<DeclutterState>];
  'content:report': [Record<string, never>, PageReport];
  'content:declutter': [Record<string, never>, DeclutterState];
  'content:restore': [Record<string, never>, DeclutterState];
  'event:hidden-changed': [{ hiddenCount: number }, void];
  'tab:reader': [{ tabId: number; action: ReaderAction }, TabResult<ReaderState>];
  'tab:reader-article': [{ tabId: number; articleId: string }, TabResult<ReaderArticle | null>];
  'content:reader': [{ tabId: number; action: ReaderAction }, ReaderState];
  'content:reader-article': [{ articleId: string }, ReaderArticle | null];
  'event:auto-reader': [Record<string, never>, void];
  'event:news-found': [{ confidence: number }, void];
  'tab:test-rules': [{ tabId: number; rules: string }, TabResult<{ total: number; byLine: Array<{ line: number; count: number }> }>];
}

export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Protocol[K][0];
export type Response<K extends MessageType> = Protocol[K][1];
export type Message<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Payload<K> : never;

const isTabId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const hasTabId = (m: Record<string, unknown>) => isTabId(m.tabId);
const empty = () => true;

/** The shape each message must have; anything else is dropped unanswered. */
const VALIDATORS: { [K in MessageType]: (message: Record<string, unknown>) => boolean } = {
  'tab:report': hasTabId,
  'tab:declutter': hasTabId,
  'tab:restore': hasTabId,
  'content:report': empty,
  'content:declutter': empty,
  'content:restore': empty,
  'event:hidden-changed': (m) => Number.isInteger(m.hiddenCount) && (m.hiddenCount as number) >= 0,
  'tab:reader': (m) => hasTabId(m) && isReaderAction(m.action),
  'tab:reader-article': (m) => hasTabId(m) && isArticleId(m.articleId),
  'content:reader': (m) => hasTabId(m) && isReaderAction(m.action),
  'content:reader-article': (m) => isArticleId(m.articleId),
  'event:auto-reader': empty,
  'event:news-found': (m) => typeof m.confidence === 'number' && m.confidence >= 0 && m.confidence <= 1,
  'tab:test-rules': (m) => hasTabId(m) && typeof m.rules === 'string',
};

export function parseMessage(raw: unknown): Message | null {
  if (!raw || typeof raw !== 'object') return null;
  const message = raw as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(VALIDATORS, type)) return null;
  return VALIDATORS[type as MessageType](message) ? (message as Message) : null;
}

/** Which contexts may send what: extension pages send `tab:*`, our content scripts `event:*`, the background `content:*`. */
export type SenderKind = 'extension-page' | 'content-script';

export function senderKind(sender: Runtime.MessageSender, extensionId = browser.runtime.id): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // Our pages may sit in a tab (the options page, a popup opened as a page), so the URL decides.
  if (sender.url?.startsWith(browser.runtime.getURL(''))) return 'extension-page';
  return sender.tab ? 'content-script' : null;
}

const ALLOWED_FROM: Record<SenderKind, (type: MessageType) => boolean> = {
  'extension-page': (type) => type.startsWith('tab:') || type.startsWith('content:'),
  'content-script': (type) => type.startsWith('event:'),
};

type Handlers = { [K in MessageType]?: (message: Message<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>> };

/** Listen for validated messages; unknown, malformed or foreign ones get no answer. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const message = parseMessage(raw);
    const kind = senderKind(sender);
    if (!message || !kind || !ALLOWED_FROM[kind](message.type)) return undefined;
    const handler = handlers[message.type] as ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(message, sender)) : undefined;
  });
}

export function sendMessage<K extends MessageType>(type: K, payload: Payload<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ ...payload, type }) as Promise<Response<K>>;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, payload: Payload<K>): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, { ...payload, type }, { frameId: 0 }) as Promise<Response<K>>;
}
