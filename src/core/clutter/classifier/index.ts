/**
 * The in-body classifier: finds self-contained blocks that are prompts (login, paywall, donation,
 * newsletter, consent, notification, comments) by what they say and how they are built.
 * Candidates are the blocks around each piece of phrase evidence, climbing while the block stays
 * small; the best-scoring block on each climb wins.
 */
import type { ClutterHit } from '../../types.ts';
import type { CategoryPatterns } from './phrases.ts';
import { scoreBlock, THRESHOLD, type BlockScore } from './score.ts';
import type { StatsMap } from './stats.ts';

/** A prompt is never longer than this; bigger blocks are content or page structure. */
const MAX_BLOCK_CHARS = 2500;
const MAX_CLIMB = 8;

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
    for (let depth = 0; node && node !== body && depth < MAX_CLIMB; depth++, node = node.parentElement) {
      const nodeStats = stats.get(node);
      if (!nodeStats || nodeStats.chars > MAX_BLOCK_CHARS || isProtected(node)) break;
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
