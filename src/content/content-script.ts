/**
 * The content script, injected on demand (activeTab + scripting) into the top frame.
 * It answers the background's `content:*` messages and owns nothing else.
 */
import { analyzePage, noArticleReason, toRemovedBlocks, type Article } from '../core/index.ts';
import { onMessages, sendMessage, type DeclutterState, type PageReport } from '../messages.ts';
import { declutter, isDecluttered, restore } from './declutter.ts';
import { startReaderFrame } from './reader-frame.ts';
import { loadSettings, type Stored } from '../settings/store.ts';
import type { ClutterOptions } from '../core/clutter/index.ts';

declare global {
  interface Window {
    clearpageContentLoaded?: boolean;
  }
}

let state: DeclutterState = { active: false, hidden: [], scrollUnlocked: false, unclamped: 0 };
/** On an always-declutter site the registered auto script (same isolated world) holds the live state. */
const current = (): DeclutterState => window.clearpageAuto?.state() ?? state;

/** The article as the popup needs it: its card and plain text; the HTML stays in the page. */
function articleCard({ html: _html, isLiveBlog: _isLiveBlog, ...card }: Article): NonNullable<PageReport['article']> {
  return card;
}

async function report(): Promise<PageReport> {
  const url = location.href;
  const { settings, userRules } = await loadSettings();
  const analysis = analyzePage(document, url, { keyPoints: settings.keyPointCount, clutter: clutterOptions({ settings, userRules }) });
  const { article, summary, detection } = analysis;
  return {
    url,
    detection,
    article: article && articleCard(article),
    summary,
    noArticle: noArticleReason(analysis),
    clutter: current().active ? current().hidden : toRemovedBlocks(analysis.clutter),
    declutter: current(),
  };
}

/** The reader's own rules and switched-off categories apply to every declutter, asked or automatic. */
function clutterOptions({ settings, userRules }: Stored): ClutterOptions {
  return { userRules, disabledCategories: settings.disabledCategories };
}

function setState(next: DeclutterState): DeclutterState {
  state = next;
  void sendMessage('event:hidden-changed', { hiddenCount: state.hidden.length }).catch(() => {
    // The background may be restarting; the next popup query refreshes the badge.
  });
  return state;
}

function start(): void {
  onMessages({
    'content:report': () => report(),
    'content:declutter': async () => {
      if (isDecluttered(document)) return current();
      const options = clutterOptions(await loadSettings());
      return setState({ active: true, ...declutter(document, location.href, options) });
    },
    'content:restore': () => {
      window.clearpageAuto?.stop();
      restore(document);
      return setState({ active: false, hidden: [], scrollUnlocked: false, unclamped: 0 });
    },
  });
}

// Injected again on every popup open: the first copy answers, later copies stay quiet.
if (!window.clearpageContentLoaded) {
  window.clearpageContentLoaded = true;
  start();
  startReaderFrame();
}
