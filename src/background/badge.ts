import browser from 'webextension-polyfill';

/** The toolbar badge: how many blocks are hidden on a tab, or that the tab shows an article. */
async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
}

/** Empty when nothing is hidden. */
export function showHiddenCount(tabId: number, count: number): Promise<void> {
  return setBadge(tabId, count > 0 ? String(count) : '', '#3d5a80');
}

/** "Detect news everywhere" found an article on this tab. */
export async function showArticleFound(tabId: number): Promise<void> {
  await setBadge(tabId, browser.i18n.getMessage('badgeArticle') || 'news', '#2a7a4b');
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('articleFoundTitle') || 'Clearpage: article found' });
}
