/** "Detect news everywhere": off by default; turning it on asks for access to all sites, in the click. */
import browser from 'webextension-polyfill';
import type { Settings } from '../settings/schema.ts';
import { ALL_SITES } from '../settings/site-access.ts';
import { updateSettings } from '../settings/store.ts';

const setDetect = (on: boolean) => updateSettings((settings) => ({ ...settings, detectNewsEverywhere: on }));

let wired = false;

export function renderNewsSwitch(settings: Settings): void {
  const box = document.getElementById('detect-news') as HTMLInputElement;
  const status = document.getElementById('news-status') as HTMLElement;
  box.checked = settings.detectNewsEverywhere;
  if (wired) return;
  wired = true;
  box.addEventListener('change', () => {
    if (!box.checked) {
      void setDetect(false).then(() => (status.textContent = 'News detection is off.'));
      return;
    }
    void browser.permissions.request({ origins: ALL_SITES }).then(async (granted) => {
      if (!granted) {
        box.checked = false;
        status.textContent = 'Without access to all sites, Clearpage cannot check every page.';
        return;
      }
      await setDetect(true);
      status.textContent = 'News detection is on.';
    });
  });
}
