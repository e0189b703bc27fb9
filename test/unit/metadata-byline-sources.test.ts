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

  it('reads bylines on a page whose body is classed for its comment settings', () => {
    const doc = new JSDOM(
      `<!doctype html><html><head></head><body class="site tweak-blog-item-comments"><article><h1>Seed swaps</h1><div class="content"><p><em>Written by Pat Morgan</em></p>${PROSE}</div></article></body></html>`,
      { url: 'https://www.gardenweekly.example/story' },
    ).window.document;
    expect(byline(doc)).toBe('Pat Morgan');
  });

  it("reads the name over an author box's description, not the description Readability took for the byline", () => {
    const box = '<div class="author-box"><img class="avatar" alt="Photo of author" src="/a.jpg"><p>Marta Lindqvist</p><div class="dynamic-author-description">Licensed Q Grader, M.A. Journalism</div></div>';
    const doc = page('', `<article><h1>Espresso machines under $500</h1>${box}${PROSE}</article>`);
    expect(readMetadata(doc, doc.URL, { byline: 'Licensed Q Grader, M.A. Journalism' }).byline).toBe('Marta Lindqvist');
  });

  it('reads a name printed after a label in its own element, even in an aside', () => {
    const doc = page('', `<article><h1>AI in the clinic</h1>${PROSE}</article><aside><div><h3>Published</h3><p>August 30, 2024</p></div><div><h3>Author</h3><p> Lisa D. Ellis</p></div></aside>`);
    expect(byline(doc)).toBe('Lisa D. Ellis');
  });

  it('reads "<strong>Contributors:</strong> Name" and a portrait whose alt text is printed beside it', () => {
    expect(byline(page('', `<article><h1>Low light plants</h1><div><strong>Contributors:</strong> Janet Loughrey</div>${PROSE}</article>`))).toBe('Janet Loughrey');
    expect(byline(page('', `<article><h1>Pilot landed</h1><a title="Trond Teigen"><img src="/icon.png" alt="Trond Teigen"><span>Trond Teigen</span></a>${PROSE}</article>`))).toBe('Trond Teigen');
  });

  it('does not take a screenshot in the running text for a portrait, but reads a hand-written author box', () => {
    const prose =
      '<p>Browsers disagreed on everything back then, and every page needed its own workarounds for each one of them. You would spend hours debugging, only to find a browser quirk and not a bug in your code. Event handling differed from one browser to the next.</p>'.repeat(2);
    const screenshot = '<p><img src="https://img.example.org/2012-twitter-profile-page.png" alt="Old Twitter"></p>';
    expect(byline(page('', `<article><h1>Thirty years of markup</h1>${prose}${screenshot}${prose}</article>`))).toBeNull();
    const authorBox = '<p><img src="https://profile.example.org/tim_100.png" alt="Tim Green"></p><p><strong>Tim Green</strong> <em>Technology writer</em></p>';
    expect(byline(page('', `<article><h1>Thirty years of markup</h1>${prose}${prose}<hr>${authorBox}</article>`))).toBe('Tim Green');
  });

  it('reads the list of authors under an "Author(s)" heading, one name an item', () => {
    const meta = '<div class="hero-metadata"><h6>Date</h6><p>November 2003</p><h6>Author(s)</h6><ul><li><a href="/library/?_author=1">John A. Alic</a></li><li><a href="/library/?_author=2">David C. Mowery</a></li><li><a href="/library/?_author=3">Edward S. Rubin</a></li></ul></div>';
    expect(byline(page('', `<header><h1>Technology policy lessons</h1>${meta}</header><article>${PROSE}</article>`))).toBe('John A. Alic, David C. Mowery and Edward S. Rubin');
  });

  it('reads the name printed right after an avatar that has no alt text', () => {
    const line = "<p>Dec 26, 2025 <span>&bull;</span> <img src='https://2.gravatar.com/avatar/e5f6?s=96' class='avatar avatar-xs'/> Mahua Das in <a href='blog/pm'>Project Management</a></p>";
    expect(byline(page('', `<header><h1>Software pricing guide</h1>${line}</header><article>${PROSE}</article>`))).toBe('Mahua Das');
  });

  it("prefers the writer in an author box over an admin account, and skips other stories' authors in related posts", () => {
    const related = `<h2>Related posts</h2><div itemscope itemtype="https://schema.org/BlogPosting"><div itemscope itemprop="author" itemtype="https://schema.org/Person"><meta itemprop="name" content="Marie Stafford"></div><h3><a href="/smart-tv-privacy/">Your smart TV is watching</a></h3><p>Privacy tips for the living room.</p></div>`;
    const authorBox = '<div class="fl-post-author-image"><a href="/team/david/"><img src="/uploads/David-final-web-250x250.png" class="attachment-small wp-post-image" alt="David Gracey Headshot"></a></div><div class="author-meta"><p>Since 1998, David has grown the company.</p></div>';
    const doc = page('<meta name="author" content="NOC Admin">', `<article><h1>Tech conferences in Atlanta</h1>${PROSE}${authorBox}</article>${related}`);
    expect(byline(doc)).toBe('David Gracey');
    // With nobody else credited, the account is still the byline.
    expect(byline(page('<meta name="author" content="NOC Admin">', `<article><h1>Tech conferences in Atlanta</h1>${PROSE}</article>${related}`))).toBe('NOC Admin');
  });

  it("reads a portrait alt text that names the person before saying what the image is", () => {
    expect(byline(page('', `<article><h1>Carved in stone</h1><img class="avatar" src="/a.png" alt="Idle Cartulary's avatar">${PROSE}</article>`))).toBe('Idle Cartulary');
  });

  it('does not take the topic link printed in a byline element for a name', () => {
    const card = '<div class="byline card__top-byline"><span class="byline__tag"><a class="tag" href="/tag/lifestyle">Lifestyle</a></span><span class="byline__date">March 12, 2025</span></div>';
    expect(byline(page('', `<article><h1>Tax season is here</h1>${card}${PROSE}</article>`))).toBeNull();
    expect(byline(page('', `<article><h1>Tax season is here</h1><div class="byline"><a href="/people/isabel-haas">Isabel Haas</a> · March 12, 2025</div>${PROSE}</article>`))).toBe('Isabel Haas');
  });

  it("does not take a byline's category or an author box's story title for a name", () => {
    const category = '<section class="byline"><time datetime="2023-03-20">March 20, 2023</time> | <span class="byline__category"><a href="/health/wellness-articles">Wellness &amp; Prevention</a></span></section>';
    expect(byline(page('', `<article><h1>Nine food myths</h1>${category}${PROSE}</article>`))).toBeNull();
    const storyTitle = '<div class="related"><a class="footer-author__article-title" href="/kafka-lag">Compaction &amp; Retention: Edge Cases</a></div>';
    expect(byline(page('', `<article><h1>Nine food myths</h1>${PROSE}</article>${storyTitle}`))).toBeNull();
  });

  it("does not split a firm named after its partners into writers when it is the site's name", () => {
    const story = `<article><h1>Gym injury claims</h1>${PROSE}</article>`;
    expect(byline(page('<meta property="og:site_name" content="Morgan & Morgan"><meta name="author" content="Morgan & Morgan">', story))).toBeNull();
    expect(byline(page('<meta property="og:site_name" content="Rick Steves"><meta name="author" content="Rick Steves">', story))).toBe('Rick Steves');
  });

  it("does not give the site's host name as the byline", () => {
    const doc = page('<meta name="author" content="gardenweekly.example">', `<article><h1>Frost dates</h1>${PROSE}</article>`);
    expect(byline(doc)).toBeNull();
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

  it("does not give a company's name as the byline on its own site, even when it reads like a person's", () => {
    const story = `<article><h1>Caring for your teeth</h1>${PROSE}</article>`;
    const withSite = (site: string, head = ''): Document => page(`<meta property="og:site_name" content="${site}"><meta name="author" content="${site}">${head}`, story);
    // What it does, an acronym, or its own JSON-LD says so.
    expect(byline(withSite('West Bell Dental Care'))).toBeNull();
    expect(byline(withSite('CBS Detroit'))).toBeNull();
    // An organisation word that ends in an accent is a whole word too.
    expect(byline(withSite('Université Laval'))).toBeNull();
    expect(byline(withSite('Quiet Meadow', jsonLd({ '@type': 'Article', headline: 'Caring for your teeth', author: { '@type': 'Organization', name: 'Quiet Meadow' } })))).toBeNull();
    expect(byline(withSite('Rick Steves', jsonLd({ '@type': 'Article', headline: 'Caring for your teeth', author: { '@type': 'Person', name: 'Rick Steves' } })))).toBe('Rick Steves');
    // A couple's blog, and a surname in capitals: people, not a firm or an acronym.
    expect(byline(withSite('Kevin & Amanda'))).toBe('Kevin and Amanda');
    expect(byline(withSite('Jean DUPONT'))).toBe('Jean DUPONT');
    expect(byline(withSite('Green Acres', jsonLd({ '@type': 'Article', headline: 'Caring for your teeth', author: { '@type': 'LocalBusiness', name: 'GREEN  ACRES' } })))).toBeNull();
    // A blog in the first person named after its trade is still a company's.
    const personal = '<p>I moved my blog to a tiny server last year, and I have not looked back since I did it.</p>'.repeat(12);
    expect(byline(page('<title>Home networks | Talking Home Renovations</title>', `<article><h1>Home networks</h1>${personal}</article>`))).toBeNull();
  });

  it("does not take a personal site's four-word name for its owner, but keeps a surname with particles", () => {
    const personal = '<p>I moved my blog to a tiny server last year, and I have not looked back since I did it.</p>'.repeat(12);
    const site = (name: string) => page(`<meta property="og:site_name" content="${name}"><title>Tiny house cons</title>`, `<article><h1>Tiny house cons</h1>${personal}</article>`);
    expect(byline(site('Tiny House Giant Journey'))).toBeNull();
    expect(byline(site('Jan van der Berg'))).toBe('Jan van der Berg');
  });

  it('names the writer of a first-person blog from the portrait in its "About me" box', () => {
    const personal = '<p>I tried three small language models on my laptop, and I was surprised by how well they did.</p>'.repeat(12);
    const aboutMe = (heading: string) => `<aside><div class="widget"><h2>${heading}</h2><img src="/me.jpg" alt="Mike Woodward"><p>I'm a data science VP.</p></div></aside>`;
    expect(byline(page('<title>Small models</title>', `<article><h1>Small models</h1>${personal}</article>${aboutMe('Find out more about me')}`))).toBe('Mike Woodward');
    expect(byline(page('<title>Kleine Modelle</title>', `<article><h1>Kleine Modelle</h1>${personal}</article>${aboutMe('Über mich')}`))).toBe('Mike Woodward');
    expect(byline(page('<title>Small models</title>', `<article><h1>Small models</h1>${personal}</article>${aboutMe('Our partners')}`))).toBeNull();
  });

  it("falls back to the post author in a WordPress tag manager's data layer, escapes read as JSON", () => {
    const dataLayer = (author: string) => `<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"${author}"}; dataLayer.push(dataLayer_content);</script>`;
    expect(byline(page(dataLayer('Josef Pr\\u016f\\u0161a'), `<article><h1>Printer calibration</h1>${PROSE}</article>`))).toBe('Josef Průša');
    // Only a last resort: a byline printed by the headline wins over the CMS account.
    expect(byline(page(dataLayer('webmaster2'), `<article><h1>Printer calibration</h1><p>By Albert Swann</p>${PROSE}</article>`))).toBe('Albert Swann');
    expect(byline(page(dataLayer('admin'), `<article><h1>Printer calibration</h1>${PROSE}</article>`))).toBeNull();
  });

  it('reads a full name or a named team printed just before the date under the headline, with no "By"', () => {
    const underHeadline = (line: string) => page('', `<article><header><h1>Top five HR tools in 2026</h1><p>${line}</p></header>${PROSE}</article>`);
    expect(byline(underHeadline('DianaHR Team · Feb 16, 2026'))).toBe('DianaHR Team');
    expect(byline(underHeadline('Marta Nowak 16 February 2026'))).toBe('Marta Nowak');
    // A section before the date, the end of a section path, or a reviewer's credit is no writer.
    expect(byline(underHeadline('Business Feb 16, 2026'))).toBeNull();
    expect(byline(underHeadline('Elementor | Web Design Feb 16, 2026'))).toBeNull();
    expect(byline(underHeadline('Reviewed by Marta Nowak Feb 16, 2026'))).toBeNull();
  });

  it('reads "by" by the headline only where it credits a writer', () => {
    const underHeadline = (line: string, url = 'https://www.gardenweekly.example/story') =>
      byline(page('', `<article><header><h1>Winter pruning for small gardens</h1><p>${line}</p></header>${PROSE}</article>`, url));
    expect(underHeadline('Comments powered by Disqus')).toBeNull();
    expect(underHeadline('An independent nonprofit established by Congress in 1974')).toBeNull();
    expect(underHeadline('A Step by Step Guide')).toBeNull();
    expect(underHeadline('Reviews: browse by Category Kitchen Garden Tools')).toBeNull();
    expect(underHeadline('Recycle by City Chicago Flagstaff', 'https://www.recyclebycity.example/chicago')).toBeNull();
    expect(underHeadline('A meal plan created by BHF Senior Dietitian Tracy Parker.')).toBe('Tracy Parker');
    // The month of the date after the name, and the headline run on after a desk's name, are no part of it.
    expect(underHeadline('By Scott Pletcher Jun 08, 2023 • 11 min read')).toBe('Scott Pletcher');
    // A surname that is a month word elsewhere stays: a duration is no date, and Polish or Nordic month words are names here.
    expect(underHeadline('By Anna Mar 3 min read')).toBe('Anna Mar');
    expect(underHeadline('By Piotr Maj 12 May 2024')).toBe('Piotr Maj');
    expect(underHeadline('By Recharged Editorial Team Full EV Cars')).toBe('Recharged Editorial Team');
  });

  it('ends a "By" name at the edge of its element: the next heading is no part of it', () => {
    const header = '<header><h1>Raised beds for beginners</h1><p>Published August 7, 2023 by Nicole Burke</p></header>';
    expect(byline(page('', `<article>${header}<h2>Gardenary Planting vs. Ordinary Planting</h2>${PROSE}</article>`))).toBe('Nicole Burke');
  });

  it('refuses a template blank, a month, a webmaster or a web agency credit for the writer', () => {
    const story = `<article><h1>Seed swaps</h1>${PROSE}</article>`;
    for (const author of ['undefined', 'Feb', 'Webmaster', 'Government Websites by CivicPlus']) {
      expect(byline(page(`<meta name="author" content="${author}">`, story))).toBeNull();
    }
  });

  it('keeps a bare "Staff" or "team" credit when no person is named, and a person over it', () => {
    const story = `<article><h1>Seed swaps</h1>${PROSE}</article>`;
    expect(byline(page('<meta name="author" content="Staff">', story))).toBe('Staff');
    expect(byline(page('<meta name="author" content="team">', story))).toBe('team');
    const signed = `<article><h1>Seed swaps</h1><p class="byline">By Ruth Okafor</p>${PROSE}</article>`;
    expect(byline(page('<meta name="author" content="Staff">', signed))).toBe('Ruth Okafor');
    const linked = `<article><h1>Seed swaps</h1><p><a rel="author" href="/people/ruth">Ruth Okafor</a></p>${PROSE}</article>`;
    expect(byline(page('<meta name="author" content="Staff">', linked))).toBe('Ruth Okafor');
  });

  it('refuses a share channel, a feed or profile link or a file name for the writer', () => {
    const story = `<article><h1>Seed swaps</h1>${PROSE}</article>`;
    expect(byline(page('<meta name="author" content="humans.txt">', story))).toBeNull();
    expect(byline(page('<meta name="author" content="Google Plus">', story))).toBeNull();
    // An author page's feed and profile links sit beside the name.
    expect(byline(page('<meta name="author" content="Get author RSS feed">', story))).toBeNull();
    expect(byline(page('<meta name="author" content="Atom feed">', story))).toBeNull();
    expect(byline(page('<meta name="author" content="Atom Egoyan">', story))).toBe('Atom Egoyan');
    expect(byline(page('<meta name="author" content="Author’s Profile">', story))).toBeNull();
    // Readability takes a share button's hidden label for the byline on some themes.
    expect(readMetadata(page('', story), 'https://www.gardenweekly.example/story', { byline: 'Share by Mail' }).byline).toBeNull();
  });

  it('does not take an image linked to another site for a portrait, even with its caption beside it', () => {
    const badge = (href: string) => `<article><h1>Seed swaps</h1>${PROSE}<p><a href="${href}"><img src="/ad.jpg" alt="Rosa Lindqvist">Rosa Lindqvist Catering</a></p></article>`;
    expect(byline(page('', badge('https://catering.example/menu')))).toBeNull();
    expect(byline(page('', badge('/about/rosa')))).toBe('Rosa Lindqvist');
  });

  it("does not take a teaser's picture and the title beside it for a portrait", () => {
    const teaser = (size: string) =>
      `<article><h1>Seed swaps</h1>${PROSE}</article><div class="related"><a href="/kitchen-tips"><img src="/tips.jpg" ${size} alt="Restaurant Kitchen Tips"><h3>Restaurant Kitchen Tips</h3></a></div>`;
    expect(byline(page('', teaser('width="200" height="200"')))).toBeNull();
  });

  it("does not take a site's logo in a profile folder for a portrait", () => {
    const logo = (src: string) => `<header><a href="/"><div id="wordmark"><img src="${src}" alt="Harbour Valley"></div></a></header><article><h1>Seed swaps</h1>${PROSE}</article>`;
    expect(byline(page('', logo('/profiles/campus/themes/base/images/logo-harbour.png')))).toBeNull();
    expect(byline(page('', logo('/profiles/campus/themes/base/images/harbour-college.svg')))).toBeNull();
  });

  it("does not take a WordPress.com blog icon beside a top post's title for a portrait", () => {
    const topPost = (src: string) =>
      `<article><h1>Seed swaps</h1>${PROSE}</article><div class="widget_top-posts"><a href="/2012/02/11/seed-banks/" title="Rosa Lindqvist Seed Banks"><img width="40" height="40" src="${src}" alt="Rosa Lindqvist"></a><a href="/2012/02/11/seed-banks/">Rosa Lindqvist</a></div>`;
    expect(byline(page('', topPost('https://secure.gravatar.com/blavatar/55bf?s=40')))).toBeNull();
    expect(byline(page('', topPost('https://secure.gravatar.com/avatar/55bf?s=40')))).toBe('Rosa Lindqvist');
  });

  it("does not take a commenter's name from an author-classed element in the comments", () => {
    const doc = page(
      '',
      `<article><h1>Scalable interpretability</h1><div class="PostsAuthors-authorName">by <a href="/users/jsteinhardt">jsteinhardt</a></div>${PROSE}</article><div class="CommentsItem-body"><span class="CommentUserName-author"><a href="/users/od">Oliver Daniels</a></span><p>Nice post.</p></div>`,
    );
    expect(byline(doc)).toBe('jsteinhardt');
  });

  it("prefers a writer's printed credit over the site's team named as the author", () => {
    const doc = page(
      '<meta property="og:site_name" content="Garden Weekly">',
      `<article><h1>Pruning roses</h1><a href="/blog/author/team"><img alt="Team Garden Weekly" src="/logo.png"><p>By Team Garden Weekly</p></a>${PROSE}<p>Written by <a href="https://example.org/albert">Albert Swann</a></p></article>`,
    );
    expect(byline(doc)).toBe('Albert Swann');
  });
});

