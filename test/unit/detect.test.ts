import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../src/core/detect.ts';
import { urlShape } from '../../src/core/detect/url-shape.ts';
import { headlineRegion } from '../../src/core/detect/headline-region.ts';
import { pageCensus } from '../../src/core/detect/page-census.ts';
import { BYLINE, DATELINE_WORDS, ENGAGEMENT_COUNTS, OFFERING_TITLE, I_WORDS, READING_TIME, RELATIVE_TIME, REPORTING_WORDS, SELF_REFERENCE, WRITTEN_DATE, WRITTEN_TITLE, YOU_WORDS } from '../../src/core/detect/word-lists.ts';

const SEED = '/work/shared/fixtures/seed-liveblog';

function doc(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

const STORY_PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) => `<p>Paragraph ${i + 1}: the harbour authority said on Tuesday that the new sea wall would take two more years to finish, after storms delayed the delivery of the stone blocks it needs.</p>`,
).join('');

describe('detectArticle', () => {
  it('says yes to the seed live blog, with its structured data among the signals', () => {
    const expected = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
    const detection = detectArticle(doc(readFileSync(`${SEED}/page.html`, 'utf8'), expected.url), expected.url);
    expect(detection.isArticle).toBe(true);
    expect(detection.confidence).toBeGreaterThan(0.8);
    expect(detection.signals.some((s) => s.startsWith('+ldArticle'))).toBe(true);
  });

  it('says yes to a plain story with no metadata at a slug URL', () => {
    const page = doc(`<html><body><header><a href="/">Home</a></header><main><h1>Sea wall delayed again</h1>${STORY_PARAGRAPHS}</main></body></html>`, 'https://harbour-news.example/local/sea-wall-delayed-again-after-storms');
    expect(detectArticle(page, page.URL).isArticle).toBe(true);
  });

  it('says no to a product page, even one with a long description', () => {
    const ld = { '@type': 'Product', name: 'Trail shoe', offers: { '@type': 'Offer', price: '89.00' } };
    const page = doc(
      `<html><head><meta property="og:type" content="product"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <h1>Trail shoe</h1><p>$89.00</p><select name="size"><option>9</option></select><input type="number" name="qty" value="1"><button>Add to cart</button>
      <p>In stock. Free shipping on orders over $50.</p>${STORY_PARAGRAPHS}</body></html>`,
      'https://shop.example/products/trail-shoe',
    );
    const detection = detectArticle(page, page.URL);
    expect(detection.isArticle).toBe(false);
    expect(detection.signals.some((s) => s.startsWith('−ldNonArticle') || s.startsWith('−ogProduct'))).toBe(true);
  });

  it('says no to a listing of story cards', () => {
    const cards = Array.from(
      { length: 20 },
      (_, i) => `<article><h3><a href="/news/story-${i}">Headline number ${i} about the town</a></h3><time datetime="2024-05-0${(i % 9) + 1}">May</time><p>A short teaser for story ${i} that runs to about one line of text on the page.</p></article>`,
    ).join('');
    const page = doc(`<html><body><h1>Latest news</h1>${cards}</body></html>`, 'https://harbour-news.example/category/local');
    expect(detectArticle(page, page.URL).isArticle).toBe(false);
  });

  it('says no to a discussion thread whose posts are stamped "hours ago" and counted in replies', () => {
    const posts = Array.from(
      { length: 8 },
      (_, i) => `<div class="post"><a href="/u/user${i}">user${i}</a> <span>${i + 1} hours ago</span><p>I have had the same problem with my router for weeks now, and resetting it only helps for a day or so before it drops again.</p><span>${i * 3 + 2} points</span> <span>${i + 1} replies</span></div>`,
    ).join('');
    const page = doc(`<html><body><h1>Router keeps dropping the connection every evening</h1>${posts}</body></html>`, 'https://help-talk.example/2024/router-keeps-dropping-the-connection-every-evening');
    const detection = detectArticle(page, page.URL);
    expect(detection.isArticle).toBe(false);
    expect(detection.signals.some((s) => s.startsWith('−engagementCounts') || s.startsWith('−relativeTimes'))).toBe(true);
  });

  it('says yes to a German report with no metadata: byline, dateline and quoted sources', () => {
    const paragraphs = [
      'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, die Sanierung der alten Hafenmauer um zwei Jahre zu verschieben.',
      '„Wir hatten keine andere Wahl“, sagte Bürgermeisterin Anna Keller nach der Sitzung. Die Lieferung der Steinblöcke habe sich nach den Herbststürmen erneut verzögert.',
      'Laut einem Gutachten des Bauamts ist die Mauer an drei Stellen beschädigt. Die Kosten sollen sich nach Angaben der Verwaltung auf rund vier Millionen Euro belaufen.',
      'Die Opposition kritisierte den Beschluss scharf. Fraktionschef Peter Brandt erklärte, die Stadt habe die Warnungen der Fachleute jahrelang ignoriert.',
      'Anwohner der Hafenstraße zeigten sich enttäuscht. Viele hatten gehofft, dass die Arbeiten noch in diesem Frühjahr beginnen würden, wie es zunächst geplant war.',
    ].map((text) => `\n<p>${text}</p>`);
    const page = doc(
      `<html lang="de"><body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav><main>
<div class="kopf">
<h1>Stadtrat verschiebt Sanierung der Hafenmauer um zwei Jahre</h1>
<p>Von Lena Hoffmann | 4. März 2024</p>
</div>
<div class="text">${paragraphs.join('')}</div></main></body></html>`,
      'https://tageblatt.example/lokales/stadtrat-verschiebt-sanierung-der-hafenmauer',
    );
    const detection = detectArticle(page, page.URL);
    expect(detection.isArticle).toBe(true);
    expect(detection.confidence).toBeGreaterThan(0.8);
    expect(detection.signals.some((s) => s.startsWith('+dateNearHeadline'))).toBe(true);
    expect(detection.signals.some((s) => s.startsWith('+bylineNearHeadline'))).toBe(true);
  });

  it('says yes to an explainer on an agency site: no date, no byline, sections of prose under a how-to headline', () => {
    const section = (heading: string, sentence: string): string => `<h2>${heading}</h2><p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p>`;
    const menu = '<ul>' + ['Home', 'Guides', 'Funding', 'Contact'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('') + '</ul>';
    const page = doc(
      `<html><head><meta property="og:type" content="website"></head><body><header><nav>${menu}</nav><form><input name="q"><button>Search</button></form></header>
      <main><h1>How to protect your small business from phishing</h1>
      <p>Phishing is the most common way criminals get into a small business's accounts, and most attacks start with a single convincing email sent to a busy employee.</p>
      ${section('What phishing looks like', 'A phishing email imitates a supplier, a bank or a colleague and asks for a payment, a password or a click on a link. ')}
      ${section('Train your staff', 'Short, regular training helps employees slow down and check the sender before they act on an unexpected request. ')}
      ${section('Report an attack', 'If someone has clicked a link or paid an invoice, change the affected passwords at once and tell your bank and the police. ')}
      </main><footer><nav>${menu}</nav></footer></body></html>`,
      'https://business-agency.example/business-guide/protect-your-business-from-phishing',
    );
    const detection = detectArticle(page, page.URL);
    expect(detection.isArticle).toBe(true);
    expect(detection.signals.some((s) => s.startsWith('+writtenTitle'))).toBe(true);
  });

  it('says no to a service page that talks about "we" and "you", with phone links and calls to action', () => {
    const page = doc(
      `<html><head><meta property="og:type" content="website"></head><body><header><a href="tel:+15550100">Call (555) 0100</a><a class="btn" href="/contact">Get a free quote</a></header>
      <h1>Roof Repair</h1>
      <p>Our team of licensed roofers has served the county for over twenty years. We repair leaks, replace shingles and inspect your roof after every storm season.</p>
      <h2>Why choose us?</h2><ul><li>Free estimates</li><li>Licensed and insured</li><li>Same-day service</li><li>Financing available</li></ul>
      <p>Whether you need a small patch or a full replacement, we will give you a clear price before any work begins. Your satisfaction is our guarantee.</p>
      <h2>How much does a roof repair cost?</h2><p>Most of our repairs cost between $300 and $1,200. Contact us for a free estimate and we will visit your home within 48 hours.</p>
      <form><input name="name"><input name="phone"><textarea name="message"></textarea><button>Request a quote</button></form>
      <footer><a href="tel:+15550100">(555) 0100</a></footer></body></html>`,
      'https://acme-roofing.example/services/roof-repair',
    );
    expect(detectArticle(page, page.URL).isArticle).toBe(false);
  });
});

describe('headlineRegion', () => {
  it('finds the dateline and byline next to a story headline', () => {
    const page = doc('<body><header><h1>Council approves budget</h1><div class="meta"><time datetime="2024-05-01">1 May 2024</time> · By Jane Doe</div></header><div><p>Body text.</p></div></body>', 'https://x.test/');
    expect(headlineRegion(page.querySelector('h1') ?? undefined)).toEqual({ date: true, byline: true });
  });

  it('reads the byline and date of minified HTML, where no whitespace separates the tags', () => {
    const page = doc('<body><main><div class="kopf"><h1>Stadtrat verschiebt Sanierung</h1><p>Von Lena Hoffmann | 4. März 2024</p></div><div><p>Text.</p></div></main></body>', 'https://x.test/');
    expect(headlineRegion(page.querySelector('h1') ?? undefined)).toEqual({ date: true, byline: true });
  });

  it('finds neither next to a product name, even when the page below has dates', () => {
    const page = doc('<body><div><h1>Trail shoe</h1><p class="price">$89.00</p></div><section>' + '<p>Review posted 1 May 2024 by Sam Lee, who liked the grip.</p>'.repeat(40) + '</section></body>', 'https://x.test/');
    expect(headlineRegion(page.querySelector('h1') ?? undefined)).toEqual({ date: false, byline: false });
  });
});

describe('pageCensus', () => {
  it('measures prose, its dominant block, linked headings and phone links in one pass', () => {
    const page = doc(
      `<body><p class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a></p><div class="entry-content">${STORY_PARAGRAPHS}</div><div class="related"><h3><a href="/a">Related story</a></h3><p>Short teaser.</p><a href="tel:+15550100">Call</a></div></body>`,
      'https://x.test/',
    );
    const census = pageCensus(page.body);
    expect(census.paragraphs).toBe(10);
    expect(census.dominantShare).toBe(1);
    expect(census.mainParagraphs).toBe(10);
    expect(census.linkedHeadings).toBe(1);
    expect(census.telLinks).toBe(1);
    expect(census.classes.storyParts).toBe(2);
    expect(census.authorMarkup).toBe(true);
    expect(census.proseSample).toContain('harbour authority');
  });

  it("leaves the site's menus, banner and footer out of the content counts, but not an article's own header", () => {
    const menu = '<ul>' + '<li><a href="/x">Section</a></li>'.repeat(30) + '</ul><form><input name="q"><button>Search</button></form>';
    const page = doc(
      `<body><header>${menu}</header><nav>${menu}</nav><article><header><h2>Kicker</h2></header>${STORY_PARAGRAPHS}<ul><li>One point</li><li>Another</li></ul></article><aside><h3><a href="/a">Related</a></h3></aside><footer>${menu}<p>${'Company address and legal notice. '.repeat(5)}</p></footer></body>`,
      'https://x.test/',
    );
    const census = pageCensus(page.body);
    expect(census.tags.li).toBe(2);
    expect(census.tags.button).toBe(0);
    expect(census.tags['form-field']).toBe(0);
    expect(census.tags.h2).toBe(1);
    expect(census.linkedHeadings).toBe(0);
    expect(census.paragraphs).toBe(10);
  });

  it('tells sections of prose from headed blurbs', () => {
    const long = '<p>' + 'Phishing emails imitate a supplier or a bank and ask staff to open a link or pay an invoice. '.repeat(5) + '</p>';
    const blurb = '<p>Short description of one of the services we offer to our clients across the region.</p>';
    const guide = pageCensus(doc(`<body><main><h1>Guide</h1><h2>One</h2>${long}${long}<h2>Two</h2>${long}<h2>Three</h2>${long}</main></body>`, 'https://x.test/').body);
    expect([guide.sectionHeadings, guide.proseSections, guide.richSections]).toEqual([3, 3, 3]);
    const cards = pageCensus(doc(`<body><main><h1>Services</h1><h3>One</h3>${blurb}<h3>Two</h3>${blurb}<h3>Three</h3><h3>Four</h3></main></body>`, 'https://x.test/').body);
    expect([cards.sectionHeadings, cards.proseSections, cards.richSections]).toEqual([4, 2, 0]);
  });
});

describe('word lists', () => {
  const all = (pattern: RegExp, text: string): string[] => text.match(pattern) ?? [];

  it('reads bylines in several languages, but not "by" before a lower-case word', () => {
    expect(all(BYLINE, 'By Jane Doe. Von Max Mustermann. Par Jean Dupont. Por Ana Gómez.')).toHaveLength(4);
    expect(all(BYLINE, 'Sorted by price and by date')).toHaveLength(0);
  });

  it('reads written dates in several languages and numeric forms', () => {
    expect(all(WRITTEN_DATE, 'March 4, 2024 · 4. März 2024 · 4 de marzo de 2024 · 4 mars 2024 · 2024-03-04 · 04.03.2024')).toHaveLength(6);
    expect(all(WRITTEN_DATE, 'Call 0800 2024 or visit room 12')).toHaveLength(0);
  });

  it('tells headlines phrased as writing from the names of offerings, in several languages', () => {
    for (const title of ['How to choose a mesh router', 'What is cloud computing?', 'Qu’est-ce que le cloud ?', 'Cómo cuidar tus plantas', 'Wie funktioniert ein Indexfonds', '5 signs your tyres are worn', 'Beginner’s guide to SEO', 'Guía de jardinería']) {
      expect(WRITTEN_TITLE.test(title), title).toBe(true);
    }
    for (const title of ['Cybersecurity Consulting Services', 'Pet insurance', 'Roof Repair', 'Human Resources', 'Trail shoe']) expect(WRITTEN_TITLE.test(title), title).toBe(false);
    for (const title of ['Cybersecurity Consulting Services', 'Pet insurance', 'Servicios de limpieza', 'Prestations d’entretien']) expect(OFFERING_TITLE.test(title), title).toBe(true);
    for (const title of ['How to choose a mesh router', 'Council approves budget']) expect(OFFERING_TITLE.test(title), title).toBe(false);
  });

  it("reads the stamps and counters of threads, but not a story's durations and figures", () => {
    expect(all(RELATIVE_TIME, 'posted 3 hours ago · vor 2 Tagen · il y a 5 jours · hace 3 meses · 2 giorni fa · 4 dagen geleden')).toHaveLength(6);
    expect(all(RELATIVE_TIME, 'The repairs took 3 hours. Two years ago the council voted.')).toHaveLength(0);
    expect(all(ENGAGEMENT_COUNTS, '12 replies · 1.2k views · 3 answers · 45 Kommentare · 7 réponses')).toHaveLength(5);
    expect(all(ENGAGEMENT_COUNTS, 'The council has 12 members and 3 committees.')).toHaveLength(0);
  });

  it('reads a text naming itself an article or a guide, in several languages', () => {
    expect(all(SELF_REFERENCE, 'In this guide we explain… Dans cet article… In diesem Beitrag… En este artículo… In questo articolo… In dit artikel…')).toHaveLength(6);
    expect(all(SELF_REFERENCE, 'Our guides help you choose. Read articles about this product.')).toHaveLength(0);
  });

  it('reads words that start or end in an accent, and not inside longer words', () => {
    expect(all(DATELINE_WORDS, 'Publié le 4 mars 2024 · Veröffentlicht am 4. März · unpublished · publiée')).toEqual(['Publié', 'Veröffentlicht']);
    expect(all(REPORTING_WORDS, 'La ministra afirmó que… Il a déclaré, puis il a indiqué…')).toEqual(['afirmó', 'a déclaré', 'a indiqué']);
    expect(all(YOU_WORDS, 'Você sabe? Vocês sabem.')).toEqual(['Você', 'Vocês']);
    expect(all(YOU_WORDS, 'Il est vêtu, ils sont têtus, et tu le sais.')).toEqual(['tu']);
    expect(all(I_WORDS, "Les mêmes problèmes, j’ai dit, et mes amis aussi. I'm here.")).toEqual(['j’', 'mes', 'I']);
  });

  it('reads reading-time notes', () => {
    expect(all(READING_TIME, '5 min read')).toHaveLength(1);
    expect(all(READING_TIME, 'Lesezeit: 4 Minuten')).toHaveLength(1);
    expect(all(READING_TIME, 'Open 5 minutes from the station')).toHaveLength(0);
  });
});

describe('urlShape', () => {
  it('reads dates, slugs and listing paths', () => {
    expect(urlShape('https://x.test/2024/05/01/council-vote').hasDate).toBe(true);
    expect(urlShape('https://x.test/news/council-approves-the-new-budget-plan').slugWords).toBe(6);
    expect(urlShape('https://x.test/category/politics').listingSegment).toBe(true);
    expect(urlShape('https://x.test/').isRoot).toBe(true);
  });
});
