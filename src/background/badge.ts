import browser from 'webextension-polyfill';

/** The toolbar badge shows how many blocks are hidden on that tab; empty when none. */
export async function showHiddenCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3d5a80' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
