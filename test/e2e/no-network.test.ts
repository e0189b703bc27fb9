import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './harness.ts';

/** Every way a script can talk to a server. None belongs in Clearpage. */
const NETWORK_APIS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts/;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

describe('the built extension has no network of its own', () => {
  const files = scripts(join(ROOT, 'dist/chrome-test'));

  test('the build has scripts to check', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  test.each(files.map((file) => [file.slice(ROOT.length + 1), file]))('%s calls no network API', (_name, file) => {
    expect(readFileSync(file, 'utf8').match(NETWORK_APIS)?.[0] ?? null).toBeNull();
  });
});
