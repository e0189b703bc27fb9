import { PRINTED_DATE_SOURCE } from './metadata-date-words.ts';
import { decodeEntities, normalizeSpace } from './text.ts';
import { fold, repairMojibake, spacedText, titleSegments } from './metadata-text.ts';
import { CHROME_CLASS, inPageChrome, HEADLINE_CLASS, STORY_ANCESTORS } from './metadata-headline.ts';

/** Does a title segment name the site (its name, or its host like "bbc" / "nytimes.com")? */
export function namesSite(segment: string, siteNames: string[]): boolean {
  const folded = fold(segment);
  if (!folded) return true;
  const squashed = folded.replace(/ /g, '');
  return siteNames.some((name) => {
    const site = fold(name);
    if (!site) return false;
    const siteSquashed = site.replace(/ /g, '');
    if (folded === site || squashed === siteSquashed) return true;
    // "BBC News" names the site "BBC", but "Apple unveils a phone" does not name "Apple".
    const wordsBeyond = folded.split(' ').length - site.split(' ').length;
    return (squashed.includes(siteSquashed) && wordsBeyond <= 1) || (squashed.length >= 3 && siteSquashed.includes(squashed));
  });
}

/**
 * Drop the site's name from either end of a title: "Story | The Independent" → "Story". `leading`
 * false: from the end only, as headings print it ("Nintendo Switch - OLED Model" is a product's name).
 */
export function stripSiteName(title: string, siteNames: string[], leading = true): string {
  const parts = titleSegments(title);
  if (parts.length < 2) return normalizeSpace(title);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && namesSite(parts[end - 1] ?? '', siteNames)) end--;
  while (leading && end - start > 1 && namesSite(parts[start] ?? '', siteNames)) start++;
  if (start === 0 && end === parts.length) return normalizeSpace(title);
  // Re-cut the original string so separators inside the kept part survive.
  const kept = parts.slice(start, end);
  const first = title.indexOf(kept[0] ?? '');
  const lastPart = kept[kept.length - 1] ?? '';
  const last = title.lastIndexOf(lastPart) + lastPart.length;
  return normalizeSpace(first >= 0 && last > first ? title.slice(first, last) : kept.join(' '));
}

/** A date printed inside the headline block: "Dec 18 2025 Preparing a transition". */
const LEADING_DATE = new RegExp(String.raw`^${PRINTED_DATE_SOURCE}\s+(?=\p{L})`, 'u');

/** A bibliographic page labels its fields: "Title: AlignMerge – …" on arXiv, "Titel:", "Titre :". */
const TITLE_LABEL = /^(title|titel|titre|título|titolo)\s*:\s*/i;

interface Heading {
  text: string;
  inStory: boolean;
  namedHeadline: boolean;
}

/** The page's visible <h1>s, chrome and the site's own name left out. Bounded: the first eight only. */
function visibleHeadings(doc: Document, siteNames: string[]): Heading[] {
  const out: Heading[] = [];
  for (const h1 of Array.from(doc.getElementsByTagName('h1')).slice(0, 8)) {
    if (inPageChrome(h1) || CHROME_CLASS.test(h1.getAttribute('class') ?? '')) continue;
    // Some headings print the site's name after the headline, or a catalogue's "Title:" label before it,
    // and a CMS that escapes twice prints "&#x26;" in both heading and title.
    const text = stripSiteName(decodeEntities(spacedText(h1)).replace(LEADING_DATE, '').replace(TITLE_LABEL, ''), siteNames, false);
    // "{{ page.title }}": an unrendered template.
    if (text.length < 3 || text.length > 300 || text.includes('{{') || namesSite(text, siteNames)) continue;
    out.push({
      text,
      inStory: !!h1.closest(STORY_ANCESTORS),
      namedHeadline: HEADLINE_CLASS.test(`${h1.getAttribute('class') ?? ''} ${h1.getAttribute('id') ?? ''}`),
    });
  }
  return out;
}

