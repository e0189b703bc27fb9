/**
 * A cheap first cut for rule matching: the key (id, class, attribute or tag) of each selector's
 * rightmost compound. The page is walked once anyway (classifier/stats.ts); bucketing elements by
 * these keys on that walk is far cheaper than one document query per rule (a full walk each in
 * jsdom), and only an element in a rule's buckets is then tested with `matches()`.
 */
export interface KeyIndex {
  /** Keys per selector (any of them may match), e.g. `#cmpbox`, `.tp-modal`, `[role=dialog]`, `[aria-modal]`, `FORM`. */
  keysBySelector: Map<string, string[]>;
  keys: Set<string>;
  ids: Set<string>;
  classes: Set<string>;
  attributes: Set<string>;
  tags: Set<string>;
}

/** Null when some selector has no usable key (e.g. `*:has-text(x)`): query the document instead. */
export function buildKeyIndex(selectors: readonly string[]): KeyIndex | null {
  const index: KeyIndex = { keysBySelector: new Map(), keys: new Set(), ids: new Set(), classes: new Set(), attributes: new Set(), tags: new Set() };
  for (const selector of new Set(selectors)) {
    const keys: string[] = [];
    for (const part of splitTopLevel(selector, ',')) {
      const key = compoundKey(lastCompound(part), index);
      if (!key) return null;
      keys.push(key);
      index.keys.add(key);
    }
    index.keysBySelector.set(selector, keys);
  }
  return index;
}

function compoundKey(compound: string, index: KeyIndex): string | null {
  const outsideBrackets = compound.replace(/\[[^\]]*\]/g, '');
  const id = /#([\w-]+)(?![\w\\-])/.exec(outsideBrackets)?.[1];
  if (id) return index.ids.add(id), `#${id}`;
  const className = /\.([\w-]+)(?![\w\\-])/.exec(outsideBrackets)?.[1];
  if (className) return index.classes.add(className), `.${className}`;
  const attribute = /\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*["']?([^"'\]]*)["']?\s*)?\]/.exec(compound);
  if (attribute?.[1]) {
    const name = attribute[1].toLowerCase();
    index.attributes.add(name);
    return attribute[2] === '=' ? `[${name}=${attribute[3]}]` : `[${name}]`;
  }
  const tag = /^[a-zA-Z][\w-]*/.exec(outsideBrackets)?.[0];
  if (tag) return index.tags.add(tag.toUpperCase()), tag.toUpperCase();
  return null;
}

/** Adds `element` to the bucket of each key it carries. */
export function bucketElement(element: Element, index: KeyIndex, buckets: Map<string, Element[]>): void {
  const put = (key: string): void => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(element);
    else buckets.set(key, [element]);
  };
  if (index.tags.has(element.tagName)) put(element.tagName);
  if (index.ids.size) {
    const id = element.getAttribute('id');
    if (id && index.ids.has(id)) put(`#${id}`);
  }
  if (index.classes.size) {
    const classes = element.getAttribute('class');
    if (classes) for (const name of classes.split(/\s+/)) if (index.classes.has(name)) put(`.${name}`);
  }
  for (const name of index.attributes) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    if (index.keys.has(`[${name}]`)) put(`[${name}]`);
    if (index.keys.has(`[${name}=${value}]`)) put(`[${name}=${value}]`);
  }
}

/** The elements in the buckets of `selector`'s keys, in document order, without repeats. */
export function bucketed(selector: string, index: KeyIndex, buckets: Map<string, Element[]>): Element[] {
  const keys = index.keysBySelector.get(selector) ?? [];
  if (keys.length === 1) return buckets.get(keys[0] as string) ?? [];
  const elements = new Set(keys.flatMap((key) => buckets.get(key) ?? []));
  return Array.from(elements).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The compound after the last top-level combinator, without its pseudo-classes. */
function lastCompound(selector: string): string {
  const pieces = splitTopLevel(selector.trim(), ' >+~').filter(Boolean);
  return stripPseudo(pieces[pieces.length - 1] ?? '');
}

function stripPseudo(compound: string): string {
  let out = '';
  let depth = 0;
  let inPseudo = false;
  for (const ch of compound) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ch === ':') inPseudo = true;
    else if (depth === 0 && (ch === '.' || ch === '#' || ch === '[')) inPseudo = false;
    if (!inPseudo && depth === 0 && ch !== ')') out += ch;
  }
  return out;
}

function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
