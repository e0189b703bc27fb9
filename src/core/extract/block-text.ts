import { normalizeSpace } from '../text.ts';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE']);

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName) || CONTAINER_TAGS.has(tagName);
}

/** Text of each leaf block, in order, so paragraphs stay paragraphs and words never fuse across blocks. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const walk = (element: Element): void => {
    const hasBlockChild = Array.from(element.children).some((child) => isBlockTag(child.tagName));
    if (!hasBlockChild) {
      const text = normalizeSpace(element.textContent ?? '');
      if (text) out.push(text);
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
      if (node.nodeType === 1 && isBlockTag((node as Element).tagName)) {
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

/** Plain text of article HTML: one paragraph per block, blank line between. */
export function htmlToText(html: string, doc: Document): string {
  const container = doc.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  return blockTexts(container).join('\n\n');
}
