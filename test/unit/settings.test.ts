import { describe, expect, test } from 'vitest';
import { readSettings } from '../../src/settings/migrations.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, checkSettings, checkUserRules, siteOrigin, sitePattern } from '../../src/settings/schema.ts';
import { siteFor, withSite, withoutSite } from '../../src/settings/sites.ts';
import { exportSettings, importSettings } from '../../src/settings/transfer.ts';

const good = {
  version: SETTINGS_VERSION,
  sites: [
    { origin: 'https://www.example.com', mode: 'declutter' },
    { origin: 'http://news.example.org', mode: 'reader' },
  ],
  disabledCategories: ['cookie-consent'],
  detectNewsEverywhere: false,
  keyPointCount: 3,
};

describe('site addresses', () => {
  test('a page address becomes its site: scheme and host, no port, path or case', () => {
    expect(siteOrigin('https://WWW.Example.com:8443/news/a?b=1#c')).toBe('https://www.example.com');
    expect(siteOrigin('http://127.0.0.1:4000/page.html')).toBe('http://127.0.0.1');
    expect(sitePattern('http://127.0.0.1')).toBe('http://127.0.0.1/*');
  });

  test('non-web addresses are no site', () => {
    for (const url of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', '']) expect(siteOrigin(url)).toBeNull();
  });

  test('pages match their site only, whatever the path or port', () => {
    expect(siteFor(good as never, 'https://www.example.com/2025/story')?.mode).toBe('declutter');
    expect(siteFor(good as never, 'http://news.example.org:8080/x')?.mode).toBe('reader');
    expect(siteFor(good as never, 'https://example.com/')).toBeNull();
    expect(siteFor(good as never, 'http://www.example.com/')).toBeNull();
  });

  test('adding an existing site changes its mode in place; removing keeps the others', () => {
    const settings = checkSettings(good).value;
    const changed = withSite(settings, 'https://www.example.com', 'reader');
    expect(changed.sites.map((site) => site.mode)).toEqual(['reader', 'reader']);
    expect(withSite(settings, 'https://a.example', 'declutter').sites).toHaveLength(3);
    expect(withoutSite(settings, 'https://www.example.com').sites).toEqual([{ origin: 'http://news.example.org', mode: 'reader' }]);
  });
});

describe('validation keeps what it can and sets aside the rest', () => {
  test('valid settings pass unchanged, with no problems', () => {
    const checked = checkSettings(good);
    expect(checked.value).toEqual(good);
    expect(checked.problems).toEqual([]);
    expect(checked.setAside).toEqual([]);
  });

  test('nothing stored yet: defaults, and nothing to report', () => {
    const read = readSettings(undefined);
    expect(read.value).toEqual(DEFAULT_SETTINGS);
    expect(read.problems).toEqual([]);
  });

  test('one bad site costs only that site; it is set aside with its reason', () => {
    const raw = { ...good, sites: [good.sites[0], { origin: 'javascript:alert(1)', mode: 'declutter' }, { origin: 'https://b.example', mode: 'explode' }, good.sites[1], good.sites[0]] };
    const checked = checkSettings(raw);
    expect(checked.value.sites).toEqual(good.sites);
    expect(checked.setAside.map((part) => part.path)).toEqual(['settings.sites[1]', 'settings.sites[2]', 'settings.sites[4]']);
    expect(checked.setAside[1]?.value).toEqual({ origin: 'https://b.example', mode: 'explode' });
    expect(checked.problems.map((problem) => problem.reason).join(' ')).toMatch(/not a site address.*unknown mode "explode".*listed twice/);
  });

  test('a damaged field falls back to its default without touching the sites', () => {
    const checked = checkSettings({ ...good, disabledCategories: 'all', detectNewsEverywhere: 'yes', colour: 'blue' });
    expect(checked.value.sites).toEqual(good.sites);
    expect(checked.value.disabledCategories).toEqual([]);
    expect(checked.value.detectNewsEverywhere).toBe(false);
    expect(checked.setAside.map((part) => part.path).sort()).toEqual(['settings.colour', 'settings.detectNewsEverywhere', 'settings.disabledCategories']);
  });

  test('the key point count stays within 1 to 5; settings saved before it existed get 3', () => {
    expect(checkSettings({ ...good, keyPointCount: 5 }).value.keyPointCount).toBe(5);
    for (const bad of [0, 6, 2.5, '4']) {
      const checked = checkSettings({ ...good, keyPointCount: bad });
      expect(checked.value.keyPointCount).toBe(3);
      expect(checked.setAside).toEqual([{ path: 'settings.keyPointCount', value: bad }]);
    }
    const { keyPointCount: _, ...older } = good;
    expect(checkSettings(older)).toEqual({ value: good, problems: [], setAside: [] });
  });

  test('unknown categories are dropped one by one', () => {
    const checked = checkSettings({ ...good, disabledCategories: ['paywall', 'spam', 'paywall'] });
    expect(checked.value.disabledCategories).toEqual(['paywall']);
    expect(checked.setAside).toEqual([{ path: 'settings.disabledCategories[1]', value: 'spam' }]);
  });

  test('stored garbage instead of settings: all of it set aside, defaults used', () => {
    for (const garbage of ['{"sites":', 42, null, [1, 2]]) {
      const read = readSettings(garbage);
      expect(read.value).toEqual(DEFAULT_SETTINGS);
      expect(read.setAside).toEqual([{ path: 'settings', value: garbage }]);
      expect(read.problems).toHaveLength(1);
    }
  });

  test('rules that are not text are set aside, never lost', () => {
    expect(checkUserRules('##.ad')).toEqual({ value: '##.ad', problems: [], setAside: [] });
    expect(checkUserRules(undefined).value).toBe('');
    const bad = checkUserRules({ text: '##.ad' });
    expect(bad.value).toBe('');
    expect(bad.setAside).toEqual([{ path: 'userRules', value: { text: '##.ad' } }]);
  });
});

describe('migrations and unknown versions', () => {
  test('version 0 (bare site addresses) becomes version 1 with mode "declutter"', () => {
    const read = readSettings({ sites: ['https://www.example.com/some/page', { origin: 'http://news.example.org', mode: 'reader' }] });
    expect(read.migratedFrom).toBe(0);
    expect(read.value.version).toBe(SETTINGS_VERSION);
    expect(read.value.sites).toEqual(good.sites);
    expect(read.problems).toEqual([]);
  });

  test('a newer, unknown version keeps the sites it can read and backs up the whole original', () => {
    const future = { version: 7, sites: [...good.sites, { origin: 'https://c.example', mode: 'summarise', schedule: 'daily' }], theme: 'dark' };
    const read = readSettings(future);
    expect(read.value.sites).toEqual(good.sites);
    expect(read.setAside).toEqual([{ path: 'settings', value: future }]);
    expect(read.problems[0]?.reason).toMatch(/unknown version \(7\)/);
  });

  test('a damaged version field is treated like an unknown version: sites survive', () => {
    const read = readSettings({ ...good, version: 'x' });
    expect(read.value.sites).toEqual(good.sites);
    expect(read.setAside[0]?.path).toBe('settings');
  });
});

describe('import and export', () => {
  test('export then import gives back the same settings and rules', () => {
    const settings = checkSettings(good).value;
    const rules = '! category: paywall\n##.paywall-modal\nexample.com##.promo:has-text(/subscribe/i)\n';
    const imported = importSettings(exportSettings(settings, rules, new Date('2026-01-02T03:04:05Z')));
    expect(imported).toEqual({ ok: true, settings, userRules: rules, problems: [] });
  });

  test('a file that is not JSON, or not ours, is refused with a reason', () => {
    expect(importSettings('{"sites": [').ok).toBe(false);
    const foreign = importSettings(JSON.stringify({ sites: [] }));
    expect(foreign).toEqual({ ok: false, reason: 'This is not a Clearpage settings file.' });
  });

  test('a hand-edited file imports what is valid and lists what was skipped', () => {
    const file = JSON.parse(exportSettings(checkSettings(good).value, ''));
    file.settings.sites.push({ origin: 'ftp://old.example', mode: 'declutter' });
    const imported = importSettings(JSON.stringify(file));
    expect(imported.ok && imported.settings.sites).toEqual(good.sites);
    expect(imported.ok && imported.problems.map((problem) => problem.path)).toEqual(['settings.sites[2]']);
  });
});
