/**
 * The seed fixture's `pageChecks`, measured in the page the way a reader would see it:
 * computed styles and layout, not class names.
 */
import type { Page } from 'playwright-core';

export interface PageState {
  scrollUnlocked: boolean;
  blockingOverlays: string[];
  bodyMasks: string[];
  visibleText: string;
}

export function readPageState(page: Page, bodySelector: string): Promise<PageState> {
  return page.evaluate((selector) => {
    const html = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    const scrollUnlocked = ![html.overflow, html.overflowY, body.overflow, body.overflowY].includes('hidden') && body.position !== 'fixed';
    const viewport = innerWidth * innerHeight;
    const blockingOverlays = Array.from(document.querySelectorAll('body *'))
      .filter((element) => {
        const style = getComputedStyle(element);
        if (style.position !== 'fixed' || style.display === 'none' || style.visibility === 'hidden') return false;
        const box = element.getBoundingClientRect();
        const visibleArea = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0)) * Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
        return visibleArea > viewport / 4;
      })
      .map((element) => element.outerHTML.slice(0, 80));
    const liveBody = document.querySelector(selector);
    const bodyMasks: string[] = [];
    if (liveBody) {
      const style = getComputedStyle(liveBody);
      if (style.maxHeight !== 'none') bodyMasks.push(`max-height ${style.maxHeight}`);
      const mask = style.maskImage || style.getPropertyValue('-webkit-mask-image');
      if (mask && mask !== 'none') bodyMasks.push(`mask ${mask}`);
      if (/blur/.test(style.filter)) bodyMasks.push(`filter ${style.filter}`);
    } else bodyMasks.push('live blog body not found');
    return { scrollUnlocked, blockingOverlays, bodyMasks, visibleText: document.body.innerText };
  }, bodySelector);
}
