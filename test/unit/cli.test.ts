import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const seed = resolve(root, '../shared/fixtures/seed-liveblog/page.html');
const expected = JSON.parse(readFileSync(resolve(root, '../shared/fixtures/seed-liveblog/expected.json'), 'utf8'));
const FIELDS = ['file', 'url', 'isArticle', 'confidence', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'text', 'html', 'summary', 'removed', 'timings', 'error'];

function reader(args: string[], input?: string) {
  return spawnSync('node', ['scripts/run.mjs', 'src/cli/reader.ts', ...args], { cwd: root, encoding: 'utf8', input });
}

describe('the reader CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearpage-cli-'));
    writeFileSync(join(dir, 'seed.html.gz'), gzipSync(readFileSync(seed)));
    writeFileSync(join(dir, 'map.json'), JSON.stringify({ [join(dir, 'seed.html.gz')]: expected.url }));
  });

  test('--json gives one record per input with exactly the documented fields; a bad file fails alone', () => {
    const run = reader(['--json', '--url-map', join(dir, 'map.json'), join(dir, 'seed.html.gz'), join(dir, 'missing.html')]);
    expect(run.status).toBe(1);
    const [good, bad] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(Object.keys(good)).toEqual(FIELDS);
    expect(good.url).toBe(expected.url);
    expect(good.error).toBeNull();
    expect(good.title).toBe(expected.title);
    for (const paragraph of expected.mustContain) expect(good.text.split('\n\n')).toContain(paragraph);
    expect(new Set(good.removed.map((block: { category: string }) => block.category))).toEqual(new Set(Object.keys(expected.mustNotContain)));
    for (const block of good.removed) expect(block.text.length).toBeLessThanOrEqual(200);
    expect(Object.keys(good.summary)).toEqual(['keyPoints', 'readingMinutes', 'wordCount']);
    expect(Object.keys(good.timings)).toEqual(['detectMs', 'clutterMs', 'extractMs', 'summarizeMs']);
    expect(Object.keys(bad)).toEqual(FIELDS);
    expect(bad.error).toMatch(/no such file|ENOENT/);
  });

  test('reads standard input and prints for people by default', () => {
    const run = reader(['--url', expected.url, '-'], readFileSync(seed, 'utf8'));
    expect(run.status).toBe(0);
    const [title, meta] = run.stdout.split('\n');
    expect(title).toBe(expected.title);
    expect(meta).toContain('The Independent');
    expect(run.stdout).toContain('Key points:');
    expect(run.stdout).toMatch(/Removed: .*login prompt/);
  });

  test('says how to use it when given nothing', () => {
    const run = reader([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: reader/);
  });

  test('one process handles many files', () => {
    const files = Array.from({ length: 5 }, () => seed);
    const out = execFileSync('node', ['scripts/run.mjs', 'src/cli/reader.ts', '--json', ...files], { cwd: root, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(5);
  });
});
