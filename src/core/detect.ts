import type { Detection } from './types.ts';
import { detectionFeatures, type DetectionFeatures } from './detect/features.ts';
import { DETECTION_BIAS, DETECTION_WEIGHTS } from './detect/weights.ts';

/**
 * One story, or a page of another kind (product, service, forum, docs, listing, collection)?
 * A logistic model over structured data, URL shape, page shape (one walk over the body), the
 * headline's surroundings and the voice of the prose: its output is a probability, so 0.5 is the
 * threshold and the number means what it says. Signals are the features that moved it most.
 */
export function detectArticle(doc: Document, url: string): Detection {
  const features = detectionFeatures(doc, url);
  let score = DETECTION_BIAS;
  const contributions: [string, number][] = [];
  for (const [name, weight] of Object.entries(DETECTION_WEIGHTS) as [keyof DetectionFeatures, number][]) {
    const contribution = weight * features[name];
    score += contribution;
    if (Math.abs(contribution) >= 0.1) contributions.push([name, contribution]);
  }
  const confidence = 1 / (1 + Math.exp(-score));
  const signals = contributions
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([name, contribution]) => `${contribution > 0 ? '+' : '−'}${name} ${features[name as keyof DetectionFeatures].toFixed(2)}`);
  return { isArticle: confidence >= 0.5, confidence: Math.round(confidence * 1000) / 1000, signals };
}
