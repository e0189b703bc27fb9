import { normalizeSpace } from '../text.ts';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE']);

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName) || CONTAINER_TAGS.has(tagName);
}

export function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (isBlockTag(child.tagName)) return true;
  return false;
}

/** Every element with a block somewhere inside it, found in one pass. */
function elementsHoldingBlocks(root: Element): Set<Element> {
  const holding = new Set<Element>();
  const visit = (element: Element): boolean => {
    let holds = false;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child) || isBlockTag(child.tagName)) holds = true;
    }
    if (holds) holding.add(element);
    return holds;
  };
  visit(root);
  return holding;
}

/**
 * Text of each leaf block, in order, so paragraphs stay paragraphs and words never fuse across blocks.
 * Blocks are looked for at any depth: a live DOM keeps nesting a parser would have split
 * (`<p><cite><div><p>Name</p><p>Role</p></div></cite></p>`), and those are lines of their own too.
 */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const holdsBlocks = elementsHoldingBlocks(root);
  const walk = (element: Element): void => {
    if (!holdsBlocks.has(element)) {
      for (const line of leafLines(element)) if (line) out.push(line);
      return;
    }
    // Mixed content: loose text beside blocks is its own paragraph.
    let loose = '';
    const flush = (): void => {
      const text = normalizeSpace(loose);
      if (text) out.push(text);
      loose = '';
    };
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 1 && (isBlockTag((node as Element).tagName) || holdsBlocks.has(node as Element))) {
        flush();
        walk(node as Element);
      } else if (node.nodeType === 1 && (node as Element).tagName === 'BR') {
        flush();
      } else if (node.nodeType === 1 || node.nodeType === 3) {
        loose += ` ${node.textContent ?? ''}`;
      }
    }
    flush();
  };
  walk(root);
  return out;
}

/** A leaf block's text, a line per `<br>`: "Tampa, FL<br>June 14" is two lines, not "FLJune 14". */
export function leafLines(element: Element): string[] {
  // Most leaves are plain text: one read, no walk.
  if (!element.firstElementChild) return [normalizeSpace(element.textContent ?? '')];
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName === 'BR') text += '\n';
    else for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(element);
  return text.split('\n').map(normalizeSpace);
}

/** Plain text of article HTML: one paragraph per block, blank line between. */
export function htmlToText(html: string, doc: Document): string {
  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  return blockTexts(container).join('\n\n');
}
