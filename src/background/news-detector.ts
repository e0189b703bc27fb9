/**
 * "Detect news everywhere": while the setting is on and the reader granted all-site access, the
 * article detector (content/news-probe.ts) runs on every page at document_idle and the badge marks
 * articles. Turning it off unregisters the script and gives the access back.
 */
import browser from 'webextension-polyfill';
import newsProbeScript from '../content/news-probe.ts?script&iife';
import { onMessages } from '../messages.ts';
import { ALL_SITES } from '../settings/site-access.ts';
import { loadSettings, onSettingsChanged } from '../settings/store.ts';
import { showArticleFound } from './badge.ts';

const SCRIPT_ID = 'clearpage-news-probe';

let queue: Promise<void> = Promise.resolve();

async function reconcile(): Promise<void> {
  const { settings } = await loadSettings();
  const wanted = settings.detectNewsEverywhere && (await browser.permissions.contains({ origins: ALL_SITES }));
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const current = registered?.js?.[0] === newsProbeScript;
  if (registered && (!wanted || !current)) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (wanted && !(registered && current)) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: ALL_SITES, js: [newsProbeScript], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  }
}

const resync = () => {
  queue = queue.then(reconcile, reconcile).catch((error: unknown) => console.error('Clearpage: news detection', error));
};

onSettingsChanged(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.runtime.onInstalled.addListener(resync);

onMessages({
  'event:news-found': async (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return;
    await showArticleFound(tabId);
  },
});
