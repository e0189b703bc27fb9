/** Word overlap between sentences, to keep one point from saying another's thing twice. */

/** Points sharing this share of their words say the same thing twice (a standfirst repeated as the lead). */
const NEAR_DUPLICATE_OVERLAP = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 2);
}

/** Shared distinct words over the smaller sentence's distinct words. */
function overlapRatio(a: string, b: string): number {
  const left = new Set(contentWords(a));
  const right = new Set(contentWords(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

export function isNearDuplicate(a: string, b: string): boolean {
  return overlapRatio(a, b) >= NEAR_DUPLICATE_OVERLAP;
}
