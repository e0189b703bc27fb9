/**
 * Key points, reading time and word count for an extracted article. Key points are whole sentences from
 * the article: the cleaned lead for ordinary stories, the newest entries for live blogs.
 */
import type { Article, Summary } from './types.ts';
import { baseLanguage } from './sentences.ts';
import { captionTexts } from './summarize/captions.ts';
import { countEntryStamps, liveBlogEntries, MIN_STAMPS_FOR_LIVE_BLOG } from './summarize/live-blog.ts';
import { countWordsInAnyScript, readingMinutes } from './summarize/reading-time.ts';
import { selectPoints } from './summarize/select-points.ts';
import { sentenceUnits } from './summarize/sentence-units.ts';
import { isNearDuplicate } from './summarize/similarity.ts';

const MIN_KEY_POINTS = 1;
const MAX_KEY_POINTS = 5;

/** What the summary reads; `html` (optional) lets it recognise figure captions. */
export type SummaryInput = Pick<Article, 'text' | 'lang' | 'isLiveBlog'> & Partial<Pick<Article, 'html'>>;

export function summarize(article: SummaryInput, count = 3): Summary {
  const lang = baseLanguage(article.lang);
  const wanted = Math.min(MAX_KEY_POINTS, Math.max(MIN_KEY_POINTS, Math.round(count) || MIN_KEY_POINTS));
  const paragraphs = article.text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const captions = captionTexts(article.html);
  const isLive = article.isLiveBlog || countEntryStamps(paragraphs) >= MIN_STAMPS_FOR_LIVE_BLOG;
  const livePoints = isLive ? liveBlogPoints(paragraphs, lang, captions, wanted) : [];
  const keyPoints = livePoints.length > 0 ? livePoints : selectPoints(sentenceUnits(paragraphs, lang, captions), wanted);
  return {
    keyPoints,
    readingMinutes: readingMinutes(article.text, lang),
    wordCount: countWordsInAnyScript(article.text),
  };
}

/** The lead of each entry, newest entry first; with fewer entries than points, their next sentences. */
function liveBlogPoints(paragraphs: readonly string[], lang: string, captions: readonly string[], count: number): string[] {
  const entries = liveBlogEntries(paragraphs).map((entry) => sentenceUnits(entry.paragraphs, lang, captions).filter((u) => u.eligible));
  const points: string[] = [];
  const take = (text: string): void => {
    if (points.length < count && !points.some((p) => isNearDuplicate(p, text))) points.push(text);
  };
  for (const units of entries) if (units[0]) take(units[0].text);
  for (const units of entries) for (const unit of units.slice(1)) take(unit.text);
  return points;
}
