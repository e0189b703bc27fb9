import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readMetadata } from '../../src/core/metadata.ts';
import { cleanByline } from '../../src/core/metadata-byline.ts';

function page(head: string, body = '', url = 'https://www.gardenweekly.example/story'): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

const byline = (doc: Document): string | null => readMetadata(doc, doc.URL).byline;
const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const PROSE = '<p>The beds were dug in March and the first seedlings went in a fortnight later, after the frost.</p>'.repeat(12);

describe('byline sources', () => {
  it('follows a JSON-LD author given as an @id reference to a Person in the graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Winter pruning', author: { '@id': '#/schema/person/1' } },
        { '@type': 'Person', '@id': '#/schema/person/1', name: 'Albert Swann' },
      ],
    };
    expect(byline(page(jsonLd(graph), PROSE))).toBe('Albert Swann');
  });

  it('keeps a team credited in JSON-LD over a reviewer whose portrait is printed on the page', () => {
    const doc = page(
      jsonLd({ '@type': 'Article', headline: 'Index funds', author: { '@type': 'Organization', name: 'The Investopedia Team' } }),
      `<article><h1>Index funds</h1>${PROSE}<div class="reviewer"><img class="author-avatar" src="/yp.jpg" alt="Yarilet Perez"><p>Reviewed by Yarilet Perez</p></div></article>`,
    );
    expect(byline(doc)).toBe('The Investopedia Team');
  });

  it('reads the "Written by" Twitter card pair', () => {
    const head = '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="4 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Nawaz Dhandala">';
    expect(byline(page(head, PROSE))).toBe('Nawaz Dhandala');
  });

  it('prefers a person printed by the headline over a publisher named in JSON-LD', () => {
    const doc = page(
      `<meta property="og:site_name" content="Garden Weekly">${jsonLd({ '@type': 'NewsArticle', headline: 'Frost dates', author: { '@type': 'Organization', name: 'GARDEN WEEKLY' } })}`,
      `<article><h1>Frost dates move earlier</h1><p class="meta">By Meaghan Weeden</p>${PROSE}</article>`,
    );
    expect(byline(doc)).toBe('Meaghan Weeden');
  });

  it('prefers a different writer printed by the headline over the template user in JSON-LD, but not a reviewer or a badge', () => {
    const ld = jsonLd({ '@type': 'Article', headline: 'Hospital fitness trends', author: { '@type': 'Person', name: 'Luke Daigle' } });
    const header = (line: string) => `<article><header><h1>Hospital fitness trends</h1><p>${line}</p><p>share</p></header>${PROSE}</article>`;
    expect(byline(page(ld, header('November 3, 2023 By: Paul Fenaroli')))).toBe('Paul Fenaroli');
    expect(byline(page(ld, header('Medically reviewed by Jane Roe, MD')))).toBe('Luke Daigle');
    expect(byline(page(ld, header('By Luke M. Daigle · 3 min read')))).toBe('Luke Daigle');
    expect(byline(page('', header('Last updated: 2025-02-22 By Fact Checked')))).toBeNull();
  });

  it('reads a name printed after a label in its own element, even in an aside', () => {
    const doc = page('', `<article><h1>AI in the clinic</h1>${PROSE}</article><aside><div><h3>Published</h3><p>August 30, 2024</p></div><div><h3>Author</h3><p> Lisa D. Ellis</p></div></aside>`);
    expect(byline(doc)).toBe('Lisa D. Ellis');
  });

  it('reads "<strong>Contributors:</strong> Name" and a portrait whose alt text is printed beside it', () => {
    expect(byline(page('', `<article><h1>Low light plants</h1><div><strong>Contributors:</strong> Janet Loughrey</div>${PROSE}</article>`))).toBe('Janet Loughrey');
    expect(byline(page('', `<article><h1>Pilot landed</h1><a title="Trond Teigen"><img src="/icon.png" alt="Trond Teigen"><span>Trond Teigen</span></a>${PROSE}</article>`))).toBe('Trond Teigen');
  });

  it('keeps the credentials of a portrait alt text and drops its description of the photo', () => {
    const box = '<section><h2>Article written by:</h2><div><img src="/Authors/dm_96x96.webp" alt="Headshot of Doris Munoz-Mantilla, MD, FOMA, with a blurred lake in the background"><p>Obesity medicine physician.</p></div></section>';
    expect(byline(page('', `<article><h1>Weight loss medications</h1>${PROSE}${PROSE}</article>${box}`))).toBe('Doris Munoz-Mantilla, MD, FOMA');
  });

  it('reads "This post was written by" and a name in a line longer than a bare byline', () => {
    const credit = '<p><em>This post was written by <a href="/providers/2838">Vanessa Mendez</a>, MD, gastroenterologist, Parkview Health.</em> Diet is a big part of health.</p>';
    expect(byline(page('', `<article><h1>Transitioning to a plant-based diet</h1>${PROSE}${PROSE}${credit}</article>`))).toBe('Vanessa Mendez, MD');
  });

  it("reads an author box's bio under the writer's name, but not a story's sentence about someone", () => {
    const bio = '<p>Alban Brooke is the Head of Marketing at Buzzsprout and co-host of a podcast.</p>';
    expect(byline(page('', `<article><h1>Podcast equipment guide</h1>${PROSE}</article><div class="callout"><h3>Alban Brooke</h3>${bio}</div>`))).toBe('Alban Brooke');
    const story = '<p>Brendan Myers is a professor of philosophy who has published novels.</p>';
    expect(byline(page('', `<article><h1>Three new novels</h1>${PROSE}${story}${PROSE}</article>`))).toBeNull();
  });

  it('reads a line that starts with the name and goes on with a role or a date, but not in a sidebar', () => {
    expect(byline(page('', `<article><header><h1>How AI is changing clinics</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p></header>${PROSE}</article>`))).toBe(
      'Aaron Ricadela',
    );
    expect(byline(page('', `<article><h1>Seed swaps</h1>${PROSE}</article><aside><p>Pat Morgan | May 3, 2025</p></aside>`))).toBeNull();
  });

  it('does not take "by" phrases in running text or commenters for the writer', () => {
    const doc = page(
      '',
      `<article><h1>Seed swaps</h1>${PROSE}${PROSE}<p>By signing up you agree</p></article><section id="comments"><p>Written by</p><p>Pat Morgan</p></section>`,
    );
    expect(byline(doc)).toBeNull();
  });

  it('names the writer of a personal site that speaks in the first person, not a company named like one', () => {
    const personal = '<p>I moved my blog to a tiny server last year, and I have not looked back since I did it.</p>'.repeat(12);
    const company = '<p>We help our clients plan their gardens, and our team visits every site before we quote.</p>'.repeat(12);
    expect(byline(page('<title>Self-hosting notes | Toby Hede</title>', `<article><h1>Self-hosting notes</h1>${personal}</article>`))).toBe('Toby Hede');
    expect(byline(page('<title>Planning a garden | Green Acres</title>', `<article><h1>Planning a garden</h1>${company}</article>`))).toBeNull();
  });

});