describe('co-authors', () => {
  it('gives every writer the byline prints when structured data names the first one only', () => {
    const head = jsonLd({ '@type': 'Article', headline: 'HR trends', author: { '@type': 'Person', name: 'Marna van der Merwe' } });
    const story = (names: string) => `<article><header><h1>Eleven HR trends for the year ahead</h1><div class="author">Written by ${names}</div><div>Reviewed by Monika Nemcova</div></header>${PROSE}</article>`;
    expect(byline(page(head, story('<span>Dr Marna van der Merwe</span>, <span>Dr Dieter Veldsman</span>, <span>Erik van Vulpen</span>')))).toBe(
      'Dr Marna van der Merwe, Dr Dieter Veldsman and Erik van Vulpen',
    );
    // The same writer alone in print stays as structured data gives her.
    expect(byline(page(head, story('<span>Marna van der Merwe</span>')))).toBe('Marna van der Merwe');
  });

  it('does not take the publisher in a byline for a co-author', () => {
    const head = jsonLd({ '@type': 'Article', headline: 'Reunion', author: { '@type': 'Person', name: 'Troy L. Smith, Cleveland.com' } });
    const doc = page(head, `<article><header><h1>The band will reunite for a summer show</h1><div class="byline">By <a href="/staff/troy">Troy L. Smith, Cleveland.com</a></div></header><p>CLEVELAND, Ohio — ${PROSE}</p></article>`);
    expect(byline(doc)).toBe('Troy L. Smith');
    expect(cleanByline('Troy L. Smith, Cleveland.com CLEVELAND')).toBe('Troy L. Smith');
  });

  it('does not take the outlet named after the writer for a co-author or a credential', () => {
    const news = (author: string, site: string, url: string) => page(`<meta name="author" content="${author}"><meta property="og:site_name" content="${site}">`, `<article><h1>Markets slide</h1>${PROSE}</article>`, url);
    expect(byline(news('Jill Disis, CNN Business', 'CNN', 'https://edition.cnn.com/2019/11/18/markets'))).toBe('Jill Disis');
    expect(byline(news('Tanza Loudenback, Business Insider', 'Business Insider Deutschland', 'https://www.businessinsider.de/retire-early'))).toBe('Tanza Loudenback');
    expect(byline(news('Jane Doe, Li Wei and Ravi Patel', 'Garden Weekly', 'https://www.gardenweekly.example/story'))).toBe('Jane Doe, Li Wei and Ravi Patel');
    // The outlet's own element printed right after the writer's, no comma between them.
    expect(byline(news('Elliot Brownstein Florida Today', 'Florida Today', 'https://www.floridatoday.com/story/sports'))).toBe('Elliot Brownstein');
    // What is left must still be a full name: "Laura / House Plant House" is one credit.
    expect(byline(news('Laura / House Plant House', 'House Plant House', 'https://houseplanthouse.com/pothos'))).toBe('Laura / House Plant House');
  });

  it('keeps first names together, and a body whose name has an "and" in it', () => {
    expect(cleanByline('Linny and Peter')).toBe('Linny and Peter');
    expect(cleanByline('Maria & Katerina')).toBe('Maria and Katerina');
    expect(cleanByline('Center for Drug Evaluation and Research')).toBe('Center for Drug Evaluation and Research');
    // A full name and a first name is no pair of first names.
    expect(cleanByline('Jane Doe and Bob')).toBe('Jane Doe');
  });

  it('does not split a phrase at its "and" to find a name in it', () => {
    expect(cleanByline('The Russian and Syrian defense ministries')).toBeNull();
    expect(cleanByline('Jane Doe and Marna van der Merwe')).toBe('Jane Doe and Marna van der Merwe');
  });

  it('keeps a writer apart from a role printed after a comma', () => {
    expect(cleanByline('Agatha Caleo, Candidate Representative')).toBe('Agatha Caleo');
  });
});

