import { firstElements } from './dom-walk.ts';
import { jsonLdNodes, stringValue } from './metadata-json-ld.ts';
import { metaContent, metaContentWhere } from './metadata-meta.ts';
import { headlineBlockElements, headlineBlockText, storyHeadline } from './metadata-headline.ts';
import { spacedText } from './metadata-text.ts';
import { monthNumber, PUBLISHED_LABEL, PUBLISHED_META_NAME, UPDATED_LABEL } from './metadata-date-words.ts';

/** Meta keys that carry the publication date, most trusted first. */
const DATE_META_KEYS = [
  'article:published_time',
  'datePublished',
  'og:published_time',
  'article:published',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
];
/** When nothing says "published", a last-modified date is still the page's own date. */
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'];

/** "2025-12-17", "2019/1/22", "2025.12.17", with an optional time and offset. */
const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
/** "4 September 2025", "4. Mai 2025", "4 de mayo de 2025", "Sep 4, 2025", "Sept. 4th 2025": day, month word, day, year. */
const MONTH_NAME_DATE =
  /(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?)?(\p{L}{3,10}\.?),?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?((?:19|20)\d{2})(?!\d)/gu;
/** Written dates in running text: numeric ones need a four-digit year to be read at all. */
const NUMERIC_DATE = /(?<!\d)(?:((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})|(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2}))(?!\d)/g;
/** Year first, as bibliographic metadata writes it: "2023 Jan 7". Not looked for in running text, where "Guide 2026 Dec 26, 2025" is common. */
const YEAR_FIRST_DATE = /^((?:19|20)\d{2})\s+(\p{L}{3,10})\.?\s+(\d{1,2})(?!\d)/u;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_+.-]|$)/;

/** When it was published, as ISO 8601; the page's own offset is kept, never shifted to UTC. */
export function pickPublishedTime(doc: Document, article: Record<string, unknown> | null, url: string): string | null {
  // Lazily, most explicit first: most pages answer from JSON-LD or meta without a document query.
  const declared = firstDate([
    () => stringValue(article?.['datePublished']),
    () => metaContent(doc, ...DATE_META_KEYS),
    () => publishedMetaByName(doc),
    () => timeElementDate(doc),
    () => anyNodeDatePublished(doc),
  ]);
  // The date printed by the headline wins: it is the one the reader sees, and metadata often lags
  // behind it (a template's first-publication date, a feed's import time). Metadata saying the same
  // day keeps its fuller timestamp.
  const shown = shownDate(writtenDates(headlineBlockText(doc), doc), false, doc);
  if (shown) return declared && sameDateAsShown(declared, shown) ? declared : shown;
  return (
    declared ??
    firstDate([
      () => shownDate(printedDates(doc), true, doc),
      () => stringValue(article?.['dateCreated']),
      () => urlDate(url),
      // A date printed in the page's date markup is one the reader sees; an edit time is a last resort.
      () => textDate(doc),
      () => stringValue(article?.['dateModified']),
      () => metaContent(doc, ...MODIFIED_META_KEYS),
    ])
  );
}

/**
 * Metadata and the printed date name the same day: the same calendar date, a day apart (the page
 * prints its local day, metadata a UTC time), or day and month swapped (an ambiguous "04/08/2025"
 * read the other way round). Then the metadata's full timestamp is the better answer.
 */
function sameDateAsShown(declared: string, shown: string): boolean {
  if (declared.startsWith(shown)) return true;
  const days = Math.abs(Date.parse(declared.slice(0, 10)) - Date.parse(shown)) / 86_400_000;
  const [year, month, day] = shown.split('-');
  return days <= 1 || declared.startsWith(`${year}-${day}-${month}`);
}

