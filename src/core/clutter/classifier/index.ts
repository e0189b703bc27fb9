/**
 * The in-body classifier: finds self-contained blocks that are prompts (login, paywall, donation,
 * newsletter, consent, notification, comments) by what they say and how they are built.
 * Candidates are the blocks around each piece of phrase evidence, climbing while the block stays
 * small; the best-scoring block on each climb wins.
 */
import type { ClutterHit } from '../../types.ts';
import { textOf } from '../../text.ts';
import type { CategoryPatterns } from './phrases.ts';
import { scoreBlock, THRESHOLD, type BlockScore } from './score.ts';
import { BLOCK_TAGS, count, Counter, type ElementStats, type StatsMap } from './stats.ts';

/** A prompt is never longer than this; bigger blocks are content or page structure. */
const MAX_BLOCK_CHARS = 2500;
const MAX_CLIMB = 8;
/** A lone control's label is short; longer is a sentence, judged as text. */
const MAX_LONE_CHARS = 40;
const CONTROL_TAGS = new Set(['A', 'BUTTON']);
/** Categories whose bare buttons interrupt a story; cookie and notification buttons never stand alone in one. */
const LONE_CATEGORIES = new Set(['login-prompt', 'paywall', 'newsletter-signup', 'donation-appeal']);
/** Characters a parent may add around a prompt without adding evidence of its own. */
const MAX_SILENT_GROWTH = 200;

export interface Candidate extends ClutterHit {
  score: number;
}

export function classifyBlocks(
  body: Element,
  stats: StatsMap,
  patterns: readonly CategoryPatterns[],
  isProtected: (element: Element) => boolean,
  main: Element,
): Candidate[] {
  const scored = new Map<Element, BlockScore | null>();
  const best: Candidate[] = [];
  for (const [element, own] of stats) {
    if (!own.ownPhrases) {
      const lone = own.controls && main.contains(element) ? loneControl(element, own, stats, patterns, main) : null;
      if (lone && !isProtected(lone.element)) best.push(lone);
      continue;
    }
    let winner: Candidate | null = null;
    let node: Element | null = element;
    let below: ElementStats | null = null;
    for (let depth = 0; node && node !== body && depth < MAX_CLIMB; depth++, below = stats.get(node) ?? null, node = node.parentElement) {
      const nodeStats = stats.get(node);
      if (!nodeStats || nodeStats.chars > MAX_BLOCK_CHARS || isProtected(node)) break;
      // A step up that adds text but no evidence has left the prompt's own box.
      if (below && nodeStats.chars - below.chars > MAX_SILENT_GROWTH && evidenceOf(nodeStats) === evidenceOf(below)) break;
      let result = scored.get(node);
      if (result === undefined) scored.set(node, (result = scoreBlock(node, nodeStats, patterns)));
      if (!result || !result.corroborated || result.score < THRESHOLD) continue;
      // Ties go to the outer block: it takes the prompt's buttons and small print along.
      if (!winner || result.score >= winner.score) {
        winner = { element: node, category: result.category, score: result.score, reason: `classifier: ${result.features.join(', ')}` };
      }
    }
    if (winner) best.push(winner);
  }
  return best;
}

/**
 * A prompt button or link standing alone in the story ("Subscribe here", "Log in now"): no
 * sentence around it, so no phrase to find; its label says it all. Only inside the main content,
 * where it interrupts the text; the site's own header links are navigation, not prompts.
 */
function loneControl(element: Element, own: ElementStats, stats: StatsMap, patterns: readonly CategoryPatterns[], main: Element): Candidate | null {
  const label = textOf(element);
  if (label.length > MAX_LONE_CHARS || !CONTROL_TAGS.has(element.tagName)) return null;
  const category = patterns.findIndex((pattern, i) => LONE_CATEGORIES.has(pattern.category) && count(own, i, Counter.Labels) > 0);
  const pattern = patterns[category];
  if (!pattern) return null;
  // Take the wrappers that hold nothing else; one of them must be a block of its own, or the
  // link sits inside a sentence ("you can <a>subscribe here</a> for more") and stays.
  let block = element;
  let standsAlone = false;
  for (let parent = element.parentElement; parent && parent !== main; parent = parent.parentElement) {
    if ((stats.get(parent)?.chars ?? Infinity) > label.length + 2) break;
    block = parent;
    standsAlone ||= BLOCK_TAGS.has(parent.tagName);
  }
  // A button between blocks (no sentence text beside it) is a line of its own too.
  standsAlone ||= block === element && element.tagName === 'BUTTON' && !besideText(element);
  if (!standsAlone) return null;
  return { element: block, category: pattern.category, score: THRESHOLD, reason: `classifier: lone ${pattern.category.replace(/-.*/, '')} button/link "${label}"` };
}

function besideText(element: Element): boolean {
  for (const sibling of [element.previousSibling, element.nextSibling]) {
    if (sibling?.nodeType === 3 && sibling.textContent?.trim()) return true;
    if (sibling?.nodeType === 1 && !BLOCK_TAGS.has((sibling as Element).tagName) && (sibling as Element).tagName !== 'BUTTON') return true;
  }
  return false;
}

/** Phrases, prompt controls and form fields, all categories together. */
function evidenceOf(stats: ElementStats): number {
  let total = stats.emailInputs + stats.passwordInputs;
  for (const value of stats.evidence ?? []) total += value;
  return total;
}
