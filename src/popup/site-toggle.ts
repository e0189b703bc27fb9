/**
 * The popup's "Always declutter on <site>" switch, with the site's mode. Turning it on asks the
 * browser for access to that one site, in the click itself (the permission prompt needs the
 * gesture); the background then registers the early content script. Turning it off removes the
 * site and gives its access back.
 */
import type { PageReport } from '../messages.ts';
import { SITE_MODES, siteHost, siteOrigin, type SiteMode } from '../settings/schema.ts';
import { siteFor } from '../settings/sites.ts';
import { addSite, removeSite, requestAndAddSite } from '../settings/site-access.ts';
import { loadSettings } from '../settings/store.ts';
import { element } from './dom.ts';
import { t } from './i18n.ts';

const MODE_LABEL: Record<SiteMode, string> = { declutter: 'siteModeDeclutter', reader: 'siteModeReader' };

export function siteToggle(_tabId: number, report: PageReport): HTMLElement {
  const origin = siteOrigin(report.url);
  const box = element('div', { className: 'site-toggle' });
  if (!origin) return box;
  const checkbox = element('input', { type: 'checkbox', id: 'always-declutter', disabled: true });
  const mode = element('select', { id: 'site-mode', disabled: true, title: t('siteModeLabel') }, ...SITE_MODES.map((value) => element('option', { value }, t(MODE_LABEL[value]))));
  mode.setAttribute('aria-label', t('siteModeLabel'));
  const status = element('p', { className: 'status', id: 'site-status', role: 'status' });
  box.append(element('label', {}, checkbox, ' ', t('alwaysDeclutterOn', siteHost(origin))), ' ', mode, status);

  void loadSettings().then(({ settings }) => {
    const site = siteFor(settings, report.url);
    checkbox.checked = site !== null;
    mode.value = site?.mode ?? 'declutter';
    checkbox.disabled = mode.disabled = false;
  });

  checkbox.addEventListener('change', () => {
    if (!checkbox.checked) {
      void removeSite(origin).then(() => (status.textContent = t('siteRemoved')));
      return;
    }
    // Synchronously, inside the reader's click: browsers show the permission prompt only then.
    void requestAndAddSite(origin, mode.value as SiteMode).then((granted) => {
      if (!granted) {
        checkbox.checked = false;
        status.textContent = t('siteAccessDenied');
        return;
      }
      status.textContent = t('siteAdded');
    });
  });
  mode.addEventListener('change', () => {
    if (checkbox.checked) void addSite(origin, mode.value as SiteMode);
  });
  return box;
}
