import { describe, expect, it } from 'vitest';
import { porterStem } from '../../bench/porter.ts';
import { rougeLsum, scoreRouge, tokenize } from '../../bench/rouge.ts';

describe('porterStem', () => {
  // Expected stems are NLTK 3.8's PorterStemmer() output for these words.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['generously', 'gener'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['hopping', 'hop'],
    ['happy', 'happi'],
    ['dying', 'die'],
    ['news', 'news'],
    ['agreed', 'agre'],
    ['based', 'base'],
    ['flies', 'fli'],
    ['dies', 'die'],
    ['controlling', 'control'],
    ['electricity', 'electr'],
    ['hopeful', 'hope'],
    ['sensibility', 'sensibl'],
    ['geology', 'geolog'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('tokenize', () => {
  it('lowercases, splits on anything outside [a-z0-9], and stems only tokens longer than three characters', () => {
    expect(tokenize('U.S.-based runners (CNN) were RUNNING!')).toEqual(['u', 's', 'base', 'runner', 'cnn', 'were', 'run']);
    expect(tokenize('Jörg')).toEqual(['j', 'rg']);
  });
});

describe('scoreRouge', () => {
  it('scores a one-word change by hand', () => {
    // 5 of 6 unigrams, 3 of 5 bigrams, LCS "the cat on the mat" = 5 of 6.
    const scores = scoreRouge('the cat sat on the mat', 'the cat was on the mat');
    expect(scores.rouge1).toBeCloseTo(5 / 6, 10);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeLsum).toBeCloseTo(5 / 6, 10);
  });

  it('scores stemmed matches as matches', () => {
    expect(scoreRouge('running dogs', 'runs dog').rouge1).toBe(1);
  });

  it('gives 0 for an empty candidate', () => {
    expect(scoreRouge('the cat sat', '')).toEqual({ rouge1: 0, rouge2: 0, rougeLsum: 0 });
  });
});

describe('rougeLsum', () => {
  it('takes the union of LCS hits over candidate sentences', () => {
    // Reference "a b"; candidate lines "b x" and "a y": the union covers both reference words,
    // where one LCS over the joined text finds only one. P = 2/4, R = 2/2, F = 2/3.
    expect(rougeLsum([['a', 'b']], [['b', 'x'], ['a', 'y']])).toBeCloseTo(2 / 3, 10);
    expect(scoreRouge('a b', 'b x\na y').rougeLsum).toBeCloseTo(2 / 3, 10);
  });

  it('counts a repeated reference token no more often than the candidate has it', () => {
    // Both reference lines want "a"; the candidate has one "a", so only one hit: P = 1/1, R = 1/2.
    expect(rougeLsum([['a'], ['a']], [['a']])).toBeCloseTo(2 / 3, 10);
  });
});
