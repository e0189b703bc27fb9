import { names, stringValue, typesOf, type JsonLdNode } from './metadata-json-ld.ts';
import { metaContent, metaContents } from './metadata-meta.ts';
import { fold, repairMojibake, spacedText, titleSegments } from './metadata-text.ts';
import { headlineBlockElements, headlineBlockText, isPhotoSized, storyHeadline } from './metadata-headline.ts';
import { namesSite } from './metadata-title.ts';
import { normalizeSpace } from './text.ts';
import { firstElements } from './dom-walk.ts';
import { hostnameOf } from './clutter/rules/scope.ts';
import { commonMonthNumber } from './metadata-date-words.ts';
import { firstWrittenDateAt } from './metadata-date.ts';
import { I_WORDS } from './detect/word-lists.ts';
import {
  AUTHOR_CLASS,
  AUTHOR_DETAIL_CLASS,
  NOT_NAME_CLASS,
  AUTHOR_JOINERS,
  JOINER_WORDS,
  BY_PREFIX,
  BIO_OCCUPATION,
  BIO_SENTENCE,
  BYLINE_TAIL,
  GLUED_DATE,
  GLUED_WORDS,
  TEAM_CREDIT,
  LABEL_ONLY,
  LEADING_DATE,
  PERSONAL_SITE,
  ABOUT_ME,
  COPYRIGHT_HOLDER,
  PORTRAIT_IMAGE,
  NOT_PORTRAIT,
  PORTRAIT_ALT_PREFIX,
  PORTRAIT_ALT_SUFFIX,
  PERSON_ICON,
  NAME_PARTICLES,
  NAME_THEN_DETAIL,
  TRAILING_PREPOSITION,
  TRAILING_NOISE,
  CREDENTIAL,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  BUSINESS_WORDS,
  ACRONYM,
  ORGANISATION_TYPE,
  NAMELESS_DESK,
  ROLE_OPENERS,
  ROLE_WORDS,
  WRITER_LABEL,
} from './metadata-byline-words.ts';

