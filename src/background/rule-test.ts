/** The options page's "Test on current tab": runs the reader's rules in a tab and counts matches. */
import browser from 'webextension-polyfill';
import ruleTestScript from '../content/rule-test.ts?script&iife';
import { onMessages } from '../messages.ts';
import type { RuleTestResult } from '../content/rule-test.ts';
import { restrictedReason } from './restricted-pages.ts';

onMessages({
  'tab:test-rules': async ({ tabId, rules }) => {
    try {
      const restricted = restrictedReason((await browser.tabs.get(tabId)).url);
      if (restricted) return { ok: false, reason: 'restricted', messageKey: restricted };
      const target = { tabId, frameIds: [0] };
      await browser.scripting.executeScript({ target, files: [ruleTestScript] });
      const [run] = await browser.scripting.executeScript({ target, func: (text: string) => window.clearpageTestRules?.(text) ?? null, args: [rules] });
      const value = run?.result as RuleTestResult | null | undefined;
      if (!value) return { ok: false, reason: 'failed', messageKey: 'pageDidNotAnswer' };
      return { ok: true, value };
    } catch (error) {
      return { ok: false, reason: 'no-access', messageKey: 'noAccess', detail: error instanceof Error ? error.message : String(error) };
    }
  },
});
