/** Tells the reader what was repaired in their stored settings, and where the original was kept. */
import { dismissNotice, readNotice, KEYS } from '../settings/store.ts';
import { element } from '../popup/dom.ts';

export async function showNotice(): Promise<void> {
  const section = document.getElementById('notice') as HTMLElement;
  const notice = await readNotice();
  if (!notice) {
    section.hidden = true;
    return;
  }
  const dismiss = element('button', { type: 'button', id: 'dismiss-notice' }, 'OK');
  dismiss.addEventListener('click', () => void dismissNotice().then(showNotice));
  section.replaceChildren(
    element('h2', {}, 'Some saved settings could not be read'),
    element('p', {}, `On ${new Date(notice.at).toLocaleString()}, Clearpage found stored settings it could not use as they were. Everything it could read was kept; the rest was replaced by defaults. The original data is kept in a backup (storage key “${KEYS.backup}”).`),
    element('ul', { id: 'notice-problems' }, ...notice.problems.map((problem) => element('li', {}, `${problem.path}: ${problem.reason}`))),
    dismiss,
  );
  section.hidden = false;
}
