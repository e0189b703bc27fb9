import { describe, expect, test } from 'vitest';
import { restrictedReason, restrictedReasonFromError } from '../../src/background/restricted-pages.ts';

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

describe('the browser’s refusal to inject names the kind of page', () => {
  test.each([
    ['Cannot access a chrome:// URL', 'restrictedBrowserPage'],
    ['Cannot access contents of url "chrome-extension://abc/page.html". Extension manifest must request permission to access this host.', 'restrictedBrowserPage'],
    ['The extensions gallery cannot be scripted.', 'restrictedStore'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', null],
  ])('%s', (message, key) => {
    expect(restrictedReasonFromError(message)).toBe(key);
  });
});
