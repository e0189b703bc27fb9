import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from '../../src/core/detect.ts';
import { detectionFeatures, type DetectionFeatures } from '../../src/core/detect/features.ts';
import { findClutter } from '../../src/core/clutter/index.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { htmlToText } from '../../src/core/extract/block-text.ts';
import type { BenchPage } from './corpus.ts';
import { parsePage, readPageBytes } from '../../src/cli/load-html.ts';

/** What one system said about one page. */
export interface SystemOutput {
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  isArticle: boolean;
  detectMs: number;
  extractMs: number;
}

export interface PageResult {
  page: BenchPage;
  readability: SystemOutput;
  clearpage: SystemOutput & { clutterMs: number; confidence: number; signals: string[]; siteName?: string | null; features?: DetectionFeatures };
  error?: string;
}

/**
 * Parse once with jsdom; both systems read the same document. Readability mutates what it is given,
 * so its run is timed including the clone it needs; ours clones inside `extractArticle`.
 * Which system goes first alternates per page so neither always gets the warm caches.
 */
export function runPage(page: BenchPage, index: number, detectOnly = false): PageResult {
  const doc = parsePage(readPageBytes(page.file), page.url);
  const url = doc.URL; // the page's address, or a stand-in when the corpus has none
  const runs = [() => runReadability(doc, detectOnly), () => runClearpage(doc, url, detectOnly)] as const;
  try {
    if (index % 2) {
      const clearpage = runs[1]();
      const readability = runs[0]();
      return { page, readability, clearpage };
    }
    const readability = runs[0]();
    const clearpage = runs[1]();
    return { page, readability, clearpage };
  } finally {
    // jsdom keeps a window alive until it is closed: a long run would run out of memory.
    doc.defaultView?.close();
  }
}

function runReadability(doc: Document, detectOnly: boolean): SystemOutput {
  let t = performance.now();
  const isArticle = isProbablyReaderable(doc);
  const detectMs = performance.now() - t;
  t = performance.now();
  const parsed = detectOnly ? null : new Readability(doc.cloneNode(true) as Document).parse();
  const extractMs = performance.now() - t;
  return {
    text: parsed?.content ? htmlToText(parsed.content, doc) : '',
    title: parsed?.title || null,
    byline: parsed?.byline || null,
    publishedTime: parsed?.publishedTime || null,
    isArticle,
    detectMs,
    extractMs,
  };
}

function runClearpage(doc: Document, url: string, detectOnly: boolean): PageResult['clearpage'] {
  let t = performance.now();
  const detection = detectArticle(doc, url);
  const detectMs = performance.now() - t;
  t = performance.now();
  const clutter = detectOnly ? [] : findClutter(doc, url);
  const clutterMs = performance.now() - t;
  t = performance.now();
  const article = detectOnly ? null : extractArticle(doc, url, { clutter, isArticle: detection.isArticle });
  const extractMs = performance.now() - t;
  return {
    text: article?.text ?? '',
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    publishedTime: article?.publishedTime ?? null,
    siteName: article?.siteName ?? null,
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    signals: detection.signals,
    detectMs,
    extractMs,
    clutterMs,
    // Outside the timers: the raw features, for refitting the detection model.
    features: detectionFeatures(doc, url),
  };
}