/** The first of `sources` that yields a readable date, as ISO 8601. */
function firstDate(sources: (() => string | null)[]): string | null {
  for (const source of sources) {
    const value = source();
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * A meta tag named for publication in the publisher's own words, when no standard key is there.
 * Names are free-form ("publication" may name a magazine), so only a value that reads as a date counts.
 */
function publishedMetaByName(doc: Document): string | null {
  return metaContentWhere(doc, (key, content) => PUBLISHED_META_NAME.test(key) && !!toIsoDate(content));
}

/** The page's JSON-LD has no article node, but its WebPage node still says when it was published. */
function anyNodeDatePublished(doc: Document): string | null {
  for (const node of jsonLdNodes(doc)) {
    const value = stringValue(node['datePublished']);
    if (value && toIsoDate(value)) return value;
  }
  return null;
}

function urlDate(url: string): string | null {
  // Some callers hand over a page without an address.
  const match = typeof url === 'string' ? url.match(URL_DATE) : null;
  return match ? isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * Of the dates printed by the headline, the one labelled "Published" if any, else the first not
 * labelled "Updated" in words or in the page's markup; an "Updated" one only when `orUpdated` (then
 * metadata has had its say).
 */
function shownDate(dates: WrittenDate[], orUpdated: boolean, doc: Document): string | null {
  const shown = dates.find((d) => labelOf(d) === 'published') ?? dates.find((d) => labelOf(d) === null && !editDaysInMarkup(doc).has(d.iso));
  return (shown ?? (orUpdated ? dates[0] : undefined))?.iso ?? null;
}

/** WordPress themes class the two dates they print `published` and `updated`. */
const PUBLISHED_CLASS = /(^|\s)published(\s|$)/;
const UPDATED_CLASS = /(^|\s)updated(\s|$)/;
const editDaysCache = new WeakMap<Document, Set<string>>();

/** Publication-date markup: schema.org's `datePublished`, the old `pubdate` attribute, a theme's `published` class. */
function isPublicationMarkup(element: Element): boolean {
  return element.getAttribute('itemprop') === 'datePublished' || element.hasAttribute('pubdate') || PUBLISHED_CLASS.test(element.getAttribute('class') ?? '');
}

/** Edit-date markup: schema.org's `dateModified`, a theme's `updated` class. */
function isEditMarkup(element: Element): boolean {
  return element.getAttribute('itemprop') === 'dateModified' || UPDATED_CLASS.test(element.getAttribute('class') ?? '');
}

/**
 * Days printed in edit-date `<time>` markup by the headline and not also in publication markup:
 * many themes print both dates side by side with no words, "May 21, 2025 April 24, 2025", and only
 * their markup tells them apart.
 */
function editDaysInMarkup(doc: Document): Set<string> {
  const cached = editDaysCache.get(doc);
  if (cached) return cached;
  const edited: string[] = [];
  const published = new Set<string>();
  const times = headlineBlockElements(doc).flatMap((element) => [element, ...Array.from(element.getElementsByTagName('time'))]);
  for (const time of times.filter((element) => element.tagName === 'TIME')) {
    const day = toIsoDate(time.textContent ?? '')?.slice(0, 10);
    if (!day) continue;
    if (isPublicationMarkup(time)) published.add(day);
    else if (isEditMarkup(time)) edited.push(day);
  }
  const days = new Set(edited.filter((day) => !published.has(day)));
  editDaysCache.set(doc, days);
  return days;
}

/** Past the headline's own block, the byline line still comes within a few hundred characters. */
const FOLLOWING_TEXT_CHARS = 600;

/**
 * Dates in the headline's block, else in the text that follows the headline (a byline line outside
 * its wrapper). That text may run into the story, so its dates only speak when metadata is silent.
 */
function printedDates(doc: Document): WrittenDate[] {
  const dates = writtenDates(headlineBlockText(doc), doc);
  if (dates.length) return dates;
  const headline = storyHeadline(doc);
  return headline ? writtenDates(followingText(headline, FOLLOWING_TEXT_CHARS), doc) : [];
}

/** Text after `start` in reading order: its own, then its next siblings', then its ancestors' next siblings'. */
function followingText(start: Element, maxLength: number): string {
  let text = '';
  for (let node: Element | null = start; node && node.tagName !== 'BODY' && text.length < maxLength; node = node.parentElement) {
    for (let next = node.nextElementSibling; next && text.length < maxLength; next = next.nextElementSibling) {
      text += ` ${spacedText(next, true, maxLength - text.length)}`;
    }
  }
  return text;
}

/** The label nearest before a date wins: "Published May 2 · Updated on June 3" labels each date its own way. */
function labelOf(date: WrittenDate): 'published' | 'updated' | null {
  const lastAt = (label: RegExp): number => {
    let at = -1;
    for (const match of date.before.matchAll(label)) at = match.index ?? at;
    return at;
  };
  const published = lastAt(PUBLISHED_LABEL);
  const updated = lastAt(UPDATED_LABEL);
  if (published < 0 && updated < 0) return null;
  return updated > published ? 'updated' : 'published';
}

interface WrittenDate {
  iso: string;
  /** A few words of text before the date, where its label sits. */
  before: string;
}

/**
 * Every date written out in `text`, in order, with the words just before it. `doc`, the page the text
 * comes from, says how to read an ambiguous numeric date ("03/01/2017"); without it, day first.
 */
function writtenDates(text: string, doc?: Document): WrittenDate[] {
  const found: { index: number; iso: string }[] = [];
  for (const match of text.matchAll(MONTH_NAME_DATE)) {
    const month = monthNumber(match[2] ?? '');
    // "Open until July 31 July 22, 2017": a day on both sides of the month; the one by the year is the date's.
    const day = Number(match[3] ?? match[1]);
    const iso = month && day ? isoFromParts(Number(match[4]), month, day) : null;
    if (iso) found.push({ index: match.index ?? 0, iso });
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const iso = match[1] ? isoFromParts(Number(match[1]), Number(match[3]), Number(match[4])) : numericDate(Number(match[5]), Number(match[6]), Number(match[7]), doc);
    if (iso) found.push({ index: match.index ?? 0, iso });
  }
  return found.sort((a, b) => a.index - b.index).map(({ index, iso }) => ({ iso, before: text.slice(Math.max(0, index - 30), index) }));
}

/** "a/b/year": a number above 12 can only be the day; otherwise the page's own order decides. */
function numericDate(a: number, b: number, year: number, doc: Document | undefined): string | null {
  if (a > 12) return isoFromParts(year, b, a);
  if (b > 12) return isoFromParts(year, a, b);
  return doc && numericOrder(doc) === 'month-first' ? isoFromParts(year, a, b) : isoFromParts(year, b, a);
}

type NumericOrder = 'day-first' | 'month-first';

/** "12/16/2025" or "16.12.2025" anywhere in the text: a day above 12 shows which place the day takes. */
const UNAMBIGUOUS_NUMERIC_DATE = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](?:19|20)\d{2}(?!\d)/g;
/** Pages in US English write the month first when nothing on the page says otherwise. */
const MONTH_FIRST_LOCALE = /^en[-_]us$/i;
/** Enough of the page to find its other numeric dates: listings, comments, footers. */
const ORDER_SCAN_CHARS = 200_000;
const orderCache = new WeakMap<Document, NumericOrder>();

/**
 * How the page writes numeric dates: its other numeric dates settle it ("12/16/2025" is month first,
 * "16.12.2025" day first); else its language (US English writes month first); else day first, as most
 * of the world does.
 */
function numericOrder(doc: Document): NumericOrder {
  const cached = orderCache.get(doc);
  if (cached) return cached;
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  for (const [, a, b] of (doc.body?.textContent ?? '').slice(0, ORDER_SCAN_CHARS).matchAll(UNAMBIGUOUS_NUMERIC_DATE)) {
    if (Number(a) > 12) dayFirstVotes++;
    else if (Number(b) > 12) monthFirstVotes++;
  }
  const locale = doc.documentElement.getAttribute('lang') || metaContent(doc, 'og:locale') || '';
  const byLocale: NumericOrder = MONTH_FIRST_LOCALE.test(locale) ? 'month-first' : 'day-first';
  const order = dayFirstVotes === monthFirstVotes ? byLocale : monthFirstVotes > dayFirstVotes ? 'month-first' : 'day-first';
  orderCache.set(doc, order);
  return order;
}

/** Class names of the elements a page prints its dates in. */
const DATE_CLASS = /date|Date|byline|publish/;

function isTimeMarkup(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop');
  return (element.tagName === 'TIME' && element.hasAttribute('datetime')) || itemprop === 'datePublished' || itemprop === 'dateCreated';
}

function timeElementDate(doc: Document): string | null {
  const times = firstElements(doc.documentElement, isTimeMarkup, 20);
  const preferred =
    times.find(isPublicationMarkup) ??
    times.find((t) => t.closest('article, main, header')) ??
    times[0];
  return preferred ? (preferred.getAttribute('datetime') ?? preferred.getAttribute('content') ?? preferred.textContent) : null;
}

/** A written date ("4 September 2025", "Sep 4, 2025") in the page's header area. */
function textDate(doc: Document): string | null {
  const scopes = firstElements(doc.body, (element) => element.tagName === 'TIME' || DATE_CLASS.test(element.getAttribute('class') ?? ''), 30);
  for (const scope of scopes) {
    const text = (scope.textContent ?? '').slice(0, 200);
    const iso = toIsoDate(text);
    if (iso) return iso;
  }
  return null;
}

export function toIsoDate(raw: string): string | null {
  const text = raw.trim();
  const iso = text.match(ISO_DATE);
  if (iso) {
    const [, y, , mo, d, h, mi, s, zone] = iso;
    const date = isoFromParts(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined) return date;
    const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}${offset}`;
  }
  const yearFirst = text.match(YEAR_FIRST_DATE);
  const month = yearFirst ? monthNumber(yearFirst[2] ?? '') : null;
  if (yearFirst && month) return isoFromParts(Number(yearFirst[1]), month, Number(yearFirst[3]));
  const written = writtenDates(text.slice(0, 300))[0];
  if (written) return written.iso;
  const epoch = text.match(/^\d{10}(\d{3})?$/);
  if (epoch) return new Date(Number(text) * (text.length === 10 ? 1000 : 1)).toISOString();
  return null;
}

function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
