/**
 * Getting a message to a tab's content script: inject it on demand (activeTab or a site grant),
 * then forward. Failures become a reason the popup can show, never an exception.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?script&iife';
import { sendToTab, type MessageType, type Payload, type Response, type TabResult } from '../messages.ts';
import { restrictedReason } from './restricted-pages.ts';

export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [contentScript] });
}

export async function askTab<K extends MessageType>(tabId: number, type: K, payload: Payload<K>): Promise<TabResult<Response<K>>> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'failed', detail: 'That tab is gone.' };
  }
  const restricted = url === undefined ? null : restrictedReason(url);
  if (restricted) return { ok: false, reason: 'restricted', detail: restricted };
  try {
    await injectContentScript(tabId);
  } catch (error) {
    return { ok: false, reason: 'no-access', detail: accessMessage(error) };
  }
  try {
    return { ok: true, value: await sendToTab(tabId, type, payload) };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: `The page did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function accessMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/cannot be scripted|cannot access|chrome:\/\/|extensions gallery|missing host permission|permission/i.test(text)) {
    return 'Clearpage cannot reach this page. Click the toolbar button again on the page to give it access.';
  }
  return `Clearpage could not run on this page: ${text}`;
}
