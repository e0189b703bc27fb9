import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer, ID_PREFIX } from '../../src/reader/sanitize.ts';
import { extractArticle } from '../../src/core/extract.ts';
import { resolveArticleMedia } from '../../src/reader/article-media.ts';

const HOSTILE = readFileSync(new URL('../fixtures/hostile/article.html', import.meta.url), 'utf8').replaceAll('__ORIGIN__', 'https://evil.example');
const window = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://abc/src/reader/index.html' }).window;
const sanitize = createSanitizer(window as unknown as Window);

function render(html: string): HTMLElement {
  const holder = window.document.createElement('div');
  holder.append(sanitize(html));
  return holder;
}

function unsanitized(html: string): HTMLElement {
  const holder = window.document.createElement('div');
  holder.innerHTML = html;
  return holder;
}

/** Everything that could run, load a document, or restyle the view. */
function dangers(root: Element): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (/^(script|iframe|frame|object|embed|svg|math|style|link|meta|base|form|button|input|template|noscript)$/i.test(element.localName)) found.push(element.localName);
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name) || ['style', 'srcdoc', 'formaction', 'action'].includes(name)) found.push(`${element.localName}[${name}]`);
      if (['href', 'src', 'poster', 'xlink:href'].includes(name) && !/^(https?:|mailto:|tel:|#|data:image\/)/i.test(value.trim())) found.push(`${element.localName}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return found;
}

describe('the reader sanitizer', () => {
  it('leaves nothing of the hostile page that could run or render outside the text', () => {
    const body = new JSDOM(HOSTILE).window.document.body.innerHTML;
    const out = render(body);
    expect(dangers(out)).toEqual([]);
    expect(out.textContent).toContain('The vote passed by nine to four');
    expect(out.textContent).toContain('the council’s report');
  });

  it('neutralises the classic payloads one by one', () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href="  JaVaScRiPt:alert(1)">b</a>',
      '<a href="vbscript:msgbox(1)">c</a>',
      '<a href="data:text/html,<script>alert(1)</script>">d</a>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<svg onload=alert(1)><circle r=5 /></svg>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<div style="width: expression(alert(1))">css</div>',
      '<style>body{background:url(javascript:alert(1))}</style>',
      '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
      '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">',
      '<details open ontoggle=alert(1)><summary>s</summary></details>',
      '<video poster="javascript:alert(1)" onloadstart=alert(1) src="https://x.example/v.mp4"></video>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<template><img src=x onerror=alert(1)></template>',
      '<a href="https://ok.example/" ping="https://tracker.example/">ok</a>',
    ];
    for (const payload of payloads) {
      expect(dangers(render(payload)), payload).toEqual([]);
      // The check itself sees each payload when it is not sanitized (the last one is a harmless link).
      if (payload !== payloads.at(-1)) expect(dangers(unsanitized(payload)).length, payload).toBeGreaterThan(0);
    }
  });

  it('opens outside links in a new tab without a referrer or an opener', () => {
    const out = render('<p><a href="https://news.example/a" target="_self">a</a> <a href="mailto:x@example.com">mail</a></p>');
    const [web, mail] = Array.from(out.querySelectorAll('a'));
    expect(web?.getAttribute('target')).toBe('_blank');
    expect(web?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mail?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps jumps within the article working, with ids that cannot collide with the view', () => {
    const out = render('<p><a href="#notes">notes</a></p><h2 id="notes">Notes</h2><img name="body" src="https://x.example/a.jpg">');
    expect(out.querySelector('a')?.getAttribute('href')).toBe(`#${ID_PREFIX}notes`);
    expect(out.querySelector('a')?.hasAttribute('target')).toBe(false);
    expect(out.querySelector('h2')?.id).toBe(`${ID_PREFIX}notes`);
    expect(out.querySelector('img')?.getAttribute('name')).toBe(`${ID_PREFIX}body`);
  });

  it('keeps the article’s structure: figures, captions, tables, lists, quotes, code, pictures', () => {
    const html = `<figure><picture><source srcset="https://x.example/a.webp 1x" type="image/webp"><img src="https://x.example/a.jpg" alt="A"></picture><figcaption>Cap</figcaption></figure>
      <table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table><ul><li>i</li></ul><ol><li>j</li></ol>
      <blockquote><p>q</p></blockquote><pre><code>c</code></pre><img src="https://x.example/b.jpg">`;
    const out = render(html);
    for (const selector of ['figure picture source[srcset]', 'figure img[alt="A"]', 'figcaption', 'table thead th', 'ul li', 'ol li', 'blockquote p', 'pre code']) {
      expect(out.querySelector(selector), selector).not.toBeNull();
    }
    // An image without alt text is marked decorative rather than left unnamed.
    expect(out.querySelector('img[src$="b.jpg"]')?.getAttribute('alt')).toBe('');
  });

  it('sanitizes what the extractor hands over from the hostile page, end to end', () => {
    const url = 'https://news.example/2025/bridge.html';
    const page = new JSDOM(HOSTILE, { url }).window.document;
    const article = extractArticle(page, url);
    expect(article).not.toBeNull();
    const out = render(resolveArticleMedia(article!.html, url, page));
    expect(dangers(out)).toEqual([]);
    expect(out.textContent).toContain('Several shop owners on the harbour front');
  });
});
