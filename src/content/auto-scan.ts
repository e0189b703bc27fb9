/**
 * Judging a page piece by piece, as the parser (or the page's scripts) add it: each run looks at
 * the elements added since the last run, and again at every element the parser has finished
 * filling (a container's words may come after its start tag). A run costs what arrived, not the
 * whole page so far. What it finds is hidden with its own marker, which `clear` takes away.
 */
import { scanForClutter, type ClutterContext, type MainContent } from '../core/clutter/index.ts';

export const AUTO_HIDDEN = 'data-clearpage-auto-hidden';
/** An open fixed layer with less text than this has not been read yet (prompts are short). */
const UNREAD_LAYER_MAX_CHARS = 1000;

export class PieceScanner {
  /** Elements added since the last run. */
  private readonly added = new Set<Element>();
  /** The elements the parser was still filling at the last run (see openElements). */
  private openBefore: Element[] = [];
  private readonly found = new Set<Element>();
  /** Unread layers, hidden until their words arrive. */
  private held = new Set<Element>();

  /** `own`: the node we insert ourselves (our stylesheet), never a piece of the page. */
  constructor(private readonly own: Node) {}

  collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node === this.own) continue;
        if (node.nodeType === Node.ELEMENT_NODE) this.added.add(node as Element);
        else if (node.parentElement) this.added.add(node.parentElement);
      }
    }
  }

  /** Judge `element`'s whole subtree at the next run (e.g. after the rules changed). */
  again(element: Element): void {
    this.added.add(element);
  }

  /**
   * Judges the new and completed pieces against `story` and hides what is found.
   * `holdUnread`: while the page parses, also hide fixed layers whose words have not arrived.
   */
  scan(body: HTMLElement, context: ClutterContext, story: MainContent, holdUnread: boolean): void {
    const open = openElements(body);
    const completed = this.openBefore.filter((element) => !open.includes(element));
    this.openBefore = open;
    const roots = topMost([...this.added, ...completed].filter((element) => element.isConnected && body.contains(element)));
    this.added.clear();
    for (const root of roots) {
      for (const { element, category } of scanForClutter(root, context, story).hits) {
        this.found.add(element);
        element.setAttribute(AUTO_HIDDEN, category);
      }
    }
    const layers = new Set(holdUnread ? unreadLayers(open) : []);
    for (const element of this.held) if (!layers.has(element) && !this.found.has(element)) element.removeAttribute(AUTO_HIDDEN);
    for (const element of layers) element.setAttribute(AUTO_HIDDEN, 'unread-layer');
    this.held = layers;
  }

  /** Takes our hides away and forgets what is waiting to be judged. */
  clear(doc: Document): void {
    for (const element of Array.from(doc.querySelectorAll(`[${AUTO_HIDDEN}]`))) element.removeAttribute(AUTO_HIDDEN);
    this.added.clear();
    this.openBefore = [];
    this.found.clear();
    this.held.clear();
  }
}

/** The parser appends at the end: the last element of <body>, its last element, and so on down. */
function openElements(body: HTMLElement): Element[] {
  const open: Element[] = [];
  for (let element = body.lastElementChild; element; element = element.lastElementChild) open.push(element);
  return open;
}

function topMost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return Array.from(set).filter((element) => {
    for (let node = element.parentElement; node; node = node.parentElement) if (set.has(node)) return false;
    return true;
  });
}

/**
 * Fixed layers the parser is still filling and that have almost no text yet: an overlay whose
 * words have not arrived cannot be judged, so it waits, unpainted, until it can. A layer that
 * holds the page grows past the limit and shows at once.
 */
function unreadLayers(open: Element[]): Element[] {
  return open.filter((element) => (element.textContent?.length ?? 0) < UNREAD_LAYER_MAX_CHARS && getComputedStyle(element).position === 'fixed');
}
