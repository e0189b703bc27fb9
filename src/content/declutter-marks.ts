/**
 * Every change Declutter makes to a page is one of these marker attributes plus one injected
 * stylesheet, so "Show original" only has to remove them to give back the exact DOM. The one
 * exception, an inline style the page set with !important, is recorded and put back verbatim.
 */
export const HIDDEN = 'data-clearpage-hidden';
/** Value: space-separated locks undone (`overflow`, `position`, `height`, `pointer`). */
export const UNLOCKED = 'data-clearpage-unlocked';
export const UNCLAMPED = 'data-clearpage-unclamped';
export const STYLE_ID = 'clearpage-declutter-style';

const STYLESHEET = `
[${HIDDEN}] { display: none !important; }
html[${UNLOCKED}~="overflow"], body[${UNLOCKED}~="overflow"] { overflow: auto !important; overflow-y: auto !important; }
html[${UNLOCKED}~="position"], body[${UNLOCKED}~="position"] { position: static !important; top: auto !important; }
html[${UNLOCKED}~="height"], body[${UNLOCKED}~="height"] { height: auto !important; min-height: 100% !important; }
html[${UNLOCKED}~="pointer"], body[${UNLOCKED}~="pointer"] { pointer-events: auto !important; }
[${UNCLAMPED}] { max-height: none !important; overflow: visible !important; mask-image: none !important; -webkit-mask-image: none !important; filter: none !important; -webkit-line-clamp: unset !important; line-clamp: none !important; }
[${UNCLAMPED}~="height"] { height: auto !important; }
`;

export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET;
  (doc.head ?? doc.documentElement).append(style);
}

export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).id === STYLE_ID;
}

/** Original `style` attributes of elements whose inline !important we had to override. */
const savedStyles = new WeakMap<Document, Map<Element, string | null>>();

export function overrideInline(element: Element, property: string, value: string): void {
  const doc = element.ownerDocument;
  let saved = savedStyles.get(doc);
  if (!saved) savedStyles.set(doc, (saved = new Map()));
  if (!saved.has(element)) saved.set(element, element.getAttribute('style'));
  (element as HTMLElement).style.setProperty(property, value, 'important');
}

export function removeMarks(doc: Document): void {
  for (const name of [HIDDEN, UNLOCKED, UNCLAMPED]) {
    for (const element of Array.from(doc.querySelectorAll(`[${name}]`))) element.removeAttribute(name);
  }
  const saved = savedStyles.get(doc);
  for (const [element, style] of saved ?? []) {
    if (style === null) element.removeAttribute('style');
    else element.setAttribute('style', style);
  }
  savedStyles.delete(doc);
  doc.getElementById(STYLE_ID)?.remove();
}
