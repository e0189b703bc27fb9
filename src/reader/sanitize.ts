/**
 * The only door article HTML passes through into the reader: DOMPurify with an HTML-only profile
 * (no SVG or MathML), no styles, no embedded documents, no forms, only web and mail addresses.
 * Runs in the rendering context (the reader page) so nothing unsanitized is ever parsed live.
 */
import DOMPurify, { type Config } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'object', 'embed', 'noscript', 'template', 'dialog', 'slot'],
  // Styles are the reader's to choose; the rest can reach out, submit, or open things unasked.
  FORBID_ATTR: ['style', 'class', 'srcdoc', 'action', 'formaction', 'ping', 'target', 'download', 'background', 'autoplay', 'autofocus', 'tabindex', 'contenteditable'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
  ALLOW_DATA_ATTR: false,
  // ids and names get a prefix: article markup can neither clobber the page's globals nor collide with its ids.
  SANITIZE_NAMED_PROPS: true,
};
export const ID_PREFIX = 'user-content-';

export type Sanitize = (html: string) => DocumentFragment;

export function createSanitizer(view: Window): Sanitize {
  const purify = DOMPurify(view as Window & typeof globalThis);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') fixLink(node as Element);
    if (node.nodeName === 'IMG') fixImage(node as Element);
  });
  return (html) => purify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Jumps within the article follow the prefixed ids; every other link opens in a new tab, unlinked from this one. */
function fixLink(link: Element): void {
  const href = link.getAttribute('href');
  if (!href) return;
  if (href.startsWith('#')) {
    if (href.length > 1 && !href.startsWith(`#${ID_PREFIX}`)) link.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
    return;
  }
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
}

/** Alt text is required for assistive technology; an image without one is treated as decorative. */
function fixImage(img: Element): void {
  if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  img.setAttribute('loading', 'lazy');
  img.setAttribute('decoding', 'async');
  img.setAttribute('referrerpolicy', 'no-referrer');
}
