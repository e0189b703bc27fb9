import { normalizeSpace } from '../text.ts';
import { isBlockTag } from './block-text.ts';

/** Below this many words an articleBody is a teaser, not a reference. */
const MIN_BODY_WORDS = 80;
const SHINGLE = 3;

export type CrossCheck = 'pruned' | 'agrees' | 'missed-text' | 'unchecked';

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(words: string[]): string[] {
  if (words.length < SHINGLE) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * The page's JSON-LD `articleBody` is the publisher's own copy of the story. Where Readability's
 * result covers all of it, the blocks after its last sentence (bios, promos, related links) are
 * dropped; where the result covers little of it, the caller is told that text was missed.
 */
export function crossCheckWithBody(root: Element, articleBody: string): CrossCheck {
  const bodyWords = tokens(articleBody);
  if (bodyWords.length < MIN_BODY_WORDS) return 'unchecked';
  const bodyShingles = new Set(shingles(bodyWords));
  const bodyText = bodyWords.join(' ');

  const blocks = leafBlocks(root).map((element) => {
    const words = tokens(element.textContent ?? '');
    const own = shingles(words);
    const matched = own.filter((s) => bodyShingles.has(s)).length;
    const inBody = own.length === 0 || (own.length < 3 ? bodyText.includes(words.join(' ')) : matched / own.length >= 0.5);
    return { element, words: words.length, inBody, matched };
  });
  // Shingled as one run, like the body, so phrases spanning two paragraphs match too.
  const extractShingles = new Set(shingles(blocks.flatMap((b) => tokens(b.element.textContent ?? ''))));
  const bodyList = [...bodyShingles];
  const coverage = bodyList.filter((s) => extractShingles.has(s)).length / bodyList.length;
  if (coverage < 0.5) return 'missed-text';
  if (coverage < 0.8) return 'agrees';

  // The body's last words appear in our text, so it is complete: trailing extras are not story.
  const ending = shingles(bodyWords.slice(-8));
  const bodyIsComplete = ending.every((s) => extractShingles.has(s));
  const lastMatched = blocks.reduce((last, b, i) => (b.inBody && b.words > 0 ? i : last), -1);
  let pruned = false;
  blocks.forEach((block, i) => {
    if (block.inBody || block.matched > 2) return;
    const afterStory = i > lastMatched;
    // Only after the story: inside it, blocks missing from articleBody are as often lists, tweets and
    // subheads the publisher left out of its copy as they are clutter.
    if (afterStory && bodyIsComplete) {
      block.element.remove();
      pruned = true;
    }
  });
  return pruned ? 'pruned' : 'agrees';
}

function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, blockquote, pre, dd, dt, td, figcaption')).filter(
    (element) => normalizeSpace(element.textContent ?? '') && !Array.from(element.children).some((child) => isBlockTag(child.tagName)),
  );
}

/** The publisher's text as paragraphs, when it is all we can trust. */
export function bodyAsHtml(articleBody: string, doc: Document): string {
  const container = doc.createElement('div');
  for (const paragraph of articleBody.split(/\n\s*\n|\r?\n/)) {
    const text = normalizeSpace(paragraph);
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    container.append(p);
  }
  return container.innerHTML;
}
