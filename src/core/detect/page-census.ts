import { ANY_CLASS_GROUP, CLASS_GROUPS, type ClassGroup } from './class-names.ts';

/** What one walk over the body's elements counts: tags, template class names, prose, links. */
export interface PageCensus {
  tags: Record<CountedTag, number>;
  classes: Record<ClassGroup, number>;
  /** Every `itemtype` value, space-joined. */
  itemTypes: string;
  /** Characters in paragraphs of 80+ characters, how many there are, and the share under the busiest parent. */
  proseChars: number;
  paragraphs: number;
  dominantShare: number;
  /** The first paragraphs of that prose, for the voice counts. */
  proseSample: string;
  linkChars: number;
  /** Links that dial a phone: shops, services and local businesses show them, stories rarely. */
  telLinks: number;
  linkedHeadings: number;
  questionHeadings: number;
  /** Section headings (h2–h4), and those followed by prose before the next heading: a guide's sections vs a landing page's labels. */
  sectionHeadings: number;
  proseSections: number;
  /** Section headings followed by a few paragraphs' worth of prose: expository writing, not a card's blurb. */
  richSections: number;
  /** Prose paragraphs under the busiest parent: one long text, or a few blurbs. */
  mainParagraphs: number;
  /** `itemprop="author"` or `rel="author"` somewhere in the body. */
  authorMarkup: boolean;
}

const COUNTED_TAGS = ['h1', 'h2', 'h3', 'code', 'pre', 'article', 'time', 'li', 'figcaption', 'button', 'table', 'blockquote', 'form-field'] as const;
export type CountedTag = (typeof COUNTED_TAGS)[number];

/** Elements read at most: enough to see a template, bounded so a huge page costs no more than a big one. */
const MAX_ELEMENTS = 8000;
/** A paragraph shorter than this is a caption, a teaser or a label, not prose. */
const PROSE_MIN_CHARS = 80;
/** Prose under one heading that reads as a section of a text rather than a card's blurb. */
const RICH_SECTION_CHARS = 400;
/** Paragraphs kept for the voice counts: a few dozen are enough to hear who is speaking. */
const PROSE_SAMPLE_PARAGRAPHS = 40;
/** NodeFilter.SHOW_ELEMENT, spelled out: `NodeFilter` is not a global in every runtime. */
const ELEMENTS_ONLY = 1;
const FORM_FIELDS = new Set(['SELECT', 'TEXTAREA']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** A header or footer inside these is the content's own (an article's header), not the site's. */
const CONTENT_SECTIONS = 'article, main, section, [role="main"]';
const HEADINGS = new Set(['H2', 'H3', 'H4']);

