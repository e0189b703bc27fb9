/**
 * `npm run bench [corpus dir…] [--limit N] [--jobs N] [--type T] [--ids a,b] [--out DIR] [--detect-only] [--fit-detection]`
 * `npm run bench -- --from DIR` re-scores the per-page files of a finished or interrupted run.
 * Plain Readability beside Clearpage, same run, same jsdom parse of each page:
 * scrapinghub shingle F1 / P / R, WCXB word F1 by page type, article detection, title/author/date
 * agreement, and time per page. Per-page output goes to bench-out/extract/ to trace regressions.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadCorpus, type BenchPage } from './lib/corpus.ts';
import { runPage, type PageResult } from './lib/run-page.ts';
import { pageF1, report, type Scorer } from './lib/report.ts';
import { crossValidate, fitLogistic, formatScores, probability, scoreDetection, weightsSource } from './lib/fit-detection.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Pages one worker runs before a fresh one takes over. */
const PAGES_PER_WORKER = 150;
const DEFAULT_CORPORA = ['../shared/corpus/scrapinghub', '../shared/corpus/wcxb-dev'].map((p) => resolve(ROOT, p));

interface WorkerInput {
  pages: BenchPage[];
  /** Global index of this worker's i-th page: first + i × stride. */
  first: number;
  stride: number;
  detectOnly: boolean;
}

if (isMainThread) await main();
else runWorker(workerData as WorkerInput);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      jobs: { type: 'string' },
      type: { type: 'string' },
      ids: { type: 'string' },
      out: { type: 'string' },
      score: { type: 'string' },
      'detect-only': { type: 'boolean' },
      'fit-detection': { type: 'boolean' },
      from: { type: 'string' },
    },
  });
  const scorePath = resolve(values.score ?? resolve(ROOT, '../shared/tools/score.mjs'));
  const scorer = (await import(pathToFileURL(scorePath).href)) as Scorer;
  if (values.from) {
    // Re-score a finished or interrupted run from its per-page files, without running anything.
    const results = readPerPage(resolve(values.from));
    // Refit from the features the run cached, without parsing a page again.
    if (values['fit-detection']) writeDetectionFit(results, resolve(values.out ?? values.from));
    process.stdout.write(report(results, scorer, { wallSeconds: NaN, jobs: NaN }));
    return;
  }
  const dirs = positionals.length ? positionals.map((p) => resolve(p)) : DEFAULT_CORPORA;
  const limit = values.limit ? Number(values.limit) : Infinity;
  const ids = values.ids ? new Set(values.ids.split(',')) : null;
  const pages = dirs.flatMap((dir) => {
    let all = loadCorpus(dir, basename(dir));
    if (values.type) all = all.filter((p) => p.kind !== 'wcxb' || p.pageType === values.type);
    if (ids) all = all.filter((p) => ids.has(p.id));
    return evenlySpaced(all, limit);
  });
  const outDir = resolve(values.out ?? join(ROOT, 'bench-out', 'extract'));

  const jobs = Math.max(1, Number(values.jobs ?? 2));
  const started = performance.now();
  const detectOnly = values['detect-only'] ?? false;
  const results = await runInWorkers(spreadOrder(pages), jobs, detectOnly, (r) => writePageFile(r, outDir, scorer));
  const wallSeconds = (performance.now() - started) / 1000;

  if (values['fit-detection']) writeDetectionFit(results, outDir);
  writePerPage(results, outDir, scorer);
  const text = report(results, scorer, { wallSeconds, jobs });
  writeFileSync(join(outDir, 'summary.txt'), text);
  process.stdout.write(text);
}

/**
 * Run order in which every prefix spreads across the corpus (pages 0, 16, 32, …, then 1, 17, …),
 * so an interrupted run still scores a fair sample.
 */
function spreadOrder<T>(items: T[], stride = 16): T[] {
  const out: T[] = [];
  for (let start = 0; start < stride; start++) for (let i = start; i < items.length; i += stride) out.push(items[i] as T);
  return out;
}

/** A subset that still mixes page types: every k-th page rather than the first N. */
function evenlySpaced<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)] as T);
}

