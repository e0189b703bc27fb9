/**
 * Where the story is: the element that gathers the most paragraph text, scored the way
 * Readability scores candidates (a paragraph counts fully for its parent, half for its
 * grandparent). Used by the safety valve, never to extract.
 */
import type { StatsMap } from './classifier/stats.ts';

const PARAGRAPH_MIN_CHARS = 80;
const MAX_LINK_SHARE = 0.4;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'TD', 'DIV']);

export interface MainContent {
  root: Element;
  /** Characters of text in `root`. */
  chars: number;
  /** Characters of story-like paragraphs in `root` (see classifier/stats.ts). */
  narrativeChars: number;
}

export function findMainContent(body: Element, stats: StatsMap): MainContent {
  const scores = new Map<Element, number>();
  const credit = (element: Element | null, amount: number): void => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + amount);
  };
  for (const [element, own] of stats) {
    if (!PARAGRAPH_TAGS.has(element.tagName) || own.chars < PARAGRAPH_MIN_CHARS) continue;
    // A div counts only for the text it holds directly, not its child blocks.
    if (element.tagName === 'DIV' && own.blockChildren > 0) continue;
    if (own.linkChars / own.chars > MAX_LINK_SHARE) continue;
    const score = own.chars * (1 - own.linkChars / own.chars);
    credit(element.parentElement, score);
    credit(element.parentElement?.parentElement ?? null, score / 2);
  }
  let root: Element = body;
  let best = 0;
  for (const [element, score] of scores) {
    if (score > best) {
      best = score;
      root = element;
    }
  }
  return { root, chars: stats.get(root)?.chars ?? 0, narrativeChars: stats.get(root)?.narrativeChars ?? 0 };
}
