/**
 * Picks the key points of an article. News puts the point first, so the lead is the backbone; we skip
 * what cannot stand alone and anything that repeats a point already taken.
 */
import type { SentenceUnit } from './sentence-units.ts';
import { isNearDuplicate } from './similarity.ts';

/** A dateline this early marks the start of the story; what comes before it is captions and teasers. */
const DATELINE_SEARCH_SENTENCES = 8;

function storyStart(units: readonly SentenceUnit[]): number {
  const dateline = units.slice(0, DATELINE_SEARCH_SENTENCES).find((unit) => unit.hadDateline && unit.eligible);
  return dateline ? dateline.index : 0;
}

export function selectPoints(units: readonly SentenceUnit[], count: number): string[] {
  const start = storyStart(units);
  const chosen: SentenceUnit[] = [];
  for (const unit of units) {
    if (chosen.length === count) break;
    if (unit.index < start || !unit.eligible || chosen.some((c) => isNearDuplicate(c.text, unit.text))) continue;
    chosen.push(unit);
  }
  return chosen.map((unit) => unit.text);
}
