import { normalizeSpace } from './text.ts';

const cache = new WeakMap<Document, Map<string, string[]>>();

/** Every `<meta>` content keyed by its lower-cased property, name, itemprop or http-equiv; built once per document. */
function metaIndex(doc: Document): Map<string, string[]> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const index = new Map<string, string[]>();
  for (const element of Array.from(doc.getElementsByTagName('meta'))) {
    const content = normalizeSpace(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(content);
      index.set(key, list);
    }
  }
  cache.set(doc, index);
  return index;
}

/** The first non-empty `<meta>` content among `keys` (property, name, itemprop or http-equiv), in the order given. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const value = index.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

/** Every `<meta>` content under `key`, in page order: some keys repeat, one per author. */
export function metaContents(doc: Document, key: string): string[] {
  return metaIndex(doc).get(key.toLowerCase()) ?? [];
}

/** The first `<meta>` content, in page order, whose key passes `test`: for keys publishers name freely. */
export function metaContentWhere(doc: Document, test: (key: string, content: string) => boolean): string | null {
  for (const [key, contents] of metaIndex(doc)) {
    const content = contents.find((value) => test(key, value));
    if (content) return content;
  }
  return null;
}

export function hasMeta(doc: Document, key: string): boolean {
  return metaIndex(doc).has(key.toLowerCase());
}
