/** Takes datelines and ad-slot words off the front of a sentence, when a real sentence follows them. */
import { LEADING_DATELINES, LEADING_FURNITURE } from './boilerplate-patterns.ts';

/** A sentence starts with a capital, a digit or an opening quote before one. */
const SENTENCE_START = /^["'“‘«„]?[\p{Lu}\p{N}]/u;

export interface CleanSentence {
  text: string;
  /** A dateline opened the sentence: the story proper starts here. */
  hadDateline: boolean;
}

function stripPattern(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  if (!match || match[0].length === 0) return null;
  const rest = text.slice(match[0].length).trimStart();
  return SENTENCE_START.test(rest) ? rest : null;
}

export function cleanSentence(sentence: string): CleanSentence {
  let text = stripPattern(sentence, LEADING_FURNITURE) ?? sentence;
  let hadDateline = false;
  for (const pattern of LEADING_DATELINES) {
    const rest = stripPattern(text, pattern);
    if (rest !== null) {
      text = rest;
      hadDateline = true;
    }
  }
  return { text, hadDateline };
}

export function stripLeadingJunk(sentence: string): string {
  return cleanSentence(sentence).text;
}
