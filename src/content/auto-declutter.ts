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
/**
 * While the page parses, the observer runs the engine at once unless that would spend more than
 * 1 / (1 + this) of the parse time in it; then a frame callback catches up, still before the paint.
 */
const IDLE_TO_WORK_RATIO = 4;

type Options = { userRules: string; disabledCategories: Settings['disabledCategories'] };

let options: Options = { userRules: '', disabledCategories: [] };
let context: ClutterContext | null = null;
let hidden: RemovedBlock[] = [];
let scrollUnlocked = false;
let unclamped = 0;
let nextRunAllowed = -Infinity;
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

function hideProvisionally(body: HTMLElement): void {
  context ??= clutterContext(document, location.href, options);
  for (const { element } of scanForClutter(body, context, { root: body, ...LOADING_STORY }).hits) element.setAttribute(PENDING, '');
}

function clearProvisional(): void {
  for (const element of Array.from(document.querySelectorAll(`[${PENDING}]`))) element.removeAttribute(PENDING);
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
  if (parsing()) hideProvisionally(body);
  else declutterNow();
  console.log('DBG run', Math.round(started), document.readyState, document.querySelectorAll('[data-clearpage-auto-pending]').length, !!document.querySelector('[aria-modal]'), document.querySelector('[aria-modal]')?.textContent?.length, Math.round(performance.now() - started));
  observer.takeRecords(); // our own marker stylesheet, not the page's doing
  const finished = performance.now();
  nextRunAllowed = finished + (finished - started) * IDLE_TO_WORK_RATIO;
}

function onMutations(): void {
  console.log('DBG mutations', Math.round(performance.now()), Math.round(nextRunAllowed));
  if (parsing() && performance.now() >= nextRunAllowed) run();
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
  whenParsed(run);
  window.addEventListener('load', run, { once: true });
  void loadSettings().then(apply);
  onSettingsChanged(() => void loadSettings().then(apply));
}

// Registered scripts run once per document; the guard only covers a second registration racing the first.
if (!window.clearpageAuto) start();
