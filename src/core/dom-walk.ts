/**
 * The first `limit` elements under `root` that pass `test`, in page order. A plain walk: jsdom answers
 * attribute-substring selectors (`[class*="date"]`, `a[href*="/author/"]`) many times slower.
 */
export function firstElements(root: Element | null | undefined, test: (element: Element) => boolean, limit: number): Element[] {
  const found: Element[] = [];
  const visit = (element: Element): void => {
    for (let child = element.firstElementChild; child && found.length < limit; child = child.nextElementSibling) {
      if (test(child)) found.push(child);
      visit(child);
    }
  };
  if (root) visit(root);
  return found;
}
