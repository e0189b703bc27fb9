import { describe, expect, test } from 'vitest';
import { relativeDate } from '../../src/popup/relative-date.ts';
import { summaryMarkdown } from '../../src/popup/copy-summary.ts';

const now = Date.parse('2025-05-16T15:10:00Z');

describe('relativeDate', () => {
  test('recent news reads as time ago, in the reader’s language', () => {
    expect(relativeDate('2025-05-16T12:10:00Z', 'en', now)?.text).toBe('3 hours ago');
    expect(relativeDate('2025-05-16T12:10:00Z', 'de', now)?.text).toBe('vor 3 Stunden');
    expect(relativeDate('2025-05-15T12:10:00Z', 'fr', now)?.text).toBe('hier');
    expect(relativeDate('2025-05-16T15:09:30Z', 'en', now)?.text).toBe('this minute');
  });
  test('older news, and dates in the future, read as a date', () => {
    expect(relativeDate('2025-04-01T12:00:00Z', 'en', now)?.text).toBe('Apr 1, 2025');
    expect(relativeDate('2025-06-01T12:00:00Z', 'en', now)?.text).toBe('Jun 1, 2025');
  });
  test('no date or a broken one gives nothing to show', () => {
    expect(relativeDate(null, 'en', now)).toBeNull();
    expect(relativeDate('yesterday-ish', 'en', now)).toBeNull();
  });
});

describe('summaryMarkdown', () => {
  test('a linked title, then the points as a list', () => {
    const markdown = summaryMarkdown({
      url: 'https://news.example/a',
      article: { title: 'Talks [live] end', byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null, leadImage: null, text: '' },
      summary: { keyPoints: ['One.', 'Two.'], readingMinutes: 1, wordCount: 100 },
    });
    expect(markdown).toBe('## [Talks \\[live\\] end](https://news.example/a)\n\n- One.\n- Two.\n');
  });
});
