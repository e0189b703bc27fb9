/**
 * Export everything (sites, switches, rules, and any backed-up damaged data) as one JSON file;
 * import it back through the same validation as stored data. Imported sites the browser has not
 * granted yet wait for one "Allow" click (a file picker's change event is no gesture for that).
 */
import { exportSettings, importSettings } from '../settings/transfer.ts';
import { hasSiteAccess } from '../settings/site-access.ts';
import { loadSettings, replaceAll } from '../settings/store.ts';
import { element } from '../popup/dom.ts';
import { requestAllSites } from './sites-section.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function download(): Promise<void> {
  const { settings, userRules } = await loadSettings();
  const url = URL.createObjectURL(new Blob([exportSettings(settings, userRules)], { type: 'application/json' }));
  const link = element('a', { href: url, download: `clearpage-settings-${new Date().toISOString().slice(0, 10)}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function upload(file: File): Promise<void> {
  const out = byId('import-result');
  const imported = importSettings(await file.text());
  if (!imported.ok) {
    out.replaceChildren(element('p', { className: 'errors' }, imported.reason));
    return;
  }
  await replaceAll({ settings: imported.settings, userRules: imported.userRules });
  (byId<HTMLTextAreaElement>('user-rules')).value = imported.userRules;
  byId('user-rules').dispatchEvent(new Event('input'));
  const parts: HTMLElement[] = [element('p', {}, `Imported ${imported.settings.sites.length} site${imported.settings.sites.length === 1 ? '' : 's'} and your rules.`)];
  if (imported.problems.length) {
    parts.push(element('p', {}, 'Some parts of the file could not be used and were skipped:'), element('ul', { className: 'errors' }, ...imported.problems.map((p) => element('li', {}, `${p.path}: ${p.reason}`))));
  }
  const waiting = (await Promise.all(imported.settings.sites.map(async (site) => ((await hasSiteAccess(site.origin)) ? null : site.origin)))).filter((origin): origin is string => origin !== null);
  if (waiting.length) {
    const allow = element('button', { type: 'button', id: 'allow-imported' }, `Allow access to ${waiting.length} site${waiting.length === 1 ? '' : 's'}`);
    allow.addEventListener('click', () => void requestAllSites(waiting).then((granted) => (allow.textContent = granted ? 'Access granted.' : 'Access not granted.')));
    parts.push(allow);
  }
  out.replaceChildren(...parts);
}

export function setUpTransfer(): void {
  byId('export').addEventListener('click', () => void download());
  const input = byId<HTMLInputElement>('import');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void upload(file).finally(() => (input.value = ''));
  });
}
