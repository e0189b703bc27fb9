import { describe, expect, test } from 'vitest';
import { builtinRules } from '../../src/core/clutter/index.ts';
import { prePaintCss } from '../../src/settings/page-css.ts';

const plainBuiltin = builtinRules().filter((rule) => rule.selector.steps.length === 0 && rule.domains.length === 0 && !rule.exception);

describe('the pre-paint stylesheet of a matched site', () => {
  test('holds the built-in plain-selector rules (the fixture lists have some)', () => {
    expect(plainBuiltin.length).toBeGreaterThan(0);
    const css = prePaintCss('news.example', '', []);
    for (const rule of plainBuiltin) expect(css).toContain(`${rule.selector.css} { display: none !important; }`);
  });

  test('drops the categories the reader turned off, and only those', () => {
    const category = plainBuiltin[0]?.category;
    expect(category).toBeTruthy();
    const css = prePaintCss('news.example', '', [category!]);
    for (const rule of plainBuiltin) {
      const line = `${rule.selector.css} { display: none !important; }`;
      if (rule.category === category && !plainBuiltin.some((other) => other.category !== category && other.selector.css === rule.selector.css)) expect(css).not.toContain(line);
      if (rule.category !== category) expect(css).toContain(line);
    }
  });

  test('adds the reader’s plain rules for this host; procedural rules wait for the DOM', () => {
    const rules = '##.my-banner\nother.example##.elsewhere\nnews.example##.here-only\n##div:has-text(subscribe)\nnot a rule';
    const css = prePaintCss('news.example', rules, []);
    expect(css).toContain('.my-banner { display: none !important; }');
    expect(css).toContain('.here-only { display: none !important; }');
    expect(css).not.toContain('.elsewhere');
    expect(css).not.toContain('has-text');
  });
});
