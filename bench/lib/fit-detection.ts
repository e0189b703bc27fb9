import type { DetectionFeatures } from '../../src/core/detect/features.ts';

/**
 * L2-regularised logistic regression by full-batch gradient descent: small enough to read, and the
 * detection model has two dozen features, so nothing faster is needed.
 */
export function fitLogistic(rows: { features: DetectionFeatures; label: boolean }[], l2 = 0.003, steps = 8000, rate = 1) {
  const names = Object.keys(rows[0]?.features ?? {}) as (keyof DetectionFeatures)[];
  const x = rows.map((r) => names.map((n) => r.features[n]));
  const y = rows.map((r) => (r.label ? 1 : 0));
  const w = names.map(() => 0);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = names.map(() => 0);
    let gradBias = 0;
    x.forEach((xi, i) => {
      const z = bias + xi.reduce((s, v, j) => s + v * (w[j] ?? 0), 0);
      const error = 1 / (1 + Math.exp(-z)) - (y[i] ?? 0);
      gradBias += error;
      xi.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + error * v));
    });
    bias -= (rate * gradBias) / x.length;
    w.forEach((wj, j) => (w[j] = wj - rate * ((grad[j] ?? 0) / x.length + l2 * wj)));
  }
  return { bias, weights: Object.fromEntries(names.map((n, j) => [n, Math.round((w[j] ?? 0) * 100) / 100])) as Record<keyof DetectionFeatures, number> };
}

export function weightsSource(fit: ReturnType<typeof fitLogistic>): string {
  const lines = Object.entries(fit.weights).map(([name, weight]) => `  ${name}: ${weight},`);
  return `export const DETECTION_BIAS = ${Math.round(fit.bias * 100) / 100};\nexport const DETECTION_WEIGHTS: Record<keyof DetectionFeatures, number> = {\n${lines.join('\n')}\n};\n`;
}
