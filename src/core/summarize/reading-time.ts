/**
 * Reading time from characters per minute, per language: words differ in length between languages far
 * more than reading speed in characters does. Rates are the IReST study's adult silent-reading means
 * (Trauzettel-Klosinski & Dietz, 2012). Chinese and Japanese characters are counted one by one.
 */

const CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 612,
  de: 920,
  en: 987,
  es: 1025,
  fi: 1078,
  fr: 998,
  he: 833,
  it: 950,
  ja: 357,
  nl: 978,
  pl: 916,
  pt: 913,
  ru: 986,
  sl: 885,
  sv: 917,
  tr: 1054,
  zh: 255,
};
const DEFAULT_CHARACTERS_PER_MINUTE = CHARACTERS_PER_MINUTE.en!;

/** Han and kana: one character is about one word, read at the Chinese or Japanese rate. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const OTHER_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const VISIBLE_CHARACTER = /\S/gu;

function countMatches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** Words, with each Chinese or Japanese character counted as one. */
export function countWordsInAnyScript(text: string): number {
  const cjk = countMatches(text, CJK_CHARACTER);
  return cjk + countMatches(text.replace(CJK_CHARACTER, ' '), OTHER_WORD);
}

export function readingMinutes(text: string, lang: string): number {
  const cjk = countMatches(text, CJK_CHARACTER);
  const other = countMatches(text.replace(CJK_CHARACTER, ''), VISIBLE_CHARACTER);
  const cjkRate = lang === 'ja' ? CHARACTERS_PER_MINUTE.ja! : CHARACTERS_PER_MINUTE.zh!;
  const otherRate = CHARACTERS_PER_MINUTE[lang] ?? DEFAULT_CHARACTERS_PER_MINUTE;
  const minutes = cjk / cjkRate + other / otherRate;
  return Math.max(1, Math.round(minutes));
}
