import { firstElements } from './dom-walk.ts';
import { jsonLdNodes, stringValue } from './metadata-json-ld.ts';
import { metaContent, metaContentWhere } from './metadata-meta.ts';
import { headlineBlockElements, inPageChrome, headlineBlockText, storyHeadline } from './metadata-headline.ts';
import { printedTextNodes, spacedText } from './metadata-text.ts';
import { normalizeSpace } from './text.ts';
import { DATE_LABEL_JOINER, MODIFIED_META_NAME, monthNumber, PUBLISHED_LABEL, PUBLISHED_META_NAME, UPDATED_LABEL, WEEKDAY_NAME } from './metadata-date-words.ts';

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
  /(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?)?(\p{L}{3,12}\.?),?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?((?:19|20)\d{2})(?!\d)/gu;
/** Written dates in running text: numeric ones need a four-digit year to be read at all. */
const NUMERIC_DATE = /(?<!\d)(?:((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})|(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2}))(?!\d)/g;
/** Chinese, Japanese and Korean dates: "2025年12月16日", "2025년 12월 16일". */
const CJK_DATE = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g;
/** Year first, as bibliographic metadata writes it: "2023 Jan 7". Not looked for in running text, where "Guide 2026 Dec 26, 2025" is common. */
const YEAR_FIRST_DATE = /^((?:19|20)\d{2})\s+(\p{L}{3,12})\.?\s+(\d{1,2})(?!\d)/u;
/** "/2023/10/03/", and "/2023/october/03/" as some blog engines file posts. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2}|\p{L}{3,10})[/-](\d{1,2})(?:[/_+.-]|$)/u;

/** When it was published, as ISO 8601; the page's own offset is kept, never shifted to UTC. */
export function pickPublishedTime(doc: Document, article: Record<string, unknown> | null, url: string): string | null {
  const found = publishedTime(doc, article, url);
  // The day in the address is the one the publisher's CMS filed the post under, in its own time
  // zone: a UTC timestamp or a swapped "04/08" that names the same moment gives way to it.
  const filed = urlDate(url);
  return found && filed && !found.startsWith(filed) && namesSameDay(found, filed) ? filed : found;
}

function publishedTime(doc: Document, article: Record<string, unknown> | null, url: string): string | null {
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
  const byHeadline = writtenDates(headlineBlockText(doc), doc);
  const shown = shownDate(byHeadline, false, doc);
  if (shown) return declared && namesSameDay(declared, shown) ? declared : shown;
  // A page that shows only "Updated X" and declares its publication in JSON-LD alone, with no
  // publication meta tag, dates the current version of the page: large publishers rewrite their
  // guides in place and JSON-LD keeps the day the page was first made. Where a publication meta tag
  // is declared too (WordPress SEO plugins write `article:published_time`), the update is a note on
  // a post still dated by its publication. Of WCXB's article pages that print only an update, the
  // truth is the update on 12 of 14 of the first kind and on 3 of 20 of the second.
  const updated = shownDate(byHeadline, true, doc);
  if (updated && declared && !metaContent(doc, ...DATE_META_KEYS)) return namesSameDay(declared, updated) ? declared : updated;
  return (
    declared ??
    firstDate([
      () => shownDate(printedDates(doc), true, doc),
      () => stringValue(article?.['dateCreated']),
      () => urlDate(url),
    ]) ??
    standaloneDate(doc) ??
    firstDate([
      // A date printed in the page's date markup is one the reader sees; an edit time is a last resort.
      () => textDate(doc),
      () => stringValue(article?.['dateModified']),
      () => metaContent(doc, ...MODIFIED_META_KEYS),
    ])
  );
}

/**
 * A timestamp and a day (printed, or in the address) name the same day: the same calendar date, a
 * day apart where a time zone can explain it (the page prints its local day, metadata a UTC time),
 * or day and month swapped (an ambiguous "04/08/2025" read the other way round).
 */
function namesSameDay(declared: string, shown: string): boolean {
  if (declared.startsWith(shown)) return true;
  const [year, month, day] = shown.split('-');
  if (declared.startsWith(`${year}-${day}-${month}`)) return true;
  // A timestamp with its offset is one instant: the printed day must be its date somewhere on Earth.
  const instant = /T.*(Z|[+-]\d{2}:\d{2})$/.test(declared) ? Date.parse(declared) : NaN;
  if (!Number.isNaN(instant)) {
    const dayStart = Date.parse(`${shown}T00:00:00Z`);
    return instant + EARLIEST_OFFSET_MS < dayStart + DAY_MS && instant + LATEST_OFFSET_MS >= dayStart;
  }
  return Math.abs(Date.parse(declared.slice(0, 10)) - Date.parse(shown)) / DAY_MS <= 1;
}

const DAY_MS = 86_400_000;
/** The world's clocks run from UTC−12 to UTC+14. */
const EARLIEST_OFFSET_MS = -12 * 3_600_000;
const LATEST_OFFSET_MS = 14 * 3_600_000;

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
  // A "published" time later than the page's own "modified" one is when the page was rendered.
  const modified = metaContentWhere(doc, (key, content) => MODIFIED_META_NAME.test(key) && !!toIsoDate(content));
  const latest = modified ? Date.parse(toIsoDate(modified) ?? '') : Infinity;
  return metaContentWhere(doc, (key, content) => {
    const iso = PUBLISHED_META_NAME.test(key) ? toIsoDate(content) : null;
    return !!iso && !(Date.parse(iso) > latest);
  });
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
  const month = match ? Number(match[2]) || monthNumber(match[2] ?? '') : null;
  return match && month ? isoFromParts(Number(match[1]), month, Number(match[3])) : null;
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

