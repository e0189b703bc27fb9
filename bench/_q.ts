import { parsePage, readPageBytes } from '../src/cli/load-html.ts';
import { builtinRules } from '../src/core/clutter/index.ts';
const doc = parsePage(readPageBytes(`/work/shared/corpus/wcxb-dev/html/3028.html.gz`), 'https://example.com/');
const sels = Array.from(new Set(builtinRules().map((r) => r.selector.css)));
for (let k = 0; k < 2; k++) {
let t = performance.now();
const n = doc.querySelectorAll(sels.join(',')).length;
console.log('combined', n, (performance.now() - t).toFixed(0));
const plain = sels.filter((s) => !s.includes(':has'));
t = performance.now(); console.log('combined-nohas', doc.querySelectorAll(plain.join(',')).length, (performance.now() - t).toFixed(0));
for (const s of sels) { t = performance.now(); doc.querySelectorAll(s); const d = performance.now() - t; if (d > 3) console.log(s, d.toFixed(0)); }
t = performance.now(); let c = 0; for (const e of Array.from(doc.querySelectorAll('*'))) c += e.id.length; console.log('walk *', (performance.now() - t).toFixed(0));
}
