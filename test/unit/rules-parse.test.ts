import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { builtinRules, cosmeticCss, findClutter, parseRules } from '../../src/core/clutter/index.ts';
import { compileSafeRegex } from '../../src/core/clutter/rules/safe-regex.ts';

describe('parseRules', () => {
  it('reads generic, domain, negated-domain and exception rules with their categories', () => {
    const { rules, errors } = parseRules(
      [
        '! a comment',
        '! category: paywall',
        '##.paywall-overlay',
        'a.com,b.org##.promo',
        '~c.net##.banner',
        '! category: newsletter-signup',
        'a.com#@#.promo',
        '##div:has-text(/sign up for our newsletter/i)',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.category, r.domains, r.excludedDomains, r.exception])).toEqual([
      [3, 'paywall', [], [], false],
      [4, 'paywall', ['a.com', 'b.org'], [], false],
      [5, 'paywall', [], ['c.net'], false],
      [7, 'newsletter-signup', ['a.com'], [], true],
      [8, 'newsletter-signup', [], [], false],
    ]);
    expect(rules[4]?.selector).toMatchObject({ css: 'div', steps: [{ op: 'has-text' }] });
  });

  it('reports each bad line with its number and reason, and still loads the good ones', () => {
    const { rules, errors } = parseRules(
      [
        '##.ok', // 1
        '||ads.example.com^', // 2 network filter
        '##div:xpath(//div)', // 3 unknown operator
        '##div:has-text(/(a+)+$/)', // 4 catastrophic regex
        '##div:has-text(/(x)\\1/)', // 5 backreference
        '! category: nonsense', // 6
        '##div { color: red }', // 7 CSS injection
        'example.com##+js(set-constant, a, 1)', // 8 scriptlet
        '##div:upward(0)', // 9
        '##div:has-text(x) > p', // 10 CSS after procedural
        '##p::before', // 11 pseudo-element
        '##div:matches-css(nope)', // 12
        'bad domain!##.x', // 13
        '##.ok2', // 14
      ].join('\n'),
    );
    expect(rules.map((r) => r.source)).toEqual(['.ok', '.ok2']);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const reason = (line: number): string => errors.find((e) => e.line === line)?.reason ?? '';
    expect(reason(2)).toMatch(/network filters/);
    expect(reason(3)).toMatch(/unknown operator :xpath/);
    expect(reason(4)).toMatch(/nested quantifier/);
    expect(reason(5)).toMatch(/backreference/);
    expect(reason(6)).toMatch(/unknown category "nonsense"/);
    expect(reason(8)).toMatch(/scriptlet/);
    expect(reason(10)).toMatch(/after a procedural operator/);
    expect(reason(11)).toMatch(/pseudo-element/);
  });

  it('parses every operator of the syntax', () => {
    const { rules, errors } = parseRules(
      [
        '##.card:has(> a.subscribe)',
        '##span:has-text(Subscribe):upward(2)',
        '##span:has-text(/abonnieren/i):upward(.box)',
        '##div:matches-css(position: fixed)',
        '##div:matches-css(z-index: /^\\d{4,}$/)',
        '##aside:not(:has-text(/story/i))',
        '##section:has(p:has-text(/donate/i))',
        '##div:not(.keep)',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rules.map((r) => r.selector.steps.map((s) => s.op))).toEqual([
      [],
      ['has-text', 'upward'],
      ['has-text', 'upward'],
      ['matches-css'],
      ['matches-css'],
      ['not'],
      ['has'],
      [],
    ]);
  });

  it('parses every built-in list without an error', () => {
    expect(builtinRules().length).toBeGreaterThan(20);
  });
});

describe('user regexes are bounded', () => {
  it.each([
    ['(a+)+b', /nested/],
    ['(a|aa)*', /nested/],
    ['(?<=x)y', /lookbehind/],
    ['\\k<name>', /backreference/],
    ['x'.repeat(300), /longer than/],
    ['a{1,5000}', /above 1000/],
    ['a.*b.*c.*d.*e.*', /unbounded quantifiers/],
  ])('rejects %s', (source, reason) => {
    const result = compileSafeRegex(source, 'i');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each(['subscribe (now )?to (continue|keep) reading', '^\\d{4,}$', '[ab]+c', '(\\d+)? comments'])('accepts %s', (source) => {
    expect(compileSafeRegex(source, 'i').ok).toBe(true);
  });

  it('rejects flags that make a regex stateful', () => {
    expect(compileSafeRegex('x', 'g').ok).toBe(false);
  });
});

describe('cosmeticCss', () => {
  const { rules } = parseRules(
    ['##.everywhere', 'a.com##.only-a', '~a.com##.not-on-a', '##div:has-text(x)', 'a.com#@#.everywhere', '! category: paywall', 'sub.b.org##.deep'].join('\n'),
  );

  it('hides plain selectors for the hostname, honouring domains, exclusions and exceptions', () => {
    expect(cosmeticCss(rules, 'www.a.com')).toBe('.only-a { display: none !important; }');
    expect(cosmeticCss(rules, 'x.org').split('\n')).toEqual(['.everywhere { display: none !important; }', '.not-on-a { display: none !important; }']);
    expect(cosmeticCss(rules, 'sub.b.org')).toContain('.deep');
    expect(cosmeticCss(rules, 'b.org')).not.toContain('.deep');
  });

  it('leaves procedural rules to the content script', () => {
    expect(cosmeticCss(rules, 'x.org')).not.toContain('has-text');
  });
});

describe('user rules in findClutter', () => {
  const html = `<body><article><h1>T</h1>${'<p>Story text that is long enough to be the main content of this page, sentence after sentence.</p>'.repeat(12)}</article>
    <div class="promo"><span>Special offer</span></div><div id="x1"><span class="k">Hello</span></div></body>`;

  it('applies user rules with their category and reason, and disabled categories are skipped', () => {
    const doc = new JSDOM(html, { url: 'https://news.example/a' }).window.document;
    const userRules = '! category: paywall\n##.promo\n##span:has-text(Hello):upward(1)';
    const hits = findClutter(doc, doc.URL, { userRules });
    expect(hits.map((h) => [h.element.className || h.element.id, h.category, h.reason])).toEqual([
      ['promo', 'paywall', 'rule: ##.promo'],
      ['x1', 'paywall', 'rule: ##span:has-text(Hello):upward(1)'],
    ]);
    expect(findClutter(doc, doc.URL, { userRules, disabledCategories: ['paywall'] })).toEqual([]);
  });

  it('never lets a rule hide the main content or an ancestor of it', () => {
    const doc = new JSDOM(html, { url: 'https://news.example/a' }).window.document;
    const hits = findClutter(doc, doc.URL, { userRules: '##article\n##body > *' });
    expect(hits.some((h) => h.element.tagName === 'ARTICLE' || h.element.contains(doc.querySelector('article')))).toBe(false);
  });

  it('stops a slow rule at its time budget instead of hanging', () => {
    const doc = new JSDOM(html, { url: 'https://news.example/a' }).window.document;
    let clock = 0;
    const hits = findClutter(doc, doc.URL, { userRules: '##span:has-text(Hello):upward(1)', now: () => (clock += 1000) });
    expect(hits).toEqual([]);
  });
});
