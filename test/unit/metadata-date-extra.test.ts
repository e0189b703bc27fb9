import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../src/core/metadata.ts';
import { toIsoDate } from '../../src/core/metadata-date.ts';

function page(head: string, body = '', url = 'https://news.example.com/story'): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

const published = (head: string, body = ''): string | null => {
  const doc = page(head, body);
  return readMetadata(doc, doc.URL).publishedTime;
};

const jsonLd = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

/** A story whose byline line sits outside the headline's wrapper, past a few empty layout boxes. */
const storyWithDistantByline = (byline: string): string =>
  `<article><div class="head"><h1>Storm damage along the coast</h1></div><div class="a"></div><div class="b"></div><div class="c"></div>` +
  `<p>${byline}</p><p>${'The storm moved north overnight and left the harbour wall cracked. '.repeat(30)}</p></article>`;

describe('publication date from less common metadata', () => {
  it('reads a meta tag named for publication in the publisher’s own words', () => {
    expect(published('<meta name="published" content="July 17, 2025">')).toBe('2025-07-17');
    expect(published('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">')).toBe('2025-05-27T06:03:43Z');
    expect(published('<meta property="og:article:published_time" content="2026-01-14T18:50:43+00:00">')).toBe('2026-01-14T18:50:43+00:00');
  });

  it('skips a publication-named tag whose value is not a date and reads the next one', () => {
    expect(published('<meta name="publication" content="Harbour Weekly"><meta name="published-date" content="2021-02-16">')).toBe('2021-02-16');
  });

  it('does not take a publisher link or a modification date for the publication date', () => {
    expect(published('<meta property="article:publisher" content="https://facebook.com/2024/01/02"><meta name="modified-date" content="2024-07-30">')).toBeNull();
  });

  it('reads bibliographic dates: year first with a month name, or slashes', () => {
    expect(published('<meta name="citation_publication_date" content="2023 Jan 7">')).toBe('2023-01-07');
    expect(published('<meta name="citation_publication_date" content="2019/1/22">')).toBe('2019-01-22');
  });

  it('takes a WebPage node’s datePublished when the JSON-LD has no article node, over dateModified', () => {
    const head = `${jsonLd({ '@type': 'WebPage', datePublished: '2024-03-17T19:47:39+00:00', dateModified: '2024-05-03T10:57:58+00:00' })}<meta property="article:modified_time" content="2024-05-03T10:57:58+00:00">`;
    expect(published(head)).toBe('2024-03-17T19:47:39+00:00');
  });
});

describe('publication date printed near the headline', () => {
  it('finds the byline date that follows the headline outside its wrapper', () => {
    expect(published('', storyWithDistantByline('By Faith Katunga • Oct 20, 2025'))).toBe('2025-10-20');
  });

  it('lets metadata speak before a date found past the headline block, which may be the story’s own text', () => {
    const head = jsonLd({ '@type': 'Article', headline: 'H', datePublished: '2025-12-19T11:52:20+00:00' });
    expect(published(head, storyWithDistantByline('The enrolment opened on Wednesday, December 17 2025.'))).toBe('2025-12-19T11:52:20+00:00');
  });

  it('reads year-first dates written with dots', () => {
    const body = '<article><h1>The Programming Language Death Spiral</h1><p>Essay - Published: 2025.12.17 | programming</p></article>';
    expect(published('', body)).toBe('2025-12-17');
  });
});

describe('written dates in running text', () => {
  it('reads the day next to the year when a day sits on both sides of the month', () => {
    expect(toIsoDate('Call for Proposals is Open Until July 31 July 22, 2017')).toBe('2017-07-22');
  });

  it('does not read a year in a title as the year of a following date', () => {
    expect(toIsoDate('Pricing and Cost Guide 2026 Dec 26, 2025')).toBe('2025-12-26');
    expect(toIsoDate('The best tutoring franchises of 2024 September 1st, 2023')).toBe('2023-09-01');
  });
});
