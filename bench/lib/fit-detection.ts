import { articleProbability } from '../../src/core/detect.ts';
import type { DetectionFeatures } from '../../src/core/detect/features.ts';

export interface DetectionRow {
  features: DetectionFeatures;
  label: boolean;
  /** WCXB page type, for per-type error rates. */
  pageType: string;
  /** The site (host name): cross-validation keeps a site's pages in one fold, so no fold is scored on a site it trained on. */
  site: string;
}

export interface LogisticFit {
  bias: number;
  weights: Record<keyof DetectionFeatures, number>;
}

/**
 * L2-regularised logistic regression (mean log-loss + l2/2 · |w|², bias unpenalised) by Newton's
 * method: a few dozen features make the Hessian tiny, so it converges exactly in a dozen steps.
 */
export function fitLogistic(rows: DetectionRow[], l2 = 0.0006, steps = 25): LogisticFit {
  const names = Object.keys(rows[0]?.features ?? {}) as (keyof DetectionFeatures)[];
  // Column 0 is the bias.
  const x = rows.map((r) => Float64Array.from([1, ...names.map((n) => r.features[n])]));
  const d = names.length + 1;
  const w = new Float64Array(d);
  for (let step = 0; step < steps; step++) {
    const grad = new Float64Array(d);
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    rows.forEach((row, i) => {
      const xi = x[i] as Float64Array;
      const p = 1 / (1 + Math.exp(-dot(w, xi)));
      const error = p - (row.label ? 1 : 0);
      const curvature = Math.max(1e-9, p * (1 - p));
      for (let a = 0; a < d; a++) {
        grad[a] = (grad[a] as number) + error * (xi[a] as number);
        const row_a = hessian[a] as Float64Array;
        for (let b = 0; b <= a; b++) row_a[b] = (row_a[b] as number) + curvature * (xi[a] as number) * (xi[b] as number);
      }
    });
    for (let a = 0; a < d; a++) {
      grad[a] = (grad[a] as number) / rows.length + (a ? l2 * (w[a] as number) : 0);
      const row_a = hessian[a] as Float64Array;
      for (let b = 0; b <= a; b++) {
        row_a[b] = (row_a[b] as number) / rows.length + (a === b && a ? l2 : 0);
        (hessian[b] as Float64Array)[a] = row_a[b] as number;
      }
    }
    const delta = solve(hessian, grad);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a] = (w[a] as number) - (delta[a] as number);
      change = Math.max(change, Math.abs(delta[a] as number));
    }
    if (change < 1e-6) break;
  }
  return { bias: w[0] as number, weights: Object.fromEntries(names.map((n, j) => [n, Math.round((w[j + 1] as number) * 100) / 100])) as LogisticFit['weights'] };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Gaussian elimination with partial pivoting; the matrix is small and, with l2 > 0, well conditioned. */
function solve(matrix: Float64Array[], vector: Float64Array): number[] {
  const n = vector.length;
  const m = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  const at = (r: number, c: number): number => m[r]?.[c] ?? 0;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(at(r, col)) > Math.abs(at(pivot, col))) pivot = r;
    const top = m[pivot] ?? [];
    m[pivot] = m[col] ?? [];
    m[col] = top;
    const lead = at(col, col) || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] ?? [];
      const factor = at(r, col) / lead;
      if (factor) for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (top[c] ?? 0);
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = at(r, n);
    for (let c = r + 1; c < n; c++) sum -= at(r, c) * (out[c] ?? 0);
    out[r] = sum / (at(r, r) || 1e-12);
  }
  return out;
}

export function probability(fit: LogisticFit, features: DetectionFeatures): number {
  return articleProbability(features, fit.weights, fit.bias);
}

export interface DetectionScores {
  precision: number;
  recall: number;
  accuracy: number;
  /** Per non-article page type: share wrongly called an article. */
  falsePositiveRate: Record<string, number>;
}

export function scoreDetection(rows: DetectionRow[], predicted: boolean[]): DetectionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType = new Map<string, [number, number]>();
  rows.forEach((row, i) => {
    const yes = predicted[i] ?? false;
    if (row.label && yes) tp++;
    if (!row.label && yes) fp++;
    if (row.label && !yes) fn++;
    if (!row.label) {
      const [wrong, all] = byType.get(row.pageType) ?? [0, 0];
      byType.set(row.pageType, [wrong + (yes ? 1 : 0), all + 1]);
    }
  });
  const correct = rows.length - fp - fn;
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    accuracy: correct / Math.max(1, rows.length),
    falsePositiveRate: Object.fromEntries([...byType].sort().map(([type, [wrong, all]]) => [type, wrong / all])),
  };
}

/**
 * k-fold cross-validation, pooled: every page is scored by a model that saw neither it nor any page
 * of its site. Folds are assigned by a hash of the site, which spreads page types evenly enough.
 */
export function crossValidate<M>(rows: DetectionRow[], fit: (train: DetectionRow[]) => M, score: (model: M, features: DetectionFeatures) => number, k = 5): DetectionScores {
  const folds = rows.map((row) => foldOf(row.site, k));
  const predicted: boolean[] = new Array(rows.length);
  for (let fold = 0; fold < k; fold++) {
    const model = fit(rows.filter((_, i) => folds[i] !== fold));
    rows.forEach((row, i) => {
      if (folds[i] === fold) predicted[i] = score(model, row.features) >= 0.5;
    });
  }
  return scoreDetection(rows, predicted);
}

/** FNV-1a of the site name, mod k: stable across runs and machines. */
function foldOf(site: string, k: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) hash = Math.imul(hash ^ site.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % k;
}

export function formatScores(label: string, s: DetectionScores): string {
  const fpr = Object.entries(s.falsePositiveRate).map(([type, rate]) => `${type} ${rate.toFixed(3)}`).join(', ');
  return `${label}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, accuracy ${s.accuracy.toFixed(3)}; false positives by type: ${fpr}\n`;
}

export function weightsSource(fit: LogisticFit): string {
  const lines = Object.entries(fit.weights).map(([name, weight]) => `  ${name}: ${weight},`);
  return `export const DETECTION_BIAS = ${Math.round(fit.bias * 100) / 100};\nexport const DETECTION_WEIGHTS: Record<keyof DetectionFeatures, number> = {\n${lines.join('\n')}\n};\n`;
}
