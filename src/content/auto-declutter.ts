/**
 * Registered at document_start on the reader's always-declutter sites (see
 * background/site-registrations.ts). Three steps, so no clutter layer is ever painted:
 *  1. before the page has any content: one stylesheet with every plain-selector rule for this
 *     host, computed synchronously from the bundled lists;
 *  2. while the page parses: procedural rules and the classifier on each piece as it arrives
 *     (auto-scan.ts), in the MutationObserver callback — a microtask after the parser inserts
 *     nodes, so before any paint. The story is not known yet, so the safety valve judges against
 *     a typical article's length, and these hides are provisional;
 *  3. once parsed: the provisional hides are dropped and the full declutter runs with the real
 *     story in the same task (no paint between), so the page obeys the safety valve; from then on
 *     declutter.ts's own observer judges later insertions against that story before the next paint.
 * The reader's own rules and category switches arrive from storage a moment later and refine every
 * step; later settings changes reach the page live (storage.onChanged).
 */
import { clutterContext, type ClutterContext, type MainContent } from '../core/clutter/index.ts';
import type { RemovedBlock } from '../core/types.ts';
import { sendMessage, type DeclutterState } from '../messages.ts';
import { prePaintCss } from '../settings/page-css.ts';
import type { Settings } from '../settings/schema.ts';
import { siteFor } from '../settings/sites.ts';
import { loadSettings, onSettingsChanged, type Stored } from '../settings/store.ts';
import { declutter, isDecluttered, onChange, restore } from './declutter.ts';
import { AUTO_HIDDEN, PieceScanner } from './auto-scan.ts';

/** What the on-demand content script (same isolated world) asks of a running auto-declutter. */
export interface AutoDeclutter {
  state(): DeclutterState;
  /** Stop watching and take the early stylesheet and our own hides away; the caller restores the page. */
  stop(): void;
}

declare global {
  interface Window {
    clearpageAuto?: AutoDeclutter;
  }
}

const STYLE_ID = 'clearpage-auto-style';
/**
 * While the page parses, the story is judged as if it were a typical news article this long (its
 * whole text, and its story-like paragraphs): a block holding more still counts as the story.
 */
const LOADING_STORY: Omit<MainContent, 'root'> = { chars: 8000, narrativeChars: 4000 };
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
const pieces = new PieceScanner(style);
const observer = new MutationObserver(onMutations);

const running = (): boolean => window.clearpageAuto !== undefined;
const parsing = (): boolean => document.readyState === 'loading';

function state(): DeclutterState {
  return { active: true, hidden, scrollUnlocked, unclamped };
}

function setStylesheet(userRules: string, disabled: Options['disabledCategories']): void {
  style.textContent = `${prePaintCss(location.hostname, userRules, disabled)}\n[${AUTO_HIDDEN}] { display: none !important; }`;
}

/** The stylesheet goes in as soon as there is an element to hold it: at document_start that is usually <html>. */
function mountStyle(): void {
  if (document.documentElement) (document.head ?? document.documentElement).append(style);
  else new MutationObserver((_, self) => document.documentElement && (self.disconnect(), document.documentElement.append(style))).observe(document, { childList: true });
}

/** The whole page, with the real story: drops our own hides first, in the same task (no paint between). */
function declutterWhole(): void {
  pieces.clear(document);
  // Measured before the call: a second call adds to the same (live) list.
  const before = hidden.length;
  const result = declutter(document, location.href, options);
  hidden = result.hidden;
  scrollUnlocked ||= result.scrollUnlocked;
  unclamped = Math.max(unclamped, result.unclamped);
  if (hidden.length !== before) reportHidden();
  // From here declutter.ts's own observer judges what the page inserts, against the story it found.
  onChange(document, reportHidden);
}

function reportHidden(): void {
  void sendMessage('event:hidden-changed', { hiddenCount: hidden.length }).catch(() => undefined);
}

/** What arrived since the last run, hidden provisionally until the whole page is decluttered. */
function declutterPieces(body: HTMLElement): void {
  context ??= clutterContext(document, location.href, options);
  pieces.scan(body, context, { root: body, ...LOADING_STORY }, parsing());
}

/** `whole`: once parsed, and once loaded (scripts may have locked scrolling by then). */
function run(whole = false): void {
  const body = document.body;
  if (!running() || !body) return;
  const started = performance.now();
  pieces.collect(observer.takeRecords());
  if (whole) declutterWhole();
  else if (!isDecluttered(document)) declutterPieces(body);
  observer.takeRecords(); // our own changes (the marker stylesheet), not the page's
  timeSpent += performance.now() - started;
  runs++;
}

function onMutations(records: MutationRecord[]): void {
  // A page that empties <head> or rewrites <html> takes our stylesheet with it: put it back.
  if (!style.isConnected) mountStyle();
  if (isDecluttered(document)) return; // declutter.ts's observer has taken over
  pieces.collect(records);
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
  const next: Options = { userRules, disabledCategories: settings.disabledCategories };
  if (JSON.stringify(next) !== JSON.stringify(options)) useOptions(next);
  if (site.mode === 'reader' && !readerRequested) {
    readerRequested = true;
    whenParsed(() => void sendMessage('event:auto-reader', {}).catch(() => undefined));
  }
}

/** New rules or switches: start again from the original page, within one task (no paint between). */
function useOptions(next: Options): void {
  options = next;
  context = null;
  setStylesheet(next.userRules, next.disabledCategories);
  pieces.clear(document);
  if (parsing()) {
    if (document.body) pieces.again(document.body);
    run();
  } else {
    restore(document);
    run(true);
  }
}

function stop(): void {
  observer.disconnect();
  style.remove();
  pieces.clear(document);
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
    run(true);
    // What the early work cost this page, for DevTools' performance panel and the e2e.
    performance.mark('clearpage:auto-declutter', { detail: { startedAt, whileParsing, onParsed: performance.now() - started } });
  });
  window.addEventListener('load', () => run(true), { once: true });
  void loadSettings().then(apply);
  onSettingsChanged(() => void loadSettings().then(apply));
}

// Registered scripts run once per document; the guard only covers a second registration racing the first.
if (!window.clearpageAuto) start();
