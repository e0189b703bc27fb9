/**
 * Registered at document_start on the reader's always-declutter sites (see
 * background/site-registrations.ts). Three steps, so no clutter layer is ever painted:
 *  1. before the page has any content: one stylesheet with every plain-selector rule for this
 *     host, computed synchronously from the bundled lists;
 *  2. while the page parses: procedural rules and the classifier on what has arrived, in the
 *     MutationObserver callback (a microtask after the parser inserts nodes, so before any paint).
 *     The story is not known yet, so the safety valve judges against a typical article's length,
 *     and what this finds is hidden provisionally;
 *  3. once parsed: the provisional hides are dropped and the full declutter runs with the real
 *     story in the same task (no paint between), so the final page obeys the safety valve; late
 *     insertions are decluttered before the next paint.
 * The reader's own rules and category switches arrive from storage a moment later and refine every
 * step; later settings changes reach the page live (storage.onChanged).
 */
import { clutterContext, scanForClutter, type ClutterContext, type MainContent } from '../core/clutter/index.ts';
import type { RemovedBlock } from '../core/types.ts';
import { sendMessage, type DeclutterState } from '../messages.ts';
import { prePaintCss } from '../settings/page-css.ts';
import type { Settings } from '../settings/schema.ts';
import { siteFor } from '../settings/sites.ts';
import { loadSettings, onSettingsChanged, type Stored } from '../settings/store.ts';
import { declutter, restore } from './declutter.ts';

/** What the on-demand content script (same isolated world) asks of a running auto-declutter. */
export interface AutoDeclutter {
  state(): DeclutterState;
  /** Stop watching and take the early stylesheet and provisional hides away; the caller restores the page. */
  stop(): void;
}

declare global {
  interface Window {
    clearpageAuto?: AutoDeclutter;
  }
}

const STYLE_ID = 'clearpage-auto-style';
/** A provisional hide, made while the page parses; dropped once the full declutter has run. */
const PENDING = 'data-clearpage-auto-pending';
/**
 * While the page parses, the story is judged as if it were a typical news article this long (its
 * whole text, and its story-like paragraphs): a block holding more still counts as the story.
 */
const LOADING_STORY: Omit<MainContent, 'root'> = { chars: 8000, narrativeChars: 4000 };
/** An open fixed layer with less text than this has not been read yet (prompts are short). */
const UNREAD_LAYER_MAX_CHARS = 1000;
/**
 * While the page parses, the observer runs the engine at once as long as all runs so far took less
 * than this share of the time since document_start (plus a head start); past that, a frame
 * callback catches up once per frame, still before the paint. Bounds the cost on huge pages.
 */
const PARSE_TIME_SHARE = 0.25;
const HEAD_START_MS = 30;

type Options = { userRules: string; disabledCategories: Settings['disabledCategories'] };

let options: Options = { userRules: '', disabledCategories: [] };
let context: ClutterContext | null = null;
let hidden: RemovedBlock[] = [];
let scrollUnlocked = false;
let unclamped = 0;
const startedAt = performance.now();
let timeSpent = 0;
let runs = 0;
let frameRequested = false;
let readerRequested = false;
const style = document.createElement('style');
const observer = new MutationObserver(onMutations);

const running = (): boolean => window.clearpageAuto !== undefined;
const parsing = (): boolean => document.readyState === 'loading';

function state(): DeclutterState {
  return { active: true, hidden, scrollUnlocked, unclamped };
}

function setStylesheet(userRules: string, disabled: Options['disabledCategories']): void {
  style.textContent = `${prePaintCss(location.hostname, userRules, disabled)}\n[${PENDING}] { display: none !important; }`;
}

/** The stylesheet goes in as soon as there is an element to hold it: at document_start that is usually <html>. */
function mountStyle(): void {
  if (document.documentElement) (document.head ?? document.documentElement).append(style);
  else new MutationObserver((_, self) => document.documentElement && (self.disconnect(), document.documentElement.append(style))).observe(document, { childList: true });
}

/** Elements added since the last run: the parser's new content (and any the page's scripts insert). */
const added = new Set<Element>();
/** The elements the parser was still filling at the last run (see openElements). */
let openBefore: Element[] = [];
/** Provisional hides: what the engine found, and unread layers waiting for their words. */
const provisional = new Set<Element>();
let held = new Set<Element>();

function collect(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node === style) continue;
      if (node.nodeType === Node.ELEMENT_NODE) added.add(node as Element);
      else if (node.parentElement) added.add(node.parentElement);
    }
  }
}

/**
 * While parsing, each piece is judged once it can be: new elements when they arrive, and every
 * element again once the parser has finished filling it (a container's words may come after its
 * start tag). So a run costs what arrived, not the whole page so far.
 */