/** Links to an author page: markup that names the author without saying so. */
const AUTHOR_PAGE = /\/(authors?|autor|auteur)\//;
/** "www.paperium.net" → "paperium": a name that is a host name, down to its own label. */
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\d?\.)?([\p{L}\p{N}-]+)(?:\.[a-z]{2,}){1,2}\/?$/iu;
/** Links to a topic's page: tags, categories, sections. */
const TOPIC_PAGE = /\/(tags?|categor(y|ies)|topics?|sections?|schlagwort|kategorie|categorie|categoria|tema)\//i;
/** The post author in a WordPress data layer: `"pagePostAuthor":"Jane Doe"`. */
const DATA_LAYER_AUTHOR = /"pagePostAuthor"\s*:\s*("(?:[^"\\]|\\.){2,80}")/;
/** As much of each headline block element as the headline search reads. */
const MAX_BLOCK_TEXT = 1500;
/** A text that is one to four capitalised words, element edges (" | ") around them allowed. */
const ONLY_NAME = /^[\s|]*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[|•·,–-]?\s*$/u;
/** Enough candidates of each kind: the byline is near the top. */
const MAX_MARKED = 12;
const MAX_CLASSED = 20;
const CONTAINER_TAGS = /^(HTML|BODY|MAIN|ARTICLE|SECTION|HEADER|FOOTER|ASIDE|NAV|UL|OL|FORM)$/;
/** Lower-case words inside a surname: "Marna van der Merwe", "María del Carmen". */
const SURNAME_PARTICLE = '(?:de|da|van|von|der|del|la|le)(?!\\p{L})';
/** A name after "By": one to five capitalised words, surname particles allowed. */
const BY_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|${SURNAME_PARTICLE})){0,4}`;
/** "By Jane Doe" printed next to the headline, or a list of names: "Written by Jane Doe, Li Wei and Ravi Patel". */
const VISIBLE_BY = new RegExp(
  String.raw`(?:^|\s)(?:[Bb]y|BY|[Ww]ritten by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s*:?[\s|]+(${BY_NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${BY_NAME}){0,5})`,
  'u',
);
const VISIBLE_BY_ALL = new RegExp(VISIBLE_BY.source, 'gu');
/** A byline's own capitalised label, as a line opens with it: "By", "Written by", "Von", "Par", "Por", "Door". */
const OWN_BY_LABEL = /^\s*(?:By|BY|Written by|Von|Par|Por|Door)\b/;
/** Verbs before "by" that sort or find, in a page's menus: "browse by Category". */
const BROWSE_VERB = /^(browse|sort|filter|search|shop|find|view|order)$/i;
/** "Recharged Editorial Team Full EV Cars…": a desk's name ends at its team word; the headline runs on after it. */
const TEAM_THEN_MORE = /^(\S.*?\s(?:Team|Staff|Editors|Desk))\s.+$/u;
/** Verbs before "by" that do credit the writer: "posted by", "published by". */
const WRITER_VERB = /^(posted|published|reported|compiled|authored|contributed|submitted|created|curated|shared)$/;
/** Words before "by" that credit someone other than the writer: "Medically reviewed by", "Photos by". */
const OTHER_CREDIT_BEFORE = /(review(ed)?|edit(ed)?|checked|photo(graph)?s?|images?|illustrat\w*|produced|narrated|translated|video)\s*$/i;
/** Comment threads; a page's body or article classed for its comment settings ("comments-open") is not one. */
const COMMENT_AREAS = ['[class*="comment"]', '[id*="comment"]', '[class*="Comment"]'].map((area) => `${area}:not(html, body, main, article)`).join(', ');
/** Names printed in these are commenters', quoted or credited for a picture. */
const NOT_PRINTED_BYLINE_AREAS = `nav, figcaption, blockquote, ${COMMENT_AREAS}`;
/** Author links and "By Jane Doe" lines here credit other stories too: related lists fill sidebars and footers. */
const NOT_BYLINE_AREAS = `${NOT_PRINTED_BYLINE_AREAS}, footer, aside`;
/** Printed names worth reading: the first few on the page. */
const MAX_PRINTED = 8;
/** A printed byline is one short line. */
const MAX_PRINTED_LINE = 80;
/** A paragraph of the story itself, not a caption or a one-line credit. */
const RUNNING_TEXT_CHARS = 200;
/** More authors than this in one list is some other list. */
const MAX_LISTED_AUTHORS = 8;
/** Teasers for other stories: articles and microdata posts. */
const STORY_CARDS = 'article, [itemscope][itemtype*="Posting"], [itemscope][itemtype*="Article"]';
/** A teaser is a title, a line or two and its byline. */
const MAX_CARD_CHARS = 1500;
/** An author bio is a sentence or three. */
const MAX_BIO_CHARS = 400;
/** More words than this is a phrase, not a name. */
const MAX_NAME_WORDS = 6;

export interface BylineSources {
  readabilityByline: string | null;
  siteNames: string[];
}

/** One place a byline can come from, with its candidates in page order; weak ones only ever give a person's name. */
interface Source {
  read: () => (string | null)[];
  weak?: boolean;
  /** Metadata the reader never sees: a different person printed by the headline is the byline instead. */
  hidden?: boolean;
}

/**
 * Who wrote it: JSON-LD, meta, author markup on the page, "By …" near the headline, Readability's
 * byline, then labels and portraits anywhere on the page. A person's name wins over a publisher's
 * or a user name from an earlier source ("USA TODAY" in JSON-LD, "Brian Truitt" in the byline).
 * Never the site's own name alone, unless it is a person's (a personal site); a job title alone is no byline either.
 */
export function pickByline(doc: Document, article: Record<string, unknown> | null, sources: BylineSources): string | null {
  // A personal site is named after its writer: a person's name is a byline even when it is the site's.
  // A company's name can read like a person's too; namesCompany tells most of them apart.
  const isSiteNotPerson = (name: string): boolean => siteLike(name, sources.siteNames) && (!namesPeople(name) || namesCompany(article, name));
  const isSite = (name: string): boolean => siteLike(name, sources.siteNames);
  const accept = (raw: string | null | undefined): string | null => {
    // Asked of the raw text too: the splitter would read the firm "Morgan & Morgan" as two writers.
    if (!raw || isSiteNotPerson(normalizeSpace(raw))) return null;
    const cleaned = withoutOutlet(cleanByline(raw), sources.siteNames);
    if (!cleaned || isSiteNotPerson(cleaned) || NOT_A_NAME.test(cleaned)) return null;
    return cleaned;
  };
  // A single capitalised word is a first name ("Amanda"); user names ("kffnirmitap") and publishers are not people,
  // but a named team is a writer's credit too ("The Investopedia Team" over a reviewer's portrait).
  const isPerson = (name: string): boolean => {
    const first = firstAuthor(name);
    return (looksLikePersonName(first, true) || FIRST_NAME.test(first) || TEAM_CREDIT.test(first)) && !isSite(name);
  };
  // Given and family name, not a role: enough to overrule structured data.
  const isFullName = (name: string): boolean => looksLikePersonName(firstAuthor(name), true) && !isSite(name) && !ROLE_WORDS.test(name);

  let fallback: string | null = null;
  let desk: string | null = null;
  for (const source of bylineSources(doc, article, sources, accept)) {
    for (const name of source.read()) {
      if (!name) continue;
      if (NAMELESS_DESK.test(name)) {
        desk ??= name;
        continue;
      }
      if (isPerson(name)) {
        // A template's user or a feed's importer often fills structured data, and the theme's author
        // link, for a guest writer's story; the guest is named by the headline or atop the story.
        const shown = accept(source.hidden ? (headlineByline(doc, true) ?? openingByline(doc)) : openingByline(doc));
        if (shown && isFullName(shown) && !sharesName(shown, name)) return shown;
        if (!source.hidden) return name;
        // SEO plugins declare the post's first author only; the byline the reader sees names them all.
        return shown && authorCount(shown) > authorCount(name) && sharesName(firstAuthor(shown), firstAuthor(name)) ? shown : name;
      }
      if (!source.weak) fallback ??= name;
    }
  }
  return fallback ?? ownerOfPersonalSite(doc, article, sources.siteNames) ?? accept(dataLayerAuthor(doc)) ?? desk;
}

/**
 * WordPress's "Google Tag Manager for WordPress" plugin writes the post's author into the page's data
 * layer (`"pagePostAuthor":"Jane Doe"`) even when the theme prints no byline. Read last: it is the
 * CMS account's display name, which can be a login name.
 */
function dataLayerAuthor(doc: Document): string | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src')) continue;
    const quoted = script.textContent?.match(DATA_LAYER_AUTHOR)?.[1];
    if (quoted) return jsonString(quoted);
  }
  return null;
}

/** A JSON string literal's value: "Josef Pr\u016f\u0161a" → "Josef Průša". */
function jsonString(quoted: string): string | null {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Every source, most explicit first, read lazily: most pages answer from the first one. */
function bylineSources(doc: Document, article: Record<string, unknown> | null, sources: BylineSources, accept: (raw: string | null | undefined) => string | null): Source[] {
  return [
    { read: () => [joinNames(unique(names(article?.['author'] ?? article?.['creator'], doc).map(accept).filter((n): n is string => !!n)))], hidden: true },
    {
      hidden: true,
      // Scholarly pages list every author in its own tag; citation tags often write "Surname, Given".
      read: () => [
        joinNames(
          unique(
            [...metaContents(doc, 'citation_author'), ...metaContents(doc, 'citation_authors')]
              .map((name) => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'))
              .map(accept)
              .filter((n): n is string => !!n),
          ),
        ),
      ],
    },
    ...['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'].map((key) => ({ read: () => [accept(metaContent(doc, key))], hidden: true })),
    { read: () => [accept(writerCard(doc))], hidden: true },
    { read: () => [markedAuthors(doc, accept)] },
    { read: () => [accept(headlineByline(doc))] },
    { read: () => [nameBeforeDate(doc, accept)] },
    { read: () => [describesWriter(doc, sources.readabilityByline) ? null : accept(sources.readabilityByline)] },
    { read: () => classedAuthors(doc, accept) },
    { read: () => printedWriters(doc, accept), weak: true },
  ];
}

/**
 * "By Jane Doe" by the headline, not "Reviewed by" or "Photos by" someone else. `labelled`: only a
 * byline that opens with its own capitalised label ("By", "Written by"), not "powered by Acme".
 */
function headlineByline(doc: Document, labelled = false): string | null {
  const text = headlineBlockText(doc);
  const host = hostnameOf(doc.URL);
  for (const match of text.matchAll(VISIBLE_BY_ALL)) {
    if (labelled && !OWN_BY_LABEL.test(match[0])) continue;
    const before = text.slice(Math.max(0, (match.index ?? 0) - 25), match.index);
    if (OTHER_CREDIT_BEFORE.test(before) || isNotBylineBy(before, match[1] ?? '', host)) continue;
    return withoutDateMonth(match[1] ?? '', text.slice((match.index ?? 0) + match[0].length)).replace(TEAM_THEN_MORE, '$1');
  }
  return null;
}

/** A "By" line shorter than this is a byline, not a sentence that happens to start with "By". */
const MAX_OPENING_BYLINE = 80;
/** How many paragraphs after the headline may carry a guest writer's byline. */
const OPENING_PARAGRAPHS = 3;
const LABELLED_BYLINE = new RegExp(String.raw`${OWN_BY_LABEL.source}\s*:?\s+\p{Lu}`, 'u');

/**
 * "By: Paul Fenaroli" or "By Lizzie Streit, MS, RDN" as one of the first paragraphs after the
 * headline: a guest post names its writer there, outside the theme's byline.
 */
function openingByline(doc: Document): string | null {
  const headline = storyHeadline(doc);
  if (!headline) return null;
  const paragraphs = doc.getElementsByTagName('p');
  let seen = 0;
  for (let i = 0; i < paragraphs.length && seen < OPENING_PARAGRAPHS; i++) {
    const paragraph = paragraphs[i] as Element;
    // DOCUMENT_POSITION_FOLLOWING: the paragraph comes after the headline.
    if (!(headline.compareDocumentPosition(paragraph) & 4)) continue;
    const text = normalizeSpace(paragraph.textContent ?? '');
    if (!text) continue;
    seen++;
    if (text.length <= MAX_OPENING_BYLINE && LABELLED_BYLINE.test(text)) return text;
  }
  return null;
}

/**
 * "Jane Doe · March 5, 2026" under the headline: a writer printed just before the date, with no "By".
 * Only a full name or a named team: a single word there is as often a section ("Business March 5, 2026").
 */
function nameBeforeDate(doc: Document, accept: (raw: string | null | undefined) => string | null): string | null {
  const title = normalizeSpace(storyHeadline(doc)?.textContent ?? '');
  // The block's text, less a sidebar or footer that follows it: those credit other stories.
  const text = headlineBlockElements(doc)
    .filter((element) => !element.closest(NOT_BYLINE_AREAS))
    .map((element) => spacedText(element, true, MAX_BLOCK_TEXT))
    .join(' ');
  const titleAt = title ? text.lastIndexOf(title) : -1;
  if (titleAt < 0) return null;
  const belowTitle = text.slice(titleAt + title.length);
  const dateAt = firstWrittenDateAt(belowTitle);
  if (dateAt < 0) return null;
  // Nothing but the name between the headline and the date: "Elementor | Web Design Nov 20" is a section path.
  const name = accept(belowTitle.slice(0, dateAt).match(ONLY_NAME)?.[1]);
  return name && (looksLikePersonName(name, true) || TEAM_CREDIT.test(name)) ? name : null;
}

/** A day after a month: "08, 2023", "5 · 3 min"; not a duration ("3 min read"). */
const DAY_AFTER_MONTH = /^\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!\s*(?:min|mins|minutes?|h|hrs?|hours?|sec|seconds?)\b)/;

/** "Scott Pletcher Jun" before "08, 2023": the month of the date that follows is no part of the name. */
function withoutDateMonth(name: string, after: string): string {
  const last = name.match(/\s(\p{L}+)\.?$/u);
  return last && DAY_AFTER_MONTH.test(after) && commonMonthNumber(last[1] ?? '') !== null ? name.slice(0, last.index) : name;
}

/**
 * A "by" that credits no writer: a passive verb ("powered by Disqus", "established by Congress") other
 * than a writer's ("posted by"), or an idiom ("Step by Step Guide").
 */
function isNotBylineBy(before: string, name: string, host: string): boolean {
  const previous = before.match(/(\p{L}+)\W*$/u)?.[1] ?? '';
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "Step by Step", and the site's own name ("Recycle by City" on recyclebycity.com).
  if (previous.toLowerCase() === first || (previous && host.includes(`${previous}by${first}`.toLowerCase()))) return true;
  return (/^\p{Ll}+ed$/u.test(previous) && !WRITER_VERB.test(previous)) || BROWSE_VERB.test(previous);
}

/** "… and Syrian defense ministries": lower-case words after an "and" make a phrase; "and the" may still start a name ("and the Associated Press"). */
const PHRASE_AFTER_AND = new RegExp(String.raw`\s(?:${JOINER_WORDS})\s+\p{Lu}\S*\s+(?!${SURNAME_PARTICLE})\p{Ll}{3,}`, 'u');
/** "Center for …", "Department of …": a name with a lower-case "for" or "of" names a body, not a person. */
const ORGANISATION_PHRASE = /^\p{Lu}\S*(?:\s+\S+)*?\s(?:for|of)\s+\p{Lu}/u;
/** A first name alone: "Linny", "Katerina". */
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;
/** The last name or credential of a byline, with the separator before it. */
const LAST_BYLINE_PART = /(?:\s*,\s*|\s+and\s+)([^,]+)$/;

/**
 * "Jill Disis, CNN Business", "Tanza Loudenback, Business Insider": news bylines name the outlet
 * after the writer, and the outlet is no co-author or credential.
 */
function withoutOutlet(byline: string | null, siteNames: string[]): string | null {
  // A couple's site is named after both ("Kevin & Amanda"): the second is no outlet.
  if (!byline || namesSite(byline.split(AUTHOR_JOINERS).join(' '), siteNames)) return byline;
  let text = byline;
  for (let last = text?.match(LAST_BYLINE_PART); text && last && namesSite(last[1] ?? '', siteNames); last = text.match(LAST_BYLINE_PART)) {
    text = text.slice(0, last.index);
  }
  return text && withoutGluedOutlet(text, siteNames);
}

/** "Elliot Brownstein Florida Today" on floridatoday.com: the outlet's element printed right after the writer's, with no comma. */
function withoutGluedOutlet(byline: string, siteNames: string[]): string {
  const words = byline.split(/\s+/);
  for (let cut = 2; cut <= words.length - 2; cut++) {
    const writer = words.slice(0, cut).join(' ');
    if (siteLike(words.slice(cut).join(' '), siteNames) && looksLikePersonName(writer, true)) return writer;
  }
  return byline;
}

/** Two bylines name the same person when they share a name word: "Jane Doe" and "Jane M. Doe, MD". */
function sharesName(a: string, b: string): boolean {
  const words = new Set(fold(a).split(' ').filter((word) => word.length > 1));
  return fold(b)
    .split(' ')
    .some((word) => words.has(word));
}

/** Yoast and Ghost print the writer as a Twitter card pair: `twitter:label1` "Written by", `twitter:data1` "Jane Doe". */
function writerCard(doc: Document): string | null {
  for (let i = 1; i <= 4; i++) {
    const label = metaContent(doc, `twitter:label${i}`);
    if (!label) return null;
    if (isWriterLabel(label)) return metaContent(doc, `twitter:data${i}`);
  }
  return null;
}

/** "Written by", "Author:", "Interview by": a writer label and nothing else. */
function isWriterLabel(text: string): boolean {
  return WRITER_LABEL.test(text) && !text.replace(WRITER_LABEL, '').trim();
}

/** Elements and printed names that may credit the writer, found in one walk over the body. */
interface AuthorTraces {
  /** `itemprop=author`, `rel=author`, links to author pages. */
  marked: Element[];
  /** Elements classed as the author or byline. */
  classed: Element[];
  /** Names printed after a writer label, beside a person icon or as a portrait's alt text. */
  printed: string[];
}

const tracesCache = new WeakMap<Document, AuthorTraces>();

function authorTraces(doc: Document): AuthorTraces {
  const cached = tracesCache.get(doc);
  if (cached) return cached;
  const traces: AuthorTraces = { marked: [], classed: [], printed: [] };
  // One walk serves the three kinds: each is a full walk on pages that credit nobody.
  firstElements(
    doc.body,
    (element) => {
      if (traces.marked.length < MAX_MARKED && isAuthorMarkup(element)) traces.marked.push(element);
      if (traces.classed.length < MAX_CLASSED && AUTHOR_CLASS.test(element.getAttribute('class') ?? '')) traces.classed.push(element);
      const printed = traces.printed.length < MAX_PRINTED ? printedName(element) : null;
      if (printed) traces.printed.push(printed);
      return false;
    },
    1,
  );
  tracesCache.set(doc, traces);
  return traces;
}

/** A byline that opens with a tag or category link ("Lifestyle · March 12"): its text is a topic, not a name. */
function isTopicLink(element: Element): boolean {
  const link = element.tagName === 'A' ? element : element.querySelector('a[href]');
  const topic = normalizeSpace(link?.textContent ?? '');
  return !!link && !!topic && (link.getAttribute('rel') === 'tag' || TOPIC_PAGE.test(link.getAttribute('href') ?? '')) && normalizeSpace(element.textContent ?? '').startsWith(topic);
}

/** The short line printed just above an element: the name over a writer's description. */
function nameAbove(element: Element): string | null {
  const above = element.previousElementSibling;
  const text = above ? normalizeSpace(above.textContent ?? '') : '';
  return text.length <= MAX_PRINTED_LINE ? text : null;
}

/** Whether the text is what an author box prints under the writer's name: their role or bio, not the name. */
function describesWriter(doc: Document, text: string | null): boolean {
  const folded = fold(text ?? '');
  return !!folded && authorTraces(doc).classed.some((element) => AUTHOR_DETAIL_CLASS.test(element.getAttribute('class') ?? '') && fold(element.textContent ?? '') === folded);
}

/** Author markup; co-authors side by side in one byline are joined. */
function markedAuthors(doc: Document, accept: (raw: string | null | undefined) => string | null): string | null {
  const markup = authorTraces(doc).marked.filter((element) => !CONTAINER_TAGS.test(element.tagName) && !element.closest(NOT_BYLINE_AREAS) && !inOtherStoryCard(element));
  const named = markup.map((element) => ({ element, name: accept(elementName(element.querySelector('[itemprop="name"]') ?? element)) }));
  const first = named.find((n) => n.name);
  if (!first) return null;
  // Author links elsewhere on the page credit other stories.
  const block = first.element.parentElement?.parentElement;
  const coAuthors = named.filter((n) => n.name && n !== first && block?.contains(n.element)).map((n) => n.name as string);
  return joinNames(unique([first.name as string, ...coAuthors]).slice(0, 4));
}

/**
 * Whether the element sits in a teaser for another story ("Related posts"): a small article or
 * microdata post, away from the headline, whose heading links elsewhere.
 */
function inOtherStoryCard(element: Element): boolean {
  const card = element.parentElement?.closest(STORY_CARDS);
  if (!card || (card.textContent ?? '').length > MAX_CARD_CHARS) return false;
  const headline = storyHeadline(element.ownerDocument);
  if (headline && card.contains(headline)) return false;
  const link = card.querySelector<HTMLAnchorElement>('h2 a[href], h3 a[href], h4 a[href]');
  const page = element.ownerDocument.location;
  // The link's own host and path are already resolved against the page's address.
  return !!link && !(link.host === page?.host && link.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, ''));
}

/**
 * Small elements classed as the author or byline ("author-name", but also "author-title" beside it).
 * A writer's description ("author-description": "Licensed Q Grader, M.A. Journalism") follows the name it describes.
 */
function classedAuthors(doc: Document, accept: (raw: string | null | undefined) => string | null): string[] {
  return authorTraces(doc)
    .classed.filter(
      (element) =>
        !CONTAINER_TAGS.test(element.tagName) && element.children.length <= 4 && !element.closest(COMMENT_AREAS) && !isTopicLink(element) && !NOT_NAME_CLASS.test(element.getAttribute('class') ?? ''),
    )
    .map((element) => accept(AUTHOR_DETAIL_CLASS.test(element.getAttribute('class') ?? '') ? nameAbove(element) : elementName(element)))
    .filter((name): name is string => !!name && name.split(/\s+/).length <= 5);
}

/**
 * The writer as printed anywhere on the page, where templates carry no author markup: a label and the
 * name after it ("Written by" / "Jack Shepherd"), a whole line "By Md Aynal Haque", or a portrait
 * whose alt text is the name. Page text is full of "by" phrases ("by providing your email"): only a
 * capitalised name counts.
 */
function printedWriters(doc: Document, accept: (raw: string | null | undefined) => string | null): string[] {
  return authorTraces(doc)
    .printed.map(accept)
    .filter((name): name is string => !!name && looksLikePersonName(firstAuthor(name), true));
}

function printedName(element: Element): string | null {
  if (element.tagName === 'IMG') return portraitName(element);
  // Most elements are ruled out by their first words, without reading all their text.
  const leading = leadingText(element);
  if (!leading && PERSON_ICON.test(element.getAttribute('class') ?? '') && !element.textContent?.trim()) {
    // A person icon before the name: "<i class="bi bi-person"></i> Bence Kovács".
    const line = normalizeSpace(element.parentElement?.textContent ?? '');
    return line.length <= MAX_PRINTED_LINE && !element.closest(NOT_PRINTED_BYLINE_AREAS) ? line : null;
  }
  const bio = element.tagName === 'P' ? bioName(element) : null;
  if (bio) return bio;
  const nameThenDetail = leading.match(NAME_THEN_DETAIL);
  if (nameThenDetail && (ROLE_WORDS.test(nameThenDetail[2] ?? '') || /\d{4}/.test(nameThenDetail[2] ?? ''))) {
    // "Aaron Ricadela | Senior Writer | July 2, 2025": a name, then the writer's role or the date.
    return element.closest(NOT_BYLINE_AREAS) ? null : (nameThenDetail[1] ?? null);
  }
  if (!WRITER_LABEL.test(leading) || element.childElementCount > 3) return null;
  const text = normalizeSpace(element.textContent ?? '');
  const rest = text.replace(WRITER_LABEL, '');
  if (rest === text || rest.length > MAX_PRINTED_LINE) return null;
  if (rest) return element.closest(NOT_BYLINE_AREAS) ? null : rest;
  // A label alone ("Author" over the name) is an author box's, and those sit in asides and footers too.
  if (element.closest(NOT_PRINTED_BYLINE_AREAS)) return null;
  // The name follows the label in its line ("<b>Author:</b> Jane Doe"), in the next
  // element, or in the one after the label's wrapper.
  const next = element.nextElementSibling ?? element.parentElement?.nextElementSibling;
  // "Authors" over a list: one name an item.
  if (next && /^(UL|OL)$/.test(next.tagName)) return namesInList(next);
  const line = normalizeSpace(element.parentElement?.textContent ?? '');
  if (line.length <= MAX_PRINTED_LINE && line.startsWith(text) && line.length > text.length) return line.slice(text.length);
  return next && (next.textContent ?? '').length <= MAX_PRINTED_LINE ? spacedText(next, true, MAX_PRINTED_LINE) : null;
}

/** A short list's items as "A, B, C"; a long one is a menu, not a list of authors. */
function namesInList(list: Element): string | null {
  const items = Array.from(list.children).map((item) => normalizeSpace(item.textContent ?? ''));
  return items.length <= MAX_LISTED_AUTHORS && items.every((item) => item && item.length <= MAX_PRINTED_LINE) ? items.join(', ') : null;
}

/**
 * An author box: the writer's name or portrait, then a short bio that opens by saying who they are
 * ("Julia Gralberg is a freelance travel writer…"). A story's own "X is a professor of…" has no
 * name or portrait over it.
 */
function bioName(paragraph: Element): string | null {
  const text = normalizeSpace(paragraph.textContent ?? '');
  if (text.length > MAX_BIO_CHARS) return null;
  const bio = text.match(BIO_SENTENCE);
  const name = bio?.[1];
  if (!name || !(ROLE_WORDS.test(bio[2] ?? '') || BIO_OCCUPATION.test(bio[2] ?? '')) || paragraph.closest(NOT_PRINTED_BYLINE_AREAS)) return null;
  const above = paragraph.previousElementSibling;
  const sameName = (value: string | null | undefined): boolean => normalizeSpace(value ?? '').toLowerCase() === name.toLowerCase();
  const introduced = !!above && (sameName(above.textContent) || Array.from(above.getElementsByTagName('img')).some((img) => sameName(img.getAttribute('alt'))));
  return introduced ? name : null;
}

/** The element's first own text, trimmed: "By" in "<p>By <b>Jane Doe</b></p>". */
function leadingText(element: Element): string {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && child.nodeValue?.trim()) return child.nodeValue.trim();
    if (child.nodeType === 1) return '';
  }
  return '';
}

/**
 * A portrait's alt text names the writer when the image says it is one (an avatar, an author photo)
 * or when the same name is printed beside it.
 */
function portraitName(image: Element): string | null {
  const alt = normalizeSpace(image.getAttribute('alt') ?? '')
    .replace(PORTRAIT_ALT_PREFIX, '')
    .replace(PORTRAIT_ALT_SUFFIX, '');
  if (!alt) return nameAfterAvatar(image);
  if (!looksLikePersonName(firstAuthor(alt), true)) return null;
  // The wrapper often says what the image is: "<div class="author-image"><a><img></a></div>".
  const wrappers = [image.parentElement, image.parentElement?.parentElement].map((element) => element?.getAttribute('class') ?? '');
  const hint = `${image.getAttribute('class') ?? ''} ${image.getAttribute('src') ?? ''} ${wrappers.join(' ')}`;
  const beside = normalizeSpace(image.parentElement?.textContent ?? '');
  // A name printed beside a photo-sized image is a teaser's title under its picture.
  const isPortrait = (PORTRAIT_IMAGE.test(hint) && !NOT_PORTRAIT.test(hint)) || (beside.length <= MAX_PRINTED_LINE && beside.startsWith(alt) && !linksAway(image) && !isPhotoSized(image));
  return isPortrait && !image.closest(NOT_PRINTED_BYLINE_AREAS) && !illustratesStory(image, alt) ? nameWithCredentials(alt) : null;
}

/** An image that links to another site is an ad, a partner's badge or a share button, whatever its caption. */
function linksAway(image: Element): boolean {
  const link = image.closest<HTMLAnchorElement>('a[href]');
  return !!link?.host && link.host !== image.ownerDocument.location?.host;
}

/** An avatar with no alt text, the name printed right after it: "<img class="avatar"> Mahua Das in <a>Category</a>". */
function nameAfterAvatar(image: Element): string | null {
  if (!PORTRAIT_IMAGE.test(image.getAttribute('class') ?? '') || image.closest(NOT_PRINTED_BYLINE_AREAS)) return null;
  const after = image.nextSibling;
  const text = after?.nodeType === 3 ? normalizeSpace(after.nodeValue ?? '').replace(TRAILING_PREPOSITION, '') : '';
  return text && text.length <= MAX_PRINTED_LINE ? text : null;
}

/**
 * An image in a paragraph among the story's paragraphs illustrates the story: a screenshot of a
 * "profile page" is no portrait of the writer. A hand-written author box prints the name right under it.
 */
function illustratesStory(image: Element, alt: string): boolean {
  const paragraph = image.closest('p');
  const siblings = paragraph?.parentElement ? Array.from(paragraph.parentElement.children) : [];
  const inRunningText = siblings.filter((sibling) => sibling.tagName === 'P' && (sibling.textContent ?? '').length >= RUNNING_TEXT_CHARS).length >= 2;
  return inRunningText && !normalizeSpace(paragraph?.nextElementSibling?.textContent ?? '').startsWith(alt);
}

/** "Jane Doe, MD, FACP, smiling in a white coat" → "Jane Doe, MD, FACP": the description after the name goes. */
function nameWithCredentials(text: string): string {
  const [name = '', ...rest] = text.split(/\s*,\s*/);
  return [name, ...leadingCredentials(rest)].join(', ');
}

/** The credentials at the start of what follows a name: "MD", "FOMA" of ["MD", "FOMA", "with a blurred lake"]. */
function leadingCredentials(parts: string[]): string[] {
  const end = parts.findIndex((part) => !CREDENTIAL.test(part));
  return parts.slice(0, end < 0 ? parts.length : end);
}

function authorCount(byline: string): number {
  return byline.split(AUTHOR_JOINERS).filter(Boolean).length;
}

/** The first of several authors: "Jane Doe" of "Jane Doe, MD and Li Wei". */
function firstAuthor(byline: string): string {
  return byline.split(AUTHOR_JOINERS)[0] ?? '';
}

/**
 * A personal site names its writer in its own name ("Colin Watson's blog"), its title suffix
 * ("Go ahead, self-host Postgres | Pierce Freeman") or its copyright line ("© 2025 Toby Hede").
 * Only a person's name counts, and only when the page speaks in the first person: a company's
 * site can be named like a person too.
 */
function ownerOfPersonalSite(doc: Document, article: JsonLdNode | null, siteNames: string[]): string | null {
  for (const site of siteNames) {
    const owner = site.match(PERSONAL_SITE)?.[1];
    if (owner && looksLikePersonName(owner, true)) return owner;
  }
  const footers = doc.getElementsByTagName('footer');
  // A title with no separator is the story's own, not a site's name after it.
  const segments = titleSegments(doc.title);
  // Read lazily, cheapest first: most pages stop at their site's name.
  const candidates = [
    ...siteNames.map((site) => () => site),
    () => (segments.length > 1 ? segments[segments.length - 1] : null),
    () => normalizeSpace(footers[footers.length - 1]?.textContent ?? '').match(COPYRIGHT_HOLDER)?.[1],
    () => aboutMePortrait(doc),
  ];
  for (const candidate of candidates) {
    const name = candidate()?.trim();
    if (name && looksLikePersonName(name, true) && !isLongSiteName(name) && !namesCompany(article, name)) return speaksInFirstPerson(doc) ? name : null;
  }
  return null;
}

/** Four capitalised words name a site ("Tiny House Giant Journey") more often than its owner; particles do not count ("Jan van der Berg"). */
function isLongSiteName(name: string): boolean {
  return name.split(/\s+/).filter((word) => !NAME_PARTICLES.test(word)).length > 3;
}

/** A blog's "About me" box shows its writer's portrait, the alt text their name. */
function aboutMePortrait(doc: Document): string | null {
  for (const heading of Array.from(doc.querySelectorAll('h2, h3, h4')).slice(0, 60)) {
    if (!ABOUT_ME.test(normalizeSpace(heading.textContent ?? ''))) continue;
    const alt = heading.parentElement?.querySelector('img[alt]')?.getAttribute('alt');
    if (alt) return normalizeSpace(alt);
  }
  return null;
}

/** "I" and "my" in at least one word in a hundred of the page's paragraphs. */
function speaksInFirstPerson(doc: Document): boolean {
  const text = Array.from(doc.getElementsByTagName('p'))
    .slice(0, 60)
    .map((p) => p.textContent ?? '')
    .join(' ');
  const words = text.split(/\s+/).length;
  return words >= 100 && (text.match(I_WORDS) ?? []).length / words >= 0.01;
}

/**
 * The publisher's own name: equal to the site name or the host ("USA TODAY", usatoday.com), or its
 * initials ("British Heart Foundation", bhf.org.uk).
 */
function siteLike(name: string, siteNames: string[]): boolean {
  // A name written as the site's address ("paperium.net", "www.example.com") is compared without it.
  const words = fold(name.replace(SITE_ADDRESS, '$1')).split(' ').filter(Boolean);
  const joined = words.join('');
  const initials = words.length >= 3 ? words.map((w) => w[0]).join('') : '';
  return siteNames.some((site) => {
    const s = fold(site).replace(/ /g, '');
    return !!s && (joined === s || initials === s);
  });
}

/** A name shaped like a person's that a company goes by: it says what the company does, is an acronym, or JSON-LD types it so. */
function namesCompany(article: JsonLdNode | null, name: string): boolean {
  return BUSINESS_WORDS.test(name) || (ACRONYM.test(name) && /\p{Ll}/u.test(name)) || declaredOrganisation(article, name);
}

/**
 * Whether the story's JSON-LD author is `name`, typed as an organisation. Not the publisher or the
 * graph's Organization: SEO plugins declare a personal site one, named after its writer.
 */
function declaredOrganisation(article: JsonLdNode | null, name: string): boolean {
  const folded = fold(name);
  const authors = [article?.['author']].flat().filter((author): author is JsonLdNode => !!author && typeof author === 'object');
  return authors.some((author) => fold(stringValue(author['name']) ?? '') === folded && typesOf(author).some((type) => ORGANISATION_TYPE.test(type)));
}

/**
 * A person's name ("Rick Steves"), or different people each named in full or by first name
 * ("Kevin & Amanda"); not a firm named twice over ("Morgan & Morgan").
 */
function namesPeople(text: string): boolean {
  const parts = text.split(AUTHOR_JOINERS).filter(Boolean);
  if (parts.length === 1) return looksLikePersonName(text);
  return new Set(parts).size === parts.length && parts.every((part) => FIRST_NAME.test(part) || looksLikePersonName(part, true));
}

function isAuthorMarkup(element: Element): boolean {
  return element.getAttribute('itemprop') === 'author' || element.getAttribute('rel') === 'author' || (element.tagName === 'A' && AUTHOR_PAGE.test(element.getAttribute('href') ?? ''));
}

/**
 * Two to four name-shaped words and no organisation word: "Jane Doe", "Christopher S. Penn", and
 * unless `capitalisedOnly`, "annette thurmon".
 */
function looksLikePersonName(name: string, capitalisedOnly = false): boolean {
  // "Marna van der Merwe": particles are part of the surname and do not count as words.
  const words = name.split(/\s+/).filter((w) => !NAME_PARTICLES.test(w));
  // "Cleveland.com": a web address names a publisher.
  if (words.length < 2 || words.length > 4 || ORGANISATION_WORDS.test(name) || words.some((w) => /\.\p{Ll}{2,}$/u.test(w))) return false;
  const capitalised = words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
  const lowerCase = words.every((w) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(w));
  return capitalised || (lowerCase && !capitalisedOnly);
}

function elementName(element: Element): string {
  const content = element.getAttribute('content');
  if (content) return content;
  const text = spacedText(element, true, 200);
  return text.length > 150 ? '' : text;
}

/** "By Jane Doe | Updated 3 May" → "Jane Doe"; "Jane DoeScience Editor" → "Jane Doe"; "By" → null. */
export function cleanByline(raw: string): string | null {
  let text = repairMojibake(normalizeSpace(raw)).replace(GLUED_DATE, '$1 ').replace(GLUED_WORDS, '$1 | ').replace(LEADING_DATE, '').replace(BY_PREFIX, '').replace(/^[\s|]+/, '');
  // A profile address ("www.facebook.com/jane") is no name, and its words would be cut as a byline's tail.
  if (/^[[(]|\bsubmitted\b|^(https?:\/\/|www\.)/i.test(text)) return null;
  text = text.replace(BYLINE_TAIL, '');
  if (TRAILING_PREPOSITION.test(text)) return null;
  // A full stop after a whole word ends the sentence; after an initial it belongs to the name.
  text = withoutTrailingNoise(text.replace(/[\s,;:|–—-]+$/, '').replace(/(\p{Ll}{2})\.$/u, '$1').trim());
  if (text.length < 2 || text.length > 100 || LABEL_ONLY.test(text)) return null;
  if (!/\p{L}/u.test(text)) return null;
  // A sentence is not a name; an initial ("Christopher S. Penn", "Z.B. Steele") is no sentence end.
  // A long credit that opens with a name is a name and its title ("Benjamin Johnson, Sr. Director of Operations, …").
  const opensWithName = looksLikePersonName(text.split(',')[0] ?? '', true);
  if ((text.split(/\s+/).length > 12 && !opensWithName) || /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text)) return null;
  return keepNames(text);
}

/**
 * Words that neighbouring elements leave on a name: "Damien Walter December" (the date's month),
 * "Sara Harberson In" (… In Category), "JWU Last" (… Last updated), "EcoFlow- 2025/", and the
 * initials of an avatar placeholder before it ("CM Craig McCarthy").
 */
function withoutTrailingNoise(text: string): string {
  const words = text.replace(/[\s/|–—-]+\d[\s\d/|–—-]*$/, '').split(/\s+/);
  for (;;) {
    const last = words[words.length - 1] ?? '';
    // Three-letter months are given names too ("Jan", "May"), and a two-word name may end in one ("Tom May").
    const isMonth = commonMonthNumber(last) !== null && last.length >= 4 && words.length >= 3;
    if (!(isMonth || (TRAILING_NOISE.test(last) && words.length >= 2))) break;
    words.pop();
  }
  const initials = words
    .slice(1)
    .map((w) => w[0])
    .join('');
  if (words.length >= 3 && words[0] === initials) words.shift();
  return words.join(' ');
}

/**
 * "Jane Doe, Associate Editor, PCWorld" → "Jane Doe"; "Jane Doe, Ravi Patel and Li Wei" stays whole.
 * Parts after the first that are not name-shaped are roles or employers. A role alone is no byline.
 */
function keepNames(text: string): string | null {
  const parts = text.split(AUTHOR_JOINERS).filter(Boolean);
  // "The Russian and Syrian defense ministries": an "and" inside a phrase, not between names.
  if (PHRASE_AFTER_AND.test(text)) return null;
  // "Center for Drug Evaluation and Research": a body's name, whose "and" joins no two people.
  if (parts.length > 1 && ORGANISATION_PHRASE.test(parts[0] ?? '')) return text;
  const first = withoutRole(parts[0] ?? '');
  if (!first) return null;
  if (parts.length === 1) return first.split(/\s+/).length <= MAX_NAME_WORDS ? first : null;
  const kept = [first];
  for (const part of parts.slice(1)) {
    // "Linny and Peter": first names together.
    const firstNames = FIRST_NAME.test(first) && FIRST_NAME.test(part);
    if ((!looksLikePersonName(part) && !firstNames) || ROLE_WORDS.test(part)) break;
    kept.push(part);
  }
  // Credentials after a comma ("Dylan Bailey, MS, RD") are not more authors but stay with the name.
  const credentials = kept.length === 1 ? leadingCredentials(parts.slice(1)) : [];
  return credentials.length ? [first, ...credentials].join(', ') : joinNames(kept);
}

function withoutRole(text: string): string | null {
  const words = text.split(/\s+/);
  // The role can come first: "BHF Senior Dietitian Tracy Parker", "Staff Writer Jane Doe".
  const afterRole = words.slice(words.findLastIndex((w) => ROLE_WORDS.test(w)) + 1);
  if (afterRole.length < words.length && looksLikePersonName(afterRole.join(' '), true) && afterRole.length <= 3) return afterRole.join(' ');
  if (ROLE_OPENERS.test(words[0] ?? '') && words.some((w) => ROLE_WORDS.test(w))) return null;
  const roleAt = words.findIndex((w) => ROLE_WORDS.test(w));
  if (roleAt < 2) return text;
  // A middle initial makes it a three-word name.
  const nameLength = roleAt >= 3 && /^\p{Lu}\.?$/u.test(words[1] ?? '') ? 3 : 2;
  return words.slice(0, nameLength).join(' ');
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = fold(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
