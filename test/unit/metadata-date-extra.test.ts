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

describe("dates by the headline that are not the story's", () => {
  it("does not take the date in a lead photo's caption for the story's", () => {
    const story = (media: string) =>
      `<article><h1 class="headline">Study sees future for hibernating astronauts</h1>${media}<div class="tools">Share</div>` +
      `<p>${'Putting astronauts into hibernation could shrink the spacecraft they need. '.repeat(20)}</p></article>`;
    const head = '<meta property="article:published_time" content="2019-11-18T08:22:00-05:00">';
    const caption = '<p>In this Dec. 12, 2006, file photo, astronauts take part in a space walk. (NASA via AP, File)</p>';
    expect(published(head, story(`<div class="image top"><img src="/walk.jpg" width="620" height="349" alt="Space">${caption}</div>`))).toBe('2019-11-18T08:22:00-05:00');
    expect(published(head, story(`<figure><img src="/walk.jpg" alt="Space"><figcaption>${caption}</figcaption></figure>`))).toBe('2019-11-18T08:22:00-05:00');
    // A byline line with the writer's small avatar is still read.
    expect(published(head, story('<div class="byline"><img src="/jd.jpg" width="40" height="40" alt="">Jane Doe · Nov. 25, 2019</div>'))).toBe('2019-11-25');
  });

  it("looks by the story's headline, not by a blog banner <h1> that prints the title's site part", () => {
    const body =
      '<div class="header"><h1 class="title">The Harbour Blog</h1></div>' +
      // A "latest stories" list that links to this one is no headline either.
      '<ul class="latest"><li><a href="/grant">A grant to rebuild the harbour wall</a> May 1, 2017</li><li><a href="/gulls">Gulls return to the old pier after ten years away</a></li><li><a href="/ferry">The winter ferry timetable</a></li></ul>' +
      `<article><h2>A grant to rebuild the harbour wall</h2><p class="meta">October 9, 2018</p><p>${'The council agreed to fund the repairs after the storm. '.repeat(20)}</p></article>` +
      '<div class="comments-area"><p>Jamie on November 15, 2018 said: great news!</p></div>';
    expect(published('<title>A grant to rebuild the harbour wall - The Harbour Blog</title>', body)).toBe('2018-10-09');
  });

  it("does not take the site's name in an <h1> that links home for the headline, and reads the date printed loose after the title", () => {
    const title = 'The council agrees to rebuild the harbour wall';
    const body = (banner: string) =>
      // The site's menu runs long: a banner's following text ends in it, before the story's date.
      `<div id="header">${banner}<ul>${'<li><a href="/news">Local news and weather</a></li>'.repeat(30)}</ul></div>` +
      `<div class="newsContent"><dl class="newsTitle"><dt>${title}</dt></dl> Posted: [ 2018-08-25 15:24 ] <div class="newsArticle"><p>${'The council agreed to fund the repairs after the storm. '.repeat(20)}</p></div></div>`;
    expect(published(`<title>${title}</title>`, body('<a href="/"><h1>Harbour Media</h1></a>'))).toBe('2018-08-25');
    expect(published(`<title>${title}</title>`, body('<h1><a href="/">Harbour Media</a></h1>'))).toBe('2018-08-25');
  });

  it('takes the title printed above the first <h1> when that <h1> is a section of the story', () => {
    const body =
      '<div class="title"><h1><a href="/">Harbour Notes</a></h1></div>' +
      `<fieldset><legend>Harbour wall repairs, week two</legend> 20 December 2025 <div class="body"><p>${'The second week of repairs went well. '.repeat(50)}</p>` +
      `<h1>Monday</h1><p>${'The crane arrived on 15 December 2025 and work began. '.repeat(5)}</p></div></fieldset>`;
    expect(published('<title>Harbour wall repairs, week two</title>', body)).toBe('2025-12-20');
  });
});

