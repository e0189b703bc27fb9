#!/usr/bin/env node
// Runs a TypeScript entry (the CLI, a bench) in Node: bundles it with esbuild, the same way the
// extension's build treats rule lists (`.txt` as strings), and leaves npm packages external.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
// One bundle per process, so parallel runs (tests, benches) never read each other's half-written file.
const outfile = resolve(root, '.cache', `${basename(entry, '.ts')}.${process.pid}.mjs`);
process.on('exit', () => rmSync(outfile, { force: true }));
mkdirSync(resolve(root, '.cache'), { recursive: true });
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  loader: { '.txt': 'text' },
  logLevel: 'warning',
  sourcemap: 'inline',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
