import type { PageReport } from '../messages.ts';

/** The summary as Markdown: title linked to the page, then the key points. */
export function summaryMarkdown(report: Pick<PageReport, 'url' | 'article' | 'summary'>): string {
  const title = (report.article?.title ?? report.url).replace(/([[\]])/g, '\\$1');
  const points = report.summary?.keyPoints.map((point) => `- ${point}`) ?? [];
  return [`## [${title}](${report.url})`, '', ...points, ''].join('\n');
}
