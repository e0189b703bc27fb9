/** The article as sentences, each cleaned and marked with whether it may be a key point. */
import { splitSentences } from '../sentences.ts';
import { normalizeSpace } from '../text.ts';
import { cleanSentence } from './clean-sentence.ts';
import { isKeyPointCandidate } from './point-filter.ts';

export interface SentenceUnit {
  text: string;
  /** Order in the article, from 0. */
  index: number;
  /** Complete, readable, not furniture nor a caption. */
  eligible: boolean;
  /** Opened by a dateline, which marks where the story proper begins. */
  hadDateline: boolean;
}

export function sentenceUnits(paragraphs: readonly string[], lang: string, captions: readonly string[]): SentenceUnit[] {
  const captionText = captions.map(normalizeSpace);
  const isCaption = (sentence: string): boolean => captionText.some((caption) => caption.includes(sentence));
  const units: SentenceUnit[] = [];
  for (const paragraph of paragraphs) {
    for (const raw of splitSentences(paragraph, lang)) {
      const cleaned = cleanSentence(raw);
      const text = normalizeSpace(cleaned.text);
      const eligible = isKeyPointCandidate(text) && !isCaption(raw);
      units.push({ text, index: units.length, eligible, hadDateline: cleaned.hadDateline });
    }
  }
  return units;
}
