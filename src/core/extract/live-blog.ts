import { normalizeSpace } from '../text.ts';
import { stringValue } from '../metadata-json-ld.ts';

/**
 * A live blog is read whole: Readability sometimes keeps only the entry block it scored highest.
 * The page's JSON-LD `liveBlogUpdate` lists every entry; entries missing from our text are appended
 * (headline and body) in the page's order, so nothing the publisher declared is lost.
 */
export function completeLiveBlog(root: Element, liveBlog: Record<string, unknown>): number {
  const updates = Array.isArray(liveBlog['liveBlogUpdate']) ? (liveBlog['liveBlogUpdate'] as unknown[]) : [];
  const have = fold(root.textContent ?? '');
  let added = 0;
  for (const update of updates) {
    if (!update || typeof update !== 'object') continue;
    const record = update as Record<string, unknown>;
    const body = stringValue(record['articleBody']);
    if (!body || have.includes(fold(body).slice(0, 120))) continue;
    const headline = stringValue(record['headline']);
    const doc = root.ownerDocument;
    if (headline) {
      const heading = doc.createElement('h3');
      heading.textContent = headline;
      root.append(heading);
    }
    for (const paragraph of body.split(/\n+/)) {
      if (!normalizeSpace(paragraph)) continue;
      const p = doc.createElement('p');
      p.textContent = normalizeSpace(paragraph);
      root.append(p);
    }
    added++;
  }
  return added;
}

function fold(text: string): string {
  return normalizeSpace(text).toLowerCase();
}
