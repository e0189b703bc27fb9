/**
 * The in-body classifier: finds self-contained blocks that are prompts (login, paywall, donation,
 * newsletter, consent, notification, comments) by what they say and how they are built.
 * Candidates are the blocks around each piece of phrase evidence, climbing while the block stays
 * small; the best-scoring block on each climb wins.
 */
import type { ClutterHit } from '../../types.ts';
import type { CategoryPatterns } from './phrases.ts';
import { scoreBlock, THRESHOLD, type BlockScore } from './score.ts';
import type { ElementStats, StatsMap } from './stats.ts';

/** A prompt is never longer than this; bigger blocks are content or page structure. */
const MAX_BLOCK_CHARS = 2500;
const MAX_CLIMB = 8;
/** Characters a parent may add around a prompt without adding evidence of its own. */
const MAX_SILENT_GROWTH = 200;

export interface Candidate extends ClutterHit {
  score: number;
}

export function classifyBlocks(body: Element, stats: StatsMap, patterns: readonly CategoryPatterns[], isProtected: (element: Element) => boolean): Candidate[] {
  const scored = new Map<Element, BlockScore | null>();
  const best: Candidate[] = [];
  for (const [element, own] of stats) {
    if (!own.ownPhrases) continue;
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

/** Phrases, prompt controls and form fields, all categories together. */
function evidenceOf(stats: ElementStats): number {
  let total = stats.emailInputs + stats.passwordInputs;
  for (const value of stats.evidence ?? []) total += value;
  return total;
}
