import type { Detection } from './types.ts';
import { detectionFeatures, type DetectionFeatures } from './detect/features.ts';
import { DETECTION_BIAS, DETECTION_WEIGHTS } from './detect/weights.ts';

/**
 * One story, or a page of another kind (product, service, forum, docs, listing, collection)?
 * A logistic model over structured data, URL shape, page shape (one walk over the body, menus and
 * footers left out), the headline's surroundings and phrasing, sections of prose, and the voice of the
 * prose: its output is a probability, so 0.5 is the threshold and the number means what it says.
 * Signals are the features that moved it most.
 */
export function detectArticle(doc: Document, url: string): Detection {
  const features = detectionFeatures(doc, url);
  const confidence = articleProbability(features);
  const signals = (Object.entries(DETECTION_WEIGHTS) as [keyof DetectionFeatures, number][])
    .map(([name, weight]): [keyof DetectionFeatures, number] => [name, weight * features[name]])
    .filter(([, contribution]) => Math.abs(contribution) >= 0.1)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([name, contribution]) => `${contribution > 0 ? '+' : '−'}${name} ${features[name].toFixed(2)}`);
  return { isArticle: confidence >= 0.5, confidence: Math.round(confidence * 1000) / 1000, signals };
}

/** The model itself: the weighted features through a sigmoid. The bench fits weights with the same function. */
export function articleProbability(features: DetectionFeatures, weights = DETECTION_WEIGHTS, bias = DETECTION_BIAS): number {
  let score = bias;
  for (const [name, weight] of Object.entries(weights) as [keyof DetectionFeatures, number][]) score += weight * features[name];
  return 1 / (1 + Math.exp(-score));
}
