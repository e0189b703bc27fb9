import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../src/core/metadata.ts';
import { stripSiteName } from '../../src/core/metadata-title.ts';
import { cleanByline } from '../../src/core/metadata-byline.ts';
import { toIsoDate } from '../../src/core/metadata-date.ts';
import { repairMojibake } from '../../src/core/metadata-text.ts';
import { decodeEntities } from '../../src/core/text.ts';

const SEED = '/work/shared/fixtures/seed-liveblog';

function page(head: string, body = '', url = 'https://news.example.com/story'): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

describe('readMetadata on the seed live blog', () => {
  const expected = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
  const doc = new JSDOM(readFileSync(`${SEED}/page.html`, 'utf8'), { url: expected.url }).window.document;
  const metadata = readMetadata(doc, expected.url);

  it('reads title, site, date, language and excerpt as the page declares them', () => {
    expect(metadata.title).toBe(expected.title);
    expect(metadata.siteName).toBe(expected.siteName);
    expect(metadata.publishedTime).toBe(expected.publishedTime);
    expect(metadata.lang).toBe(expected.lang);
    expect(metadata.excerpt).toBe(expected.excerpt);
  });

  it('never gives the site name as the byline (JSON-LD author is the publisher itself)', () => {
    expect(metadata.byline).toBeNull();
  });
});

