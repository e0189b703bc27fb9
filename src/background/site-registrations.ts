/**
 * Keeps the registered content scripts in step with the reader's matched sites: one registration
 * per site that is in the settings AND whose access the browser granted, running
 * content/auto-declutter.ts at document_start. Settings are the single source of truth; the popup,
 * options page and context menu only change settings (and ask for access), and this module follows
 * on every change of settings or permissions, and at startup.
 *
 * Small typed wrappers over scripting.* rather than webext-dynamic-content-scripts: that library
 * registers the manifest's content scripts for every granted origin, while we register our own
 * script per matched site, for the sites in our settings only.
 */
import browser from 'webextension-polyfill';
import autoDeclutterScript from '../content/auto-declutter.ts?script&iife';
import { onMessages } from '../messages.ts';
import { sitePattern } from '../settings/schema.ts';
import { siteFor } from '../settings/sites.ts';
import { loadRepaired, loadSettings, onSettingsChanged } from '../settings/store.ts';
import { addPendingSite } from '../settings/site-access.ts';
import { askTab } from './content-bridge.ts';

const ID_PREFIX = 'clearpage-site:';

let queue: Promise<void> = Promise.resolve();

/** Serialised: two overlapping passes would register the same id twice. */
function syncRegistrations(): Promise<void> {
  queue = queue.then(reconcile, reconcile);
  return queue;
}

async function reconcile(): Promise<void> {
  const { settings } = await loadRepaired();
  const wanted = new Map<string, string>();
  for (const site of settings.sites) {
    if (await browser.permissions.contains({ origins: [sitePattern(site.origin)] })) wanted.set(ID_PREFIX + site.origin, sitePattern(site.origin));
  }
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
  // A registration from an older build points at a script file that no longer exists: replace it.
  const current = (script: (typeof ours)[number]) => wanted.has(script.id) && script.js?.length === 1 && script.js[0] === autoDeclutterScript;
  const stale = ours.filter((script) => !current(script)).map((script) => script.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(ours.filter(current).map((script) => script.id));
  const fresh = Array.from(wanted)
    .filter(([id]) => !kept.has(id))
    .map(([id, pattern]) => ({ id, matches: [pattern], js: [autoDeclutterScript], runAt: 'document_start' as const, allFrames: false, persistAcrossSessions: true }));
  if (fresh.length) await browser.scripting.registerContentScripts(fresh);
}

function logFailure(error: unknown): void {
  console.error('Clearpage: could not update the always-declutter sites', error);
}

const resync = () => void syncRegistrations().catch(logFailure);

onSettingsChanged(resync);
browser.permissions.onAdded.addListener((added) => {
  void addPendingSite(added.origins ?? []).catch(logFailure);
  resync();
});
browser.permissions.onRemoved.addListener(resync);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);

onMessages({
  // A reader-view site: the auto script asks once the page is parsed.
  'event:auto-reader': async (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.url || sender.frameId !== 0) return;
    const site = siteFor((await loadSettings()).settings, sender.url);
    if (site?.mode === 'reader') await askTab(tabId, 'content:reader', { tabId, action: 'open' });
  },
});
