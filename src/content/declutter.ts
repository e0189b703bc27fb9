/**
 * Declutter the live page, reversibly. Hides what the core finds (rules + classifier) and the
 * layers over the page (layout), unlocks scrolling, reveals clamped article text, and keeps doing
 * so for layers the page inserts later. Every change is a marker attribute plus one stylesheet
 * (see declutter-marks.ts), so `restore` gives back the exact DOM.
 */
import {
  clutterContext,
  findRuleHitsIn,
  mentionsPrompt,
  scanForClutter,
  type ClutterContext,
  type ClutterOptions,
  type MainContent,
} from '../core/clutter/index.ts';
import { toRemovedBlocks } from '../core/analyze.ts';
import type { ClutterHit, RemovedBlock } from '../core/types.ts';
import { ensureStyle, HIDDEN, removeMarks, STYLE_ID } from './declutter-marks.ts';
import { unlockScroll } from './declutter-scroll.ts';
import { unclampText } from './declutter-clamp.ts';
import { findLayers } from './declutter-layers.ts';
import { observeLateLayers, type LateObserver, type ObserverCost } from './declutter-observer.ts';

export interface DeclutterResult {
  hidden: RemovedBlock[];
  scrollUnlocked: boolean;
  unclamped: number;
}

type Listener = (added: RemovedBlock[]) => void;

interface PageState {
  result: DeclutterResult;
  context: ClutterContext;
  main: MainContent;
  observer: LateObserver | null;
  listeners: Set<Listener>;
}

const pages = new WeakMap<Document, PageState>();
/** Classes pages put on <html>/<body> while a modal or wall is up. */
const LOCK_CLASS = /modal-open|modal-is-open|no-?scroll|scroll-?lock|overflow-hidden|disable-scroll|has-overlay|is-locked|paywall/i;

/**
 * Idempotent: a second call on an unchanged page changes nothing and returns the same state. On a
 * page still arriving (the auto-declutter calls this as the parser goes), it looks again and adds.
 */
export function declutter(doc: Document, url: string, options: ClutterOptions = {}): DeclutterResult {
  const existing = pages.get(doc);
  if (existing) return again(doc, existing);
  if (!doc.body) return { hidden: [], scrollUnlocked: false, unclamped: 0 };
  ensureStyle(doc);
  const context = clutterContext(doc, url, options);
  const { hits, main } = scanForClutter(doc.body, context);
  const layers = findLayers([doc.body], context, main.root);
  const hidden = hide([...hits, ...layers]);
  // Pages with an inner scroller hide overflow by design: unlock only when a wall was up.
  const scrollUnlocked = hidden.length > 0 || LOCK_CLASS.test(`${doc.documentElement.className} ${doc.body.className}`) ? unlockScroll(doc) : false;
  const { unclamped, fades } = unclampText(doc, main.root);
  const state: PageState = {
    result: { hidden: [...hidden, ...fades], scrollUnlocked, unclamped: unclamped + fades.length },
    context,
    main,
    observer: null,
    listeners: new Set(),
  };
  pages.set(doc, state);
  state.observer = observeLateLayers(doc, (roots) => judgeLate(doc, state, roots), () => relock(doc, state));
  return state.result;
}

/** Back to the page exactly as it was; the observer stops. */
export function restore(doc: Document): void {
  const state = pages.get(doc);
  state?.observer?.stop();
  pages.delete(doc);
  removeMarks(doc);
}

export function isDecluttered(doc: Document): boolean {
  return pages.has(doc) || doc.getElementById(STYLE_ID) !== null;
}

/** Called with the blocks hidden after the first pass (late layers), e.g. to update the badge. Returns an unsubscribe. */
export function onChange(doc: Document, listener: Listener): () => void {
  const state = pages.get(doc);
  if (!state) return () => undefined;
  state.listeners.add(listener);
  return () => void state.listeners.delete(listener);
}

/** What watching for late layers has cost so far on this page (for the observer bench). */
export function observerCost(doc: Document): ObserverCost | null {
  return pages.get(doc)?.observer?.cost ?? null;
}

function again(doc: Document, state: PageState): DeclutterResult {
  if (!doc.body) return state.result;
  const { hits, main } = scanForClutter(doc.body, state.context);
  state.main = main;
  const added = hide([...hits, ...findLayers([doc.body], state.context, main.root)]);
  const { unclamped, fades } = unclampText(doc, main.root);
  state.result.hidden.push(...added, ...fades);
  state.result.unclamped += unclamped + fades.length;
  if (added.length && !state.result.scrollUnlocked) state.result.scrollUnlocked = unlockScroll(doc);
  return state.result;
}

/** Marks the hits not already hidden, outermost only (a layer and a prompt inside it are one block). */
function hide(hits: ClutterHit[]): RemovedBlock[] {
  const elements = new Set(hits.map((hit) => hit.element));
  const insideAnother = (element: Element): boolean => {
    for (let node = element.parentElement; node; node = node.parentElement) if (elements.has(node)) return true;
    return false;
  };
  const seen = new Set<Element>();
  const fresh = hits.filter((hit) => {
    if (seen.has(hit.element) || insideAnother(hit.element) || hit.element.closest(`[${HIDDEN}]`)) return false;
    seen.add(hit.element);
    return true;
  });
  for (const { element, category } of fresh) element.setAttribute(HIDDEN, category);
  return toRemovedBlocks(fresh);
}

function judgeLate(doc: Document, state: PageState, roots: Element[]): void {
  // The story may have arrived (or been replaced) since the first pass: find it again.
  if (!state.main.root.isConnected && doc.body) state.main = scanForClutter(doc.body, state.context).main;
  const hits: ClutterHit[] = [];
  const speaking: Element[] = [];
  const silent: Element[] = [];
  for (const root of roots) {
    if (root.closest(`[${HIDDEN}]`) || root.contains(state.main.root) || !doc.body?.contains(root)) continue;
    // Most insertions (story updates, comments, ads' scaffolding) say nothing a prompt says: rules only.
    if (!mentionsPrompt(root, state.context)) {
      hits.push(...findRuleHitsIn(root, state.context, state.main));
      silent.push(root);
      continue;
    }
    speaking.push(root);
    hits.push(...scanForClutter(root, state.context, state.main).hits);
  }
  hits.push(...findLayers(speaking, state.context, state.main.root, silent));
  const added = hide(hits);
  if (added.length && !state.result.scrollUnlocked) state.result.scrollUnlocked = unlockScroll(doc);
  if (!added.length) return;
  state.result.hidden.push(...added);
  for (const listener of state.listeners) listener(added);
}

/** Once something was hidden or unlocked, keep the page scrollable if it locks again. */
function relock(doc: Document, state: PageState): void {
  if (state.result.hidden.length || state.result.scrollUnlocked) state.result.scrollUnlocked = unlockScroll(doc) || state.result.scrollUnlocked;
}
