/**
 * Sentence splitting: Intl.Segmenter, then two repairs it cannot make itself. It breaks after any
 * "word." before a capital, so segments ending in an abbreviation are joined back to their sentence; and
 * flattened pages lose the full stop after a photo caption, so a caption running into the next sentence
 * is cut before a capitalised sentence opener that a lower-case word follows ("...driving The brother of").
 */
import { DOTTED_ABBREVIATION, SENTENCE_DATA, type LanguageSentenceData } from './sentence-data.ts';

const NO_DATA: LanguageSentenceData = { abbreviations: [], starters: [] };

interface PreparedData {
  data: LanguageSentenceData;
  abbreviations: Set<string>;
  starters: Set<string>;
  runOn: RegExp | null;
}

const prepared = new Map<string, PreparedData>();
const segmenters = new Map<string, Intl.Segmenter>();

/** "en-GB" → "en"; unknown or missing → "en" for the segmenter, no abbreviation data. */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'en';
}

/**
 * Where a sentence lost its full stop: an opener with a capital mid-sentence, before a lower-case word.
 * "driving The brother", "(pictured) A taxi driver", "Liverpool The amount"; titles and names go on with
 * a capital ("by The Times") and are left alone. A one-letter opener must follow a lower-case word, since
 * after a capitalised one it is a label: "Part A benefits", "Plan A is".
 */
function runOnPattern(data: LanguageSentenceData): RegExp | null {
  const openers = data.runOnOpeners ?? [];
  if (openers.length === 0) return null;
  const notBefore = data.runOnNotBefore?.length ? `(?!(?:${data.runOnNotBefore.join('|')})\\b)` : '';
  const after = (words: readonly string[]): string => `(?=(?:${words.join('|')}) ${notBefore}\\p{Ll}{2,})`;
  const words = openers.filter((opener) => opener.length > 1);
  const letters = openers.filter((opener) => opener.length === 1);
  const alternatives = [`(?<=[\\p{L}\\p{N})’”"])\\s+${after(words)}`];
  if (letters.length > 0) alternatives.push(`(?<=(?:\\s\\p{Ll}[\\p{Ll}'’-]*|[)’”"]))\\s+${after(letters)}`);
  return new RegExp(alternatives.join('|'), 'gu');
}

function prepare(lang: string): PreparedData {
  let entry = prepared.get(lang);
  if (!entry) {
    const data = SENTENCE_DATA[lang] ?? NO_DATA;
    entry = {
      data,
      abbreviations: new Set(data.abbreviations.map((a) => a.toLowerCase())),
      starters: new Set(data.starters),
      runOn: runOnPattern(data),
    };
    prepared.set(lang, entry);
  }
  return entry;
}

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** The last word of a segment, without brackets or quotes before it. */
function lastToken(segment: string): string {
  const match = /(\S+)$/.exec(segment);
  return match ? match[1]!.replace(/^[("'“‘«„[]+/u, '') : '';
}

function firstWord(segment: string): string {
  const match = /^[\s"'“‘«„([]*([\p{L}\p{N}]+)/u.exec(segment);
  return match ? match[1]! : '';
}

/** Does `segment` end in an abbreviation rather than a sentence, given what follows? */
function endsInAbbreviation(segment: string, next: string, lang: PreparedData): boolean {
  const token = lastToken(segment.trimEnd());
  if (!token.endsWith('.') || token.endsWith('..')) return false;
  const word = token.slice(0, -1);
  const known =
    lang.abbreviations.has(word.toLowerCase()) ||
    DOTTED_ABBREVIATION.test(token) ||
    (lang.data.ordinalDot === true && /^\d{1,3}$/.test(word));
  return known && !lang.starters.has(firstWord(next));
}

function splitRunOns(sentence: string, lang: PreparedData): string[] {
  if (!lang.runOn) return [sentence];
  return sentence.split(lang.runOn);
}

/** Whole sentences of one paragraph, trimmed, in order. */
export function splitSentences(paragraph: string, lang: string | null | undefined): string[] {
  const base = baseLanguage(lang);
  const data = prepare(base);
  const segments = Array.from(segmenter(base).segment(paragraph), ({ segment }) => segment);
  const joined: string[] = [];
  let current = '';
  for (let i = 0; i < segments.length; i++) {
    current += segments[i];
    const next = segments[i + 1];
    if (next !== undefined && endsInAbbreviation(current, next, data)) continue;
    joined.push(current);
    current = '';
  }
  if (current) joined.push(current);
  return joined
    .flatMap((sentence) => splitRunOns(sentence, data))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
