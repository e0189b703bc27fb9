import { normalizeSpace, textOf } from './text.ts';

/** " | Site", " - Site", " — Site", " :: Site", " · Site", " » Site": how titles carry the site name. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/\\~]{1,2}\s+|\s*[|·•»«]\s*/;
const SEPARATOR_SPLIT = new RegExp(TITLE_SEPARATOR.source, 'g');

export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does a title segment name the site (its name, or its host like "bbc" / "nytimes.com")? */
function namesSite(segment: string, siteNames: string[]): boolean {
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

/** Drop the site's name from either end of a title: "Story | The Independent" → "Story". */
export function stripSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(SEPARATOR_SPLIT);
  if (parts.length < 2) return normalizeSpace(title);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && namesSite(parts[end - 1] ?? '', siteNames)) end--;
  while (end - start > 1 && namesSite(parts[start] ?? '', siteNames)) start++;
  if (start === 0 && end === parts.length) return normalizeSpace(title);
  // Re-cut the original string so separators inside the kept part survive.
  const kept = parts.slice(start, end);
  const first = title.indexOf(kept[0] ?? '');
  const lastPart = kept[kept.length - 1] ?? '';
  const last = title.lastIndexOf(lastPart) + lastPart.length;
  return normalizeSpace(first >= 0 && last > first ? title.slice(first, last) : kept.join(' '));
}

/**
 * The headline. The visible <h1> wins when a metadata title confirms it (it never carries the site
 * suffix); otherwise the metadata titles, site name stripped, in order of trust.
 */
export function pickTitle(doc: Document, candidates: (string | null)[], siteNames: string[]): string {
  const titles = candidates.filter((t): t is string => !!t).map((t) => stripSiteName(t, siteNames));
  const headings = Array.from(doc.querySelectorAll('h1')).slice(0, 6).map(textOf).filter((h) => h.length > 3 && h.length < 300);
  const foldedTitles = titles.map(fold);
  for (const heading of headings) {
    const h = fold(heading);
    if (h.split(' ').length < 2) continue;
    if (foldedTitles.some((t) => t === h || (h.includes(t) && t.length >= 0.6 * h.length))) return heading;
    // The metadata title says a little more than the heading ("8 Recent Trends…" vs "Recent Trends…"): the fuller one.
    const fuller = titles.find((_, i) => {
      const t = foldedTitles[i] ?? '';
      return t.includes(h) && t.split(' ').length - h.split(' ').length <= 3;
    });
    if (fuller) return fuller;
  }
  return dropShortTail(titles[0] ?? headings[0] ?? '');
}

/** " - Caterer Comparison Spreadsheet - Happily Connected": a short last segment is a site or section name. */
const TAIL_SEPARATOR = /\s+[|\-–—:·•»/]\s+(?=[^|\-–—:·•»/]*$)/;

function dropShortTail(title: string): string {
  let current = title;
  for (let i = 0; i < 2; i++) {
    const match = current.match(TAIL_SEPARATOR);
    if (!match || match.index === undefined) break;
    const head = current.slice(0, match.index);
    const tail = current.slice(match.index + match[0].length);
    if (tail.split(/\s+/).length > 4 || head.split(/\s+/).length < 3) break;
    current = head;
  }
  return current;
}
