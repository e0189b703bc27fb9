import { describe, expect, it } from 'vitest';
import { authorAgrees, authorWithinOurs, dateAgrees, titleAgrees, titleSameText } from '../../bench/lib/agreement.ts';

/** [rule, ours, truth, agrees] */
const CASES: [(ours: string | null, truth: string) => boolean, string, string, boolean][] = [
  // Title: folded words, a little extra allowed; same text: letters and punctuation as written.
  [titleAgrees, 'The Beginner’s Guide to SEO', "The Beginner's Guide to SEO", true],
  [titleSameText, 'The Beginner’s Guide to SEO', "The Beginner's Guide to SEO", false],
  [titleSameText, ' The  Guide to SEO ', 'The Guide to SEO', true],
  [titleAgrees, 'Recent Trends in Photography', '8 Recent Trends in Photography', true],
  [titleAgrees, 'Fitness Trends 2025', '9 Fitness Trends to Keep An Eye On In 2025', false],
  // Author: half the name tokens shared; within ours: the whole truth name, in order.
  [authorAgrees, 'By Jane Doe', 'Jane Doe', true],
  [authorAgrees, 'Rui Ma', 'Rui Ma, Heba Ledwon, Manoel Cortes', false],
  [authorWithinOurs, 'Jane Doe and Ravi Patel', 'Jane Doe', true],
  [authorWithinOurs, 'Jane', 'Jane Doe', false],
  [authorWithinOurs, 'Janet Doe', 'Jane Doe', false],
  // Date: the calendar day as written, or any day of a month-only truth.
  [dateAgrees, '2025-05-14T19:30:03-07:00', '2025-05-14', true],
  [dateAgrees, '2025-05-14T19:30:03-07:00', '2025-05-15', false],
  [dateAgrees, '2025-05-14', '2025-05', true],
];

describe('how the bench decides agreement with the ground truth', () => {
  it.each(CASES)('%o: %s against %s is %s', (rule, ours, truth, agrees) => {
    expect(rule(ours, truth)).toBe(agrees);
  });
});
