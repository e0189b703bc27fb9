import { normalizeSpace } from './text.ts';

/** Tags whose edges separate words even when the markup has no space: "Top 10<br>Tips", "<p>Jane</p><p>Editor</p>". */
const BLOCK_TAGS = /^(BR|P|DIV|LI|H[1-6]|SECTION|HEADER|FOOTER|TD|TH|DT|DD|FIGCAPTION|BLOCKQUOTE|TIME)$/;
/** Utility classes that lay an inline element out as a block: Tailwind's `block`, `flex`, `grid`. */
const BLOCK_CLASS = /(?:^|\s)(?:block|flex|grid)(?:\s|$)/;
const SKIPPED_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON)$/;

/**
 * Text of a small element with word breaks where its layout has them. `textContent` glues
 * "Jane Doe" and "Published" together when they sit in adjacent elements.
 * `markGlue`: where two elements' texts touch with no space at all, and at every block edge, put " | "
 * between them, so a name and what is printed after it stay apart ("Jane Doe | Senior Reporter",
 * "Nicole Burke | Gardenary Planting vs. …" when the next heading follows the byline).
 */
export function spacedText(element: Element, markGlue = false, maxLength = 400): string {
  let out = '';
  let crossedEdge = false;
  const edge = (block: boolean): void => {
    if (block) out += markGlue && /\S$/.test(out) ? ' | ' : ' ';
    else crossedEdge = true;
  };
  const walk = (node: Node): void => {
    if (out.length > maxLength) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      // A list's comma between two names' elements joins them: "Jane Doe</a>, <a>Li Wei".
      if (markGlue && crossedEdge && /[^\s,;&]$/.test(out) && /^[^\s,;&]/.test(value)) out += ' | ';
      if (value) crossedEdge = false;
      out += value;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.test(tag)) return;
    const block = BLOCK_TAGS.test(tag) || BLOCK_CLASS.test((node as Element).getAttribute('class') ?? '');
    edge(block);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    edge(block);
  };
  walk(element);
  return normalizeSpace(out);
}

/** Lower-case letters and digits, single-spaced: how names and titles are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * " | Site", " - Site", " — Site", " :: Site", " · Site", " » Site": how titles carry the site name.
 * Guillemets separate only between spaces: touching a word, they quote it ("«Посмотри на красотку»").
 */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/\\~]{1,2}\s+|\s*[|·•]\s*/g;

/** "Go ahead, self-host Postgres | Pierce Freeman" → its parts, split where titles separate the site's name. */
export function titleSegments(title: string): string[] {
  return title.split(TITLE_SEPARATOR);
}

const NOT_PRINTED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/;
/** NodeFilter.SHOW_TEXT, spelled out: `NodeFilter` is not a global in every runtime. */
const TEXT_ONLY = 4;

/** The text nodes under `root` that a reader sees printed, in page order (not scripts, styles or templates). */
export function* printedTextNodes(root: Element): Generator<Text & { parentElement: Element }> {
  const walker = root.ownerDocument.createTreeWalker(root, TEXT_ONLY);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && !NOT_PRINTED.test(node.parentElement.tagName)) yield node as Text & { parentElement: Element };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1. */
const WINDOWS_1252_BYTES = new Map(
  Array.from('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ', (char, i) => [char, 0x80 + i] as const),
);
/** A UTF-8 lead byte read as a single-byte character, then a continuation byte: "Ã©" for "é", "â€™" for "’". */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;

/**
 * "A DIY Investorâ\u0080\u0099s Guide" → "A DIY Investor’s Guide": some sites encode their UTF-8 text
 * twice, and every browser shows the result. When the whole text reads back as UTF-8 from the bytes
 * its characters stand for, that reading is the one the writer typed; otherwise the text is left as it is.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : WINDOWS_1252_BYTES.get(char);
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return text;
  }
}