describe('a guest writer named atop the story', () => {
  const head = '<meta name="author" content="Luke Daigle">';
  const story = (opening: string) =>
    `<article><h1>Managing legal issues in the fitness industry</h1><p>November 3, 2023</p><div class="by"><p>${opening}</p></div>${PROSE}</article>`;

  it('takes a "By" line in the first paragraphs after the headline over the account that posted it', () => {
    expect(byline(page(head, story('By: Paul Fenaroli')))).toBe('Paul Fenaroli');
    expect(byline(page(head, story('Von Anna Schmidt')))).toBe('Anna Schmidt');
    // The theme's visible author link is the account too.
    const themed = page('', `<article><h1>Outdated nutrition facts debunked</h1><a rel="author" href="/blog?author=5a57">Stef Keegan</a><p><em>By Lizzie Streit, MS, RDN</em></p>${PROSE}</article>`);
    expect(byline(themed)).toBe('Lizzie Streit, MS, RDN');
  });

  it('leaves a sentence that opens with "By" to the story', () => {
    expect(byline(page(head, story('By Friday, the council will decide.')))).toBe('Luke Daigle');
    expect(byline(page(head, story('By Monday Morning, every gym in the county had reopened its doors to members, the survey found.')))).toBe('Luke Daigle');
  });
});

