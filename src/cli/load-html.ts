import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Bytes of a saved page: `.gz` is unpacked; `-` is standard input. */
export function readPageBytes(file: string): Buffer {
  const raw = file === '-' ? readFileSync(0) : readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

const UNKNOWN_URL = 'https://unknown.invalid/';

/**
 * Parse without running the page's scripts or fetching anything. Saved pages are often UTF-8 while
 * still naming their original charset (windows-1251, euc-kr…), so valid UTF-8 is read as such;
 * anything else goes to jsdom as bytes, to be sniffed from the page's `<meta charset>` as a browser would.
 */
export function parsePage(bytes: Buffer, pageUrl: string): Document {
  const virtualConsole = new VirtualConsole(); // the page's CSS parse errors are not ours to print
  // Some saved pages come without their address; jsdom needs one, and an unknown page says nothing by it.
  const url = URL.canParse(pageUrl) ? pageUrl : UNKNOWN_URL;
  const source = decodeUtf8(bytes) ?? bytes;
  try {
    return new JSDOM(source, { url, virtualConsole }).window.document;
  } catch {
    // jsdom's stylesheet parser throws on some valid CSS; without <style> the page's text is the same.
    const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
    return new JSDOM(text.replace(/<style\b[\s\S]*?<\/style>/gi, ''), { url, virtualConsole }).window.document;
  }
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function fileUrl(file: string): string {
  return file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href;
}
