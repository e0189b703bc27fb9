import { normalizeSpace } from '../text.ts';
import { fold } from '../metadata-text.ts';
import { toIsoDate } from '../metadata-date.ts';
import { hasBlockChild as elementHasBlockChild, isBlockTag, leafLines } from './block-text.ts';
import { hostMatches, hostnameOf } from '../clutter/rules/scope.ts';
import {
  APPEAL_LINE,
  BYLINE_LINE,
  CALL_TO_ACTION_LINE,
  CONTRIBUTOR_LINE,
  CREDIT_LINE,
  DATELINE,
  FOLLOW_LINE,
  INTERFACE_LINE,
  META_LINE,
  NEWSLETTER_WORDS,
  NON_CONTENT_CLASS,
  NOTICE_LINE,
  RELATED_LABEL,
  SHARE_BUTTON_WORD,
  SIGNUP_WORDS,
  TRAILING_CREDIT,
  URL_LINE,
} from './boilerplate-patterns.ts';

/** Longer than this, a block is prose, whatever words it starts with. */
const MAX_BOILERPLATE_CHARS = 260;
/** A story's text is mostly not links; above this share, the extract is a list of links. */
const MAX_STORY_LINK_SHARE = 0.35;
/** This many linked headings make a listing (a story links a few related headlines at most). */
const MIN_CARDS = 6;
/** Bylines and datelines are only trusted as such near the top of the story. */
const HEAD_BLOCKS = 6;

export interface PostCleanContext {
  title: string;
  byline: string | null;
  /** Known not to be one story: its links and card lines are content, whatever the extract looks like. */
  linksAreContent?: boolean;
  /** The page's address: a teaser links to the same site, a roundup's items to others. */
  url?: string;
}

/**
 * What Readability leaves that a reader does not want: captions and credits, share and "read more"
 * lines, bylines repeated above the text, appeals, link-only teasers. Works on Readability's output,
 * which is small, so it is cheap; it never removes a block longer than a short paragraph.
 */
export function postClean(root: Element, context: PostCleanContext): void {
  // Never lose the article: no container holding more than this share of the text is removed, whatever it looks like.
  const maxRemovable = MAX_REMOVED_SHARE * normalizeSpace(root.textContent ?? '').length;
  const remove = (element: Element): void => {
    if (normalizeSpace(element.textContent ?? '').length <= maxRemovable) element.remove();
  };
  // A page known not to be one story (a shop, a listing) keeps its captions and forms: product cards live in them.
  const notAStory = !!context.linksAreContent;
  for (const element of Array.from(root.querySelectorAll(notAStory ? CONTROLS : NEVER_STORY))) {
    if (!isDisclosureLabel(element)) remove(element);
  }
  for (const element of notAStory ? [] : Array.from(root.querySelectorAll('[class], [id]'))) {
    const className = element.getAttribute('class') ?? '';
    if (!NON_CONTENT_CLASS.test(`${className} ${element.getAttribute('id') ?? ''}`)) continue;
    if (!NON_CONTENT_CLASS.test(className) && isTextAnchor(element)) continue;
    // In code, class names are the highlighter's token kinds ("tag", "meta"), not page furniture.
    if (element.closest('pre, code')) continue;
    // The root is detached, so "still in the tree" is asked of the root, not of the document.
    if (root.contains(element) && isSmallAside(element)) remove(element);
  }
  const title = fold(context.title);
  const site = siteOf(context.url);
  // On a page that is mostly links (a listing, a hub) the links are the content: leave them be.
  const blocks = leafBlocks(root);
  const linksAreContent = !!context.linksAreContent || linkShare(root, normalizeSpace(root.textContent ?? '')) > MAX_STORY_LINK_SHARE || isCardList(blocks);
  const alts = imageAlts(root);
  let seen = 0;
  for (const block of blocks) {
    // "DON'T MISS<br>Headline": the label is read as a word of its own.
    const text = leafLines(block).filter(Boolean).join(' ');
    if (!text) continue;
    // A single short line (capped by MAX_BOILERPLATE_CHARS) is judged by what it says, not by its share.
    if (text.length <= MAX_BOILERPLATE_CHARS && (isBoilerplate(block, text, seen < HEAD_BLOCKS, title, linksAreContent, site) || (!linksAreContent && isAltCaption(block, text, alts)))) block.remove();
    else seen++;
  }
  if (!linksAreContent) removeLinkLists(root, remove);
  if (context.byline) removeAuthorBio(root, context.byline, remove);
  removeEmpty(root);
}

