import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/summarize.ts';
import { countWordsInAnyScript, readingMinutes } from '../../src/core/summarize/reading-time.ts';
import { liveBlogEntries } from '../../src/core/summarize/live-blog.ts';
import { stripLeadingJunk } from '../../src/core/summarize/clean-sentence.ts';
import { captionTexts } from '../../src/core/summarize/captions.ts';

const STORY = [
  'The city council approved a new tram line on Tuesday after a long debate.',
  'The line will connect the main station with the university campus.',
  'Construction is expected to start next spring and take three years.',
  'The project will cost an estimated 420 million euros in total.',
  'Opposition councillors argued that electric buses would have been cheaper.',
  'Residents along the route will be invited to public meetings soon.',
].join('\n\n');

describe('summarize', () => {
  it('gives three key points by default and 1 to 5 on request', () => {
    const article = { text: STORY, lang: 'en', isLiveBlog: false };
    expect(summarize(article).keyPoints).toHaveLength(3);
    expect(summarize(article, 1).keyPoints).toHaveLength(1);
    expect(summarize(article, 5).keyPoints).toHaveLength(5);
    expect(summarize(article, 9).keyPoints).toHaveLength(5);
    expect(summarize(article, 0).keyPoints).toHaveLength(1);
  });

  it('keeps the article order and starts from the lead', () => {
    const points = summarize({ text: STORY, lang: 'en', isLiveBlog: false }).keyPoints;
    expect(points[0]).toMatch(/^The city council approved/);
    const positions = points.map((p) => STORY.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('skips a lead repeated as the first paragraph', () => {
    const standfirst = 'The city council approved a new tram line on Tuesday.';
    const points = summarize({ text: `${standfirst}\n\n${STORY}`, lang: 'en', isLiveBlog: false }).keyPoints;
    expect(points.filter((p) => p.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('leaves out asides in brackets', () => {
    const aside = '(We never did settle on one, unlike the towns nearby, which are packed with them.)';
    const points = summarize({ text: `${aside}\n\n${STORY}`, lang: 'en', isLiveBlog: false }).keyPoints;
    expect(points).not.toContain(aside);
  });

  it('never uses a figure caption, even one that reads like a sentence', () => {
    const caption = 'A tram passes the old town hall during a test run on Monday.';
    const html = `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>…</p>`;
    const points = summarize({ text: `${caption}\n\n${STORY}`, lang: 'en', isLiveBlog: false, html }).keyPoints;
    expect(points).not.toContain(caption);
    expect(points[0]).toMatch(/^The city council approved/);
  });

  it('reads a page with repeated time stamps as a live blog, newest entries first', () => {
    const text = [
      'Follow our live coverage.',
      '09:10',
      'Police closed the bridge to traffic after a lorry caught fire early this morning.',
      '10:25',
      'Firefighters say the fire is now under control and nobody was injured.',
      '11:40',
      'The bridge will reopen to cars in the afternoon, the city said.',
    ].join('\n\n');
    const points = summarize({ text, lang: 'en', isLiveBlog: false }, 2).keyPoints;
    expect(points).toEqual([
      'The bridge will reopen to cars in the afternoon, the city said.',
      'Firefighters say the fire is now under control and nobody was injured.',
    ]);
  });

  it('counts words and reading time from the text', () => {
    const summary = summarize({ text: STORY, lang: 'en', isLiveBlog: false });
    expect(summary.wordCount).toBe(countWordsInAnyScript(STORY));
    expect(summary.readingMinutes).toBe(1);
  });
});

describe('readingMinutes', () => {
  it('reads by characters per minute for the language', () => {
    const text = 'a'.repeat(9870);
    expect(readingMinutes(text, 'en')).toBe(10);
    expect(readingMinutes(text, 'de')).toBe(11); // 9870 / 920
    expect(readingMinutes(text, 'xx')).toBe(10); // unknown: the English rate
  });

  it('counts Chinese and Japanese by characters', () => {
    expect(readingMinutes('中'.repeat(2550), 'zh')).toBe(10);
    expect(readingMinutes('語'.repeat(3570), 'ja')).toBe(10);
    expect(countWordsInAnyScript('東京で会議が開かれた meeting today')).toBe(12); // 10 characters, 2 words
  });

  it('is at least one minute', () => {
    expect(readingMinutes('Short.', 'en')).toBe(1);
  });
});

describe('liveBlogEntries', () => {
  it('orders entries newest first whichever way the page runs', () => {
    const newestFirst = ['16:41', 'Latest.', '15:02', 'Older.'];
    const oldestFirst = ['9.05am', 'Older.', '2.15pm', 'Latest.'];
    expect(liveBlogEntries(newestFirst).map((e) => e.paragraphs[0])).toEqual(['Latest.', 'Older.']);
    expect(liveBlogEntries(oldestFirst).map((e) => e.paragraphs[0])).toEqual(['Latest.', 'Older.']);
  });
});

describe('stripLeadingJunk', () => {
  it.each([
    ['LONDON (Reuters) - The prime minister resigned on Friday.', 'The prime minister resigned on Friday.'],
    ['(CNN)Two screeners have been fired.', 'Two screeners have been fired.'],
    ['Kathmandu, Nepal (CNN)Rescuers pulled a man from the rubble.', 'Rescuers pulled a man from the rubble.'],
    ['BERLIN, 5. März (dpa) - Die Regierung hat entschieden.', 'Die Regierung hat entschieden.'],
    ['MADRID, 3 mar (EFE).- El Gobierno aprobó la ley.', 'El Gobierno aprobó la ley.'],
    ['ADVERTISEMENT The minister spoke on Monday.', 'The minister spoke on Monday.'],
    ['New York, NY – With engagement moving to phones, the platform grew.', 'With engagement moving to phones, the platform grew.'],
  ])('%s', (input, expected) => {
    expect(stripLeadingJunk(input)).toBe(expected);
  });

  it('leaves a sentence alone when no capitalised sentence would follow', () => {
    expect(stripLeadingJunk('Apple (AAPL) shares rose on Monday.')).toBe('Apple (AAPL) shares rose on Monday.');
    expect(stripLeadingJunk('Manchester United - the club said nothing.')).toBe('Manchester United - the club said nothing.');
  });
});

describe('captionTexts', () => {
  it('reads figure captions, entities decoded', () => {
    expect(captionTexts('<figure><img><figcaption>Rock &amp; roll <b>fans</b>&#33;</figcaption></figure>')).toEqual(['Rock & roll fans !']);
    expect(captionTexts(undefined)).toEqual([]);
  });

  it('reads the first text of an element whose id names an image, but no long text', () => {
    const caption = 'The minister, centre, visits the air show on Monday, Nov. 13, 2017.';
    expect(captionTexts(`<div id="ArticleBody-InlineImage-1"><p>${caption}</p></div><p>Body.</p>`)).toEqual([caption]);
    expect(captionTexts(`<div id="photo-essay"><p>${'Long article text. '.repeat(40)}</p></div>`)).toEqual([]);
    expect(captionTexts('<div id="article-body"><p>Body text.</p></div>')).toEqual([]);
    expect(captionTexts('<div id="main-image"><p><img src="a.jpg"></p></div><p>The lead sentence.</p>')).toEqual([]);
    expect(captionTexts(`<div id="main-image"><p><img src="a.jpg"></p><p>${caption}</p></div>`)).toEqual([caption]);
  });
});

describe('live-blog stamps', () => {
  it('recognises clock and relative stamps in several languages', () => {
    const stamps = ['16:41', '4.41pm', '16.41 Uhr', '16h41', 'Updated 16:41 GMT', '12 min ago', 'vor 5 Minuten', 'il y a 2 h', 'hace 3 horas', '5 minuti fa', 'há 1 hora', '3 uur geleden'];
    for (const stamp of stamps) expect(liveBlogEntries([stamp, 'Entry text.']), stamp).toHaveLength(1);
    expect(liveBlogEntries(['The minister spoke at 16:41 on Friday.', 'Entry text.'])).toHaveLength(0);
  });
});
