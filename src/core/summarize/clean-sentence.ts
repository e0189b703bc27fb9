/** Takes datelines and ad-slot words off the front of a sentence, when a real sentence follows them. */
import { LEADING_DATELINES, LEADING_FURNITURE } from './boilerplate-patterns.ts';

/** A sentence starts with a capital, a digit or an opening quote before one. */
const SENTENCE_START = /^["'“‘«„]?[\p{Lu}\p{N}]/u;

export function stripLeadingJunk(sentence: string): string {
  let text = sentence;
  for (const pattern of [LEADING_FURNITURE, ...LEADING_DATELINES]) {
    const match = pattern.exec(text);
    if (!match || match[0].length === 0) continue;
    const rest = text.slice(match[0].length).trimStart();
    if (SENTENCE_START.test(rest)) text = rest;
  }
  return text;
}
