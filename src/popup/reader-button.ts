/** The popup's "Reader view" button: opens the reader over the tab, then gets out of the way. */
import { sendMessage, type PageReport } from '../messages.ts';
import { element } from './dom.ts';
import { t } from './i18n.ts';

export function readerButton(tabId: number, report: PageReport): HTMLElement {
  const button = element('button', { type: 'button', id: 'open-reader', disabled: !report.article }, t('readerButton'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const result = await sendMessage('tab:reader', { tabId, action: 'open' });
    if (result.ok && result.value.open) window.close();
    else {
      button.disabled = false;
      button.title = result.ok ? (result.value.reason ?? '') : t(result.messageKey);
    }
  });
  return button;
}
