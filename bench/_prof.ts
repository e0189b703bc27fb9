import { parsePage, readPageBytes } from '../src/cli/load-html.ts';
import { findClutter } from '../src/core/clutter/index.ts';
const ids = process.argv.slice(2);
const docs = ids.map((id) => parsePage(readPageBytes(`/work/shared/corpus/wcxb-dev/html/${id}.html.gz`), 'https://example.com/'));
for (let r = 0; r < 3; r++) {
  docs.forEach((doc, i) => {
    const t = performance.now();
    const hits = findClutter(doc, 'https://example.com/');
    console.log(ids[i], (performance.now() - t).toFixed(0), doc.querySelectorAll('*').length, hits.length);
  });
}