/**
 * An id that is an anchor made from the element's own words: "h-what-is-social-shopping" on a
 * heading says nothing about the page's furniture, only what the heading says.
 */
function isTextAnchor(element: Element): boolean {
  const words = (element.getAttribute('id') ?? '').toLowerCase().split(/[-_]+/).filter((word) => word.length > 1);
  if (words.length < 2) return false;
  const text = ` ${fold(element.textContent ?? '')} `;
  return words.every((word) => text.includes(` ${word} `));
}

/** The standard every hiding rule meets: never more than 15% of the main text. */
const MAX_REMOVED_SHARE = 0.15;

/** A button that opens a section (an FAQ's question) is that section's heading, not a control to drop. */
function isDisclosureLabel(element: Element): boolean {
  return element.tagName === 'BUTTON' && (element.hasAttribute('aria-expanded') || /\?\s*$/.test(element.textContent ?? ''));
}

/** Controls and navigation never belong to a page's text. */
const CONTROLS = 'button, input, select, textarea, nav';
/** Nor, in a story, do captions, notes and forms. */
const NEVER_STORY = `${CONTROLS}, figcaption, [role="note"], form`;

const LINE_PATTERNS = [CREDIT_LINE, TRAILING_CREDIT, CONTRIBUTOR_LINE, CALL_TO_ACTION_LINE, APPEAL_LINE, INTERFACE_LINE, URL_LINE, FOLLOW_LINE, NOTICE_LINE, DATELINE, META_LINE];

function isBoilerplate(block: Element, text: string, nearTop: boolean, title: string, linksAreContent: boolean, site: string): boolean {
  if (LINE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  if (isShareRow(text)) return true;
  if (text.length < 220 && NEWSLETTER_WORDS.test(text) && SIGNUP_WORDS.test(text)) return true;
  // In a list of cards every card has its byline and date: they are the listing's content there.
  if (BYLINE_LINE.test(text) && (nearTop || (text.length <= 100 && !linksAreContent))) return true;
  if (nearTop && !linksAreContent && isBareDate(text)) return true;
  if (RELATED_LABEL.test(text) && (text.split(' ').length <= 6 || linkShare(block, text) >= 0.5)) return true;
  if (title && /^H[1-3]$/.test(block.tagName) && fold(text) === title) return true;
  return !linksAreContent && isLinkTeaser(block, text, site);
}

/** An image's description, long enough to be a sentence: a caption repeats it below the picture. */
const MIN_ALT_CAPTION_CHARS = 25;

function imageAlts(root: Element): string[] {
  return Array.from(root.querySelectorAll('img[alt]'), (img) => fold(img.getAttribute('alt') ?? '')).filter((alt) => alt.length >= MIN_ALT_CAPTION_CHARS);
}

/**
 * A line that says what an image's alt text says is that image's caption, wherever the page put it.
 * Not a heading or a link: a card's title often repeats its picture's alt text, and is content.
 */
function isAltCaption(block: Element, text: string, alts: string[]): boolean {
  if (/^H[1-6]$/.test(block.tagName) || block.closest('a') || linkShare(block, text) >= 0.5) return false;
  const line = fold(text);
  return line.length >= MIN_ALT_CAPTION_CHARS && alts.some((alt) => line.startsWith(alt) || alt.startsWith(line));
}

/** Two or more words, nearly all of them share-button labels. */
function isShareRow(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 8) return false;
  return words.filter((word) => SHARE_BUTTON_WORD.test(word.replace(/[^\p{L}-]/gu, ''))).length >= Math.ceil((2 * words.length) / 3);
}

