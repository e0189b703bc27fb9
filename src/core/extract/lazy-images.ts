/** Attributes lazy loaders park the real image address in, most common first. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy', 'data-echo', 'data-actualsrc', 'data-img-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** A src that is only a stand-in: a data: URI pixel, a spinner, a blank gif. */
const PLACEHOLDER_SRC = /^data:|\b(blank|placeholder|spacer|pixel|transparent|lazy|loading|grey|gray)\b[^/]*\.(gif|png|svg|jpe?g|webp)|1x1/i;

/**
 * Give every lazy image its real address so the reader view shows pictures, not spinners:
 * `data-src`/`data-srcset` promoted, and a `<noscript>` copy used when the script-only one is a stub.
 */
export function resolveLazyImages(root: Element): void {
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) replaceWithNoscriptImage(noscript);
  for (const img of Array.from(root.querySelectorAll('img, source'))) {
    const src = img.getAttribute('src');
    if (img.tagName === 'IMG' && (!src || PLACEHOLDER_SRC.test(src))) {
      const lazy = LAZY_SRC_ATTRIBUTES.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER_SRC.test(v));
      if (lazy) img.setAttribute('src', lazy);
    }
    if (!img.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find(Boolean);
      if (lazySet) img.setAttribute('srcset', lazySet);
    }
  }
}

/** `<img data-src …><noscript><img src="real"></noscript>`: keep the noscript image in place of the stub. */
function replaceWithNoscriptImage(noscript: Element): void {
  // Parsed as elements when scripting is off (jsdom), as raw text when it is on (browsers).
  let real = noscript.querySelector('img');
  if (!real) {
    const markup = noscript.textContent ?? '';
    if (!/<img\b/i.test(markup)) return;
    const holder = noscript.ownerDocument.createElement('div');
    holder.innerHTML = markup;
    real = holder.querySelector('img');
  }
  if (!real?.getAttribute('src')) return;
  const previous = noscript.previousElementSibling;
  const stub = previous?.tagName === 'IMG' ? previous : previous?.querySelector('img');
  if (stub && (!stub.getAttribute('src') || PLACEHOLDER_SRC.test(stub.getAttribute('src') ?? ''))) stub.replaceWith(real);
  else if (!stub) noscript.replaceWith(real);
  else noscript.remove();
}
