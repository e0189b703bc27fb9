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

/**
 * Parse without running the page's scripts or fetching anything. Bytes, not a string, so jsdom
 * sniffs the charset from the page's own `<meta charset>` as a browser would.
 */
export function parsePage(bytes: Buffer, url: string): Document {
  const virtualConsole = new VirtualConsole(); // the page's CSS parse errors are not ours to print
  return new JSDOM(bytes, { url, virtualConsole }).window.document;
}

export function fileUrl(file: string): string {
  return file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href;
}
