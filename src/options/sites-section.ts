/** The matched sites: mode, removal, access still to grant (after an import), and adding by address. */
import { SITE_MODES, siteHost, siteOrigin, sitePattern, type Settings, type SiteMode } from '../settings/schema.ts';
import { addSite, hasSiteAccess, removeSite, requestAndAddSite, requestSiteAccess } from '../settings/site-access.ts';
import { element } from '../popup/dom.ts';
import browser from 'webextension-polyfill';

const MODE_NAMES: Record<SiteMode, string> = { declutter: 'Declutter the page', reader: 'Open the reader view' };

const status = () => document.getElementById('sites-status') as HTMLElement;

function modeSelect(current: SiteMode, label: string): HTMLSelectElement {
  const select = element('select', {}, ...SITE_MODES.map((mode) => element('option', { value: mode, selected: mode === current }, MODE_NAMES[mode])));
  select.setAttribute('aria-label', label);
  return select;
}

export async function renderSites(settings: Settings): Promise<void> {
  const access = await Promise.all(settings.sites.map((site) => hasSiteAccess(site.origin)));
  const rows = settings.sites.map((site, index) => {
    const host = siteHost(site.origin);
    const mode = modeSelect(site.mode, `Mode on ${host}`);
    mode.addEventListener('change', () => void addSite(site.origin, mode.value as SiteMode));
    const remove = element('button', { type: 'button', className: 'remove-site' }, 'Remove');
    remove.setAttribute('aria-label', `Remove ${host}`);
    remove.addEventListener('click', () => void removeSite(site.origin).then(() => (status().textContent = `${host} removed.`)));
    const cells: Array<HTMLElement | string> = [element('span', { className: 'origin' }, site.origin)];
    if (!access[index]) {
      const allow = element('button', { type: 'button', className: 'allow-site' }, 'Allow access');
      allow.addEventListener('click', () => void requestSiteAccess(site.origin).then(() => renderSites(settings)));
      cells.push(' ', element('span', { className: 'needs-access' }, 'needs your permission'), ' ', allow);
    }
    return element('tr', { className: 'site' }, element('td', {}, ...cells), element('td', {}, mode), element('td', {}, remove));
  });
  (document.querySelector('#sites tbody') as HTMLElement).replaceChildren(...rows);
  (document.getElementById('no-sites') as HTMLElement).hidden = rows.length > 0;
}

export function setUpSiteForm(): void {
  const form = document.getElementById('add-site') as HTMLFormElement;
  const input = document.getElementById('new-site') as HTMLInputElement;
  const mode = document.getElementById('new-site-mode') as HTMLSelectElement;
  mode.replaceChildren(...modeSelect('declutter', 'Mode').options);
  mode.value = 'declutter';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const origin = siteOrigin(input.value.includes('://') ? input.value : `https://${input.value}`);
    if (!origin) {
      status().textContent = 'That is not a web address (http or https).';
      return;
    }
    // Still inside the reader's click: the browser asks for that one site.
    void requestAndAddSite(origin, mode.value as SiteMode).then((granted) => {
      if (!granted) {
        status().textContent = `Clearpage did not get access to ${siteHost(origin)}.`;
        return;
      }
      input.value = '';
      status().textContent = `${siteHost(origin)} added.`;
    });
  });
}

/** One prompt for every site that still needs access (after an import): needs the reader's click. */
export function requestAllSites(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: origins.map(sitePattern) });
}
