/**
 * Address an element by its child-index path from the document element, so a hit found on the
 * live page can be found again in a clone of it (clones keep element order, not identity).
 */
export function elementPath(element: Element, from?: Element): number[] {
  const path: number[] = [];
  let node: Element | null = element;
  while (node && node !== from && node.parentElement) {
    path.push(Array.prototype.indexOf.call(node.parentElement.children, node));
    node = node.parentElement;
  }
  return path.reverse();
}

/** `from` is a document (the path starts at its root element) or the element a relative path starts at. */
export function elementAtPath(from: Document | Element, path: readonly number[]): Element | null {
  let node: Element | null = 'documentElement' in from ? from.documentElement : from;
  for (const index of path) {
    node = node?.children[index] ?? null;
    if (!node) return null;
  }
  return node;
}