/** Many linked headings, each a card's title: the extract is a listing, not one story. */
function isCardList(blocks: Element[]): boolean {
  let linkedHeadings = 0;
  for (const block of blocks) {
    if (!/^H[2-6]$/.test(block.tagName)) continue;
    const text = normalizeSpace(block.textContent ?? '');
    if (text && linkShare(block, text) >= 0.9) linkedHeadings++;
  }
  return linkedHeadings >= MIN_CARDS;
}

function isBareDate(text: string): boolean {
  return text.length < 60 && text.split(' ').length <= 8 && toIsoDate(text) !== null;
}

function linkShare(block: Element, text: string): number {
  const linkText = Array.from(block.getElementsByTagName('a'), (a) => normalizeSpace(a.textContent ?? '')).join(' ');
  return text.length ? linkText.length / text.length : 0;
}

/**
 * A paragraph that is nothing but a link is a teaser for another story on the site. Links that all
 * lead elsewhere are the story's own: a roundup's items, a list of sources.
 */
function isLinkTeaser(block: Element, text: string, site: string): boolean {
  if (!/^(P|DIV|H[1-6])$/.test(block.tagName)) return false;
  const words = text.split(' ').length;
  // A linked sentence ("…, the study published in Nature.") is prose that cites; a headline has no full stop.
  if (words < 3 || (/[.!?]["”’]?$/.test(text) && words > 8)) return false;
  // Cheapest first: most blocks are not nearly all links.
  const links = Array.from(block.getElementsByTagName('a'));
  if (links.map((a) => normalizeSpace(a.textContent ?? '')).join(' ').length < 0.9 * text.length) return false;
  if (site && links.every((a) => isOffSite(a, site))) return false;
  if (isTableOfContents(block)) return false;
  // A linked heading inside a real list (three items or more) is judged with its list (removeLinkLists):
  // a run of headlines is a teaser box, a list of short product or tool names is the story's own list.
  const list = block.tagName.startsWith('H') && block.closest('li') ? block.closest('ul, ol') : null;
  return !(list && list.children.length >= 3);
}

/** "www.example.com" and "example.com" are one site; a page handed over without an address has none. */
function siteOf(url: string | undefined): string {
  return hostnameOf(url).replace(/^www\./, '');
}

/** A link to another site: an absolute address on a host that is neither this one nor one of its subdomains or parents. */
function isOffSite(link: Element, site: string): boolean {
  const target = siteOf(link.getAttribute('href') ?? '');
  return !!target && !hostMatches(target, site) && !hostMatches(site, target);
}

/**
 * The author's bio closing a story ("Jane Doe is a reporter for…", "Jane joined the paper in 2017…"),
 * or the bare name: short blocks in the last few that open with the byline's name.
 */
function removeAuthorBio(root: Element, byline: string, remove: (element: Element) => void): void {
  const name = fold(byline.split(/,| and | & /)[0] ?? '');
  const first = name.split(' ')[0] ?? '';
  if (name.length < 4) return;
  // The last five blocks with text, read from the end: the bio closes the story.
  const blocks = leafBlocks(root);
  const tail: Element[] = [];
  for (let i = blocks.length - 1; i >= 0 && tail.length < 5; i--) {
    const block = blocks[i] as Element;
    if (normalizeSpace(block.textContent ?? '')) tail.push(block);
  }
  for (const block of tail) {
    const text = fold(block.textContent ?? '');
    if (text.length > 500) continue;
    if (text === name || text.startsWith(`${name} `) || (first.length > 2 && new RegExp(`^${first} (is|was|has|joined|covers|writes|reports)\\b`).test(text))) remove(block);
  }
}

/** A list whose every item is a link, after the story: "related", "more from", tag clouds. */
function removeLinkLists(root: Element, remove: (element: Element) => void): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (items.length < 3) continue;
    const allLinks = items.every((li) => {
      const text = normalizeSpace(li.textContent ?? '');
      const linkText = normalizeSpace(Array.from(li.getElementsByTagName('a'), (a) => a.textContent ?? '').join(' '));
      return text.length > 0 && linkText.length >= 0.9 * text.length;
    });
    // Headlines (several words each) are teasers wherever they sit; short link items only after the story.
    const headlines = items.every((li) => normalizeSpace(li.textContent ?? '').split(' ').length >= 5);
    if (allLinks && !isTableOfContents(list) && (headlines || !hasProseAfter(list))) remove(list);
  }
}

/** Links that all jump within the page: the story's own table of contents, not teasers for others. */
function isTableOfContents(element: Element): boolean {
  const links = Array.from(element.querySelectorAll('a[href]'));
  const page = element.ownerDocument.URL.split('#')[0];
  return links.length > 0 && links.every((a) => {
    const href = a.getAttribute('href') ?? '';
    return href.startsWith('#') || (href.includes('#') && href.split('#')[0] === page);
  });
}

/** Is there real text after this element in the story? Lists inside the text are sources, not teasers. */
function hasProseAfter(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (normalizeSpace(next.textContent ?? '').length > 200) return true;
    }
  }
  return false;
}

