/**
 * The toolbar popup: a clean summary of the tab's article and the Declutter switch.
 * It talks only to the background (`tab:*` messages); all page work happens in the content script.
 */
import browser from 'webextension-polyfill';
import { countByCategory } from '../core/removed-summary.ts';
import { sendMessage, type DeclutterState, type PageReport, type TabResult } from '../messages.ts';
import { categoryCount, t, uiLanguage } from './i18n.ts';

const app = document.getElementById('app') as HTMLElement;

async function currentTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function showMessage(title: string, detail: string): void {
  app.replaceChildren(element('section', { className: 'message' }, element('h1', {}, title), element('p', {}, detail)));
  app.setAttribute('aria-busy', 'false');
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(date);
}

function metaLine(report: PageReport): HTMLElement {
  const { article, summary } = report;
  const parts = [
    article?.byline && t('byline', article.byline),
    formatDate(article?.publishedTime ?? null),
    summary && t('readingTime', String(summary.readingMinutes)),
  ].filter((part): part is string => !!part);
  return element('p', { className: 'meta' }, parts.join(' · '));
}

function clutterSection(report: PageReport): HTMLElement {
  const blocks = report.declutter.active ? report.declutter.hidden : report.clutter;
  const heading = element('h2', {}, t(report.declutter.active ? 'removedHeading' : 'removableHeading'));
  if (blocks.length === 0) return element('section', { className: 'clutter' }, heading, element('p', {}, t('nothingRemoved')));
  const counts = Array.from(countByCategory(blocks), ([category, n]) => categoryCount(category, n)).join(', ');
  const reasons = element('ul', { className: 'reasons' }, ...blocks.map((block) => element('li', {}, element('strong', {}, categoryCount(block.category, 1).replace(/^1 /, '')), ` — “${block.text.slice(0, 90)}…” `, element('small', {}, block.reason))));
  return element('section', { className: 'clutter' }, heading, element('details', {}, element('summary', {}, counts), reasons));
}

function actions(tabId: number, report: PageReport): HTMLElement {
  const active = report.declutter.active;
  const toggle = element('button', { type: 'button', className: 'primary', id: 'declutter-toggle' }, t(active ? 'showOriginal' : 'declutter'));
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    const result = await sendMessage(active ? 'tab:restore' : 'tab:declutter', { tabId });
    if (result.ok) renderReport(tabId, { ...report, declutter: result.value as DeclutterState });
    else showUnavailable(result);
  });
  return element('div', { className: 'actions' }, toggle);
}

function renderReport(tabId: number, report: PageReport): void {
  const { article, summary } = report;
  if (!article || report.noArticleReason) {
    showMessage(t('noArticleTitle'), report.noArticleReason ?? '');
    app.append(clutterSection(report), actions(tabId, report));
    return;
  }
  const card = element('article', { className: 'card' });
  if (article.siteName) card.append(element('p', { className: 'site' }, article.siteName));
  card.append(element('h1', {}, article.title), metaLine(report));
  if (!report.detection.isArticle) card.append(element('p', { className: 'note' }, t('notArticleNote')));
  if (summary?.keyPoints.length) {
    card.append(element('h2', {}, t('keyPoints')), element('ul', { className: 'key-points' }, ...summary.keyPoints.map((point) => element('li', {}, point))));
  }
  app.replaceChildren(card, clutterSection(report), actions(tabId, report));
  app.setAttribute('aria-busy', 'false');
}

function showUnavailable(result: Extract<TabResult<unknown>, { ok: false }>): void {
  showMessage(t(result.reason === 'failed' ? 'failedTitle' : 'restrictedTitle'), result.detail);
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  (document.getElementById('status') as HTMLElement).textContent = t('loading');
  const tabId = await currentTabId();
  if (tabId === null) return showMessage(t('restrictedTitle'), 'No tab to read.');
  const result = await sendMessage('tab:report', { tabId });
  if (result.ok) renderReport(tabId, result.value);
  else showUnavailable(result);
}

main().catch((error: unknown) => showMessage(t('failedTitle'), error instanceof Error ? error.message : String(error)));
