/**
 * Opening the reader view: the keyboard command, the page's context menu and the popup's button
 * all end in one toggle on the tab's content script. The reader page asks for its article here too.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { onMessages } from '../messages.ts';
import type { ReaderAction } from '../reader/reader-protocol.ts';
import { askTab } from './content-bridge.ts';

const COMMAND = 'open-reader';
const MENU_ITEM = 'clearpage-open-reader';

function readerAction(tabId: number, action: ReaderAction) {
  return askTab(tabId, 'content:reader', { tabId, action });
}

/** The `commands.onCommand` listener; exposed to the e2e, which cannot press a browser shortcut. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await readerAction(tabId, 'toggle');
}

export async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId === MENU_ITEM && tab?.id !== undefined) await readerAction(tab.id, 'toggle');
}

browser.commands.onCommand.addListener(onCommand);
browser.contextMenus.onClicked.addListener(onMenuClick);
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: MENU_ITEM,
    title: browser.i18n.getMessage('contextOpenReader') || 'Reader view',
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});

onMessages({
  'tab:reader': ({ tabId, action }) => readerAction(tabId, action),
  'tab:reader-article': ({ tabId, articleId }, sender) => {
    // A reader frame only ever reads the article of the tab it sits in.
    if (sender.tab && sender.tab.id !== tabId) return { ok: false, reason: 'failed', messageKey: 'pageDidNotAnswer' } as const;
    return askTab(tabId, 'content:reader-article', { articleId });
  },
});

// The e2e calls the very listeners the shortcut and the menu run: a test can press neither.
if (__TEST_BUILD__) (globalThis as { clearpageReaderTest?: unknown }).clearpageReaderTest = { onCommand, onMenuClick };
