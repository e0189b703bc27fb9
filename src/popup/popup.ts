/**
 * The toolbar popup: a clean summary of the tab's article and the Declutter switch.
 * It talks only to the background (`tab:*` messages); all page work happens in the content script.
 */
import browser from 'webextension-polyfill';
import { countByCategory } from '../core/removed-summary.ts';
import type { NoArticle } from '../core/analyze.ts';
import { sendMessage, type DeclutterState, type PageReport, type TabResult } from '../messages.ts';
import { element } from './dom.ts';
import { siteToggle } from './site-toggle.ts';
import { categoryCount, t, uiLanguage } from './i18n.ts';
import { relativeDate } from './relative-date.ts';
import { siteHeader } from './site-header.ts';
import { summaryMarkdown } from './copy-summary.ts';
import { offerAiKeyPoints } from './ai-key-points.ts';
import { readerButton } from './reader-button.ts';

const app = document.getElementById('app') as HTMLElement;

async function currentTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function done(...children: HTMLElement[]): void {
  app.replaceChildren(...children);
  app.setAttribute('aria-busy', 'false');
}

function message(title: string, ...lines: string[]): HTMLElement {
  return element('section', { className: 'message' }, element('h1', {}, title), ...lines.map((line) => element('p', {}, line)));
}

function noArticleText({ cause, words, notNews }: NoArticle): string[] {
  const lines = [cause === 'no-text' ? t('noArticleNoText') : t('noArticleTooShort', String(words))];
  if (notNews) lines.push(t('noArticleNotNews'));
  return lines;
}

function metaLine(report: PageReport): HTMLElement {
  const { article, summary } = report;
  const line = element('p', { className: 'meta' });
  const parts: Array<Node | string> = [];
  if (article?.byline) parts.push(t('byline', article.byline));
  const date = relativeDate(article?.publishedTime ?? null, uiLanguage());
  if (date) parts.push(element('time', { dateTime: article?.publishedTime ?? '', title: date.full }, date.text));
  if (summary) parts.push(t('readingTime', String(summary.readingMinutes)));
  parts.forEach((part, index) => line.append(...(index ? [' · ', part] : [part])));
  return line;
}

function clutterSection(report: PageReport): HTMLElement {
  const blocks = report.declutter.active ? report.declutter.hidden : report.clutter;
  const heading = element('h2', {}, t(report.declutter.active ? 'removedHeading' : 'removableHeading'));
  if (blocks.length === 0) return element('section', { className: 'clutter' }, heading, element('p', {}, t('nothingRemoved')));
  const counts = Array.from(countByCategory(blocks), ([category, n]) => categoryCount(category, n)).join(', ');
  const reasons = blocks.map((block) =>
    element('li', {}, element('strong', {}, categoryCount(block.category, 1).replace(/^1 /, '')), ` “${block.text.slice(0, 90)}…” `, element('small', {}, block.reason)),
  );
  return element('section', { className: 'clutter' }, heading, element('details', {}, element('summary', {}, counts), element('ul', { className: 'reasons' }, ...reasons)));
}

function declutterToggle(tabId: number, report: PageReport): HTMLElement {
  const active = report.declutter.active;
  const toggle = element('button', { type: 'button', className: 'primary', id: 'declutter-toggle' }, t(active ? 'showOriginal' : 'declutter'));
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    const result = await sendMessage(active ? 'tab:restore' : 'tab:declutter', { tabId });
    if (result.ok) renderReport(tabId, { ...report, declutter: result.value as DeclutterState });
    else showUnavailable(result);
  });
  return toggle;
}

function copyButton(report: PageReport): HTMLElement {
  const button = element('button', { type: 'button', id: 'copy-summary' }, t('copySummary'));
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(summaryMarkdown(report));
    button.textContent = t('copied');
  });
  return button;
}

function actions(tabId: number, report: PageReport): HTMLElement {
  const buttons = [declutterToggle(tabId, report), readerButton(tabId, report)];
  if (report.summary?.keyPoints.length) buttons.push(copyButton(report));
  buttons.push(siteToggle(tabId, report));
  return element('div', { className: 'actions' }, ...buttons);
}

function renderReport(tabId: number, report: PageReport): void {
  const { article, summary } = report;
  if (!article || report.noArticle) {
    const lines = report.noArticle ? noArticleText(report.noArticle) : [];
    return done(message(t('noArticleTitle'), ...lines), clutterSection(report), actions(tabId, report));
  }
  const card = element('article', { className: 'card' }, siteHeader(report.url, article.siteName), element('h1', {}, article.title), metaLine(report));
  if (!report.detection.isArticle) card.append(element('p', { className: 'note' }, t('notArticleNote')));
  if (summary?.keyPoints.length) {
    const list = element('ul', { className: 'key-points' }, ...summary.keyPoints.map((point) => element('li', {}, point)));
    card.append(element('h2', {}, t('keyPoints')), list);
    void offerAiKeyPoints(list, article.text, { lang: article.lang, count: summary.keyPoints.length }).then((box) => box && list.after(box));
  }
  done(card, clutterSection(report), actions(tabId, report));
}

function showUnavailable(result: Extract<TabResult<unknown>, { ok: false }>): void {
  const title = t(result.reason === 'failed' ? 'failedTitle' : 'restrictedTitle');
  done(message(title, t(result.messageKey), ...(result.detail ? [result.detail] : [])));
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  (document.getElementById('status') as HTMLElement).textContent = t('loading');
  const tabId = await currentTabId();
  if (tabId === null) return done(message(t('restrictedTitle'), t('noTab')));
  const result = await sendMessage('tab:report', { tabId });
  if (result.ok) renderReport(tabId, result.value);
  else showUnavailable(result);
}

main().catch((error: unknown) => done(message(t('failedTitle'), error instanceof Error ? error.message : String(error))));
