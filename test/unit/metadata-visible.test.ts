import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../src/core/metadata.ts';
import { cleanByline } from '../../src/core/metadata-byline.ts';
import { toIsoDate } from '../../src/core/metadata-date.ts';
import { monthNumber } from '../../src/core/metadata-date-words.ts';

function page(head: string, body = '', url = 'https://news.example.com/story'): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

const SITE_HEADER = '<header role="banner"><h1 class="site-title">Garden Weekly</h1><nav><a href="/">Home</a></nav></header>';

describe('title from the visible headline', () => {
  it('prefers the story <h1> over a reworded SEO title that shares its subject', () => {
    const doc = page(
      '<meta property="og:title" content="Best Budget Seed Trays 2026 | Garden Weekly"><meta property="og:site_name" content="Garden Weekly">',
      `${SITE_HEADER}<main><article><h1 class="entry-title">The 6 Seed Trays We Keep Reusing</h1><p>Body.</p></article></main>`,
    );
    expect(readMetadata(doc, doc.URL).title).toBe('The 6 Seed Trays We Keep Reusing');
  });

  it('takes the <h1> when the metadata title only adds a section or site tail to it', () => {
    const doc = page('<title>Soil Health | Rural Research Service</title>', '<main><h1>Soil Health</h1><p>Body.</p></main>');
    expect(readMetadata(doc, doc.URL).title).toBe('Soil Health');
  });

  it('ignores a logo <h1>, a heading unrelated to the metadata titles, and an unrendered template', () => {
    const doc = page(
      '<title>Why tomatoes split after rain - Garden Weekly</title><meta property="og:site_name" content="Garden Weekly">',
      `${SITE_HEADER}<h1>{{ page.title }}</h1><main><h1>A message from our sponsor</h1><p>Body.</p></main>`,
    );
    expect(readMetadata(doc, doc.URL).title).toBe('Why tomatoes split after rain');
  });

  it('reads words split by <br> or blocks as separate words, and drops a date printed before the headline', () => {
    const doc = page(
      '<title>Pruning roses in winter</title>',
      '<article><h1 class="post-title"><span>Dec 18 2025</span> Pruning roses<br>in winter</h1></article>',
    );
    expect(readMetadata(doc, doc.URL).title).toBe('Pruning roses in winter');
  });
});

describe('title from metadata alone', () => {
  it('drops a short section or place after a pipe, and a "(via …)" credit', () => {
    expect(readMetadata(page('<title>Building Permits | Springfield, OR</title>'), 'https://x.test/a').title).toBe('Building Permits');
    expect(readMetadata(page('<title>Ferry timetable changes (via Harbour Blog)</title>'), 'https://x.test/a').title).toBe('Ferry timetable changes');
    // A dash may join two halves of a headline: a two-word head keeps its tail.
    expect(readMetadata(page('<title>Climate Change - What It Means</title>'), 'https://x.test/a').title).toBe('Climate Change - What It Means');
  });
});

describe('byline from the page', () => {
  it('joins several JSON-LD authors as "A, B and C"', () => {
    const ld = { '@type': 'NewsArticle', headline: 'H', author: ['Ana Lima', { name: 'Tom Reed' }, { name: 'Li Wei' }] };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(readMetadata(doc, doc.URL).byline).toBe('Ana Lima, Tom Reed and Li Wei');
  });

  it('reads an author link before a wrong Readability byline, with element edges as word breaks', () => {
    const doc = page(
      '',
      '<article><h1>Storm damage</h1><div class="meta"><a href="/author/jane-doe"><span>Jane Doe</span><span>Senior Reporter</span></a></div></article>',
    );
    expect(readMetadata(doc, doc.URL, { byline: 'Senior Reporter' }).byline).toBe('Jane Doe');
  });

  it('finds "By X" printed next to the headline when there is no author markup', () => {
    const doc = page('', '<article><header><h1>Storm damage along the coast</h1><p>By Marta Ruiz · 3 min read</p></header><p>Text.</p></article>');
    expect(readMetadata(doc, doc.URL).byline).toBe('Marta Ruiz');
  });

  it('refuses labels alone and roles alone, keeps "X Staff" and cuts roles glued to a name', () => {
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('Author:')).toBeNull();
    expect(cleanByline('Senior Autos Reporter')).toBeNull();
    expect(cleanByline('Podium Staff')).toBe('Podium Staff');
    expect(cleanByline('Mateusz KowalskiFounder at Woodshop')).toBe('Mateusz Kowalski');
    expect(cleanByline('Jane Doe, Associate Editor, Example Weekly')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe, Ravi Patel and Li Wei')).toBe('Jane Doe, Ravi Patel and Li Wei');
    expect(cleanByline('Written by Jane Doe 10 mins read')).toBe('Jane Doe');
    expect(cleanByline('Von Jana Müller')).toBe('Jana Müller');
    expect(cleanByline('Kate McCarthy')).toBe('Kate McCarthy');
  });

  // A two-word organisation name equal to the site's ("Acme Tools") still passes as a person: no name lists here.
  it('skips author links in comments, keeps credentials, and lists every citation_author', () => {
    const doc = page(
      '',
      '<article><h1>Storm damage</h1><p>Text.</p></article><section id="comments"><a rel="author" href="/author/troll">Karl Troll</a></section>',
    );
    expect(readMetadata(doc, doc.URL).byline).toBeNull();
    expect(cleanByline('Dylan Bailey, MS, RD')).toBe('Dylan Bailey, MS, RD');
    const paper = page('<meta name="citation_author" content="Lima, Ana"><meta name="citation_author" content="Tom Reed">');
    expect(readMetadata(paper, paper.URL).byline).toBe('Ana Lima and Tom Reed');
  });

  it('keeps a person named like their own site, but not an organisation named like the site', () => {
    const personal = page('<meta name="author" content="Elena McAllister">', '', 'https://elenamcallister.com/post');
    expect(readMetadata(personal, personal.URL).byline).toBe('Elena McAllister');
    const shop = page('<meta property="og:site_name" content="Harbor Hardware Store"><meta name="author" content="Harbor Hardware Store">');
    expect(readMetadata(shop, shop.URL).byline).toBeNull();
  });
});

