/** Alt+Shift+D (`toggle-declutter`): declutter the current tab, or give back the original. */
import browser, { type Tabs } from 'webextension-polyfill';
import { askTab } from './content-bridge.ts';
import { showHiddenCount } from './badge.ts';

const COMMAND = 'toggle-declutter';

export async function toggleDeclutter(tabId: number): Promise<boolean | null> {
  const report = await askTab(tabId, 'content:report', {});
  if (!report.ok) return null;
  const wasActive = report.value.declutter.active;
  const result = await askTab(tabId, wasActive ? 'content:restore' : 'content:declutter', {});
  if (!result.ok) return null;
  await showHiddenCount(tabId, result.value.hidden.length);
  return result.value.active;
}

async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await toggleDeclutter(tabId);
}

browser.commands.onCommand.addListener(onCommand);

// The e2e calls the command's own function (a browser shortcut cannot be pressed from a test).
(globalThis as { clearpageToggleTest?: unknown }).clearpageToggleTest = { toggleDeclutter };
