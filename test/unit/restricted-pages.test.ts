import { describe, expect, test } from 'vitest';
import { restrictedReason } from '../../src/background/restricted-pages.ts';

describe('pages the extension cannot touch get a reason, not an error', () => {
  test.each([
    'chrome://extensions/',
    'about:addons',
    'edge://settings',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'ftp://example.com/',
    undefined,
  ])('%s', (url) => {
    expect(restrictedReason(url)).toMatch(/^restricted[A-Z]/);
  });

  test.each(['https://www.example.com/news/2025/05/16/story', 'http://127.0.0.1:8080/page.html', 'file:///home/me/saved.html', 'https://chrome.google.com/something-else'])(
    '%s is a web page',
    (url) => {
      expect(restrictedReason(url)).toBeNull();
    },
  );
});
