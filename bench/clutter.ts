/**
 * `npm run bench:clutter [wcxb dir] [--seed DIR] [--limit N] [--jobs N] [--ids a,b] [--out DIR]`
 * Plain Readability beside Clearpage (Readability on a clone with the clutter taken out), from the
 * same run and the same jsdom parse of each page:
 *   seed live blog: body paragraphs kept (of 39), clutter strings left (of 13);
 *   wcxb-dev: `without` snippets that are login/subscribe/newsletter/cookie/donate text still in the
 *   output, per category; share of `with` snippets kept; word F1 on article pages; time per page.
 * Per-page detail goes to bench-out/clutter/pages.jsonl.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parsePage, readPageBytes } from '../src/cli/load-html.ts';
import { extractArticle } from '../src/core/extract.ts';
import { findClutter } from '../src/core/clutter/index.ts';
import { textOf } from '../src/core/text.ts';
import { mean, quantile } from './lib/stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Pages per worker before it is replaced: jsdom's heap grows page after page, a fresh worker starts clean. */
const PAGES_PER_WORKER = 60;
const SNIPPET_CATEGORIES: ReadonlyArray<[string, RegExp]> = [
  ['cookie', /cookie|consent/i],
  ['newsletter', /newsletter|inbox|e-?mail/i],
  ['donate', /donat|contribut|support (us|our)/i],
  ['subscribe', /subscri/i],
  ['login', /\blog ?in\b|\bsign ?in\b|logged|\bregister|create (an|a free) account|my account/i],
];

interface WcxbPage {
  id: string;
  file: string;
  url: string;
  pageType: string;
  mainContent: string;
  with: string[];
  without: string[];
}

interface PageOutcome {
  id: string;
  pageType: string;
  error?: string;
  /** [readability, clearpage] */
  clutterLeft: Record<string, [number, number]>;
  clutterTotal: Record<string, number>;
  withKept: [number, number];
  withTotal: number;
  f1: [number, number];
  readabilityMs: number;
  clutterMs: number;
  hits: string[];
  leftSnippets: string[];
}

