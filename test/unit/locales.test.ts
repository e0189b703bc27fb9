import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const root = resolve(import.meta.dirname, '../../src/_locales');
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8'));
const en = load('en');
const placeholdersUsed = (message: string) => Array.from(message.matchAll(/\$([A-Z_]+)\$/g), (m) => m[1]!.toLowerCase()).sort();

describe.each(readdirSync(root))('_locales/%s', (lang) => {
  const messages = load(lang);

  test('has every string the English original has, and no stale ones', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  test('uses exactly the placeholders it declares', () => {
    for (const [key, { message, placeholders = {} }] of Object.entries(messages)) {
      expect(placeholdersUsed(message), key).toEqual(Object.keys(placeholders).sort());
    }
  });

  test('names every clutter category in a singular and a plural form', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      if (key.startsWith('category_')) expect(message.split('|'), key).toHaveLength(2);
    }
  });
});
