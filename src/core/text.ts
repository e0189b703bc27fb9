/** Small text helpers used across the core. */

/**
 * Word edges in any script, for regexes built with the `u` flag: `\b`'s word characters (so
 * "updated_at" is still one word) plus every letter. JavaScript's `\b` knows only ASCII letters:
 * it never ends "Publié" or "você", and it finds "me" inside "même".
 */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible-ish text of an element, whitespace folded. `textContent` skips layout, so it works in Node. */
export function textOf(node: Node | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Character references read back without a DOM: "SQL &#x26; AI" → "SQL & AI". For HTML cut with
 * patterns, and for text a CMS escaped twice (the page then shows the entity itself).
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
