import { describe, expect, it } from 'vitest';
import { authorAgrees, authorWithinOurs, dateAgrees, titleAgrees, titleSameText } from '../../bench/lib/agreement.ts';

describe('how the bench decides agreement with the ground truth', () => {
  it('title: folded words, with a little extra allowed; same text: letters and punctuation as written', () => {
    expect(titleAgrees('The Beginner’s Guide to SEO', "The Beginner's Guide to SEO")).toBe(true);
    expect(titleSameText('The Beginner’s Guide to SEO', "The Beginner's Guide to SEO")).toBe(false);
    expect(titleSameText(' The  Guide to SEO ', 'The Guide to SEO')).toBe(true);
    expect(titleAgrees('Recent Trends in Photography', '8 Recent Trends in Photography')).toBe(true);
    expect(titleAgrees('Fitness Trends 2025', '9 Fitness Trends to Keep An Eye On In 2025')).toBe(false);
  });

  it('author: half the name tokens shared; within ours: the whole truth name, in order', () => {
    expect(authorAgrees('By Jane Doe', 'Jane Doe')).toBe(true);
    expect(authorAgrees('Rui Ma', 'Rui Ma, Heba Ledwon, Manoel Cortes')).toBe(false);
    expect(authorWithinOurs('Jane Doe and Ravi Patel', 'Jane Doe')).toBe(true);
    expect(authorWithinOurs('Jane', 'Jane Doe')).toBe(false);
    expect(authorWithinOurs('Janet Doe', 'Jane Doe')).toBe(false);
  });

  it('date: the calendar day as written, or any day of a month-only truth', () => {
    expect(dateAgrees('2025-05-14T19:30:03-07:00', '2025-05-14')).toBe(true);
    expect(dateAgrees('2025-05-14T19:30:03-07:00', '2025-05-15')).toBe(false);
    expect(dateAgrees('2025-05-14', '2025-05')).toBe(true);
  });
});