/**
 * Text after `start` in reading order: its next siblings', then its ancestors' next siblings'. Bare
 * text counts too: old templates print "Posted: 2018-08-25" loose after the headline's element.
 */
function followingText(start: Element, maxLength: number): string {
  let text = '';
  for (let node: Element | null = start; node && node.tagName !== 'BODY' && text.length < maxLength; node = node.parentElement) {
    for (let next = node.nextSibling; next && text.length < maxLength; next = next.nextSibling) {
      if (next.nodeType === 3) text += ` ${normalizeSpace(next.nodeValue ?? '')}`;
      else if (next.nodeType === 1) text += ` ${spacedText(next as Element, true, maxLength - text.length)}`;
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
  /** Where the date starts in the text. */
  at: number;
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
  for (const match of text.matchAll(CJK_DATE)) {
    const iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) found.push({ index: match.index ?? 0, iso });
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const iso = match[1] ? isoFromParts(Number(match[1]), Number(match[3]), Number(match[4])) : numericDate(Number(match[5]), Number(match[6]), Number(match[7]), doc);
    if (iso) found.push({ index: match.index ?? 0, iso });
  }
  return found.sort((a, b) => a.index - b.index).map(({ index, iso }) => ({ iso, at: index, before: text.slice(Math.max(0, index - 30), index) }));
}

/** Where the first date written out in `text` starts ("March 5, 2026", "5 March 2026", "2026-03-05"), or -1. */
export function firstWrittenDateAt(text: string): number {
  return writtenDates(text)[0]?.at ?? -1;
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
/**
 * Pages in US English, or in English with no region, write the month first when nothing on the page
 * says otherwise: of the English pages with no region that do show an unambiguous "a/b/year" date,
 * most write it month first (30 to 6 across both corpora).
 */
const MONTH_FIRST_LOCALE = /^en(?:[-_]us)?$/i;
/** Enough of the page to find its other numeric dates: listings, comments, footers. */
const ORDER_SCAN_CHARS = 200_000;
const orderCache = new WeakMap<Document, NumericOrder>();

/**
 * How the page writes numeric dates: its other numeric dates settle it ("12/16/2025" is month first,
 * "16.12.2025" day first); else its language (US English, and English with no region, write month
 * first); else day first, as most of the world does.
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

/** A date line is short: "Nov 21, 2018", "Posted on 4 May 2025", "November 2015". */
const DATE_LINE_CHARS = 40;
/** How far past the headline (or the top of a page without one) a date line still belongs to the story. */
const DATE_LINE_REACH_CHARS = 2000;

/**
 * The first line of the story that is nothing but a date, outside menus and footers: many themes
 * print the post's date alone in a bare element, with no date markup or class to find it by. The
 * story is the text just past its headline, or the whole `<article>` that holds the headline (an
 * author box at its end); a listing's or a shop's dates further down are not the page's. A month
 * and year alone ("November 2015") is a date at month precision.
 */
function standaloneDate(doc: Document): string | null {
  if (!doc.body) return null;
  const headline = storyHeadline(doc);
  const story = headline?.closest('article');
  // Characters read since the headline; -1 until it is reached.
  let reach = headline ? -1 : 0;
  for (const node of printedTextNodes(story ?? doc.body)) {
    const value = (node.nodeValue ?? '').trim();
    if (reach < 0 && headline?.contains(node)) reach = 0;
    if (reach >= 0) reach += value.length;
    // Outside an <article>, only the text from the headline on, and not far past it.
    if (!story && reach < 0) continue;
    if (!story && reach > DATE_LINE_REACH_CHARS) return null;
    if (value.length > DATE_LINE_CHARS || !/\d{4}/.test(value) || inPageChrome(node.parentElement)) continue;
    const rest = value.replace(MONTH_NAME_DATE, '').replace(NUMERIC_DATE, '').replace(CJK_DATE, '');
    if (rest === value || !isDateLineRest(rest)) continue;
    const date = writtenDates(value, doc)[0]?.iso ?? monthOf(value);
    if (date) return date;
  }
  return null;
}

/**
 * What may stand beside the date on its own line: separators, a weekday, a publication label.
 * Anything else ("Joined", "Offer valid", "Updated", "4 min read") makes it another kind of date.
 */
function isDateLineRest(rest: string): boolean {
  if (/\d/.test(rest)) return false;
  return rest
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every((word) => WEEKDAY_NAME.test(word) || DATE_LABEL_JOINER.test(word) || PUBLISHED_WORD.test(word));
}

const PUBLISHED_WORD = new RegExp(PUBLISHED_LABEL.source, 'iu');

/** "November 2015" → "2015-11". */
function monthOf(text: string): string | null {
  const match = text.match(/(\p{L}{3,12})\.?,?\s+((?:19|20)\d{2})/u);
  const month = match ? monthNumber(match[1] ?? '') : null;
  return match && month ? isoFromParts(Number(match[2]), month, 1)?.slice(0, 7) ?? null : null;
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
