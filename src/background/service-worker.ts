/**
 * The background: routes the popup's requests to the tab's content script and keeps the badge
 * in step with what is hidden. Each feature lives in its own module; this file wires them.
 */
import browser from 'webextension-polyfill';
import { onMessages } from '../messages.ts';
import { askTab } from './content-bridge.ts';
import { showHiddenCount } from './badge.ts';
import './reader-launch.ts';
import './site-registrations.ts';
import './site-menu.ts';
import './toggle-command.ts';
import './news-detector.ts';
import './rule-test.ts';

onMessages({
  'tab:report': ({ tabId }) => askTab(tabId, 'content:report', {}),
  'tab:declutter': async ({ tabId }) => {
    const result = await askTab(tabId, 'content:declutter', {});
    if (result.ok) await showHiddenCount(tabId, result.value.hidden.length);
    return result;
  },
  'tab:restore': async ({ tabId }) => {
    const result = await askTab(tabId, 'content:restore', {});
    if (result.ok) await showHiddenCount(tabId, 0);
    return result;
  },
  'event:hidden-changed': async ({ hiddenCount }, sender) => {
    if (sender.tab?.id !== undefined) await showHiddenCount(sender.tab.id, hiddenCount);
  },
});

// A new page in the tab starts with nothing hidden.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void showHiddenCount(tabId, 0);
});
