/** What a URL's path says about the page: stories live at dated or long-slug paths, lists at short ones. */

/** Path segments that name a kind of page. Words, not sites: they recur across the web in many languages' URLs. */
const SEGMENTS = {
  listing: /^(category|categories|tag|tags|topic|topics|section|sections|archive|archives|authors?|search|page|collections?|catalog|catalogue|recipes|index|latest|all)$/i,
  story: /^(blog|blogs|news|article|articles|story|stories|post|posts|opinion|insights?|journal|magazine|features?|press|press-releases?|updates?|library|learn|guides?|resources)$/i,
  docs: /^(docs?|documentation|api|reference|manual|wiki|kb|knowledge-?base|handbook|book|tutorials?|getting-started|get-started|developers?|sdk|spec|specification)$/i,
  commerce: /^(products?|shop|store|cart|dp|item|items|buy|deals?|sale|offers?|brands?)$/i,
  service: /^(services?|solutions?|pricing|plans|about|about-us|contact|contact-us|careers|jobs|locations?|departments?|programs?|admissions|tuition|apply|book|booking|tools?|calculators?|support|help|faq)$/i,
  forum: /^(forums?|threads?|t|topic|questions|q|community|discussions?|comments|r|board|boards)$/i,
};

export interface UrlShape {
  hasDate: boolean;
  slugWords: number;
  depth: number;
  isRoot: boolean;
  listingSegment: boolean;
  storySegment: boolean;
  docsSegment: boolean;
  commerceSegment: boolean;
  serviceSegment: boolean;
  forumSegment: boolean;
  endsWithId: boolean;
}

export function urlShape(url: string): UrlShape {
  let path = '';
  let host = '';
  try {
    const parsed = new URL(url);
    host = parsed.hostname;
    path = decodeURIComponent(parsed.pathname);
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
    listingSegment: segments.some((s) => SEGMENTS.listing.test(s)),
    storySegment: segments.some((s) => SEGMENTS.story.test(s)),
    docsSegment: segments.some((s) => SEGMENTS.docs.test(s)) || /^(docs?|developers?|api|wiki|learn)\./i.test(host),
    commerceSegment: segments.some((s) => SEGMENTS.commerce.test(s)) || /^(shop|store)\./i.test(host),
    serviceSegment: segments.slice(0, 2).some((s) => SEGMENTS.service.test(s)),
    forumSegment: segments.slice(0, 2).some((s) => SEGMENTS.forum.test(s)) || /^(forums?|community|discuss)\./i.test(host),
    endsWithId: /(^|[-_])\d{5,}$/.test(last),
  };
}