async function runInWorkers(pages: BenchPage[], jobs: number, detectOnly: boolean, onResult: (r: PageResult) => void): Promise<PageResult[]> {
  const results: PageResult[] = new Array(pages.length);
  let done = 0;
  await Promise.all(
    Array.from({ length: jobs }, (_, j) => {
      // Interleaved, so each worker's prefix is itself a spread sample.
      const slice = pages.filter((_, i) => i % jobs === j);
      return runChunks(slice, j, jobs);
    }),
  );
  return results;

  /** One worker per chunk: jsdom leaks a little per page, and a full corpus in one heap runs out of memory. */
  async function runChunks(slice: BenchPage[], first: number, stride: number): Promise<void> {
    for (let start = 0; start < slice.length; start += PAGES_PER_WORKER) {
      await runChunk(slice.slice(start, start + PAGES_PER_WORKER), first + start * stride, stride);
    }
  }

  function runChunk(chunk: BenchPage[], first: number, stride: number): Promise<void> {
    return new Promise<void>((resolveWorker, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { pages: chunk, first, stride, detectOnly } satisfies WorkerInput,
        resourceLimits: { maxOldGenerationSizeMb: 6144 },
      });
      worker.on('message', (message: { index: number; result: PageResult }) => {
        results[message.index] = message.result;
        onResult(message.result);
        done++;
        if (done % 50 === 0) process.stderr.write(`  ${done}/${pages.length} pages\n`);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolveWorker() : reject(new Error(`worker exited with ${code}`))));
    });
  }
}

function runWorker({ pages, first, stride, detectOnly }: WorkerInput): void {
  pages.forEach((page, i) => {
    let result: PageResult;
    const started = performance.now();
    try {
      result = runPage(page, first + i * stride, detectOnly);
      const seconds = (performance.now() - started) / 1000;
      if (seconds > 5) process.stderr.write(`  slow page ${page.corpus}/${page.id}: ${seconds.toFixed(1)} s\n`);
    } catch (error) {
      const empty = { text: '', title: null, byline: null, publishedTime: null, isArticle: false, detectMs: 0, extractMs: 0 };
      result = {
        page,
        readability: empty,
        clearpage: { ...empty, clutterMs: 0, confidence: 0, signals: [] },
        error: error instanceof Error ? error.stack ?? error.message : String(error),
      };
    }
    parentPort?.postMessage({ index: first + i * stride, result });
  });
}

/**
 * Refit the detection model on this run's WCXB pages (article vs the rest); prints the weights to paste,
 * with in-sample and 5-fold cross-validated scores (the held-out figure is the one to trust).
 */
function writeDetectionFit(results: PageResult[], outDir: string): void {
  const rows = results
    .filter((r) => r.page.kind === 'wcxb' && r.clearpage.features)
    .sort((a, b) => a.page.id.localeCompare(b.page.id))
    .map((r) => ({ features: r.clearpage.features!, label: r.page.pageType === 'article', pageType: r.page.pageType ?? 'unknown', site: siteOf(r.page.url) }));
  if (!rows.length) return;
  const fit = fitLogistic(rows);
  const scores =
    formatScores('in-sample', scoreDetection(rows, rows.map((r) => probability(fit, r.features) >= 0.5))) + formatScores('5-fold cross-validated, folds by site', crossValidate(rows, fitLogistic, probability));
  const source = weightsSource(fit);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'detection-weights.ts.txt'), `${scores}\n${source}`);
  process.stderr.write(`fitted detection weights (${rows.length} pages) → ${join(outDir, 'detection-weights.ts.txt')}\n${scores}\n${source}`);
}

/** A few truth files have no URL: those pages share one pseudo-site. */
function siteOf(url: string | undefined): string {
  return url && URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : 'unknown';
}

/** One page's outputs and scores, written as soon as it is done so a long run can be traced while it runs. */
function writePageFile(r: PageResult, outDir: string, scorer: Scorer): void {
  const dir = join(outDir, r.page.corpus);
  mkdirSync(dir, { recursive: true });
  const f1 = { readability: pageF1(r.page, r.readability.text, scorer), clearpage: pageF1(r.page, r.clearpage.text, scorer) };
  writeFileSync(join(dir, `${r.page.id}.json`), JSON.stringify({ ...r, f1 }, null, 1));
}

function readPerPage(dir: string): PageResult[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(dir, entry.name)).map((file) => JSON.parse(readFileSync(join(dir, entry.name, file), 'utf8')) as PageResult));
}

function writePerPage(results: PageResult[], outDir: string, scorer: Scorer): void {
  const rows = ['corpus\tid\ttype\tf1_readability\tf1_clearpage\tdelta\tdetect_truth\tdetect_ours\tconfidence'];
  for (const r of results) {
    const f1r = pageF1(r.page, r.readability.text, scorer);
    const f1c = pageF1(r.page, r.clearpage.text, scorer);
    rows.push(
      [r.page.corpus, r.page.id, r.page.pageType ?? 'news', f1r.toFixed(3), f1c.toFixed(3), (f1c - f1r).toFixed(3), r.page.pageType ?? 'article', r.clearpage.isArticle ? 'article' : 'other', r.clearpage.confidence.toFixed(2)].join('\t'),
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'pages.tsv'), `${rows.join('\n')}\n`);
}
