import type { Article, ClutterHit, Detection, RemovedBlock, Summary } from './types.ts';
import { detectArticle } from './detect.ts';
import { findClutter, type ClutterOptions } from './clutter/index.ts';
import { extractArticle } from './extract.ts';
import { summarize } from './summarize.ts';
import { textOf, truncate } from './text.ts';

export interface PageAnalysis {
  detection: Detection;
  clutter: ClutterHit[];
  article: Article | null;
  summary: Summary | null;
  timings: { detectMs: number; clutterMs: number; extractMs: number; summarizeMs: number };
}

export interface AnalyzeOptions {
  keyPoints?: number;
  /** The reader's own rules and switched-off categories. */
  clutter?: ClutterOptions;
  /** Clock for timings; `performance.now` in browsers and Node alike. */
  now?: () => number;
}

/** The whole pipeline on one document: the CLI, the content script and the benches all call this. */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? (() => performance.now());
  let t = now();
  const lap = (): number => {
    const previous = t;
    t = now();
    return t - previous;
  };
  const detection = detectArticle(doc, url);
  const detectMs = lap();
  const clutter = findClutter(doc, url, options.clutter);
  const clutterMs = lap();
  const article = extractArticle(doc, url, { clutter, isArticle: detection.isArticle });
  const extractMs = lap();
  const summary = article ? summarize(article, options.keyPoints) : null;
  const summarizeMs = lap();
  return { detection, clutter, article, summary, timings: { detectMs, clutterMs, extractMs, summarizeMs } };
}

export function toRemovedBlocks(hits: readonly ClutterHit[]): RemovedBlock[] {
  return hits.map(({ element, category, reason }) => ({ category, reason, text: truncate(textOf(element), 200) }));
}

/** Fewer words than this is a teaser, a listing or an error page, not an article to summarise. */
const MIN_ARTICLE_WORDS = 80;

/** Why there is no article to show: the popup words it in the reader's language. */
export interface NoArticle {
  /** `no-text`: no block of running text at all; `too-short`: the longest has `words` words. */
  cause: 'no-text' | 'too-short';
  words: number;
  /** The page also carries no sign of being news (metadata, shape). */
  notNews: boolean;
}

export function noArticleReason(analysis: Pick<PageAnalysis, 'article' | 'summary' | 'detection'>): NoArticle | null {
  const words = analysis.summary?.wordCount ?? 0;
  if (analysis.article && words >= MIN_ARTICLE_WORDS) return null;
  return { cause: analysis.article ? 'too-short' : 'no-text', words, notNews: !analysis.detection.isArticle };
}
