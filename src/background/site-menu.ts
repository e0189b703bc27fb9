/**
 * The page's context menu: "Always declutter this site", a checkbox that adds or removes the
 * tab's site, exactly as the popup's switch does. Its tick follows the active tab.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { siteOrigin } from '../settings/schema.ts';
import { siteFor } from '../settings/sites.ts';
import { removeSite, requestAndAddSite } from '../settings/site-access.ts';
import { loadSettings, onSettingsChanged } from '../settings/store.ts';

const MENU_ITEM = 'clearpage-always-declutter';

async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId !== MENU_ITEM) return;
  const origin = siteOrigin(tab?.url ?? info.pageUrl ?? '');
  if (!origin) return;
  if (info.checked) {
    // First call in the listener: the click is the gesture the permission prompt needs.
    if (!(await requestAndAddSite(origin, 'declutter'))) await showTick(false);
  } else await removeSite(origin);
}

async function showTick(checked: boolean): Promise<void> {
  await browser.contextMenus.update(MENU_ITEM, { checked }).catch(() => undefined);
}

/** Only a site Clearpage already has access to can be matched, so an unreadable tab URL means "no". */
async function refreshTick(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const { settings } = await loadSettings();
  await showTick(tab?.url ? siteFor(settings, tab.url) !== null : false);
}

browser.contextMenus.onClicked.addListener(onMenuClick);
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: MENU_ITEM,
    type: 'checkbox',
    title: browser.i18n.getMessage('contextAlwaysDeclutter') || 'Always declutter this site',
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});
browser.tabs.onActivated.addListener(() => void refreshTick());
browser.tabs.onUpdated.addListener((_, change) => {
  if (change.url || change.status === 'loading') void refreshTick();
});
onSettingsChanged(() => void refreshTick());