if (isMainThread) await main();
else runWorker(workerData as { pages: WcxbPage[] });

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, limit: { type: 'string' }, jobs: { type: 'string' }, ids: { type: 'string' }, out: { type: 'string' } },
  });
  const corpus = resolve(positionals[0] ?? join(ROOT, '../shared/corpus/wcxb-dev'));
  const seedDir = resolve(values.seed ?? join(ROOT, '../shared/fixtures/seed-liveblog'));
  const scorer = (await import(pathToFileURL(join(ROOT, '../shared/tools/score.mjs')).href)) as {
    wordF1(pred: string, ref: string): [number, number, number];
  };
  const lines: string[] = [];
  const out = (line = ''): void => void lines.push(line);
  const row = (label: string, a: string, b: string): void => out(`  ${label.padEnd(46)}${a.padStart(14)}${b.padStart(14)}`);

  const seed = seedResult(seedDir);
  out('Seed live blog (fixtures/seed-liveblog)');
  row('', 'Readability', 'Clearpage');
  row(`body paragraphs kept (of ${seed.paragraphs})`, String(seed.kept[0]), String(seed.kept[1]));
  row(`clutter strings left (of ${seed.clutter})`, String(seed.left[0]), String(seed.left[1]));
  out();

  let pages = loadWcxb(corpus);
  if (values.ids) {
    const ids = new Set(values.ids.split(','));
    pages = pages.filter((p) => ids.has(p.id));
  }
  pages = evenlySpaced(pages, values.limit ? Number(values.limit) : Infinity);
  const started = performance.now();
  const results = await runInWorkers(pages, Math.max(1, Number(values.jobs ?? 2)), scorer);
  const wall = (performance.now() - started) / 1000;
  const ok = results.filter((r) => !r.error);
  out(`wcxb-dev (${ok.length} pages${results.length > ok.length ? `, ${results.length - ok.length} failed` : ''}, ${wall.toFixed(0)} s)`);
  row('', 'Readability', 'Clearpage');
  out('  clutter snippets still in the output (of those of the category):');
  let sums: [number, number, number] = [0, 0, 0];
  for (const [category] of SNIPPET_CATEGORIES) {
    const left = ok.reduce<[number, number]>((acc, r) => [acc[0] + (r.clutterLeft[category]?.[0] ?? 0), acc[1] + (r.clutterLeft[category]?.[1] ?? 0)], [0, 0]);
    const total = ok.reduce((acc, r) => acc + (r.clutterTotal[category] ?? 0), 0);
    sums = [sums[0] + left[0], sums[1] + left[1], sums[2] + total];
    row(`    ${category} (of ${total})`, String(left[0]), String(left[1]));
  }
  row(`    all (of ${sums[2]})`, String(sums[0]), String(sums[1]));
  const withTotal = ok.reduce((acc, r) => acc + r.withTotal, 0);
  const withKept = [0, 1].map((i) => ok.reduce((acc, r) => acc + (r.withKept[i] ?? 0), 0) / Math.max(1, withTotal));
  row(`'with' snippets kept (of ${withTotal})`, pct(withKept[0]), pct(withKept[1]));
  const articles = ok.filter((r) => r.pageType === 'article');
  const f1 = [0, 1].map((i) => mean(articles.map((r) => r.f1[i] ?? 0)));
  row(`word F1, article pages (${articles.length})`, (f1[0] ?? 0).toFixed(4), (f1[1] ?? 0).toFixed(4));
  const allF1 = [0, 1].map((i) => mean(ok.map((r) => r.f1[i] ?? 0)));
  row(`word F1, all pages (${ok.length})`, (allF1[0] ?? 0).toFixed(4), (allF1[1] ?? 0).toFixed(4));
  const changed = ok.filter((r) => Math.abs((r.f1[1] ?? 0) - (r.f1[0] ?? 0)) > 1e-9);
  row('pages whose F1 changed: better / worse', '', `${changed.filter((r) => (r.f1[1] ?? 0) > (r.f1[0] ?? 0)).length} / ${changed.filter((r) => (r.f1[1] ?? 0) < (r.f1[0] ?? 0)).length}`);
  const ms = (values: number[]): string => `${quantile(values, 0.5).toFixed(1)} / ${quantile(values, 0.95).toFixed(1)}`;
  row('time per page, ms (median / p95)', ms(ok.map((r) => r.readabilityMs)), ms(ok.map((r) => r.clutterMs)));
  out('  (Readability = its parse on a clone; Clearpage = the clutter step alone, findClutter)');
  const text = `${lines.join('\n')}\n`;
  const outDir = resolve(values.out ?? join(ROOT, 'bench-out', 'clutter'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'pages.jsonl'), results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(outDir, 'summary.txt'), text);
  process.stdout.write(text);
}

function seedResult(dir: string): { paragraphs: number; clutter: number; kept: [number, number]; left: [number, number] } {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string; mustContain: string[]; mustNotContain: Record<string, string[]> };
  const doc = parsePage(readPageBytes(join(dir, 'page.html')), expected.url);
  const texts = [extractArticle(doc, expected.url, { clutter: [] })?.text ?? '', extractArticle(doc, expected.url)?.text ?? ''];
  const clutter = Object.values(expected.mustNotContain).flat();
  const count = (text: string, list: string[]): number => list.filter((s) => text.includes(s)).length;
  return {
    paragraphs: expected.mustContain.length,
    clutter: clutter.length,
    kept: [count(texts[0] ?? '', expected.mustContain), count(texts[1] ?? '', expected.mustContain)],
    left: [count(texts[0] ?? '', clutter), count(texts[1] ?? '', clutter)],
  };
}

function loadWcxb(dir: string): WcxbPage[] {
  return readdirSync(join(dir, 'ground-truth'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()
    .map((id) => {
      const record = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as {
        url: string;
        _internal?: { page_type?: { primary?: string } };
        ground_truth: { main_content?: string; with?: string[]; without?: string[] };
      };
      return {
        id,
        file: join(dir, 'html', `${id}.html.gz`),
        url: record.url,
        pageType: record._internal?.page_type?.primary ?? 'unknown',
        mainContent: record.ground_truth.main_content ?? '',
        with: record.ground_truth.with ?? [],
        without: record.ground_truth.without ?? [],
      };
    });
}

function evenlySpaced<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)] as T);
}

