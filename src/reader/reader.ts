/**
 * The reader page, shown in a frame over the article's tab. It asks the background for its
 * article once (by the one-time id in its URL), sanitizes it, and renders it with the reader's
 * settings. Closing asks the tab's content script to remove the frame.
 */
import browser from 'webextension-polyfill';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import './reader.css';
import { sendMessage } from '../messages.ts';
import type { ReaderArticle } from './reader-protocol.ts';
import { createSanitizer } from './sanitize.ts';
import { formatDate, renderArticle } from './article-view.ts';
import { articleToMarkdown } from './export-markdown.ts';
import { fileNameFor, standaloneHtml } from './export-html.ts';
import { applySettings, bindSettingsPanel } from './settings-panel.ts';
import { loadSettings, onSettingsChanged, saveSettings } from './settings-store.ts';
import { keepFocusInside, trackProgress } from './reader-controls.ts';

const root = document.documentElement;
const main = document.getElementById('main') as HTMLElement;
const settingsPanel = document.getElementById('settings') as HTMLElement;
const settingsToggle = document.getElementById('settings-toggle') as HTMLButtonElement;
const announce = document.getElementById('announce') as HTMLElement;

const t = (key: string, ...substitutions: string[]): string => browser.i18n.getMessage(key, substitutions) || key;
const locale = browser.i18n.getUILanguage();

const tabId = Number(new URLSearchParams(location.search).get('tab'));
const articleId = location.hash.slice(1);

function translateStatic(): void {
  root.lang = locale;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const text = browser.i18n.getMessage(element.dataset.i18n ?? '');
    if (text) element.textContent = text;
  }
}

function say(message: string): void {
  announce.textContent = '';
  // A fresh text node after a tick, so the same message twice is announced twice.
  setTimeout(() => (announce.textContent = message), 50);
}

function closeReader(): void {
  void sendMessage('tab:reader', { tabId, action: 'close' });
}

function setPanelOpen(open: boolean): void {
  settingsPanel.hidden = !open;
  settingsToggle.setAttribute('aria-expanded', String(open));
  if (open) settingsPanel.querySelector<HTMLInputElement>('input:checked')?.focus();
}

function showProblem(message: string): void {
  const problem = document.createElement('p');
  problem.className = 'status';
  problem.setAttribute('role', 'alert');
  problem.textContent = message;
  main.replaceChildren(problem);
}

function savedCss(): string {
  // The reader's own rules; font files are part of the extension and cannot travel with a saved file.
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule) => !(rule instanceof CSSFontFaceRule))
    .map((rule) => rule.cssText)
    .join('\n');
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (frame not focused, policy): the selection route still works on a click.
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('copy refused');
  }
}

function wireTools(article: ReaderArticle, articleElement: HTMLElement): void {
  const body = articleElement.querySelector('.article-body') as HTMLElement;
  document.getElementById('copy-markdown')!.addEventListener('click', async () => {
    const markdown = articleToMarkdown(
      { title: article.title, byline: article.byline, siteName: article.siteName, date: formatDate(article.publishedTime, locale), url: article.url },
      body.innerHTML,
    );
    try {
      await copyText(markdown);
      say(t('readerCopied'));
    } catch {
      say(t('readerCopyFailed'));
    }
  });
  document.getElementById('save-html')!.addEventListener('click', () => {
    const rootAttributes: Record<string, string> = { 'data-theme': root.dataset.theme ?? 'system', 'data-font': root.dataset.font ?? 'serif', style: root.getAttribute('style') ?? '' };
    const html = standaloneHtml({ title: article.title, lang: article.lang ?? locale, rootAttributes, css: savedCss(), articleHtml: articleElement.outerHTML });
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileNameFor(article.title) });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t('readerSaved'));
  });
  document.getElementById('print')!.addEventListener('click', () => print());
}

function wireKeys(): void {
  document.getElementById('close')!.addEventListener('click', closeReader);
  settingsToggle.addEventListener('click', () => setPanelOpen(settingsPanel.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    // Esc first closes the panel it is in, then the reader.
    if (!settingsPanel.hidden) {
      setPanelOpen(false);
      settingsToggle.focus();
    } else closeReader();
  });
  keepFocusInside(document);
}

async function start(): Promise<void> {
  translateStatic();
  wireKeys();
  const settings = await loadSettings();
  applySettings(root, settings);
  const panel = bindSettingsPanel(settingsPanel, settings, (next) => {
    applySettings(root, next);
    void saveSettings(next);
  });
  onSettingsChanged((next) => {
    applySettings(root, next);
    panel.show(next);
  });
  trackProgress(document.getElementById('progress-bar') as HTMLElement, window);

  const result = Number.isInteger(tabId) && tabId >= 0 ? await sendMessage('tab:reader-article', { tabId, articleId }) : null;
  if (!result?.ok || !result.value) {
    showProblem(result && !result.ok ? t(result.messageKey) : t('readerGone'));
    return;
  }
  const article = result.value;
  document.title = article.title;
  const articleElement = renderArticle(document, article, createSanitizer(window), {
    byline: (name) => t('byline', name),
    readingTime: (minutes) => t('readingTime', String(minutes)),
    original: t('readerOriginal'),
    locale,
  });
  main.replaceChildren(articleElement);
  wireTools(article, articleElement);
  main.focus({ preventScroll: true });
}

start().catch((error: unknown) => showProblem(error instanceof Error ? error.message : String(error)));