/** One pass over the body: detection reads everything it needs about the DOM from here. */
export function pageCensus(body: HTMLElement | null): PageCensus {
  const tags = Object.fromEntries(COUNTED_TAGS.map((t) => [t, 0])) as Record<CountedTag, number>;
  const classes = Object.fromEntries(Object.keys(CLASS_GROUPS).map((g) => [g, 0])) as Record<ClassGroup, number>;
  const census: PageCensus = { tags, classes, itemTypes: '', proseChars: 0, paragraphs: 0, dominantShare: 0, proseSample: '', linkChars: 0, telLinks: 0, linkedHeadings: 0, questionHeadings: 0, sectionHeadings: 0, proseSections: 0, richSections: 0, mainParagraphs: 0, authorMarkup: false };
  if (!body) return census;
  const groups = Object.entries(CLASS_GROUPS) as [ClassGroup, RegExp][];
  // Microdata may sit on <html> or <body> too.
  const itemTypes = [body.getAttribute('itemtype'), body.parentElement?.getAttribute('itemtype')].filter((t): t is string => !!t);
  // Prose characters and paragraphs per container.
  const byParent = new Map<Element, { chars: number; paragraphs: number }>();
  const prose: string[] = [];
  // A TreeWalker, not getElementsByTagName('*'): indexing a live collection is slow in some DOMs (jsdom).
  const walker = body.ownerDocument.createTreeWalker(body, ELEMENTS_ONLY);
  let walked = 0;
  // Prose since the last section heading; null before the first one.
  let sectionProse: number | null = null;
  const closeSection = (): void => {
    if (sectionProse) census.proseSections++;
    if (sectionProse !== null && sectionProse >= RICH_SECTION_CHARS) census.richSections++;
  };
  // The site-chrome element the walk is inside, if any.
  let chrome: Element | null = null;
  for (let node = walker.nextNode(); node && walked < MAX_ELEMENTS; node = walker.nextNode(), walked++) {
    const element = node as Element;
    const tag = element.tagName;
    const className = element.getAttribute('class');
    const name = className ? `${className} ${element.id}` : element.id;
    if (name.length > 2 && ANY_CLASS_GROUP.test(name)) for (const [group, pattern] of groups) if (pattern.test(name)) classes[group]++;
    const itemType = element.getAttribute('itemtype');
    if (itemType) itemTypes.push(itemType);
    if (!census.authorMarkup && element.getAttribute('itemprop') === 'author') census.authorMarkup = true;

    // Menus, banners and footers look alike on every kind of page: the counts below describe the content.
    if (chrome && !chrome.contains(element)) chrome = null;
    if (!chrome && isSiteChrome(element)) chrome = element;
    if (chrome) continue;
    const lower = tag.toLowerCase();
    if (lower in tags) tags[lower as CountedTag]++;
    if (FORM_FIELDS.has(tag) || (tag === 'INPUT' && element.getAttribute('type') !== 'hidden')) tags['form-field']++;

    if (tag === 'P') {
      const text = (element.textContent ?? '').trim();
      const length = text.length;
      if (length < PROSE_MIN_CHARS) continue;
      if (prose.length < PROSE_SAMPLE_PARAGRAPHS) prose.push(text);
      census.proseChars += length;
      census.paragraphs++;
      if (sectionProse !== null) sectionProse += length;
      // Stories nest paragraphs in wrappers: credit the grandparent too, so one story is one block.
      const parent = element.parentElement;
      const container = parent && parent.children.length === 1 && parent.parentElement ? parent.parentElement : parent;
      if (container) {
        const block = byParent.get(container) ?? { chars: 0, paragraphs: 0 };
        byParent.set(container, { chars: block.chars + length, paragraphs: block.paragraphs + 1 });
      }
    } else if (tag === 'A') {
      census.linkChars += (element.textContent ?? '').trim().length;
      if (element.getAttribute('href')?.startsWith('tel:')) census.telLinks++;
      if (element.getAttribute('rel')?.includes('author')) census.authorMarkup = true;
      const parent = element.parentElement;
      if (parent && (HEADINGS.has(parent.tagName) || HEADINGS.has(parent.parentElement?.tagName ?? ''))) census.linkedHeadings++;
    } else if (HEADINGS.has(tag)) {
      census.sectionHeadings++;
      closeSection();
      sectionProse = 0;
      // FAQ-style headings ("How much does it cost?"): service and help pages ask, stories tell.
      if (/[?¿]\s*$/.test(element.textContent ?? '')) census.questionHeadings++;
    }
  }
  closeSection();
  census.proseSample = prose.join('\n');
  census.itemTypes = itemTypes.join(' ');
  let main = { chars: 0, paragraphs: 0 };
  for (const block of byParent.values()) if (block.chars > main.chars) main = block;
  census.dominantShare = census.proseChars ? main.chars / census.proseChars : 0;
  census.mainParagraphs = main.paragraphs;
  return census;
}

/** The site's menus, banner, footer and side boxes, as the page's own markup names them. */
function isSiteChrome(element: Element): boolean {
  const tag = element.tagName;
  if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(element.getAttribute('role') ?? '')) return true;
  return (tag === 'HEADER' || tag === 'FOOTER') && !element.parentElement?.closest(CONTENT_SECTIONS);
}
