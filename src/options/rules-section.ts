/**
 * The reader's own rules: validated as they type (line number and reason for each bad line, from
 * the engine's own parser), saved as they type, and testable on an open tab.
 */
import browser from 'webextension-polyfill';
import { parseRules } from '../core/clutter/index.ts';
import { sendMessage } from '../messages.ts';
import { saveUserRules } from '../settings/store.ts';
import { element } from '../popup/dom.ts';

/** Typing pauses this long before the text is stored (each store reaches every open tab). */
const SAVE_DELAY_MS = 400;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function validate(text: string): void {
  const { rules, errors } = parseRules(text);
  const textarea = byId<HTMLTextAreaElement>('user-rules');
  textarea.setAttribute('aria-invalid', String(errors.length > 0));
  byId('rule-errors').replaceChildren(...errors.map((error) => element('li', {}, `Line ${error.line}: ${error.reason}`)));
  byId('rules-status').textContent = `${rules.length} rule${rules.length === 1 ? '' : 's'} in effect${errors.length ? `; ${errors.length} line${errors.length === 1 ? '' : 's'} skipped` : ''}.`;
}

/** Tabs the test can run in: web pages Clearpage may read (the others do not even show their address). */
async function fillTabs(): Promise<void> {
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? ''));
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const select = byId<HTMLSelectElement>('test-tab');
  select.replaceChildren(...tabs.map((tab) => element('option', { value: String(tab.id) }, `${tab.title || tab.url} — ${new URL(tab.url as string).host}`)));
  byId<HTMLButtonElement>('test-rules').disabled = tabs.length === 0;
  if (!tabs.length) byId('test-result').textContent = 'Open a page on one of your sites to test your rules there.';
}

async function testOnTab(): Promise<void> {
  const result = byId('test-result');
  const tabId = Number(byId<HTMLSelectElement>('test-tab').value);
  const answer = await sendMessage('tab:test-rules', { tabId, rules: byId<HTMLTextAreaElement>('user-rules').value });
  if (!answer.ok) {
    result.textContent = `Could not test on that tab: ${browser.i18n.getMessage(answer.messageKey) || answer.messageKey}${answer.detail ? ` (${answer.detail})` : ''}`;
    return;
  }
  const { total, byLine } = answer.value;
  const lines = byLine.filter(({ count }) => count > 0).map(({ line, count }) => `line ${line}: ${count}`);
  result.textContent = `Your rules match ${total} element${total === 1 ? '' : 's'} on that page${lines.length ? ` (${lines.join(', ')})` : ''}.`;
}

export function setUpRules(initial: string): void {
  const textarea = byId<HTMLTextAreaElement>('user-rules');
  textarea.value = initial;
  validate(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    validate(textarea.value);
    clearTimeout(timer);
    timer = setTimeout(() => void saveUserRules(textarea.value), SAVE_DELAY_MS);
  });
  byId('test-rules').addEventListener('click', () => void testOnTab());
  void fillTabs();
  browser.tabs.onUpdated.addListener(() => void fillTabs());
  browser.tabs.onRemoved.addListener(() => void fillTabs());
}
