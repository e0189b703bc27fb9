import { stringValue } from './metadata-json-ld.ts';
import { metaContent } from './metadata-meta.ts';

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

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const MONTH_NAME_DATE = /\b(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/i;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/;

/** When it was published, as ISO 8601; the page's own offset is kept, never shifted to UTC. */
export function pickPublishedTime(doc: Document, article: Record<string, unknown> | null, url: string): string | null {
  // Lazily, cheapest first: most pages answer from JSON-LD or meta without a document query.
  const candidates = [
    () => stringValue(article?.['datePublished']),
    () => metaContent(doc, ...DATE_META_KEYS),
    () => timeElementDate(doc),
    () => stringValue(article?.['dateCreated']),
    () => stringValue(article?.['dateModified']),
    () => metaContent(doc, ...MODIFIED_META_KEYS),
  ];
  for (const candidate of candidates) {
    const value = candidate();
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  const fromUrl = url.match(URL_DATE);
  if (fromUrl) return isoFromParts(Number(fromUrl[1]), Number(fromUrl[2]), Number(fromUrl[3]));
  return textDate(doc);
}

function timeElementDate(doc: Document): string | null {
  const times = Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"], [itemprop="dateCreated"]')).slice(0, 20);
  const preferred =
    times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate')) ??
    times.find((t) => t.closest('article, main, header')) ??
    times[0];
  return preferred ? (preferred.getAttribute('datetime') ?? preferred.getAttribute('content') ?? preferred.textContent) : null;
}

/** A written date ("4 September 2025", "Sep 4, 2025") in the page's header area. */
function textDate(doc: Document): string | null {
  const scopes = Array.from(doc.body?.querySelectorAll('[class*="date"], [class*="Date"], [class*="byline"], [class*="publish"], time') ?? []).slice(0, 30);
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
    const [, y, mo, d, h, mi, s, zone] = iso;
    const date = isoFromParts(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined) return date;
    const offset = zone ? (zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}${offset}`;
  }
  const named = text.match(MONTH_NAME_DATE);
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase().slice(0, 3)];
    const day = Number(named[1] ?? named[3]);
    if (month && day) return isoFromParts(Number(named[4]), month, day);
  }
  const slashed = text.match(/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/);
  if (slashed) {
    // Day-first unless that is impossible: most of the world writes 4.9.2025.
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    return a > 12 ? isoFromParts(Number(slashed[3]), b, a) : b > 12 ? isoFromParts(Number(slashed[3]), a, b) : isoFromParts(Number(slashed[3]), b, a);
  }
  const epoch = text.match(/^\d{10}(\d{3})?$/);
  if (epoch) return new Date(Number(text) * (text.length === 10 ? 1000 : 1)).toISOString();
  return null;
}

function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
