/**
 * `node scripts/run.mjs bench/declutter-observer.ts [page.html]`
 * What watching for late layers costs: the seed page is decluttered in jsdom, then the "page"
 * inserts 10,000 nodes (three shapes), and the time spent in our observer is printed beside the
 * page's own insertion time. A measurement, not a test: numbers vary by machine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { declutter, observerCost, restore } from '../src/content/declutter-next.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(ROOT, '../shared/fixtures/seed-liveblog/page.html');
const html = readFileSync(file);
const NODES = 10_000;

type Shape = (doc: Document, container: Element, i: number) => Element;
const SHAPES: Array<[string, number, Shape]> = [
  ['10,000 single <p> appended one by one', 1, (doc) => paragraph(doc)],
  ['100 blocks of 100 nodes (a feed loading)', 100, (doc) => paragraph(doc)],
  ['10,000 <li> into one list, 1 per task', 1, (doc) => doc.createElement('li')],
];

function paragraph(doc: Document): Element {
  const p = doc.createElement('p');
  p.textContent = 'A line of late-loaded text, the kind a live blog or a comment feed appends.';
  return p;
}

const frame = (doc: Document): Promise<void> => new Promise((r) => doc.defaultView?.requestAnimationFrame(() => r()));

console.log(`observer cost for ${NODES.toLocaleString('en')} inserted nodes (jsdom, ${file.split('/').slice(-2).join('/')})`);
console.log(`  ${'shape'.padEnd(44)}${'page insert ms'.padStart(16)}${'observer ms'.padStart(14)}${'batches'.padStart(10)}${'µs/node'.padStart(10)}`);
for (const [name, perBlock, make] of SHAPES) {
  for (const observed of [false, true]) {
    const doc = new JSDOM(html, { url: 'https://example.com/live', pretendToBeVisual: true }).window.document;
    if (observed) declutter(doc, doc.URL);
    const container = doc.querySelector('main') ?? doc.body;
    const list = doc.createElement('ul');
    container.append(list);
    let insertMs = 0;
    for (let i = 0; i < NODES; i += perBlock) {
      const t = performance.now();
      if (perBlock === 1) (name.includes('<li>') ? list : container).append(make(doc, container, i));
      else {
        const block = doc.createElement('div');
        for (let k = 0; k < perBlock; k++) block.append(make(doc, block, i + k));
        container.append(block);
      }
      insertMs += performance.now() - t;
      if ((i / perBlock) % 50 === 49) await frame(doc);
    }
    for (let k = 0; k < 80; k++) await frame(doc);
    const cost = observerCost(doc);
    if (!observed) continue;
    console.log(`  ${name.padEnd(44)}${insertMs.toFixed(0).padStart(16)}${(cost?.ms ?? 0).toFixed(0).padStart(14)}${String(cost?.batches ?? 0).padStart(10)}${(((cost?.ms ?? 0) * 1000) / NODES).toFixed(1).padStart(10)}`);
    restore(doc);
  }
}
