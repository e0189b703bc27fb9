// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import type { SummarizerGlobal } from '../../src/popup/ai-summary.ts';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' } } }));
const { offerAiKeyPoints } = await import('../../src/popup/ai-key-points.ts');

function fakeSummarizer(availability: string, output = '- AI one.\n- AI two.\n- AI three.', fail = false): SummarizerGlobal {
  return {
    availability: async () => availability,
    create: async ({ monitor }) => {
      monitor?.({ addEventListener: (_type, listener) => [0.5, 1].forEach((loaded) => listener({ loaded })) });
      return { summarize: async () => (fail ? Promise.reject(new Error('model error')) : output) };
    },
  };
}

function extractiveList(): HTMLUListElement {
  const list = document.createElement('ul');
  list.innerHTML = '<li>Lead one.</li><li>Lead two.</li><li>Lead three.</li>';
  return list;
}

const items = (list: HTMLUListElement) => Array.from(list.children, (li) => li.textContent);
const request = { lang: 'en', count: 3 };

describe('AI key points in the popup', () => {
  test('no Summarizer: nothing is offered and the extractive points stay', async () => {
    const list = extractiveList();
    expect(await offerAiKeyPoints(list, 'Some text.', request, undefined)).toBeNull();
    expect(items(list)).toEqual(['Lead one.', 'Lead two.', 'Lead three.']);
  });

  test('available: the extractive points show first, then the model’s replace them', async () => {
    const list = extractiveList();
    const box = await offerAiKeyPoints(list, 'Some text.', request, fakeSummarizer('available'));
    expect(box?.querySelector('button')).toBeNull();
    await vi.waitFor(() => expect(items(list)).toEqual(['AI one.', 'AI two.', 'AI three.']));
    expect(box?.textContent).toContain('aiDone');
  });

  test('downloadable: nothing runs until the reader clicks, then progress shows', async () => {
    const list = extractiveList();
    const box = await offerAiKeyPoints(list, 'Some text.', request, fakeSummarizer('downloadable'));
    const button = box?.querySelector('button');
    expect(button?.textContent).toBe('aiDownload');
    expect(items(list)).toEqual(['Lead one.', 'Lead two.', 'Lead three.']);
    button?.click();
    await vi.waitFor(() => expect(items(list)).toEqual(['AI one.', 'AI two.', 'AI three.']));
  });

  test('a model failure keeps the extractive points and says so', async () => {
    const list = extractiveList();
    const box = await offerAiKeyPoints(list, 'Some text.', request, fakeSummarizer('available', '', true));
    await vi.waitFor(() => expect(box?.textContent).toContain('aiFailed'));
    expect(items(list)).toEqual(['Lead one.', 'Lead two.', 'Lead three.']);
  });
});
