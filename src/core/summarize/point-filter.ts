/** Whether a sentence can stand alone as a key point: complete, readable, and not page furniture. */
import {
  BYLINE_CONNECTORS,
  CALL_TO_ACTION,
  CAPTION_LABEL,
  ENTRY_TIMESTAMP,
  METADATA_LINE,
  PHOTO_CREDIT,
  SPEECH_VERBS,
  TEASER,
} from './boilerplate-patterns.ts';

/** Three words or fewer rarely make a point on their own ("Forget learning ABCs."). */
const MIN_POINT_WORDS = 4;
/** Longer "sentences" are run-ons from flattened text, not readable points. */
const MAX_POINT_WORDS = 70;
/** A teaser ("Here's what we know.") points at the text; a longer sentence that opens the same way informs. */
const MAX_TEASER_WORDS = 8;
/** Scripts without spaces between words are measured in characters. */
const MIN_POINT_CJK_CHARS = 12;

const STARTS_LIKE_SENTENCE = /^["'“‘«„¿¡(]?[\p{Lu}\p{N}]/u;
/** A sentence wholly in brackets is an aside to the text around it. */
const BRACKETED_ASIDE = /^\(.*\)[.!]?$/su;
/** A statement ends in a full stop or an exclamation, maybe inside quotes; a question is a teaser. */
const ENDS_LIKE_STATEMENT = /[.!…。！](?:["'”’»)\]]*)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Names and headings only, no lower-case word but "and", "von"...: "Anna Edwards and Tom Smith.";
 * this covers bylines too ("By Jane Doe and John Roe, BBC News").
 */
function isNameList(sentence: string): boolean {
  const words = sentence.match(WORD) ?? [];
  return /\p{Lu}/u.test(sentence) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || BYLINE_CONNECTORS.has(w));
}

function isLabelledCaption(sentence: string): boolean {
  const match = CAPTION_LABEL.exec(sentence);
  if (!match) return false;
  const lastLabelWord = sentence.slice(0, match[0].indexOf(':')).split(' ').at(-1)!.toLowerCase();
  return !SPEECH_VERBS.has(lastLabelWord);
}

/** Quotes left open mean the sentence is one piece of a longer quotation. */
function hasUnbalancedQuotes(sentence: string): boolean {
  const count = (pattern: RegExp): number => (sentence.match(pattern) ?? []).length;
  // Curly double quotes pair up in every style: “…”, „…“, ”…”.
  return count(/[“”„]/g) % 2 === 1 || count(/«/g) !== count(/»/g) || count(/"/g) % 2 === 1;
}

function isFurniture(sentence: string): boolean {
  return (
    METADATA_LINE.test(sentence) ||
    PHOTO_CREDIT.test(sentence) ||
    CALL_TO_ACTION.test(sentence) ||
    (TEASER.test(sentence) && (sentence.match(WORD) ?? []).length <= MAX_TEASER_WORDS) ||
    ENTRY_TIMESTAMP.test(sentence) ||
    isNameList(sentence) ||
    isLabelledCaption(sentence)
  );
}

export function isKeyPointCandidate(sentence: string): boolean {
  if (!STARTS_LIKE_SENTENCE.test(sentence) || !ENDS_LIKE_STATEMENT.test(sentence)) return false;
  const words = (sentence.match(WORD) ?? []).length;
  const cjk = (sentence.match(CJK) ?? []).length;
  const longEnough = words >= MIN_POINT_WORDS || cjk >= MIN_POINT_CJK_CHARS;
  if (!longEnough || words > MAX_POINT_WORDS) return false;
  return !hasUnbalancedQuotes(sentence) && !BRACKETED_ASIDE.test(sentence) && !isFurniture(sentence);
}
