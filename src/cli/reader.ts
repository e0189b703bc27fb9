/**
 * `npm run -s reader -- [--json] [--url URL | --url-map MAP.json] FILE...`
 * The extension's core on saved pages: one process for any number of files.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzePage, toRemovedBlocks, type PageAnalysis } from '../core/index.ts';
import { fileUrl, parsePage, readPageBytes } from './load-html.ts';
import { formatHuman } from './format-human.ts';

const USAGE = 'usage: reader [--json] [--url URL | --url-map MAP.json] FILE... (FILE may be .html, .html.gz or - for stdin)';

function main(): number {
  const { values, positionals: files } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, url: { type: 'string' }, 'url-map': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || files.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.url && files.length > 1) {
    console.error('--url names the page of a single file; use --url-map for several.');
    return 2;
  }
  const urlMap: Record<string, string> = values['url-map'] ? JSON.parse(readFileSync(values['url-map'], 'utf8')) : {};

  let failed = 0;
  for (const file of files) {
    const url = values.url ?? urlMap[file] ?? fileUrl(file);
    const result = runOne(file, url);
    if (result.error) failed++;
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (result.error) console.error(`${file}: ${result.error}`);
    else process.stdout.write(`${formatHuman(result)}\n`);
  }
  return failed ? 1 : 0;
}

export type ReaderResult = ReturnType<typeof toResult>;

function runOne(file: string, url: string) {
  try {
    const doc = parsePage(readPageBytes(file), url);
    return toResult(file, url, analyzePage(doc, url), null);
  } catch (error) {
    return toResult(file, url, null, error instanceof Error ? error.message : String(error));
  }
}

/** The `--json` record: exactly these fields, in this order. */
function toResult(file: string, url: string, analysis: PageAnalysis | null, error: string | null) {
  const article = analysis?.article ?? null;
  return {
    file,
    url,
    isArticle: analysis?.detection.isArticle ?? false,
    confidence: analysis?.detection.confidence ?? 0,
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    excerpt: article?.excerpt ?? null,
    text: article?.text ?? '',
    html: article?.html ?? '',
    summary: analysis?.summary ?? null,
    removed: analysis ? toRemovedBlocks(analysis.clutter).map(({ category, text, reason }) => ({ category, text, reason })) : [],
    timings: analysis?.timings ?? null,
    error,
  };
}

process.exitCode = main();
