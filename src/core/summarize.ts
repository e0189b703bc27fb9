import type { Article, Summary } from './types.ts';
import { countWords } from './text.ts';

const WORDS_PER_MINUTE = 230;
const MIN_POINT_CHARS = 40;

/** First version: the lead's whole sentences. The summary issue makes this strong. */
export function summarize(article: Pick<Article, 'text' | 'lang'>, count = 3): Summary {
  const wordCount = countWords(article.text);
  const segmenter = new Intl.Segmenter(article.lang ?? 'en', { granularity: 'sentence' });
  const keyPoints: string[] = [];
  for (const paragraph of article.text.split(/\n{2,}/)) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const sentence = segment.trim();
      if (sentence.length >= MIN_POINT_CHARS && !keyPoints.includes(sentence)) keyPoints.push(sentence);
      if (keyPoints.length === count) break;
    }
    if (keyPoints.length === count) break;
  }
  return { keyPoints, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)), wordCount };
}
