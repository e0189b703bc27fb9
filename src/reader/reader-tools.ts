/** The reader's export tools: Copy as Markdown, Save as HTML, Print. */
import type { ReaderArticle } from './reader-protocol.ts';
import { formatDate } from './article-view.ts';
import { articleToMarkdown } from './export-markdown.ts';
import { fileNameFor, standaloneHtml } from './export-html.ts';

export interface ToolText {
  t: (key: string) => string;
  /** Tell screen-reader users what happened (a live region). */
  say: (message: string) => void;
  locale: string;
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

export function wireTools(article: ReaderArticle, articleElement: HTMLElement, { t, say, locale }: ToolText): void {
  const root = document.documentElement;
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
