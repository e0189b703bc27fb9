/** Small text helpers used across the core. */

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
