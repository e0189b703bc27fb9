import { describeRemoved } from '../core/removed-summary.ts';
import type { ReaderResult } from './reader.ts';

/** Title, a meta line, key points, what was removed and why, then the text. */
export function formatHuman(result: ReaderResult): string {
  const meta = [
    result.siteName,
    result.byline,
    result.publishedTime,
    result.summary && `${result.summary.readingMinutes} min read (${result.summary.wordCount} words)`,
    `${result.isArticle ? 'article' : 'not an article'} (confidence ${result.confidence.toFixed(2)})`,
  ].filter(Boolean);
  const lines = [result.title ?? '(no title)', meta.join(' · '), ''];
  if (result.summary?.keyPoints.length) {
    lines.push('Key points:', ...result.summary.keyPoints.map((point) => `  • ${point}`), '');
  }
  if (result.removed.length) {
    lines.push(`Removed: ${describeRemoved(result.removed)}`);
    for (const block of result.removed) lines.push(`  - [${block.category}] ${block.text.slice(0, 80)}… (${block.reason})`);
    lines.push('');
  } else {
    lines.push('Removed: nothing', '');
  }
  lines.push('─'.repeat(72), result.text || '(no article text found)', '');
  return lines.join('\n');
}
