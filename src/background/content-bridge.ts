/**
 * Getting a message to a tab's content script: inject it on demand (activeTab or a site grant),
 * then forward. Failures become a reason the popup can show, never an exception.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import { sendToTab, type MessageType, type Payload, type Response, type TabResult } from '../messages.ts';
import { restrictedReason, restrictedReasonFromError } from './restricted-pages.ts';

async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [contentScript] });
}

export async function askTab<K extends MessageType>(tabId: number, type: K, payload: Payload<K>): Promise<TabResult<Response<K>>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'failed', messageKey: 'tabGone' };
  }
  const restricted = url === undefined ? null : restrictedReason(url);
  if (restricted) return { ok: false, reason: 'restricted', messageKey: restricted };
  try {
    await injectContentScript(tabId);
  } catch (error) {
    const restrictedByBrowser = restrictedReasonFromError(errorText(error));
    if (restrictedByBrowser) return { ok: false, reason: 'restricted', messageKey: restrictedByBrowser };
    return { ok: false, reason: 'no-access', messageKey: 'noAccess', detail: errorText(error) };
  }
  try {
    return { ok: true, value: await sendToTab(tabId, type, payload) };
  } catch (error) {
    return { ok: false, reason: 'failed', messageKey: 'pageDidNotAnswer', detail: errorText(error) };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
