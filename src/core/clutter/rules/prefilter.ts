/**
 * A cheap first cut for rule matching: the key (id, class, attribute name or tag) of each
 * selector's rightmost compound. Checking a handful of keys while the page is walked anyway is
 * far cheaper than one document query per rule (dozens of full walks in jsdom); only the few
 * elements with a key are then tested with `matches()`.
 */
export interface KeyIndex {
  ids: Set<string>;
  classes: Set<string>;
  attributes: Set<string>;
  tags: Set<string>;
}

/** Null when some selector has no usable key (e.g. `*:has-text(x)`): query the document instead. */
export function buildKeyIndex(selectors: readonly string[]): KeyIndex | null {
  const index: KeyIndex = { ids: new Set(), classes: new Set(), attributes: new Set(), tags: new Set() };
  for (const selector of selectors) {
    for (const part of splitTopLevel(selector, ',')) {
      const compound = lastCompound(part);
      const outsideBrackets = compound.replace(/\[[^\]]*\]/g, '');
      const id = /#((?:[\w-]|\\.)+)/.exec(outsideBrackets)?.[1];
      const className = /\.((?:[\w-]|\\.)+)/.exec(outsideBrackets)?.[1];
      const attribute = /\[\s*([\w-]+)/.exec(compound)?.[1];
      const tag = /^[a-zA-Z][\w-]*/.exec(outsideBrackets)?.[0];
      if (id && !id.includes('\\')) index.ids.add(id);
      else if (className && !className.includes('\\')) index.classes.add(className);
      else if (attribute) index.attributes.add(attribute.toLowerCase());
      else if (tag) index.tags.add(tag.toUpperCase());
      else return null;
    }
  }
  return index;
}

export function hasKey(element: Element, index: KeyIndex): boolean {
  if (index.tags.has(element.tagName)) return true;
  const id = element.id;
  if (id && index.ids.has(id)) return true;
  if (index.classes.size) for (const name of Array.from(element.classList)) if (index.classes.has(name)) return true;
  if (index.attributes.size) for (const attribute of Array.from(element.attributes)) if (index.attributes.has(attribute.name)) return true;
  return false;
}

/** The compound after the last top-level combinator, without its pseudo-classes. */
function lastCompound(selector: string): string {
  const pieces = splitTopLevel(selector.trim(), ' >+~').filter(Boolean);
  const last = pieces[pieces.length - 1] ?? '';
  return stripPseudo(last);
}

function stripPseudo(compound: string): string {
  let out = '';
  let depth = 0;
  let inPseudo = false;
  for (let i = 0; i < compound.length; i++) {
    const ch = compound[i] as string;
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
