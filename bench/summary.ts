/**
 * `npm run bench:summary [stories.jsonl]` — key points against CNN/DailyMail highlights, and the labelled
 * check set's bad key points. Every story goes through the whole pipeline as a one-paragraph page; Lead-3
 * (the first three Intl.Segmenter sentences) is scored in the same run as the baseline.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { analyzePage } from '../src/core/analyze.ts';
import { scoreRouge, type RougeScores } from './rouge.ts';
import { loadChecks, runCheck } from '../test/fixtures/summary-checks/judge.ts';

interface Story {
  id: string;
  article: string;
  highlights: string[];
}

/** Both `bench/` and the runner's `.cache/` sit one level below the repo root. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_STORIES = resolve(ROOT, '../shared/corpus/cnndm-sample/dev.jsonl');
const CHECKS = resolve(ROOT, 'test/fixtures/summary-checks/cases.json');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function storyPage(article: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title></title></head><body><article><p>${escapeHtml(article)}</p></article></body></html>`;
}

function lead3(article: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return Array.from(segmenter.segment(article), ({ segment }) => segment.trim())
    .filter(Boolean)
    .slice(0, 3);
}

function mean(rows: readonly RougeScores[]): RougeScores {
  const sum = (key: keyof RougeScores): number => (100 * rows.reduce((total, row) => total + row[key], 0)) / Math.max(1, rows.length);
  return { rouge1: sum('rouge1'), rouge2: sum('rouge2'), rougeLsum: sum('rougeLsum') };
}

function main(): void {
  const file = process.argv[2] ?? DEFAULT_STORIES;
  const stories = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Story);

  const leadScores: RougeScores[] = [];
  const ourScores: RougeScores[] = [];
  let summarizeMs = 0;
  let emptySummaries = 0;
  for (const story of stories) {
    const url = `https://example.test/${story.id}`;
    const doc = new JSDOM(storyPage(story.article), { url }).window.document;
    const analysis = analyzePage(doc, url);
    const keyPoints = analysis.summary?.keyPoints ?? [];
    if (keyPoints.length === 0) emptySummaries++;
    summarizeMs += analysis.timings.summarizeMs;
    const reference = story.highlights.join('\n');
    leadScores.push(scoreRouge(reference, lead3(story.article).join('\n')));
    ourScores.push(scoreRouge(reference, keyPoints.join('\n')));
  }

  const format = (name: string, s: RougeScores): string =>
    `${name.padEnd(12)} ${s.rouge1.toFixed(2).padStart(8)} ${s.rouge2.toFixed(2).padStart(8)} ${s.rougeLsum.toFixed(2).padStart(10)}`;
  const lead = mean(leadScores);
  const ours = mean(ourScores);
  console.log(`${stories.length} stories from ${file}`);
  console.log(`${'summary'.padEnd(12)} ${'ROUGE-1'.padStart(8)} ${'ROUGE-2'.padStart(8)} ${'ROUGE-Lsum'.padStart(10)}`);
  console.log(format('Lead-3', lead));
  console.log(format('Clearpage', ours));
  console.log(
    format('difference', { rouge1: ours.rouge1 - lead.rouge1, rouge2: ours.rouge2 - lead.rouge2, rougeLsum: ours.rougeLsum - lead.rougeLsum }),
  );
  console.log(`empty summaries: ${emptySummaries}; summarize time: ${(summarizeMs / Math.max(1, stories.length)).toFixed(2)} ms/story`);

  const results = loadChecks(CHECKS).map(runCheck);
  const badPoints = results.reduce((total, r) => total + r.bad.length, 0);
  const allPoints = results.reduce((total, r) => total + r.keyPoints.length, 0);
  console.log(`\ncheck set: ${results.length} pages, ${allPoints} key points, ${badPoints} bad`);
  for (const result of results) for (const point of result.bad) console.log(`  bad [${result.id}] ${point}`);
}

main();
