/**
 * Optional AI key points from the browser's built-in Summarizer (Chrome 138+), on the device only.
 * The extractive key points are always shown first; this module decides whether the built-in model can
 * replace them and runs it. The Summarizer global is a parameter, so the logic is tested with a fake.
 *
 * Popup flow:
 *   const plan = await planAiSummary(globalThis.Summarizer, request);
 *   'available'    → call runAiSummary at once and swap the points in when it answers;
 *   'downloadable' → show a button: the download needs a user click, so call runAiSummary from its
 *                    handler, with onProgress driving a progress bar;
 *   'downloading'  → the model is already on its way: run at once, showing progress;
 *   'unavailable'  → show nothing.
 */

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The options `availability()` and `create()` must both receive, per the API's rules. */
export interface AiSummarizerOptions {
  type: 'key-points';
  format: 'markdown';
  length: 'short' | 'medium' | 'long';
  sharedContext: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

interface DownloadProgressEvent {
  loaded: number;
  total?: number;
}

export interface AiCreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
}

/** The part of a Summarizer instance we use. */
export interface AiSummarizerSession {
  readonly inputQuota?: number;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  summarize(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The part of the `Summarizer` global we use. */
export interface SummarizerGlobal {
  availability(options: AiSummarizerOptions): Promise<string>;
  create(options: AiSummarizerOptions & { monitor?: (monitor: AiCreateMonitor) => void; signal?: AbortSignal }): Promise<AiSummarizerSession>;
}

export interface AiSummaryRequest {
  /** The article's language, e.g. "en-GB"; null lets the model detect it. */
  lang: string | null;
  /** Key points wanted, 1 to 5, as for the extractive summary. */
  count: number;
}

export interface AiSummaryPlan {
  kind: AiAvailability;
}

export interface AiRunOptions {
  /** Download progress, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const SHARED_CONTEXT = 'Key points of a news article, for a reader deciding whether to read it in full.';
/** The model's key-points lengths: short gives 3 points, medium 5. */
const POINTS_PER_LENGTH = { short: 3, medium: 5 } as const;
/** How far below the quota to aim when trimming, since usage is not linear in characters. */
const QUOTA_SAFETY = 0.9;
const MAX_TRIM_ROUNDS = 4;
const AVAILABILITIES: readonly string[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** The Summarizer global where the browser has one; undefined elsewhere (Firefox, older Chrome). */
export function findSummarizer(scope: object = globalThis): SummarizerGlobal | undefined {
  const candidate = (scope as { Summarizer?: unknown }).Summarizer;
  const looksRight =
    (typeof candidate === 'function' || (typeof candidate === 'object' && candidate !== null)) &&
    typeof (candidate as SummarizerGlobal).availability === 'function' &&
    typeof (candidate as SummarizerGlobal).create === 'function';
  return looksRight ? (candidate as SummarizerGlobal) : undefined;
}

export function summarizerOptions(request: AiSummaryRequest): AiSummarizerOptions {
  const options: AiSummarizerOptions = {
    type: 'key-points',
    format: 'markdown',
    length: request.count > POINTS_PER_LENGTH.short ? 'medium' : 'short',
    sharedContext: SHARED_CONTEXT,
  };
  const lang = request.lang?.trim();
  if (lang) {
    options.expectedInputLanguages = [lang];
    options.outputLanguage = lang;
  }
  return options;
}

/** What the popup can offer. Never throws: any failure means "unavailable". */
export async function planAiSummary(summarizer: SummarizerGlobal | undefined, request: AiSummaryRequest): Promise<AiSummaryPlan> {
  if (!summarizer) return { kind: 'unavailable' };
  try {
    const answer = await summarizer.availability(summarizerOptions(request));
    return { kind: AVAILABILITIES.includes(answer) ? (answer as AiAvailability) : 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** Must a click start this? The model download needs user activation. */
export function needsUserClick(plan: AiSummaryPlan): boolean {
  return plan.kind === 'downloadable';
}

/**
 * Runs the model on the article text and returns its key points, at most `count`. Text over the input
 * quota is cut back to its lead. Rejects when the model fails or `signal` aborts; the caller then keeps
 * the extractive points.
 */
export async function runAiSummary(
  summarizer: SummarizerGlobal,
  text: string,
  request: AiSummaryRequest,
  options: AiRunOptions = {},
): Promise<string[]> {
  const { onProgress, signal } = options;
  const session = await summarizer.create({
    ...summarizerOptions(request),
    signal,
    monitor: onProgress
      ? (monitor) => monitor.addEventListener('downloadprogress', (event) => onProgress(progressFraction(event)))
      : undefined,
  });
  try {
    const input = await fitToQuota(session, text, signal);
    const output = await session.summarize(input, { signal });
    return parseKeyPoints(output, request.count);
  } finally {
    session.destroy?.();
  }
}

/** The spec reports `loaded` as a fraction; early builds sent bytes with a `total`. */
function progressFraction(event: DownloadProgressEvent): number {
  const fraction = event.total ? event.loaded / event.total : event.loaded;
  return Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
}

/** The text, or its lead when the whole would exceed the model's input quota. */
async function fitToQuota(session: AiSummarizerSession, text: string, signal?: AbortSignal): Promise<string> {
  const quota = session.inputQuota;
  if (!session.measureInputUsage || quota === undefined || !Number.isFinite(quota)) return text;
  let input = text;
  for (let round = 0; round < MAX_TRIM_ROUNDS; round++) {
    const usage = await session.measureInputUsage(input, { signal });
    if (usage <= quota) return input;
    input = leadWithin(input, Math.floor((input.length * quota * QUOTA_SAFETY) / usage));
  }
  return input;
}

/** Where a lead may end, best first: before a blank line, after a sentence, before a space. */
const LEAD_CUTS: readonly { pattern: RegExp; keepMatch: boolean }[] = [
  { pattern: /\n\s*\n/g, keepMatch: false },
  { pattern: /[.!?…。](?=\s)/g, keepMatch: true },
  { pattern: /\s/g, keepMatch: false },
];

/** The start of `text`, at most `maxChars` long, cut after a paragraph, else a sentence, else a word. */
export function leadWithin(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, Math.max(0, maxChars));
  for (const { pattern, keepMatch } of LEAD_CUTS) {
    let cut = -1;
    for (const match of head.matchAll(pattern)) cut = match.index + (keepMatch ? match[0].length : 0);
    // A cut in the first half would throw away too much; try a finer boundary.
    if (cut > maxChars / 2) return head.slice(0, cut).trim();
  }
  return head.trim();
}

/** Bullet or numbered lines of the model's markdown, without their markers and emphasis. */
export function parseKeyPoints(markdown: string, count: number): string[] {
  const points: string[] = [];
  for (const line of markdown.split('\n')) {
    const match = /^\s*(?:[-*•+]|\d+[.)])\s+(.*\S)\s*$/.exec(line);
    const point = match?.[1]?.replace(/\*\*|__/g, '').trim();
    if (point) points.push(point);
  }
  // A model that ignores the format still gives usable lines.
  const lines = points.length > 0 ? points : markdown.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(0, Math.max(1, count));
}