describe('publication date from less common metadata', () => {
  it('reads a meta tag named for publication in the publisher’s own words', () => {
    expect(published('<meta name="published" content="July 17, 2025">')).toBe('2025-07-17');
    expect(published('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">')).toBe('2025-05-27T06:03:43Z');
    expect(published('<meta property="og:article:published_time" content="2026-01-14T18:50:43+00:00">')).toBe('2026-01-14T18:50:43+00:00');
  });

  it("skips a publication-named tag dated after the page's own modified date: that is when the page was rendered", () => {
    const head = '<meta name="published-time" content="2026-03-09T08:45:32.183Z"><meta name="modified-date" content="2024-07-30"><meta name="published-date" content="2021-02-16">';
    expect(published(head)).toBe('2021-02-16');
    expect(published('<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="modified-date" content="2026-07-30">')).toBe('2026-03-09T08:45:32Z');
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

describe('a date printed on a line of its own', () => {
  const story = (dateLine: string): string =>
    `<nav><span>Dec 1, 2025</span></nav><main><h2>Storm damage along the coast</h2><div class="meta"><p>Written by <a href="/a">Jane Doe</a></p>${dateLine}</div>` +
    `<p>${'The storm moved north overnight and left the harbour wall cracked. '.repeat(12)}</p></main>`;

  it('reads a bare date line when the page has no date markup or metadata, skipping menus', () => {
    expect(published('', story('<p class="text-grey">April 8, 2024</p>'))).toBe('2024-04-08');
    expect(published('', story('<h3><span>blog | </span> February 01, 2022</h3>'))).toBe('2022-02-01');
  });

  it('reads a month and year alone at month precision', () => {
    expect(published('', story('<p>November 2015</p>'))).toBe('2015-11');
  });

  it('does not take a date inside a sentence or one labelled as another kind of date', () => {
    expect(published('', story('<p>The wall was built in April 2024.</p>'))).toBeNull();
    expect(published('', story('<p>Updated April 8, 2024</p>'))).toBeNull();
    expect(published('', story('<p>Member since April 8, 2024</p>'))).toBeNull();
  });

  it('reads a weekday and a publication label beside the date', () => {
    expect(published('', story('<p>Posted on Monday, April 8, 2024</p>'))).toBe('2024-04-08');
  });

  const text = `<p>${'The storm moved north overnight and left the harbour wall cracked. '.repeat(40)}</p>`;

  it('finds the date in an author box at the end of the headline’s article', () => {
    expect(published('', `<article><h1>Storm damage along the coast</h1>${text}${text}${text}<div class="author"><p>Jane Doe</p><p>April 8, 2024</p></div></article>`)).toBe('2024-04-08');
  });

  it('prefers the story’s own date line to the date markup of a related post', () => {
    const related = '<section><div class="card"><a href="/older">Older news</a><span class="card-date">January 31, 2025</span></div></section>';
    expect(published('', `<article><h1>Storm damage along the coast</h1>${text}${text}${text}<p>April 8, 2024</p></article>${related}`)).toBe('2024-04-08');
  });

  it('leaves a date far below a headline outside any article to the listing it belongs to', () => {
    expect(published('', `<main><h1>Storm damage along the coast</h1>${text}${text}${text}<ul><li><a href="/x">Older news</a><span>April 8, 2024</span></li></ul></main>`)).toBeNull();
  });
});

describe('printed day against a metadata timestamp', () => {
  const printed = (time: string): string | null =>
    published(`<meta property="article:published_time" content="${time}">`, '<article><h1>Storm damage along the coast</h1><p>Dec 18, 2025 · 5 min read</p></article>');

  it('keeps the timestamp when the printed day is its local date somewhere', () => {
    expect(printed('2025-12-19T02:41:41+00:00')).toBe('2025-12-19T02:41:41+00:00');
  });

  it('takes the printed day when no time zone puts the timestamp on it', () => {
    expect(printed('2025-12-19T22:02:58Z')).toBe('2025-12-18');
  });
});

describe('JSON-LD printed as a meta tag', () => {
  it('reads the article node a Next.js page writes into <meta name="script:ld+json">', () => {
    const node = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Storm damage', datePublished: '2025-11-17T09:00:00-05:00' };
    const content = JSON.stringify(node).replace(/"/g, '&quot;');
    expect(published(`<meta name="script:ld+json" content="${content}">`)).toBe('2025-11-17T09:00:00-05:00');
    expect(published(`<meta name="description" content="${content}">`)).toBeNull();
  });
});

describe('the day in the address', () => {
  const filed = (url: string, time: string): string | null => {
    const doc = page(`<meta property="article:published_time" content="${time}">`, '<article><h1>Storm damage along the coast</h1></article>', url);
    return readMetadata(doc, doc.URL).publishedTime;
  };

  it('names the publisher’s local day when metadata gives the same moment in UTC', () => {
    expect(filed('https://blog.example.org/2025/12/18/storm-damage', '2025-12-19T02:41:41+00:00')).toBe('2025-12-18');
  });

  it('reads a month written as a word in the address', () => {
    const doc = page('', '<article><h1>Storm damage along the coast</h1></article>', 'https://blog.example.org/2023/october/03/storm-damage');
    expect(readMetadata(doc, doc.URL).publishedTime).toBe('2023-10-03');
  });

  it('does not override metadata that names another moment', () => {
    expect(filed('https://blog.example.org/2025/12/18/storm-damage', '2025-12-19T22:41:41+00:00')).toBe('2025-12-19T22:41:41+00:00');
    expect(filed('https://blog.example.org/2025/12/16/storm-damage', '2025-12-19T02:41:41+00:00')).toBe('2025-12-19T02:41:41+00:00');
  });
});

describe('publication date on pages rendered by streaming', () => {
  it('reads the date line under a headline that React parked in a hidden streamed part, but not in a plainly hidden one', () => {
    const story = `<article><h1>Tiny homes on the coast</h1><p>October 16, 2020</p><p>${'The plots were cleared in spring and the frames went up by summer. '.repeat(20)}</p></article>`;
    expect(published('', `<main><p>Loading…</p></main><div hidden id="S:0">${story}</div>`)).toBe('2020-10-16');
    expect(published('', `<main><p>Loading…</p></main><div hidden>${story}</div>`)).toBeNull();
  });
});

describe('a page that shows only its update date', () => {
  const story = '<article><h1>What is digital marketing?</h1><div class="byline">By Jane Doe · Updated September 28, 2025</div>' + `<p>${'Digital marketing reaches customers online. '.repeat(30)}</p></article>`;
  const ld = jsonLd({ '@type': 'Article', headline: 'Digital marketing', datePublished: '2015-04-06T13:52:00-04:00', dateModified: '2025-09-28T10:00:00-04:00' });

  it('dates the page by its update when only JSON-LD declares the publication', () => {
    expect(published(ld, story)).toBe('2025-09-28');
  });

  it('keeps the publication a meta tag declares: the update is a note on the post', () => {
    expect(published(`${ld}<meta property="article:published_time" content="2015-04-06T13:52:00-04:00">`, story)).toBe('2015-04-06T13:52:00-04:00');
  });
});