/** More words than a headline has, when they run on past a sentence's end. */
const MAX_HEADLINE_WORDS = 25;
/** A sentence's end inside a text: "…the best ROI? Get expert tips…", not an initial's or a title's ("U.S. Senate", "Dr. Smith"). */
const SENTENCE_END = /(?<!(?:^|[\s.(])\p{L})(?<!\b(?:Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|vs|No))[.?!]["”’)]?\s+\p{Lu}/u;

/** Words a heading must share with the metadata titles to be about the same story. */
const MIN_SHARED_WORDS = 2;

/**
 * Sentences under an <h1> tag, beside metadata titles on the same story: a standfirst or a summary
 * set as the heading, not the headline. With no such title ("Reddit - The heart of the internet"), a
 * long heading is the post's own title; one a title gives word for word is the headline.
 */
function isStandfirst(text: string, foldedTitles: string[], titleWords: Set<string>): boolean {
  if (text.split(' ').length <= MAX_HEADLINE_WORDS || !SENTENCE_END.test(text) || foldedTitles.includes(fold(text))) return false;
  return [...contentWords(text)].filter((word) => word.length >= 4 && titleWords.has(word)).length >= MIN_SHARED_WORDS;
}

/**
 * A heading typed in one case ("WEEKEND CODING AGENT", "history of coffee") in the letters a metadata
 * title gives the same words, when it mixes cases: the page styles its heading, the reader view sets
 * its own type, and the sentence's casing reads better there.
 */
function asWritten(heading: string, titles: string[]): string {
  if (!isOneCase(heading)) return heading;
  const h = fold(heading);
  const cased = titles.flatMap((title) => [title, ...titleSegments(title)]).find((part) => fold(part) === h && !isOneCase(part));
  return cased ? normalizeSpace(cased) : heading;
}

/** Letters all in capitals ("BEGINNER MARATHON PLAN") or none ("history of coffee"). */
function isOneCase(text: string): boolean {
  return !(/\p{Lu}/u.test(text) && /\p{Ll}/u.test(text));
}

function contentWords(text: string): Set<string> {
  return new Set(fold(text).split(' ').filter((w) => w.length >= 3));
}

/**
 * The headline as the reader sees it. A visible <h1> confirmed by a metadata title wins; then an
 * <h1> placed or named as the headline that shares a word with the metadata titles (SEO titles are
 * often reworded, the heading is what the page shows); then the metadata titles, site name stripped.
 */
export function pickTitle(doc: Document, candidates: (string | null)[], siteNames: string[]): string {
  const titles = candidates.filter((t): t is string => !!t).map((t) => stripSiteName(decodeEntities(t), siteNames));
  return repairMojibake(asWritten(headlineOrTitle(doc, titles, siteNames), titles));
}

function headlineOrTitle(doc: Document, titles: string[], siteNames: string[]): string {
  const foldedTitles = titles.map(fold);
  const titleWords = new Set(titles.flatMap((t) => [...contentWords(t)]));
  const headings = visibleHeadings(doc, siteNames).filter((heading) => !isStandfirst(heading.text, foldedTitles, titleWords));
  for (const { text: heading } of headings) {
    const h = fold(heading);
    if (h.split(' ').length < 2) continue;
    if (foldedTitles.some((t) => t === h || (h.includes(t) && t.length >= 0.6 * h.length))) return heading;
    // "Defer, Panic, and Recover - The Go Programming Language": the heading is one part of the title, the rest a site name we did not know.
    if (titles.some((t) => titleSegments(t).some((segment, _, segments) => segments.length > 1 && fold(segment) === h))) return heading;
    // The metadata title says a little more than the heading ("8 Recent Trends…" vs "Recent Trends…"): the fuller one.
    const fuller = titles.find((_, i) => {
      const t = foldedTitles[i] ?? '';
      return t.includes(h) && t.split(' ').length - h.split(' ').length <= 3;
    });
    // …unless the extra words are a section or site named beside it ("Opinion | Story", "Story – Site").
    if (fuller) return fold(dropShortTail(fuller)) === h || isLabelledHeading(fuller, h) ? heading : fuller;
  }
  const headline = headings.find(
    (h) =>
      (h.inStory || h.namedHeadline) &&
      (h.text.includes(' ') || headings.length === 1) &&
      (!titleWords.size || [...contentWords(h.text)].some((w) => titleWords.has(w))),
  );
  if (headline) return headline.text;
  return dropShortTail(titles[0] ?? headings[0]?.text ?? '');
}

/** " - Caterer Comparison Spreadsheet - Happily Connected": a short last segment is a site or section name. */
const TAIL_SEPARATOR = /\s+[|\-–—:·•»/]\s+(?=[^|\-–—:·•»/]*$)/;
/** Pipes and bullets never join two halves of one headline, so even a two-word head stands alone. */
const PIPE_LIKE = /[|·•»]/;
/** "Story (via Aggregator)": the syndication credit is no part of the headline. */
const VIA_CREDIT = /\s*\(via [^)]+\)$/i;

/** A section or site name before a separator: "Opinion | ", "The Space Review: ". */
const LEADING_LABEL = /^[^|–—:·•»]{1,60}?(?:\s+[|\-–—·•»/]\s+|:\s+)/u;
/** A section or site name after a separator: " – Vortex Cannon Entertainment". */
const TRAILING_LABEL = /\s+[|\-–—·•»/]\s+[^|–—:·•»]{1,60}$/u;

/** Whether `title` is the folded heading `h` with a label before or after it, set off by a separator. */
function isLabelledHeading(title: string, h: string): boolean {
  const withoutLead = title.replace(LEADING_LABEL, '');
  return [withoutLead, title.replace(TRAILING_LABEL, ''), withoutLead.replace(TRAILING_LABEL, '')].some((part) => fold(part) === h);
}

function dropShortTail(title: string): string {
  let current = title.replace(VIA_CREDIT, '');
  for (let i = 0; i < 2; i++) {
    const match = current.match(TAIL_SEPARATOR);
    if (!match || match.index === undefined) break;
    const head = current.slice(0, match.index);
    const tail = current.slice(match.index + match[0].length);
    const pipe = PIPE_LIKE.test(match[0]);
    if (tail.split(/\s+/).length > (pipe ? 5 : 4) || head.split(/\s+/).length < (pipe ? 2 : 3)) break;
    current = head;
  }
  return current;
}
