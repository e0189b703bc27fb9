import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract.ts';
import { postClean } from '../../src/core/extract/post-clean.ts';
import { resolveLazyImages } from '../../src/core/extract/lazy-images.ts';
import { blockTexts } from '../../src/core/extract/block-text.ts';

const SEED = '/work/shared/fixtures/seed-liveblog';
const expected = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
const seedHtml = readFileSync(`${SEED}/page.html`, 'utf8');

const PROSE = (n: number, topic = 'council'): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the ${topic} vote explains what changed, who argued for it, and why residents of the town will notice the difference at the next election.</p>`).join('');

function doc(html: string, url = 'https://news.example.com/2024/05/01/council-vote'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('extractArticle on the seed live blog', () => {
  const page = doc(seedHtml, expected.url);
  const before = page.documentElement.outerHTML;
  const article = extractArticle(page, expected.url);

  it('keeps every paragraph of the story', () => {
    expect(article).not.toBeNull();
    for (const paragraph of expected.mustContain as string[]) expect(article!.text).toContain(paragraph);
  });

  it('reports the page metadata and reads it as a live blog', () => {
    expect(article!.title).toBe(expected.title);
    expect(article!.siteName).toBe(expected.siteName);
    expect(article!.publishedTime).toBe(expected.publishedTime);
    expect(article!.lang).toBe(expected.lang);
    expect(article!.excerpt).toBe(expected.excerpt);
    expect(article!.isLiveBlog).toBe(true);
  });

  it('leaves the input document untouched', () => {
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe('post-clean', () => {
  it('drops captions, credits, share and read-more lines, bylines and bios but keeps the prose', () => {
    const page = doc(`<div id="r">
      <p>By Jane Doe</p>
      <figure><img src="a.jpg"><figcaption>The mayor speaks. Photograph: John Smith/Reuters</figcaption></figure>
      ${PROSE(6)}
      <p>Protesters gathered outside the hall (Image: GETTY)</p>
      <p>Read more: Council approves new budget</p>
      <p>Share this article</p>
      <p><a href="/other-story">Ten things you missed this week in local politics</a></p>
      <p>More than 2,500 residents signed the petition, according to the clerk.</p>
      <p>Jane Doe is a local government reporter for the Example Gazette.</p>
      <p>(Reporting by Jane Roe; Editing by Sam Poe)</p>
    </div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'Council vote', byline: 'Jane Doe' });
    const text = root.textContent ?? '';
    for (const gone of ['By Jane Doe', 'Photograph: John Smith', '(Image: GETTY)', 'Read more:', 'Share this article', 'Ten things you missed', 'is a local government reporter', 'Reporting by Jane Roe']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('More than 2,500 residents signed the petition');
    expect(root.querySelectorAll('p').length).toBe(7);
    expect(root.querySelector('img')).not.toBeNull();
  });


  it('reads a label set off by <br> as a word of its own: "DON\'T MISS<br>Headline" is a box of related links', () => {
    const page = doc(`<div id="r">${PROSE(6)}
      <p><strong>DON'T MISS</strong><br><strong><a href="/a">Plague warning: CDC names eight deadly diseases</a> [WARNING]</strong><br><strong><a href="/b">Holidaymakers fall ill after eating marmot</a> [INSIGHT]</strong></p>
    </div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'Plague case', byline: null });
    expect(root.textContent).not.toContain('DON\'T MISS');
    expect(root.querySelectorAll('p').length).toBe(6);
  });

  it("keeps a roundup's links to other sites, a line break wrapped in a span and a heading with a text anchor, but drops teasers for the site's own stories and shopping calls", () => {
    const page = doc(`<div id="r">${PROSE(6)}
      <p><a href="https://www.makersblog.example/diy-industrial-pipe-bookshelf/">Industrial Pipe Shelf for the Hallway</a></p>
      <p><a href="https://news.example.com/2024/other-story">Ten things you missed this week in local politics</a></p>
      <p><a href="https://www.leasing.example/">Compare new car deals with leasing.example</a></p>
      <p><span>Compact Weight Bench</span><span><br></span><span>Price: $299</span></p>
      <h2 id="h-what-is-social-shopping">What is social shopping?</h2>
      <div id="social-share"><a href="/share">Share</a></div>
    </div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'Council vote', byline: null, url: 'https://news.example.com/2024/council-vote' });
    const text = blockTexts(root).join('\n');
    expect(text).toContain('Industrial Pipe Shelf for the Hallway');
    expect(text).not.toContain('Ten things you missed');
    expect(text).not.toContain('Compare new car deals');
    expect(text).toContain('Compact Weight Bench\nPrice: $299');
    // An anchor id made from a heading's own words is no class name: "social" there is the topic.
    expect(text).toContain('What is social shopping?');
    expect(root.querySelector('#social-share')).toBeNull();
  });

  it('drops share rows, taxonomy, counters, address-only lines and captions that repeat an image description', () => {
    const page = doc(`<div id="r">
      <p><img src="a.jpg" alt="The mayor, left, and the council clerk outside the hall on Monday"></p>
      <p><span>The mayor, left, and the council clerk outside the hall on Monday (Photo: city)</span></p>
      ${PROSE(6)}
      <p>Whatsapp Facebook Pint Baixar</p>
      <p>Filed under: Local politics |</p>
      <p>3.409 letture</p>
      <p>Tempo de leitura: 2 minutos</p>
      <p>Ana Lima contributed reporting from Lisbon.</p>
      <p>The council will publish the minutes, a spokesman said, and residents can read them at the library.</p>
      <p>Copyright 2024 Example News. All rights reserved.</p>
      <p>The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.</p>
    </div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'Council vote', byline: null });
    const text = root.textContent ?? '';
    for (const gone of ['and the council clerk outside', 'Whatsapp', 'Filed under', 'letture', 'Tempo de leitura', 'contributed reporting', 'All rights reserved', 'Capitol Hill Publishing']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('residents can read them at the library');
    expect(root.querySelector('img')).not.toBeNull();
  });
  it('drops "read also", share, related-box and dateline lines in other languages, and keeps a line that only opens with a share word', () => {
    const page = doc(`<div id="r">
      ${PROSE(6)}
      <p>Lire aussi : Le conseil vote son budget</p>
      <p>Mehr zum Thema</p>
      <p>Partager sur Facebook</p>
      <p>Compartir este artículo</p>
      <p>Publié le 3 mai 2025 à 10 h 15</p>
      <p>Artículos relacionados</p>
      <p>Читайте также: Совет утвердил бюджет</p>
      <p>Partager les routes entre cyclistes et voitures reste le défi du maire.</p>
      <p>Teilen oder nicht teilen?</p>
    </div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'Council vote', byline: null });
    const text = root.textContent ?? '';
    for (const gone of ['Lire aussi', 'Mehr zum Thema', 'Partager sur Facebook', 'Compartir este', 'Publié le', 'Artículos relacionados', 'Читайте также']) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('Partager les routes entre cyclistes');
    expect(text).toContain('Teilen oder nicht teilen?');
  });

  it('leaves the cards of a listing alone: their linked titles, bylines and dates are its content', () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<div><h3><a href="/story-${i}">Story number ${i} about the harbour</a></h3><p>By Logan Jones</p><p>A teaser for story ${i}.</p></div>`).join('');
    const page = doc(`<div id="r">${cards}</div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: 'News', byline: null });
    expect(root.querySelectorAll('h3').length).toBe(8);
    expect(root.textContent).toContain('By Logan Jones');
  });

  it('never drops a long paragraph, whatever words it opens with', () => {
    const long = `Share prices fell sharply on Monday. ${'Analysts said the drop reflected wider worries about the economy and the budget. '.repeat(4)}`;
    const page = doc(`<div id="r"><p>${long}</p></div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: '', byline: null });
    expect(root.textContent).toContain('Share prices fell sharply');
  });

  it('keeps code as the highlighter wrote it: spaces in spans of their own, token classes that look like page furniture', () => {
    const code = '<span class="kn">from</span><span class="w"> </span><span class="nn">pydantic</span><span class="w"> </span><span class="kn">import</span> <span class="n">BaseModel</span>';
    const tag = '<span class="sp-syntax-tag">button</span>';
    const page = doc(`<div id="r"><p>${'Models declare their fields as annotated class attributes. '.repeat(3)}</p><pre><span></span><code>${code}</code></pre><pre>&lt;${tag}&gt;Hi&lt;/${tag}&gt;</pre></div>`);
    const root = page.getElementById('r')!;
    postClean(root, { title: '', byline: null });
    const [python, jsx] = Array.from(root.querySelectorAll('pre'), (pre) => pre.textContent);
    expect(python).toBe('from pydantic import BaseModel');
    expect(jsx).toBe('<button>Hi</button>');
  });
});

describe('fallback and cross-check', () => {
  it('uses the itemprop=articleBody container when Readability finds too little', () => {
    const page = doc(`<html><head><title>Short note</title></head><body>
      <div itemprop="articleBody"><p>The bridge reopens on Monday after three months of repairs to its deck.</p>
      <p>Drivers should expect delays in the first week while lane markings are finished.</p></div>
      <footer><p>Copyright Example</p></footer></body></html>`);
    const article = extractArticle(page, page.URL);
    expect(article?.text).toContain('The bridge reopens on Monday');
    expect(article?.text).toContain('Drivers should expect delays');
  });

  it('drops what follows the story when JSON-LD articleBody ends where the story ends', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} about the council vote explains what changed, who argued for it, and why residents will notice.`);
    const ld = { '@type': 'NewsArticle', headline: 'Council vote', articleBody: paragraphs.join('\n') };
    const page = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('')}
      <p>Sam Jones covers city hall and transport for the paper, and lives on the east side.</p>
    </article></body></html>`);
    const article = extractArticle(page, page.URL);
    expect(article?.text).toContain('Paragraph 8 about the council vote');
    expect(article?.text).not.toContain('Sam Jones covers city hall');
  });

  it('falls back to the JSON-LD articleBody when the page shows little of it', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the full story, which the page only renders after a script runs for the reader.`).join('\n');
    const ld = { '@type': 'NewsArticle', headline: 'Scripted story', articleBody: body };
    const page = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
      <p>Sentence 1 of the full story, which the page only renders after a script runs for the reader.</p></article></body></html>`);
    const article = extractArticle(page, page.URL);
    expect(article?.text).toContain('Sentence 12 of the full story');
  });
});

describe('lazy images', () => {
  it('promotes data-src / data-srcset and swaps a stub for its <noscript> copy', () => {
    const page = doc(`<div id="r">
      <img id="a" src="data:image/gif;base64,R0lGOD" data-src="https://img.example.com/a.jpg" data-srcset="https://img.example.com/a-2x.jpg 2x">
      <img id="b" class="lazy" src="/img/placeholder.gif"><noscript><img id="real" src="https://img.example.com/b.jpg"></noscript>
    </div>`);
    const root = page.getElementById('r')!;
    resolveLazyImages(root);
    expect(page.getElementById('a')?.getAttribute('src')).toBe('https://img.example.com/a.jpg');
    expect(page.getElementById('a')?.getAttribute('srcset')).toBe('https://img.example.com/a-2x.jpg 2x');
    expect(Array.from(root.querySelectorAll('img'), (i) => i.getAttribute('src'))).toContain('https://img.example.com/b.jpg');
    expect(root.querySelector('img[src="/img/placeholder.gif"]')).toBeNull();
  });
});

describe('live blogs', () => {
  it('reads every entry the page declares, even ones Readability left out', () => {
    const ld = {
      '@type': 'LiveBlogPosting',
      headline: 'Storm live',
      liveBlogUpdate: [
        { '@type': 'BlogPosting', headline: 'Roads closed', articleBody: 'Police have closed the coast road between the two bridges until the wind drops.' },
        { '@type': 'BlogPosting', headline: 'Ferries cancelled', articleBody: 'All evening ferries are cancelled, the operator said, and will resume at first light.' },
      ],
    };
    const page = doc(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
      <h2>Roads closed</h2><p>Police have closed the coast road between the two bridges until the wind drops.</p>${PROSE(5, 'storm')}
      </article><aside><div class="entry-hidden-by-script"></div></aside></body></html>`);
    const article = extractArticle(page, page.URL);
    expect(article?.isLiveBlog).toBe(true);
    expect(article?.text).toContain('Police have closed the coast road');
    expect(article?.text).toContain('All evening ferries are cancelled');
    expect(article?.text.match(/Police have closed the coast road/g)?.length).toBe(1);
  });
});

describe('block text', () => {
  it('keeps lines apart that a live DOM nests inside an inline element', () => {
    const page = doc('<div id="r"><p><cite><a href="/story">Read customer story</a></cite></p><p>Plain <b>bold</b> words.</p></div>');
    // Built by hand: an HTML parser would close the outer <p> at the <div>; scripts and Readability don't.
    const person = page.createElement('div');
    person.innerHTML = '<p>Anastasia Parris</p><p>Marketing Operations Manager</p>';
    page.querySelector('cite')!.prepend(person);
    expect(blockTexts(page.getElementById('r')!)).toEqual(['Anastasia Parris', 'Marketing Operations Manager', 'Read customer story', 'Plain bold words.']);
  });

  it('breaks a paragraph into lines at <br>, so the words on either side never fuse', () => {
    const page = doc('<div id="r"><p>Tour dates:<br>June 9 -- <b>West Palm Beach</b>, FL<br><br>June 10 -- Tampa, FL</p></div>');
    expect(blockTexts(page.getElementById('r')!)).toEqual(['Tour dates:', 'June 9 -- West Palm Beach, FL', 'June 10 -- Tampa, FL']);
  });
});
