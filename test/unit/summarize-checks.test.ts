import { describe, expect, it } from 'vitest';
import { loadChecks, runCheck } from '../fixtures/summary-checks/judge.ts';

const checks = loadChecks();

describe('summary check set', () => {
  it('covers every language and trap the summary promises to handle', () => {
    expect(checks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(checks.map((c) => c.lang))).toEqual(new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']));
    const traps = new Set(checks.flatMap((c) => c.traps));
    for (const trap of ['caption', 'dateline', 'abbreviation', 'byline', 'live-blog', 'advertisement', 'photo-credit', 'teaser']) expect(traps).toContain(trap);
  });

  it.each(checks.map((check) => [check.id, check] as const))('%s: only good key points, as many as asked', (_id, check) => {
    const result = runCheck(check);
    expect(result.bad).toEqual([]);
    expect(result.keyPoints).toHaveLength(Math.min(check.count ?? 3, check.good.length));
    expect(new Set(result.keyPoints).size).toBe(result.keyPoints.length);
  });
});
