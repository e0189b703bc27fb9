/**
 * Caption texts from the article HTML. The plain text keeps figure captions as paragraphs, and a caption
 * can read like a sentence ("Rescuers search the rubble on Saturday."): it must still never be a key point.
 * Readability's output is well-formed, so a pattern over <figcaption> is enough; no DOM is needed here.
 */
import { normalizeSpace } from '../text.ts';

const CAPTION_ELEMENT = /<(figcaption|caption)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function captionTexts(html: string | undefined): string[] {
  if (!html) return [];
  return Array.from(html.matchAll(CAPTION_ELEMENT), (match) => normalizeSpace(decodeEntities(match[2]!.replace(/<[^>]*>/g, ' ')))).filter(
    Boolean,
  );
}
