/** What a URL's path says about the page: stories live at dated or long-slug paths, lists at short ones. */

const LISTING_SEGMENT =
  /^(category|categories|tag|tags|topic|topics|section|sections|archive|archives|author|authors|search|page|products?|shop|store|collections?|catalog|catalogue|cart|forums?|threads?|questions|community|discussions?|docs?|documentation|api|reference|manual|wiki|help|support|kb|faq|pricing|plans|services?|solutions|features|about|contact|careers|jobs|events|locations?|index)$/i;

export interface UrlShape {
  hasDate: boolean;
  slugWords: number;
  depth: number;
  isRoot: boolean;
  listingSegment: boolean;
  endsWithId: boolean;
}

export function urlShape(url: string): UrlShape {
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = '';
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.(html?|php|aspx?|shtml)$/i, '');
  const slugWords = Math.max(0, ...segments.map((s) => s.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length));
  return {
    hasDate: /\/(19|20)\d{2}[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d{2}(0[1-9]|1[0-2])[0-3]\d\//.test(path),
    slugWords,
    depth: segments.length,
    isRoot: segments.length === 0,
    listingSegment: segments.some((s) => LISTING_SEGMENT.test(s)),
    endsWithId: /(^|[-_])\d{5,}$/.test(last),
  };
}