function hideProvisionally(body: HTMLElement): void {
  context ??= clutterContext(document, location.href, options);
  const open = openElements(body);
  const completed = openBefore.filter((element) => !open.includes(element));
  openBefore = open;
  const roots = topMost([...added, ...completed].filter((element) => element.isConnected && body.contains(element)));
  added.clear();
  const story: MainContent = { root: body, ...LOADING_STORY };
  for (const root of roots) {
    for (const { element } of scanForClutter(root, context, story).hits) {
      provisional.add(element);
      element.setAttribute(PENDING, '');
    }
  }
  const layers = new Set(unreadLayers(open));
  for (const element of held) if (!layers.has(element) && !provisional.has(element)) element.removeAttribute(PENDING);
  for (const element of layers) element.setAttribute(PENDING, '');
  held = layers;
}

/** The parser appends at the end: the last element of <body>, its last element, and so on down. */
function openElements(body: HTMLElement): Element[] {
  const open: Element[] = [];
  for (let element = body.lastElementChild; element; element = element.lastElementChild) open.push(element);
  return open;
}

function topMost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return Array.from(set).filter((element) => {
    for (let node = element.parentElement; node; node = node.parentElement) if (set.has(node)) return false;
    return true;
  });
}

/**
 * Fixed layers the parser is still filling and that have almost no text yet: an overlay whose
 * words have not arrived cannot be judged, so it waits, unpainted, until it can. A layer that
 * holds the page grows past the limit and shows at once.
 */
function unreadLayers(open: Element[]): Element[] {
  return open.filter((element) => (element.textContent?.length ?? 0) < UNREAD_LAYER_MAX_CHARS && getComputedStyle(element).position === 'fixed');
}

function clearProvisional(): void {
  for (const element of Array.from(document.querySelectorAll(`[${PENDING}]`))) element.removeAttribute(PENDING);
  provisional.clear();
  held.clear();
}

function declutterNow(): void {
  const before = hidden.length;
  clearProvisional();
  const result = (declutter as (doc: Document, url: string, options?: Options) => ReturnType<typeof declutter>)(document, location.href, options);
  hidden = result.hidden;
  scrollUnlocked ||= result.scrollUnlocked;
  unclamped = Math.max(unclamped, result.unclamped);
  if (hidden.length !== before) void sendMessage('event:hidden-changed', { hiddenCount: hidden.length }).catch(() => undefined);
}

function run(): void {
  const body = document.body;
  if (!running() || !body) return;
  const started = performance.now();
  collect(observer.takeRecords());
  if (parsing()) hideProvisionally(body);
  else declutterNow();
  observer.takeRecords(); // our own changes (the marker stylesheet), not the page's
  timeSpent += performance.now() - started;
  runs++;
}

function onMutations(records: MutationRecord[]): void {
  collect(records);
  if (parsing() && timeSpent <= HEAD_START_MS + PARSE_TIME_SHARE * (performance.now() - startedAt)) run();
  else runBeforeNextPaint();
}

function runBeforeNextPaint(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    run();
  });
}

function whenParsed(callback: () => void): void {
  if (parsing()) document.addEventListener('DOMContentLoaded', callback, { once: true });
  else callback();
}

function apply({ settings, userRules }: Stored): void {
  if (!running()) return;
  const site = siteFor(settings, location.href);
  if (!site) return stopAndRestore();
  options = { userRules, disabledCategories: settings.disabledCategories };
  context = null;
  setStylesheet(userRules, settings.disabledCategories);
  // Switches may have turned categories off: start again from the original page, within one task (no paint between).
  clearProvisional();
  if (document.body) added.add(document.body);
  if (!parsing()) restore(document);
  run();
  if (site.mode === 'reader' && !readerRequested) {
    readerRequested = true;
    whenParsed(() => void sendMessage('event:auto-reader', {}).catch(() => undefined));
  }
}

function stop(): void {
  observer.disconnect();
  style.remove();
  clearProvisional();
  delete window.clearpageAuto;
}

function stopAndRestore(): void {
  stop();
  restore(document);
  void sendMessage('event:hidden-changed', { hiddenCount: 0 }).catch(() => undefined);
}

function start(): void {
  style.id = STYLE_ID;
  setStylesheet('', []);
  mountStyle();
  observer.observe(document, { childList: true, subtree: true });
  window.clearpageAuto = { state, stop };
  whenParsed(() => {
    const whileParsing = { runs, ms: timeSpent };
    const started = performance.now();
    run();
    // What the early work cost this page, for DevTools' performance panel and the e2e.
    performance.mark('clearpage:auto-declutter', { detail: { startedAt, whileParsing, onParsed: performance.now() - started } });
  });
  window.addEventListener('load', run, { once: true });
  void loadSettings().then(apply);
  onSettingsChanged(() => void loadSettings().then(apply));
}

// Registered scripts run once per document; the guard only covers a second registration racing the first.
if (!window.clearpageAuto) start();
