/**
 * One pass over the page: what each element holds (text, links, controls, form fields, phrases
 * per category, reader-addressing words, prices), summed from its descendants. Text is read once,
 * per "owner" block (the nearest block-level ancestor of a text node), so the cost stays linear.
 */
import { phraseMatcher, type CategoryPatterns } from './phrases.ts';
import { MONEY, PERIOD, QUOTED, VOICE, WORD } from './lexicon.ts';

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'CANVAS']);
/** A paragraph this long with no phrase and little reader address reads as story text. */
const NARRATIVE_MIN_CHARS = 150;
const NARRATIVE_MAX_VOICE = 0.03;
const MAX_LABEL_CHARS = 60;
const MAX_SAMPLES = 12;

/** Per-category counters, indexed like the patterns array, packed in one array per element. */
export const enum Counter {
  Phrases = 0,
  /** Matched phrase characters (for coverage). */
  PhraseChars = 1,
  Labels = 2,
  Hrefs = 3,
}
const COUNTERS = 4;

export interface ElementStats {
  /** `evidence[category * 4 + Counter]`; null while the element has none (most have none). */
  evidence: Float64Array | null;
  chars: number;
  words: number;
  linkChars: number;
  controls: number;
  emailInputs: number;
  passwordInputs: number;
  textInputs: number;
  voice: number;
  money: number;
  period: number;
  /** Characters of paragraphs that read as story text. */
  narrativeChars: number;
  /** Block-level children, for telling a text block from a wrapper. */
  blockChildren: number;
  /** Phrases in the element's own text (not summed from descendants): where a climb starts. */
  ownPhrases: number;
  /** Matched phrases as `categoryIndex:phrase`, for explanations (first few). */
  samples: string[];
}

export type StatsMap = Map<Element, ElementStats>;

/** `visit` sees every element once, in document order (the rule prefilter rides on this walk). */
export function collectStats(root: Element, patterns: readonly CategoryPatterns[], visit?: (element: Element) => void): StatsMap {
  const stats: StatsMap = new Map();
  const n = patterns.length;
  const make = (): ElementStats => ({
    chars: 0, words: 0, linkChars: 0, controls: 0, emailInputs: 0, passwordInputs: 0, textInputs: 0, voice: 0, money: 0, period: 0,
    narrativeChars: 0, blockChildren: 0, ownPhrases: 0, samples: [], evidence: null,
  });
  const ownText = new Map<Element, string[]>();
  const order: Element[] = [];

  const walk = (element: Element, owner: Element, inLink: boolean): void => {
    order.push(element);
    visit?.(element);
    const own = make();
    stats.set(element, own);
    ownControl(element, own, patterns);
    const isLink = inLink || element.tagName === 'A';
    const nextOwner = BLOCK_TAGS.has(element.tagName) ? element : owner;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data.trim()) continue;
        let parts = ownText.get(nextOwner);
        if (!parts) ownText.set(nextOwner, (parts = []));
        parts.push(data);
        if (isLink) own.linkChars += data.trim().length;
      } else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName)) {
        if (BLOCK_TAGS.has((child as Element).tagName)) own.blockChildren++;
        walk(child as Element, nextOwner, isLink);
      }
    }
  };
  walk(root, root, false);

  const matcher = phraseMatcher(patterns);
  for (const [owner, parts] of ownText) ownTextFeatures(stats.get(owner) as ElementStats, parts.join(' '), matcher, n);
  // Children come after their parents in `order`: sum backwards.
  for (let i = order.length - 1; i > 0; i--) {
    const element = order[i] as Element;
    const parent = element.parentElement;
    const into = parent && stats.get(parent);
    if (into) add(into, stats.get(element) as ElementStats);
  }
  return stats;
}

export function count(stats: ElementStats, category: number, counter: Counter): number {
  return stats.evidence?.[category * COUNTERS + counter] ?? 0;
}

