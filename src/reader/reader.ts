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
import { createSanitizer } from './sanitize.ts';
import { renderArticle } from './article-view.ts';
import { wireTools } from './reader-tools.ts';
import { applySettings, bindSettingsPanel } from './settings-panel.ts';
import { flushSettings, loadSettings, onSettingsChanged, saveSettings } from './settings-store.ts';
import { keepFocusInside, trackProgress } from './reader-controls.ts';
import { flushPlace, rememberPlace, restorePlace } from './reading-place.ts';

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
  flushSettings();
  flushPlace();
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
  addEventListener('pagehide', flushSettings);
}

async function start(): Promise<void> {
  translateStatic();
  wireKeys();
  const settings = await loadSettings();
  applySettings(root, settings);
  const panel = bindSettingsPanel(settingsPanel, settings, (next) => {
    applySettings(root, next);
    saveSettings(next);
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
  wireTools(article, articleElement, { t, say, locale });
  main.focus({ preventScroll: true });
  await restorePlace(article.url);
  rememberPlace(article.url);
}

start().catch((error: unknown) => showProblem(error instanceof Error ? error.message : String(error)));
