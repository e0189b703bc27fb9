/**
 * "AI key points" in the popup, where the browser has an on-device Summarizer (Chrome 138+).
 * The extractive points are already on screen; the model's replace them when it answers.
 * Nothing leaves the device, and every failure quietly keeps the extractive points.
 */
import { findSummarizer, needsUserClick, planAiSummary, runAiSummary, type AiSummaryRequest, type SummarizerGlobal } from './ai-summary.ts';
import { element } from './dom.ts';
import { t } from './i18n.ts';

export async function offerAiKeyPoints(list: HTMLUListElement, text: string, request: AiSummaryRequest, summarizer: SummarizerGlobal | undefined = findSummarizer()): Promise<HTMLElement | null> {
  if (!summarizer || !text) return null;
  const plan = await planAiSummary(summarizer, request);
  if (plan.kind === 'unavailable') return null;
  const status = element('p', { className: 'ai-status', role: 'status' });
  const progress = element('progress', { max: 1, value: 0, hidden: true, ariaLabel: t('aiDownloading') });
  const box = element('div', { className: 'ai' }, status, progress);

  const run = async (): Promise<void> => {
    status.textContent = t('aiWorking');
    try {
      const points = await runAiSummary(summarizer, text, request, {
        onProgress: (fraction) => {
          progress.hidden = fraction >= 1;
          progress.value = fraction;
        },
      });
      list.replaceChildren(...points.map((point) => element('li', {}, point)));
      status.textContent = t('aiDone');
    } catch {
      status.textContent = t('aiFailed');
    } finally {
      progress.hidden = true;
    }
  };

  if (needsUserClick(plan)) {
    // The model download needs the reader's click; it is theirs to start.
    const button = element('button', { type: 'button', id: 'ai-key-points' }, t('aiDownload'));
    button.addEventListener('click', () => {
      button.remove();
      void run();
    });
    box.prepend(button);
  } else void run();
  return box;
}
