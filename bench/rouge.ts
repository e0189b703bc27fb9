/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 in the convention of Google's rouge-score package (the one
 * summarization papers report): lowercase, any run outside [a-z0-9] separates tokens, tokens longer than
 * three characters are Porter-stemmed, Lsum is the union-LCS over newline-separated sentences.
 */
import { porterStem } from './porter.ts';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? porterStem(token) : token));
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): number {
  const ref = countNgrams(reference, n);
  const cand = countNgrams(candidate, n);
  let overlap = 0;
  for (const [gram, count] of ref) overlap += Math.min(count, cand.get(gram) ?? 0);
  const refTotal = Math.max(1, reference.length - n + 1);
  const candTotal = Math.max(1, candidate.length - n + 1);
  return fmeasure(overlap / candTotal, overlap / refTotal);
}

/** Indices into `ref` of one LCS with `cand`, backtracked the way rouge-score does (ties go up). */
function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1] ? table[(i - 1) * cols + j - 1]! + 1 : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const indices: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return indices.reverse();
}

/** Summary-level LCS: each reference sentence's union-LCS hits, each token counted at most as often as it occurs. */
export function rougeLsum(reference: readonly string[][], candidate: readonly string[][]): number {
  const refLength = reference.reduce((sum, s) => sum + s.length, 0);
  const candLength = candidate.reduce((sum, s) => sum + s.length, 0);
  if (refLength === 0 || candLength === 0) return 0;
  const tally = (sentences: readonly string[][]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const sentence of sentences) for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const refLeft = tally(reference);
  const candLeft = tally(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const index of lcsIndices(sentence, c)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = sentence[index]!;
      if ((refLeft.get(token) ?? 0) > 0 && (candLeft.get(token) ?? 0) > 0) {
        hits++;
        refLeft.set(token, refLeft.get(token)! - 1);
        candLeft.set(token, candLeft.get(token)! - 1);
      }
    }
  }
  return fmeasure(hits / candLength, hits / refLength);
}

/** Scores a candidate against a reference; sentences are the lines of each. */
export function scoreRouge(reference: string, candidate: string): RougeScores {
  const sentences = (text: string): string[][] => text.split('\n').map(tokenize).filter((s) => s.length > 0);
  const refTokens = tokenize(reference);
  const candTokens = tokenize(candidate);
  return {
    rouge1: rougeN(refTokens, candTokens, 1),
    rouge2: rougeN(refTokens, candTokens, 2),
    rougeLsum: rougeLsum(sentences(reference), sentences(candidate)),
  };
}
