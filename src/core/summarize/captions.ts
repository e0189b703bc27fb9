/**
 * Caption texts from the article HTML. The plain text keeps figure captions as paragraphs, and a caption
 * can read like a sentence ("Rescuers search the rubble on Saturday."): it must still never be a key point.
 * Readability's output is well-formed, so patterns are enough and no DOM is needed here. Besides
 * <figcaption>, a text block opening an element whose id names an image ("ArticleBody-InlineImage-1") is
 * a caption: Readability keeps ids but drops the figure markup some sites never had.
 */
import { decodeEntities, normalizeSpace } from '../text.ts';

const CAPTION_ELEMENT = /<(figcaption|caption)\b[^>]*>([\s\S]*?)<\/\1>/gi;
/** An element whose id names a picture, then its first text, skipping tags but not leaving a container. */
const IMAGE_CONTAINER_TEXT =
  /<\w+\b[^>]*\bid="[^"]*(?:caption|image|photo|picture|figure)[^"]*"[^>]*>((?:\s*<(?!\/(?:div|figure|section|aside|article)\b)[^>]*>)*)([^<]+)/gi;
/** A caption is short; a longer block under such an id is article text. */
const MAX_CAPTION_CHARS = 400;
const plain = (html: string): string => normalizeSpace(decodeEntities(html.replace(/<[^>]*>/g, ' ')));

export function captionTexts(html: string | undefined): string[] {
  if (!html) return [];
  const figureCaptions = Array.from(html.matchAll(CAPTION_ELEMENT), (match) => plain(match[2]!));
  const imageBlocks = Array.from(html.matchAll(IMAGE_CONTAINER_TEXT), (match) => plain(match[2]!)).filter(
    (text) => text.length <= MAX_CAPTION_CHARS,
  );
  return [...figureCaptions, ...imageBlocks].filter(Boolean);
}