async function runInWorkers(pages: WcxbPage[], jobs: number, scorer: { wordF1(p: string, r: string): [number, number, number] }): Promise<PageOutcome[]> {
  const results: PageOutcome[] = [];
  const chunks: WcxbPage[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_WORKER) chunks.push(pages.slice(i, i + PAGES_PER_WORKER));
  const runChunk = (chunk: WcxbPage[]): Promise<void> =>
    new Promise<void>((resolveWorker, reject) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { pages: chunk } });
      worker.on('message', (message: { outcome: PageOutcome; texts: [string, string]; truth: string }) => {
        const f1 = message.texts.map((t) => scorer.wordF1(t, message.truth)[2]) as [number, number];
        results.push({ ...message.outcome, f1 });
        if (results.length % 100 === 0) process.stderr.write(`  ${results.length}/${pages.length} pages\n`);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolveWorker() : reject(new Error(`worker exited with ${code}`))));
    });
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await runChunk(chunk);
    }),
  );
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

function runWorker({ pages }: { pages: WcxbPage[] }): void {
  for (const page of pages) {
    let outcome: PageOutcome;
    let texts: [string, string] = ['', ''];
    try {
      ({ outcome, texts } = runPage(page));
    } catch (error) {
      outcome = { ...emptyOutcome(page), error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    parentPort?.postMessage({ outcome, texts, truth: page.mainContent });
  }
}

function emptyOutcome(page: WcxbPage): PageOutcome {
  return { id: page.id, pageType: page.pageType, clutterLeft: {}, clutterTotal: {}, withKept: [0, 0], withTotal: 0, f1: [0, 0], readabilityMs: 0, clutterMs: 0, hits: [], leftSnippets: [] };
}

function runPage(page: WcxbPage): { outcome: PageOutcome; texts: [string, string] } {
  const doc = parsePage(readPageBytes(page.file), page.url);
  const url = doc.URL; // the page's address, or a stand-in when the corpus has none
  let t = performance.now();
  const plain = extractArticle(doc, url, { clutter: [] })?.text ?? '';
  const readabilityMs = performance.now() - t;
  t = performance.now();
  const hits = findClutter(doc, url);
  const clutterMs = performance.now() - t;
  const ours = hits.length ? extractArticle(doc, url, { clutter: hits })?.text ?? '' : plain;
  const outputs = [tokenString(plain), tokenString(ours)];
  const outcome = emptyOutcome(page);
  Object.assign(outcome, { readabilityMs, clutterMs });
  outcome.hits = hits.map((h) => `${h.category} | ${h.reason} | ${textOf(h.element).slice(0, 100)}`);
  for (const snippet of page.without) {
    const category = SNIPPET_CATEGORIES.find(([, pattern]) => pattern.test(snippet))?.[0];
    const tokens = tokenString(snippet);
    if (!category || tokens === ' ') continue;
    outcome.clutterTotal[category] = (outcome.clutterTotal[category] ?? 0) + 1;
    const left = outputs.map((o) => (o.includes(tokens) ? 1 : 0));
    const cell = outcome.clutterLeft[category] ?? [0, 0];
    outcome.clutterLeft[category] = [cell[0] + (left[0] ?? 0), cell[1] + (left[1] ?? 0)];
    if (left[1]) outcome.leftSnippets.push(`${category}: ${snippet.slice(0, 100)}`);
  }
  for (const snippet of page.with) {
    const tokens = tokenString(snippet);
    if (tokens === ' ') continue;
    outcome.withTotal++;
    outcome.withKept = [outcome.withKept[0] + (outputs[0]?.includes(tokens) ? 1 : 0), outcome.withKept[1] + (outputs[1]?.includes(tokens) ? 1 : 0)];
  }
  doc.defaultView?.close(); // frees the window now rather than at the next full GC
  return { outcome, texts: [plain, ours] };
}

/** Lower-cased word tokens joined by spaces, padded, so `includes` matches whole-word sequences. */
function tokenString(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ')} `;
}

function pct(x: number | undefined): string {
  return `${((x ?? 0) * 100).toFixed(1)}%`;
}