describe('title', () => {
  it('drops the site suffix whatever the separator', () => {
    expect(stripSiteName('Storm hits coast | The Independent', ['The Independent'])).toBe('Storm hits coast');
    expect(stripSiteName('Storm hits coast - BBC News', ['BBC'])).toBe('Storm hits coast');
    expect(stripSiteName('BBC News – Storm hits coast', ['BBC'])).toBe('Storm hits coast');
  });

  it('keeps a title that merely mentions the site, and hyphens inside the headline', () => {
    expect(stripSiteName('Apple unveils a phone | Apple', ['Apple'])).toBe('Apple unveils a phone');
    expect(stripSiteName('Covid-19 cases rise again - in charts', ['Example'])).toBe('Covid-19 cases rise again - in charts');
  });

  it("takes the <h1> that is one part of the title over a blog's section <h1>, the other part a site name it does not know", () => {
    const doc = page(
      '<title>Defer, Panic, and Recover - The Go Programming Language</title>',
      '<main><div class="Article"><h1 class="small"><a href="/blog/">The Go Blog</a></h1><h1>Defer, Panic, and Recover</h1><p>Go has the usual mechanisms for control flow.</p></div></main>',
      'https://go.dev/blog/defer-panic-and-recover',
    );
    expect(readMetadata(doc, doc.URL).title).toBe('Defer, Panic, and Recover');
  });

  it('keeps words apart where a utility class lays a subtitle out as a block', () => {
    const doc = page('<title>The Best Notion Alternatives: Top Note-taking Tools | Tool Finder</title>', '<h1>The Best Notion Alternatives<span class="block mt-1">Top Note-taking Tools</span></h1><p>text</p>');
    expect(readMetadata(doc, doc.URL).title).toBe('The Best Notion Alternatives Top Note-taking Tools');
  });

  it('prefers the visible <h1> when a metadata title confirms it', () => {
    const doc = page(
      '<title>Ten ways to save energy this winter | Home Site</title><meta property="og:site_name" content="Home Site">',
      '<h1>Ten ways to save energy this winter</h1><p>text</p>',
    );
    expect(readMetadata(doc, doc.URL).title).toBe('Ten ways to save energy this winter');
  });

  /** The title read from a page with this <title> and this <h1> in its article. */
  const titled = (title: string, h1: string) => readMetadata(page(`<title>${title}</title>`, `<article><h1>${h1}</h1><p>text</p></article>`), 'https://news.example.com/story').title;

  it('takes the <h1> when the metadata title only adds a section or site name beside it, but a fuller headline otherwise', () => {
    expect(titled('Opinion | Republicans Are Following Trump to Nowhere', 'Republicans Are Following Trump to Nowhere')).toBe('Republicans Are Following Trump to Nowhere');
    expect(titled('The Space Review: Seeking a bigger role for a big rocket', 'Seeking a bigger role for a big rocket')).toBe('Seeking a bigger role for a big rocket');
    expect(titled('About bugs – Vortex Cannon Entertainment', 'About bugs')).toBe('About bugs');
    expect(titled('8 Recent Trends in Home Design', 'Recent Trends in Home Design')).toBe('8 Recent Trends in Home Design');
  });

  it("reads a heading without the site's name after it or a catalogue's \"Title:\" label before it", () => {
    const doc = (h1: string) => page('<title>Best UK art exhibitions – Artlyst - Artlyst</title><meta property="og:site_name" content="Artlyst">', `<article><h1>${h1}</h1><p>text</p></article>`);
    expect(readMetadata(doc('Best UK art exhibitions – Artlyst'), 'https://artlyst.example/x').title).toBe('Best UK art exhibitions');
    expect(readMetadata(doc('<span class="descriptor">Title:</span>Best UK art exhibitions'), 'https://artlyst.example/x').title).toBe('Best UK art exhibitions');
    // Only after it: before it, the site's name can start a product's ("Nintendo Switch - OLED Model").
    const product = page('<title>Nintendo Switch – OLED Model</title><meta property="og:site_name" content="Nintendo">', '<article><h1>Nintendo Switch - OLED Model</h1><p>text</p></article>');
    expect(readMetadata(product, 'https://nintendo.example/x').title).toBe('Nintendo Switch - OLED Model');
  });

  it('keeps guillemets that quote words in a title; only spaced ones separate a site name', () => {
    expect(stripSiteName('53-летняя модель: «Посмотри на красотку»', ['Example'])).toBe('53-летняя модель: «Посмотри на красотку»');
    expect(stripSiteName('Посмотри на красотку » Example', ['Example'])).toBe('Посмотри на красотку');
  });

  it('does not take sentences set as the <h1> for the headline beside a title on the same story, but keeps a long headline otherwise', () => {
    const lead = "Learn which home renovation projects pay back the most when you sell. Get expert tips on how to work out the return on each one before you start, and what to skip.";
    const doc = page('<title>The 10 Best Home Renovation Projects of 2023 | RenoSite</title>', `<article><h1 class="post__headline">${lead}</h1><p>Text.</p></article>`);
    expect(readMetadata(doc, doc.URL).title).toBe('The 10 Best Home Renovation Projects of 2023');
    // One long sentence, its initials and titles no sentence's end: the headline.
    const oneSentence = 'U.S. Senate votes to extend the farm bill for one more year as Dr. Lee and growers across the Midwest warn that the delay will leave small farms without the support they need';
    expect(titled('Senate votes to extend the farm bill | Farm News', oneSentence)).toBe(oneSentence);
    // Sentences a metadata title repeats word for word: still the headline, over a JSON-LD headline cut short.
    const repeated = 'Fix It Friday: Struggling With How To Arrange Your Small Living Room This Winter? We Help Four Readers Find Solutions, Including One Universal Trick That Works for Every Small Space';
    const cut = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: repeated.slice(0, 110) })}</script>`;
    const confirmed = page(`${cut}<title>${repeated}</title>`, `<article><h1>${repeated}</h1><p>Text.</p></article>`);
    expect(readMetadata(confirmed, confirmed.URL).title).toBe(repeated);
    // A forum's title is its own tagline on every page: the long heading is the post's title.
    const post = 'Hair follicles have been grown in the lab for the first time. A mouse study found the missing cell type that supports regeneration and triggers full hair growth.';
    expect(titled('Forum - The heart of the internet', post)).toBe(post);
  });

  it('gives a heading typed in one case in the letters of a metadata title with the same words', () => {
    expect(titled('Tips for Online Success', 'TIPS FOR ONLINE SUCCESS')).toBe('Tips for Online Success');
    expect(titled('Weekend Coding Agent | Focus Labs', 'WEEKEND<br>CODING<br><span>AGENT</span>')).toBe('Weekend Coding Agent');
    // Other words in the metadata, or capitals there too: the heading stays as printed.
    expect(titled('Marathon Beginner Plan', 'BEGINNER MARATHON PLAN')).toBe('BEGINNER MARATHON PLAN');
    expect(titled('NASA AND ESA SIGN A DEAL', 'NASA AND ESA SIGN A DEAL')).toBe('NASA AND ESA SIGN A DEAL');
    // A heading styled in lower case, whose metadata title adds more after a separator.
    expect(titled('History of coffee | Origin, Spread, Ethiopia, Arabia, Facts, &amp; Timeline | Britannica', 'history of coffee')).toBe('History of coffee');
  });
});

describe('byline', () => {
  it('reads JSON-LD authors, several of them', () => {
    const ld = { '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'Ravi Patel' }] };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(readMetadata(doc, doc.URL).byline).toBe('Jane Doe and Ravi Patel');
  });

  it('falls back to meta[name=author], then rel=author', () => {
    expect(readMetadata(page('<meta name="author" content="Ana Lima">'), 'https://x.test/a').byline).toBe('Ana Lima');
    const doc = page('', '<article><p>By <a rel="author" href="/people/tom">Tom Reed</a></p></article>');
    expect(readMetadata(doc, doc.URL).byline).toBe('Tom Reed');
  });

  it('cleans "By …" prefixes and date tails, and refuses sentences and site names', () => {
    expect(cleanByline('By Jane Doe | Updated 3 May 2024')).toBe('Jane Doe');
    expect(cleanByline('Written by Jane Doe, Science Editor')).toBe('Jane Doe');
    expect(cleanByline('This is a sentence. It is not a name at all')).toBeNull();
    const doc = page('<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">');
    expect(readMetadata(doc, doc.URL).byline).toBeNull();
  });
});

describe('published time', () => {
  it('keeps the page offset and prefers JSON-LD, then meta, then <time>', () => {
    const ld = { '@type': 'Article', datePublished: '2024-03-02T23:30:00-05:00' };
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:published_time" content="2024-01-01">`);
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2024-03-02T23:30:00-05:00');
    expect(readMetadata(page('', '<article><time datetime="2023-11-05T08:00:00Z">5 Nov</time></article>'), 'https://x.test/a').publishedTime).toBe('2023-11-05T08:00:00Z');
  });

  it('reads a dated URL and written dates when nothing else says', () => {
    expect(readMetadata(page(''), 'https://x.test/2021/07/14/some-story').publishedTime).toBe('2021-07-14');
    expect(toIsoDate('September 4, 2025')).toBe('2025-09-04');
    expect(toIsoDate('4th Sept 2025')).toBe('2025-09-04');
    expect(toIsoDate('no date here')).toBeNull();
  });
});