function bump(stats: ElementStats, categories: number, category: number, counter: Counter, by: number): void {
  stats.evidence ??= new Float64Array(categories * COUNTERS);
  stats.evidence[category * COUNTERS + counter] = (stats.evidence[category * COUNTERS + counter] ?? 0) + by;
}

function ownTextFeatures(own: ElementStats, raw: string, matcher: RegExp | null, n: number): void {
  const text = raw.replace(/\s+/g, ' ').trim().replace(/’/g, "'");
  own.chars += text.length;
  const words = text.match(WORD)?.length ?? 0;
  own.words += words;
  const unquoted = text.replace(QUOTED, ' ');
  const voice = unquoted.match(VOICE)?.length ?? 0;
  own.voice += voice;
  if (MONEY.test(unquoted)) own.money++;
  if (PERIOD.test(unquoted)) own.period++;
  const found = new Map<string, number>();
  if (matcher) {
    for (const match of unquoted.toLowerCase().matchAll(matcher)) {
      const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      if (group) found.set(match[0], Number(group.slice(1)));
    }
  }
  for (const [phrase, category] of found) {
    bump(own, n, category, Counter.Phrases, 1);
    bump(own, n, category, Counter.PhraseChars, phrase.length);
    if (own.samples.length < MAX_SAMPLES) own.samples.push(`${category}:${phrase}`);
  }
  own.ownPhrases += found.size;
  const anyPhrase = found.size > 0;
  if (!anyPhrase && text.length >= NARRATIVE_MIN_CHARS && voice / Math.max(1, words) < NARRATIVE_MAX_VOICE) own.narrativeChars += text.length;
}

/** Links, buttons and form fields: their labels and targets are evidence of their own. */
function ownControl(element: Element, own: ElementStats, patterns: readonly CategoryPatterns[]): void {
  const tag = element.tagName;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'INPUT') {
    if (type === 'email') own.emailInputs++;
    else if (type === 'password') own.passwordInputs++;
    else if (type === '' || type === 'text' || type === 'tel') {
      const hint = `${element.getAttribute('name') ?? ''} ${element.getAttribute('placeholder') ?? ''}`;
      if (/e-?mail/i.test(hint)) own.emailInputs++;
      else own.textInputs++;
    }
  }
  const isControl =
    (tag === 'A' && element.hasAttribute('href')) || tag === 'BUTTON' || element.getAttribute('role') === 'button' || (tag === 'INPUT' && (type === 'submit' || type === 'button'));
  if (!isControl) return;
  own.controls++;
  const label = controlLabel(element);
  const href = tag === 'A' ? element.getAttribute('href') ?? '' : '';
  patterns.forEach((pattern, i) => {
    if (label && pattern.labels?.test(label)) bump(own, patterns.length, i, Counter.Labels, 1);
    if (href && pattern.hrefs?.test(href)) bump(own, patterns.length, i, Counter.Hrefs, 1);
  });
}

function controlLabel(element: Element): string {
  const raw = element.tagName === 'INPUT' ? element.getAttribute('value') ?? '' : element.textContent ?? element.getAttribute('aria-label') ?? '';
  const label = raw.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return label.length <= MAX_LABEL_CHARS ? label : '';
}

function add(into: ElementStats, from: ElementStats): void {
  into.chars += from.chars;
  into.words += from.words;
  into.linkChars += from.linkChars;
  into.controls += from.controls;
  into.emailInputs += from.emailInputs;
  into.passwordInputs += from.passwordInputs;
  into.textInputs += from.textInputs;
  into.voice += from.voice;
  into.money += from.money;
  into.period += from.period;
  into.narrativeChars += from.narrativeChars;
  if (from.evidence) {
    into.evidence ??= new Float64Array(from.evidence.length);
    for (let i = 0; i < from.evidence.length; i++) into.evidence[i] = (into.evidence[i] ?? 0) + (from.evidence[i] ?? 0);
  }
  if (into.samples.length < MAX_SAMPLES) into.samples.push(...from.samples.slice(0, MAX_SAMPLES - into.samples.length));
}