describe('cleanByline leftovers', () => {
  it('drops what neighbouring elements leave on a name, but not a surname that is a month', () => {
    expect(cleanByline('Damien Walter December')).toBe('Damien Walter');
    expect(cleanByline('Sara Harberson In')).toBe('Sara Harberson');
    expect(cleanByline('CM Craig McCarthy Last')).toBe('Craig McCarthy');
    expect(cleanByline('EcoFlow- 2025/')).toBe('EcoFlow');
    expect(cleanByline('Tom May')).toBe('Tom May');
  });

  it('finds the name after a role printed first, and refuses a phrase ending in a preposition', () => {
    expect(cleanByline('BHF Senior Dietitian Tracy Parker')).toBe('Tracy Parker');
    expect(cleanByline('Insights from')).toBeNull();
  });

  it('splits a title or phrase glued to a name, but not a name written in camel case', () => {
    expect(cleanByline('Harry RabinowitzTech Reporter')).toBe('Harry Rabinowitz');
    expect(cleanByline("Matias HeikkiläLet's talk")).toBe('Matias Heikkilä');
    expect(cleanByline('Mark SubbaRao and Jonas Jaegermeyer')).toBe('Mark SubbaRao and Jonas Jaegermeyer');
    expect(cleanByline('By MixmasterFred')).toBe('MixmasterFred');
  });
});