describe('published date written on the page', () => {
  it('reads month names in several languages', () => {
    expect(monthNumber('décembre')).toBe(12);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('juil')).toBe(7);
    expect(monthNumber('jui')).toBeNull();
    expect(monthNumber('Tuesday')).toBeNull();
    expect(toIsoDate('19 Dec 2025')).toBe('2025-12-19');
    expect(toIsoDate('4. Mai 2025')).toBe('2025-05-04');
    expect(toIsoDate('4 de mayo de 2025')).toBe('2025-05-04');
    expect(toIsoDate('12 settembre 2024')).toBe('2024-09-12');
    expect(toIsoDate('3 maart 2023')).toBe('2023-03-03');
    expect(toIsoDate('4 augusti 2025')).toBe('2025-08-04');
    expect(toIsoDate('16 grudnia 2025')).toBe('2025-12-16');
    expect(toIsoDate('16 декабря 2025')).toBe('2025-12-16');
    expect(toIsoDate('2025年1月6日')).toBe('2025-01-06');
    expect(toIsoDate('2025년 12월 16일')).toBe('2025-12-16');
    expect(toIsoDate('15 października 2024')).toBe('2024-10-15');
    expect(toIsoDate('3. marts 2025')).toBe('2025-03-03');
    // Words that would be month prefixes in those languages are words: "list", "des".
    expect(toIsoDate('Our Top 10 List 2025')).toBeNull();
    expect(toIsoDate('Les 10 des 2024 meilleurs')).toBeNull();
  });

  /** Each date line printed under a story's headline gives the page that date. */
  const expectDates = (cases: [dateLine: string, date: string][]): void => {
    for (const [dateLine, date] of cases) {
      const doc = page('', `<article><header><h1>Storm damage along the coast</h1><p>${dateLine}</p></header><p>${'The storm moved north overnight. '.repeat(20)}</p></article>`);
      expect(readMetadata(doc, doc.URL).publishedTime, dateLine).toBe(date);
    }
  };

  it('tells the publication date from an edit by labels in other languages, accented or not in Latin letters', () => {
    expectDates([
      ['Mis à jour 5.1.2026, publié 19.12.2025', '2025-12-19'],
      ['Обновлено 5 января 2026 · Опубликовано 19 декабря 2025', '2025-12-19'],
      ['更新 2026年1月5日 · 公開日 2025年12月19日', '2025-12-19'],
    ]);
  });

  it('reads a Chinese, Japanese or Korean date printed alone at the end of the story', () => {
    const prose = '<p>The storm moved north overnight and left the harbour wall cracked in two places.</p>'.repeat(60);
    const doc = page('', `<article><h1>Storm damage along the coast</h1>${prose}<div class="box"><span>2025年1月6日</span></div></article>`);
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2025-01-06');
  });

  it('reads the date printed by the headline in Polish, Russian and Japanese', () => {
    expectDates([
      ['Opublikowano 3 maja 2024', '2024-05-03'],
      ['Опубликовано 16 декабря 2025', '2025-12-16'],
      ['公開日 2025年1月6日', '2025-01-06'],
    ]);
  });

  it('takes the "Published" date by the headline over an "Updated" one and over dateModified', () => {
    const ld = { '@type': 'Article', headline: 'H', dateModified: '2026-01-05' };
    const doc = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      '<article><div class="head"><h1>Storm damage along the coast</h1><p>Updated January 5, 2026</p><p>Published December 19, 2025</p></div><p>Text.</p></article>',
    );
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2025-12-19');
  });

  it('prefers the date shown by the headline to metadata, keeping the metadata timestamp when they agree', () => {
    const ld = (date: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'H', datePublished: date })}</script>`;
    const body = '<article><header><h1>Storm damage along the coast</h1><p>By Marta Ruiz · 19 Dec, 2025</p></header><p>Text.</p></article>';
    expect(readMetadata(page(ld('2024-01-02T10:00:00Z'), body), 'https://x.test/a').publishedTime).toBe('2025-12-19');
    expect(readMetadata(page(ld('2025-12-19T08:30:00+01:00'), body), 'https://x.test/a').publishedTime).toBe('2025-12-19T08:30:00+01:00');
  });

  it('lets the metadata timestamp stand when the printed date is its local day or an ambiguous numeric date read the other way', () => {
    const ld = (date: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'H', datePublished: date })}</script>`;
    const body = (shown: string) => `<article><header><h1>Storm damage along the coast</h1><p>By Marta Ruiz · ${shown}</p></header><p>Text.</p></article>`;
    expect(readMetadata(page(ld('2025-12-02T23:00:55+00:00'), body('3 Dec 2025')), 'https://x.test/a').publishedTime).toBe('2025-12-02T23:00:55+00:00');
    expect(readMetadata(page(ld('2025-08-01T15:01:58+00:00'), body('08/01/2025')), 'https://x.test/a').publishedTime).toBe('2025-08-01T15:01:58+00:00');
    expect(readMetadata(page(ld('2025-08-01T15:01:58+00:00'), body('20 Aug 2025')), 'https://x.test/a').publishedTime).toBe('2025-08-20');
  });

  it('treats "Updated on" as an edit, not a publication, and then lets metadata speak', () => {
    const doc = page('<meta property="article:published_time" content="2024-06-01">', '<article><h1>Storm damage along the coast</h1><p>Jane Doe · Updated on March 7, 2025</p></article>');
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2024-06-01');
  });

  it('reads an ambiguous numeric date in the order the page writes its other numeric dates', () => {
    const body = (others: string) =>
      `<article><header><h1>Candidate experience at a carrier</h1><p>03/01/2017 by Agatha Caleo</p></header><p>Text.</p></article><aside><ul>${others}</ul></aside>`;
    expect(readMetadata(page('', body('<li>Webinar 12/16/2025</li>')), 'https://x.test/a').publishedTime).toBe('2017-03-01');
    expect(readMetadata(page('', body('<li>Webinar 16.12.2025</li>')), 'https://x.test/a').publishedTime).toBe('2017-01-03');
    expect(readMetadata(page('', body('')), 'https://x.test/a').publishedTime).toBe('2017-01-03');
    // With no other numeric date, the page's language decides: English with no region or in the US writes the month first.
    const inLanguage = (lang: string) => new JSDOM(`<!doctype html><html lang="${lang}"><body>${body('')}</body></html>`, { url: 'https://x.test/a' }).window.document;
    expect(readMetadata(inLanguage('en'), 'https://x.test/a').publishedTime).toBe('2017-03-01');
    expect(readMetadata(inLanguage('en-US'), 'https://x.test/a').publishedTime).toBe('2017-03-01');
    expect(readMetadata(inLanguage('en-GB'), 'https://x.test/a').publishedTime).toBe('2017-01-03');
  });

  it('tells an unlabelled edit date from the publication date by the theme markup around it', () => {
    const ld = { '@type': 'Article', headline: 'H', datePublished: '2025-04-24T16:12:49+00:00' };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    const dates = (editClass: string) =>
      `<article><header><h1>Espresso machines under $500</h1><span class="posted-on"><time class="${editClass}" datetime="2025-05-21">May 21, 2025</time> <time class="entry-date published" datetime="2025-04-24">April 24, 2025</time></span></header><p>Text.</p></article>`;
    expect(readMetadata(page(head, dates('updated')), 'https://x.test/a').publishedTime).toBe('2025-04-24T16:12:49+00:00');
    // Without markup saying which is which, the first printed date is the one the reader sees.
    expect(readMetadata(page(head, dates('entry-date')), 'https://x.test/a').publishedTime).toBe('2025-05-21');
  });

  it('finds the headline of a page with no <h1> by its printed title, and a dateline just above a headline', () => {
    const prose = '<p>Global market data shows HR software spending is growing, and small firms are buying it first.</p>'.repeat(20);
    const builder = page(
      '<title>Top 5 HR Management Software in 2026 | DianaHR</title>',
      `<div><div><p class="framer-text">Top 5 HR Management Software in 2026</p><p>DianaHR Team</p><p>Feb 16, 2026</p></div><div>${prose}</div></div>`,
    );
    expect(readMetadata(builder, 'https://x.test/a').publishedTime).toBe('2026-02-16');
    const dateline = page('', `<article><date>December 19th, 2025</date><h1>Digital Photo Frame App Makes Old Hardware Useful Again</h1>${prose}</article>`);
    expect(readMetadata(dateline, 'https://x.test/a').publishedTime).toBe('2025-12-19');
  });

  it('survives a page handed over without an address', () => {
    const doc = page('');
    expect(() => readMetadata(doc, undefined as unknown as string)).not.toThrow();
  });
});
