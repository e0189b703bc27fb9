import { normalizeSpace } from '../text.ts';

/** Markup that is never story text, dropped from a fallback container. */
export const NEVER_CONTENT = 'script, style, noscript, template, nav, aside, form, button, input, select, textarea, iframe, header, footer, [hidden], [aria-hidden="true"]';

/**
 * When Readability finds nothing, or too little: the container the page itself names as the story
 * (itemprop=articleBody, the largest <article>), else the block with the most paragraph text.
 * Returns HTML of a cleaned copy; the document is not touched.
 */
export function fallbackContent(doc: Document): string | null {
  const container = namedContainer(doc) ?? densestBlock(doc);
  if (!container) return null;
  const copy = container.cloneNode(true) as Element;
  for (const element of Array.from(copy.querySelectorAll(NEVER_CONTENT))) element.remove();
  return normalizeSpace(copy.textContent ?? '') ? copy.innerHTML : null;
}

function namedContainer(doc: Document): Element | null {
  const named = Array.from(doc.querySelectorAll('[itemprop="articleBody"], [itemprop="text"], article, [role="article"], main, [role="main"]'));
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of named) {
    const length = paragraphTextLength(element);
    // itemprop=articleBody is the page's own word: it wins over a larger generic <main>.
    const weight = element.hasAttribute('itemprop') ? 2 : element.tagName === 'MAIN' || element.getAttribute('role') === 'main' ? 0.7 : 1;
    if (length * weight > bestLength) [best, bestLength] = [element, length * weight];
  }
  return bestLength >= 200 ? best : null;
}

/** The element whose direct paragraphs hold the most text: where the story's prose sits. */
function densestBlock(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of Array.from(doc.body?.querySelectorAll('p, pre, blockquote') ?? [])) {
    const parent = p.parentElement;
    if (!parent) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + normalizeSpace(p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [element, length] of totals) if (length > bestLength) [best, bestLength] = [element, length];
  return best;
}

function paragraphTextLength(element: Element): number {
  let total = 0;
  for (const p of Array.from(element.querySelectorAll('p, li, pre, blockquote, h2, h3'))) total += normalizeSpace(p.textContent ?? '').length;
  return total;
}
