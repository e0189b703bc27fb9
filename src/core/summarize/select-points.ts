/**
 * Picks the key points of an article. News puts the point first, so the lead is the backbone; we skip
 * what cannot stand alone and anything that repeats a point already taken.
 */
import type { SentenceUnit } from './sentence-units.ts';
import { isNearDuplicate } from './similarity.ts';

export function selectPoints(units: readonly SentenceUnit[], count: number): string[] {
  const chosen: SentenceUnit[] = [];
  for (const unit of units) {
    if (chosen.length === count) break;
    if (!unit.eligible || chosen.some((c) => isNearDuplicate(c.text, unit.text))) continue;
    chosen.push(unit);
  }
  return chosen.sort((a, b) => a.index - b.index).map((unit) => unit.text);
}
