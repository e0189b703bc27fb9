/** "Copy as Markdown": the rendered (already sanitized) article, with its title, byline and source on top. */
import TurndownService from 'turndown';

export interface MarkdownHeader {
  title: string;
  byline: string | null;
  siteName: string | null;
  date: string | null;
  url: string;
}

export function articleToMarkdown(header: MarkdownHeader, bodyHtml: string): string {
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  // Images keep their alt text and absolute address; figure captions become plain lines under them.
  const meta = [header.byline, header.siteName, header.date].filter(Boolean).join(' · ');
  const top = [`# ${header.title.replace(/\s+/g, ' ').trim()}`, meta, `<${header.url}>`].filter(Boolean).join('\n\n');
  return `${top}\n\n${turndown.turndown(bodyHtml).trim()}\n`;
}
