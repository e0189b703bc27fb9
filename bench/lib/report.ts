import type { BenchPage } from './corpus.ts';
import type { PageResult, SystemOutput } from './run-page.ts';
import { AGREEMENT_RULES, authorAgrees, authorWithinOurs, dateAgrees, isSiteAuthor, titleAgrees, titleSameText } from './agreement.ts';
import { binaryMetrics, mean, quantile, type BinaryCounts } from './stats.ts';

/** The shared scorer (/work/shared/tools/score.mjs), loaded at run time. */
export interface Scorer {
  shingleMatch(truth: string, pred: string): [number, number, number];
  aggregate(rows: [number, number, number][]): { f1: number; precision: number; recall: number };
  wordF1(pred: string, ref: string): [number, number, number];
}

type SystemName = 'readability' | 'clearpage';
const SYSTEMS: SystemName[] = ['readability', 'clearpage'];
const NAMES: Record<SystemName, string> = { readability: 'Readability 0.6.0', clearpage: 'Clearpage' };

export function pageF1(page: BenchPage, text: string, scorer: Scorer): number {
  if (page.kind === 'wcxb') return scorer.wordF1(text, page.truthText)[2];
  const [tp, fp, fn] = scorer.shingleMatch(page.truthText, text);
  return tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

export function report(results: PageResult[], scorer: Scorer, run: { wallSeconds: number; jobs: number }): string {
  const lines: string[] = [];
  const out = (line = ''): void => void lines.push(line);
  const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : '  -  ');
  const row = (label: string, cells: string[]): void => out(`  ${label.padEnd(50)}${cells.map((c) => c.padStart(18)).join('')}`);
  const header = (): void => row('', SYSTEMS.map((s) => NAMES[s]));
  const errors = results.filter((r) => r.error);

  const news = results.filter((r) => r.page.kind === 'scrapinghub');
  if (news.length) {
    out(`scrapinghub (${news.length} pages, shingle metric of the benchmark)`);
    header();
    // A --detect-only run extracts nothing: there is no text to score.
    if (news.some((r) => r.clearpage.text || r.readability.text)) {
      const agg = SYSTEMS.map((s) => scorer.aggregate(news.map((r) => scorer.shingleMatch(r.page.truthText, r[s].text))));
      row('F1', agg.map((a) => fmt(a.f1)));
      row('precision', agg.map((a) => fmt(a.precision)));
      row('recall', agg.map((a) => fmt(a.recall)));
    }
    row('detected as article (recall)', SYSTEMS.map((s) => fmt(mean(news.map((r) => (r[s].isArticle ? 1 : 0))))));
    out();
  }

  const web = results.filter((r) => r.page.kind === 'wcxb');
  if (web.length) {
    out(`wcxb (${web.length} pages, word F1 = macro mean of per-page bag-of-words F1)`);
    header();
    const wordF1 = (subset: PageResult[], s: SystemName): number => mean(subset.map((r) => scorer.wordF1(r[s].text, r.page.truthText)[2]));
    const wordPR = (subset: PageResult[], s: SystemName, k: 0 | 1): number => mean(subset.map((r) => scorer.wordF1(r[s].text, r.page.truthText)[k]));
    row('word F1, all pages', SYSTEMS.map((s) => fmt(wordF1(web, s))));
    const types = [...new Set(web.map((r) => r.page.pageType ?? 'unknown'))].sort((a, b) => (a === 'article' ? -1 : b === 'article' ? 1 : a.localeCompare(b)));
    for (const type of types) {
      const subset = web.filter((r) => r.page.pageType === type);
      row(`word F1, ${type} (${subset.length})`, SYSTEMS.map((s) => fmt(wordF1(subset, s))));
      if (type === 'article') {
        row('  precision / recall', SYSTEMS.map((s) => `${fmt(wordPR(subset, s, 0))}/${fmt(wordPR(subset, s, 1))}`));
      }
    }
    out();
    out('detection: article vs the six other types (Readability = isProbablyReaderable)');
    header();
    const detection = SYSTEMS.map((s) => binaryMetrics(countDetection(web, s)));
    row('precision', detection.map((d) => fmt(d.precision)));
    row('recall', detection.map((d) => fmt(d.recall)));
    row('accuracy', detection.map((d) => fmt(d.accuracy)));
    for (const type of types.filter((t) => t !== 'article')) {
      const subset = web.filter((r) => r.page.pageType === type);
      row(`  flagged as article: ${type}`, SYSTEMS.map((s) => fmt(mean(subset.map((r) => (r[s].isArticle ? 1 : 0))))));
    }
    out();
    const articles = web.filter((r) => r.page.pageType === 'article');
    out('metadata agreement on article pages (pages whose truth has the field)');
    header();
    const agree = (field: 'title' | 'author' | 'date', test: (o: SystemOutput, truth: string) => boolean): void => {
      const subset = articles.filter((r) => r.page[field]);
      row(`${field} (${subset.length})`, SYSTEMS.map((s) => fmt(mean(subset.map((r) => (test(r[s], r.page[field] as string) ? 1 : 0))))));
    };
    agree('title', (o, t) => titleAgrees(o.title, t));
    agree('author', (o, t) => authorAgrees(o.byline, t));
    const personal = articles.filter((r) => r.page.author && !isSiteAuthor(r.page.author, r.clearpage.siteName, r.page.url));
    row(`author, truth not the site (${personal.length})`, SYSTEMS.map((s) => fmt(mean(personal.map((r) => (authorAgrees(r[s].byline, r.page.author as string) ? 1 : 0))))));
    agree('date', (o, t) => dateAgrees(o.publishedTime, t));
    // Stricter readings, for comparing with figures measured that way elsewhere.
    row(`  title, same text`, SYSTEMS.map((s) => fmt(mean(articles.filter((r) => r.page.title).map((r) => (titleSameText(r[s].title, r.page.title as string) ? 1 : 0))))));
    row(`  author, truth within ours`, SYSTEMS.map((s) => fmt(mean(articles.filter((r) => r.page.author).map((r) => (authorWithinOurs(r[s].byline, r.page.author as string) ? 1 : 0))))));
    for (const rule of AGREEMENT_RULES) out(`  · ${rule}`);
    out();
  }

  // Re-scored output (--from) has per-page times but no run of its own to describe.
  const how = Number.isFinite(run.jobs) ? `; ${run.jobs} worker(s), ${run.wallSeconds.toFixed(0)} s wall` : '; re-scored from saved pages';
  out(`time per page, ms (same jsdom document${how})`);
  header();
  const times = (pick: (r: PageResult) => number): number[] => results.filter((r) => !r.error).map(pick);
  const timeRows: [string, (r: PageResult, s: SystemName) => number][] = [
    ['detection', (r, s) => r[s].detectMs],
    ['extraction (clutter given)', (r, s) => r[s].extractMs],
    ['extraction + findClutter', (r, s) => r[s].extractMs + (s === 'clearpage' ? r.clearpage.clutterMs : 0)],
  ];
  for (const [label, pick] of timeRows) {
    const median = SYSTEMS.map((s) => quantile(times((r) => pick(r, s)), 0.5));
    const p95 = SYSTEMS.map((s) => quantile(times((r) => pick(r, s)), 0.95));
    row(`${label}: median`, median.map((x) => x.toFixed(1)));
    row(`${label}: p95`, p95.map((x) => x.toFixed(1)));
    row(`${label}: ratio to Readability`, [`median ${(median[1]! / median[0]!).toFixed(2)}×`, `p95 ${(p95[1]! / p95[0]!).toFixed(2)}×`]);
  }
  if (errors.length) {
    out();
    out(`${errors.length} page(s) failed:`);
    for (const r of errors.slice(0, 10)) out(`  ${r.page.corpus}/${r.page.id}: ${r.error?.split('\n')[0]}`);
  }
  out();
  return `${lines.join('\n')}\n`;
}

function countDetection(results: PageResult[], system: SystemName): BinaryCounts {
  const counts: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of results) {
    const truth = r.page.pageType === 'article';
    const ours = r[system].isArticle;
    if (truth && ours) counts.tp++;
    else if (!truth && ours) counts.fp++;
    else if (truth && !ours) counts.fn++;
    else counts.tn++;
  }
  return counts;
}
