/** Schema.org JSON-LD, parsed once per document: the most reliable metadata a page offers. */

export type JsonLdNode = Record<string, unknown>;

export const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Recipe|Review|CreativeWork)$/;
/** Page types whose JSON-LD says "this is not one story". */
export const NON_ARTICLE_TYPES =
  /^(Product|ProductGroup|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|DiscussionForumPosting|QAPage|Question|FAQPage|Service|LocalBusiness|Store|Event|SoftwareApplication|JobPosting|Course|Organization|ProfilePage|Place|Restaurant|Hotel|MedicalClinic|RealEstateListing|Vehicle|Car|Book)$/;

const cache = new WeakMap<Document, JsonLdNode[]>();

/** Every typed node in the page's JSON-LD, flattened out of arrays and `@graph`s. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth));
    const node = value as JsonLdNode;
    if (node['@type']) nodes.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
    // A WebPage often wraps the article as its mainEntity.
    if (node['mainEntity']) visit(node['mainEntity'], depth + 1);
  };
  // By tag, then type: on jsdom an attribute selector over the whole page costs several times more.
  const blocks = Array.from(doc.getElementsByTagName('script'))
    .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
  // React Router writes a `{"script:ld+json": …}` meta descriptor as a script; pages that hand the same
  // descriptor to Next.js's `other` metadata get it printed as a meta tag instead.
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('name') === 'script:ld+json') blocks.push(meta.getAttribute('content') ?? '');
  }
  for (const block of blocks) {
    try {
      visit(JSON.parse(cleanJson(block)), 0);
    } catch {
      // A malformed block is the publisher's bug; the other sources still count.
    }
  }
  cache.set(doc, nodes);
  return nodes;
}

/** Some CMSs wrap JSON-LD in CDATA or leave control characters in strings. */
function cleanJson(text: string): string {
  // JSON forbids raw control characters inside strings; browsers' JSON-LD readers tolerate them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/^\s*(\/\/)?\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' ');
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(https?:\/\/)?schema\.org\//, ''));
}

/** The node that describes the story itself, if any. */
export function articleNode(doc: Document): JsonLdNode | null {
  const nodes = jsonLdNodes(doc).filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'CreativeWork'));
  // Prefer the one carrying a headline or body over a stub.
  return nodes.find((n) => n['articleBody'] || n['headline']) ?? nodes[0] ?? null;
}

export function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringValue(value[0]);
  if (value && typeof value === 'object') {
    const record = value as JsonLdNode;
    return stringValue(record['name'] ?? record['@value'] ?? record['url']);
  }
  return null;
}

/**
 * Names of people or organisations in an `author`-like value. With `doc`, a bare reference
 * (`{"@id": "…#/schema/person/1"}`, as Yoast writes its graphs) is looked up among the page's nodes.
 */
export function names(value: unknown, doc?: Document): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, doc));
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (typeof value === 'object') {
    const record = value as JsonLdNode;
    const name = record['name'];
    if (typeof name === 'string' && name.trim()) return [name.trim()];
    if (Array.isArray(name)) return names(name);
    const id = record['@id'];
    const target = doc && typeof id === 'string' ? jsonLdNodes(doc).find((n) => n['@id'] === id && n !== record) : undefined;
    return target ? names({ name: target['name'] }) : [];
  }
  return [];
}
