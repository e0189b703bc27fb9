import { describe, expect, test, vi } from 'vitest';

// webextension-polyfill throws outside an extension; the module only needs the runtime's identity.
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: 'our-id', getURL: (path: string) => `chrome-extension://our-id/${path}` } },
}));

const { parseMessage, senderKind } = await import('../../src/messages.ts');

describe('parseMessage accepts only known messages of the right shape', () => {
  test.each([
    [{ type: 'tab:report', tabId: 7 }, true],
    [{ type: 'tab:declutter', tabId: 0 }, true],
    [{ type: 'content:report' }, true],
    [{ type: 'event:hidden-changed', hiddenCount: 3 }, true],
    [{ type: 'tab:report' }, false],
    [{ type: 'tab:report', tabId: '7' }, false],
    [{ type: 'tab:report', tabId: -1 }, false],
    [{ type: 'tab:report', tabId: 1.5 }, false],
    [{ type: 'event:hidden-changed', hiddenCount: -2 }, false],
    [{ type: 'toString' }, false],
    [{ type: 'eval', code: 'alert(1)' }, false],
    [null, false],
    ['tab:report', false],
  ])('%j → %s', (raw, ok) => {
    expect(parseMessage(raw) !== null).toBe(ok);
  });
});

describe('senderKind trusts only this extension', () => {
  test('our popup or options page, even shown in a tab', () => {
    expect(senderKind({ id: 'our-id', url: 'chrome-extension://our-id/src/popup/index.html' })).toBe('extension-page');
    expect(senderKind({ id: 'our-id', url: 'chrome-extension://our-id/src/options/index.html', tab: { id: 3 } as never })).toBe('extension-page');
  });
  test('our content script in a web page', () => {
    expect(senderKind({ id: 'our-id', url: 'https://news.example/story', tab: { id: 3 } as never })).toBe('content-script');
  });
  test('another extension or a web page is nobody', () => {
    expect(senderKind({ id: 'other-id', url: 'chrome-extension://other-id/page.html' })).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' })).toBeNull();
  });
});
