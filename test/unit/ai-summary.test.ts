import { describe, expect, it } from 'vitest';
import {
  findSummarizer,
  leadWithin,
  needsUserClick,
  parseKeyPoints,
  planAiSummary,
  runAiSummary,
  summarizerOptions,
  type AiCreateMonitor,
  type AiSummarizerOptions,
  type AiSummarizerSession,
  type SummarizerGlobal,
} from '../../src/popup/ai-summary.ts';

/** A stand-in for Chrome's Summarizer: records what it was asked, answers what the test says. */
class FakeSummarizer implements SummarizerGlobal {
  availabilityCalls: AiSummarizerOptions[] = [];
  createCalls: AiSummarizerOptions[] = [];
  summarizedInputs: string[] = [];
  destroyed = 0;

  constructor(
    private readonly state: string,
    private readonly output = '* First point.\n* Second point.\n* Third point.',
    private readonly session: { inputQuota?: number; charsPerToken?: number; progress?: number[]; failWith?: Error } = {},
  ) {}

  async availability(options: AiSummarizerOptions): Promise<string> {
    this.availabilityCalls.push(options);
    return this.state;
  }

  async create(options: AiSummarizerOptions & { monitor?: (m: AiCreateMonitor) => void; signal?: AbortSignal }): Promise<AiSummarizerSession> {
    const { monitor, signal, ...rest } = options;
    this.createCalls.push(rest);
    const listeners: ((event: { loaded: number }) => void)[] = [];
    monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
    for (const loaded of this.session.progress ?? []) for (const listener of listeners) listener({ loaded });
    const charsPerToken = this.session.charsPerToken ?? 4;
    return {
      inputQuota: this.session.inputQuota,
      measureInputUsage: async (input: string) => Math.ceil(input.length / charsPerToken),
      summarize: async (input: string, opts?: { signal?: AbortSignal }) => {
        if (opts?.signal?.aborted || signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        if (this.session.failWith) throw this.session.failWith;
        this.summarizedInputs.push(input);
        return this.output;
      },
      destroy: () => {
        this.destroyed++;
      },
    };
  }
}

const request = { lang: 'en-GB', count: 3 };

describe('planAiSummary', () => {
  it('is unavailable without a Summarizer global', async () => {
    expect(await planAiSummary(undefined, request)).toEqual({ kind: 'unavailable' });
    expect(findSummarizer({})).toBeUndefined();
    expect(findSummarizer({ Summarizer: { availability: 'no' } })).toBeUndefined();
  });

  it.each(['available', 'downloadable', 'downloading', 'unavailable'])('passes on "%s"', async (state) => {
    const fake = new FakeSummarizer(state);
    expect(findSummarizer({ Summarizer: fake })).toBe(fake);
    expect((await planAiSummary(fake, request)).kind).toBe(state);
  });

  it('treats an unknown answer or a throwing availability() as unavailable', async () => {
    expect((await planAiSummary(new FakeSummarizer('maybe'), request)).kind).toBe('unavailable');
    const throwing: SummarizerGlobal = {
      availability: () => Promise.reject(new Error('NotSupportedError')),
      create: () => Promise.reject(new Error('unused')),
    };
    expect((await planAiSummary(throwing, request)).kind).toBe('unavailable');
  });

  it('asks availability() with exactly the options create() gets', async () => {
    const fake = new FakeSummarizer('available');
    await planAiSummary(fake, request);
    await runAiSummary(fake, 'Some article text.', request);
    expect(fake.availabilityCalls[0]).toEqual(fake.createCalls[0]);
    expect(fake.availabilityCalls[0]).toMatchObject({ type: 'key-points', length: 'short', outputLanguage: 'en-GB', expectedInputLanguages: ['en-GB'] });
  });

  it('needs a click only to start a download', () => {
    expect(needsUserClick({ kind: 'downloadable' })).toBe(true);
    expect(needsUserClick({ kind: 'available' })).toBe(false);
    expect(needsUserClick({ kind: 'downloading' })).toBe(false);
  });
});

describe('summarizerOptions', () => {
  it('asks for five points when more than three are wanted, and leaves the language open when unknown', () => {
    expect(summarizerOptions({ lang: null, count: 5 })).toEqual({
      type: 'key-points',
      format: 'markdown',
      length: 'medium',
      sharedContext: expect.any(String),
    });
  });
});

describe('runAiSummary', () => {
  it('returns the model key points, at most the count asked for, and frees the session', async () => {
    const fake = new FakeSummarizer('available', '* One.\n* Two.\n* Three.\n* Four.\n* Five.');
    expect(await runAiSummary(fake, 'Text.', { lang: 'en', count: 2 })).toEqual(['One.', 'Two.']);
    expect(fake.destroyed).toBe(1);
  });

  it('reports download progress as fractions from 0 to 1', async () => {
    const fake = new FakeSummarizer('downloadable', '* Point.', { progress: [0, 0.25, 1] });
    const seen: number[] = [];
    await runAiSummary(fake, 'Text.', request, { onProgress: (fraction) => seen.push(fraction) });
    expect(seen).toEqual([0, 0.25, 1]);
  });

  it('trims input over the quota to the lead of the article', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something new about the story.`);
    const text = paragraphs.join('\n\n');
    const fake = new FakeSummarizer('available', '* Point.', { inputQuota: 100, charsPerToken: 4 });
    await runAiSummary(fake, text, request);
    const input = fake.summarizedInputs[0]!;
    expect(input.length).toBeLessThanOrEqual(400);
    expect(text.startsWith(input)).toBe(true);
    expect(input.endsWith('story.')).toBe(true);
  });

  it('sends text within the quota unchanged', async () => {
    const fake = new FakeSummarizer('available', '* Point.', { inputQuota: 10_000 });
    await runAiSummary(fake, 'Short text.\n\nSecond paragraph.', request);
    expect(fake.summarizedInputs).toEqual(['Short text.\n\nSecond paragraph.']);
  });

  it('rejects when aborted or when the model fails, and still frees the session', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = new FakeSummarizer('available');
    await expect(runAiSummary(fake, 'Text.', request, { signal: controller.signal })).rejects.toThrow();
    const failing = new FakeSummarizer('available', '', { failWith: new Error('NotReadableError') });
    await expect(runAiSummary(failing, 'Text.', request)).rejects.toThrow('NotReadableError');
    expect(fake.destroyed + failing.destroyed).toBe(2);
  });
});

describe('parseKeyPoints', () => {
  it('reads bullets and numbered lines and drops markdown emphasis', () => {
    expect(parseKeyPoints('Here are the points:\n\n* **Talks** ended.\n- Prisoners swapped.\n3. Ceasefire rejected.', 5)).toEqual([
      'Talks ended.',
      'Prisoners swapped.',
      'Ceasefire rejected.',
    ]);
  });

  it('falls back to plain lines when the model used none', () => {
    expect(parseKeyPoints('Talks ended.\nPrisoners swapped.', 3)).toEqual(['Talks ended.', 'Prisoners swapped.']);
  });
});

describe('leadWithin', () => {
  it('cuts at a paragraph, else a sentence, within the limit', () => {
    expect(leadWithin('First para here.\n\nSecond para is longer.', 30)).toBe('First para here.');
    expect(leadWithin('One sentence here. Another sentence follows on.', 30)).toBe('One sentence here.');
    expect(leadWithin('short', 30)).toBe('short');
  });
});