describe('text encoded or escaped twice', () => {
  it('reads back a title and a byline that the site encoded as UTF-8 twice', () => {
    // The bytes of "’" (E2 80 99) and "ń" (C5 84), each read as a Latin-1 character.
    const doc = page('<title>A DIY Investor\u00e2\u0080\u0099s Guide</title>', '<article><h1>A DIY Investor\u00e2\u0080\u0099s Guide</h1><div class="meta"><a href="/author/dariusz-jaron">Dariusz Jaro\u00c5\u0084</a></div></article>');
    const meta = readMetadata(doc, doc.URL);
    expect(meta.title).toBe('A DIY Investor’s Guide');
    expect(meta.byline).toBe('Dariusz Jaroń');
    // Read as Windows-1252 instead: "â€™" for "’".
    expect(repairMojibake('It\u00e2\u20ac\u2122s here')).toBe('It’s here');
  });

  it('reads back an entity a CMS escaped twice in the title or the heading', () => {
    const doc = page('<title>Data tools for 2026: Python, SQL &amp;#x26; AI | Example</title>', '<article><h1>Data tools for 2026: Python, SQL &amp;#x26; AI</h1><p>Text.</p></article>');
    expect(readMetadata(doc, doc.URL).title).toBe('Data tools for 2026: Python, SQL & AI');
    expect(decodeEntities('Tom &amp;amp; Jerry &#39;s &bogus; &#0;')).toBe("Tom &amp; Jerry 's &bogus; &#0;");
    // With no heading, the metadata title alone.
    const bare = page('<meta property="og:title" content="Data tools for 2026: Python, SQL &amp;#x26; AI">', '<p>Text.</p>');
    expect(readMetadata(bare, bare.URL).title).toBe('Data tools for 2026: Python, SQL & AI');
  });

  it('leaves text alone that only looks like it: Latin-1 letters, or a character no single byte stands for', () => {
    expect(repairMojibake('Señor Ñoño at the Café')).toBe('Señor Ñoño at the Café');
    expect(repairMojibake('Â¡Hola! 東京')).toBe('Â¡Hola! 東京');
  });
});
