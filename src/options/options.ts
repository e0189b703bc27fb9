/**
 * The options page: matched sites, the reader's own rules, built-in lists by category, news
 * detection, and backup. Each section is its own module; this file loads the settings once
 * (repairing and reporting damaged data) and keeps the sections in step with storage.
 */
import { loadRepaired, loadSettings, onSettingsChanged, type Stored } from '../settings/store.ts';
import { showNotice } from './notice-section.ts';
import { renderSites, setUpSiteForm } from './sites-section.ts';
import { setUpRules } from './rules-section.ts';
import { renderCategories } from './categories-section.ts';
import { renderNewsSwitch } from './news-section.ts';
import { renderKeyPointCount } from './summary-section.ts';
import { setUpTransfer } from './transfer-section.ts';

function render(stored: Stored): void {
  void renderSites(stored.settings);
  renderCategories(stored.settings);
  renderNewsSwitch(stored.settings);
  renderKeyPointCount(stored.settings);
}

async function main(): Promise<void> {
  const stored = await loadRepaired();
  await showNotice();
  setUpSiteForm();
  setUpRules(stored.userRules);
  setUpTransfer();
  render(stored);
  onSettingsChanged(() => void loadSettings().then(render));
}

void main();
