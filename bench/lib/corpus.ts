import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type CorpusKind = 'scrapinghub' | 'wcxb';

/** One benchmark page: where its HTML is and what the ground truth says. */
export interface BenchPage {
  corpus: string;
  kind: CorpusKind;
  id: string;
  file: string;
  url: string;
  truthText: string;
  /** WCXB only. */
  pageType?: string;
  title?: string;
  author?: string;
  date?: string;
}

export function corpusKind(dir: string): CorpusKind {
  if (existsSync(join(dir, 'ground-truth.json'))) return 'scrapinghub';
  if (existsSync(join(dir, 'ground-truth'))) return 'wcxb';
  throw new Error(`${dir}: neither ground-truth.json (scrapinghub) nor ground-truth/ (wcxb)`);
}

export function loadCorpus(dir: string, name: string): BenchPage[] {
  const kind = corpusKind(dir);
  if (kind === 'scrapinghub') {
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    return Object.entries(truth)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, { articleBody, url }]) => ({ corpus: name, kind, id, file: join(dir, 'html', `${id}.html.gz`), url, truthText: articleBody }));
  }
  const files = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const id = f.replace(/\.json$/, '');
    const record = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8')) as {
      url: string;
      _internal?: { page_type?: { primary?: string } };
      ground_truth: { main_content?: string; title?: string; author?: string; publish_date?: string };
    };
    const gt = record.ground_truth;
    return {
      corpus: name,
      kind,
      id,
      file: join(dir, 'html', `${id}.html.gz`),
      url: record.url,
      truthText: gt.main_content ?? '',
      pageType: record._internal?.page_type?.primary ?? 'unknown',
      ...(gt.title ? { title: gt.title } : {}),
      ...(gt.author ? { author: gt.author } : {}),
      ...(gt.publish_date ? { date: gt.publish_date } : {}),
    };
  });
}