describe('cleanByline leftovers', () => {
  it('drops what neighbouring elements leave on a name, but not a surname that is a month', () => {
    expect(cleanByline('Damien Walter December')).toBe('Damien Walter');
    expect(cleanByline('Sara Harberson In')).toBe('Sara Harberson');
    expect(cleanByline('CM Craig McCarthy Last')).toBe('Craig McCarthy');
    expect(cleanByline('EcoFlow- 2025/')).toBe('EcoFlow');
    expect(cleanByline('Tom May')).toBe('Tom May');
    expect(cleanByline('jsteinhardt 18th Dec 2025')).toBe('jsteinhardt');
  });

  it('cuts the date and its label after a name in other languages, accented labels too', () => {
    expect(cleanByline('Par Jean Dupont Publié le 3 mai 2025')).toBe('Jean Dupont');
    expect(cleanByline('Av Anna Svensson Publicerad 3 maj 2025')).toBe('Anna Svensson');
    expect(cleanByline('Автор Иван Петров 16 декабря 2025')).toBe('Иван Петров');
    expect(cleanByline('Maja Nowak')).toBe('Maja Nowak');
    expect(cleanByline('Anna Maria Maja')).toBe('Anna Maria Maja');
    expect(cleanByline('John A. List')).toBe('John A. List');
  });

  it('drops the "at" before the time in a blog template\'s "Posted by Jane Doe at 11:15 AM"', () => {
    expect(cleanByline('Posted by Jane Doe at 11:15 AM')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe at December 16, 2025 11:15 AM')).toBe('Jane Doe');
  });

  it('keeps the name of a long credit that opens with it, and still refuses a long sentence', () => {
    expect(cleanByline('By: Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Moving Industry')).toBe('Benjamin Johnson');
    expect(cleanByline('Sign up for our weekly newsletter and get the best of our stories in your inbox every week')).toBeNull();
  });

  it('refuses a profile address, whose words would otherwise be cut as a tail', () => {
    expect(cleanByline('www.facebook.com/tinyhousegiantjourney')).toBeNull();
    expect(cleanByline('https://twitter.com/janedoe')).toBeNull();
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

  it('keeps a middle initial, never read as a conjunction, and splits real co-authors', () => {
    expect(cleanByline('Sarah E. Needleman')).toBe('Sarah E. Needleman');
    expect(cleanByline('Bruce Y. Lee')).toBe('Bruce Y. Lee');
    expect(cleanByline('Ana Ruiz y Pedro Gil')).toBe('Ana Ruiz and Pedro Gil');
    expect(cleanByline('LISA MASCARO AND MARY CLARE JALONICK')).toBe('LISA MASCARO and MARY CLARE JALONICK');
  });

  it('drops a writer label in Russian', () => {
    expect(cleanByline('Текст: Венера Ерофеева')).toBe('Венера Ерофеева');
  });
});