/** Marked as caption/share/related by its class, and small: a whole section is never dropped on a class name. */
function isSmallAside(element: Element): boolean {
  const text = normalizeSpace(element.textContent ?? '');
  if (text.length > 400) return false;
  const paragraphs = Array.from(element.getElementsByTagName('p')).filter((p) => (p.textContent ?? '').length > 120);
  return paragraphs.length === 0;
}

/**
 * Blocks with no block children: the paragraphs, list items and headings the reader sees, and inline
 * runs that sit beside blocks (they read as lines of their own).
 */
function leafBlocks(root: Element): Element[] {
  const hasBlockChild = new Map<Element, boolean>();
  const blockChildren = (element: Element): boolean => {
    let known = hasBlockChild.get(element);
    if (known === undefined) {
      known = elementHasBlockChild(element);
      hasBlockChild.set(element, known);
    }
    return known;
  };
  return Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, blockquote, dd, dt, td, span, a, time, small')).filter((element) => {
    if (blockChildren(element)) return false;
    if (isBlockTag(element.tagName)) return true;
    const parent = element.parentElement;
    return !!parent && isBlockTag(parent.tagName) && blockChildren(parent);
  });
}

/**
 * Containers left empty by the removals; media and tables count as content. A span holding only
 * spaces is kept: code highlighters put the spaces between tokens in spans of their own.
 */
function removeEmpty(root: Element): void {
  const worded = elementsWithWords(root);
  for (const element of Array.from(root.querySelectorAll('div, section, p, ul, ol, li, figure, span')).reverse()) {
    if (worded.has(element)) continue;
    // A span is inline: the space or <br> it holds still keeps the words around it apart.
    if (element.tagName === 'SPAN' && (element.textContent || element.querySelector('br'))) continue;
    if (!element.querySelector('img, picture, video, iframe, svg, table, hr')) element.remove();
  }
}

/** The elements with a word in them, found in one pass: asking every element for its text is quadratic on deep markup. */
function elementsWithWords(root: Element): Set<Element> {
  const worded = new Set<Element>();
  const walk = (element: Element): boolean => {
    let hasWords = false;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 ? /\S/.test(child.nodeValue ?? '') : child.nodeType === 1 && walk(child as Element)) hasWords = true;
    }
    if (hasWords) worded.add(element);
    return hasWords;
  };
  walk(root);
  return worded;
}
