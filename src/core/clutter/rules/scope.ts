/** Which rules apply on a hostname: domain lists, `~` exclusions and `#@#` exceptions. */
import type { Rule } from './types.ts';

export function activeRules(rules: readonly Rule[], hostname: string): Rule[] {
  const host = hostname.toLowerCase();
  const excepted = new Set(rules.filter((rule) => rule.exception && appliesTo(rule, host)).map((rule) => rule.source));
  return rules.filter((rule) => !rule.exception && appliesTo(rule, host) && !excepted.has(rule.source));
}

function appliesTo(rule: Rule, host: string): boolean {
  if (rule.excludedDomains.some((domain) => hostMatches(host, domain))) return false;
  return rule.domains.length === 0 || rule.domains.some((domain) => hostMatches(host, domain));
}

/** `a.com` covers `a.com` and its subdomains; `a.*` covers `a` under any top-level domain. */
export function hostMatches(host: string, domain: string): boolean {
  if (domain.endsWith('.*')) {
    const stem = domain.slice(0, -2);
    return new RegExp(`(^|\\.)${escape(stem)}\\.[a-z]+(\\.[a-z]+)?$`).test(host);
  }
  return host === domain || host.endsWith(`.${domain}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
