/**
 * How the bench decides that an extracted title, author or date "agrees" with the ground truth.
 * Printed with the results so the numbers can be read without this file.
 */
export const AGREEMENT_RULES = [
  'title: NFKC, case-folded, punctuation dropped, spaces folded; agree when equal, or when one contains the other and the extra words are at most 20% of the longer',
  'author: lower-cased name tokens (punctuation, "by", "and" dropped); agree when the shared tokens are at least half of the larger token set',
  'author, truth not the site: the pages whose true author is the site itself (its name or host, letters only) are left out; the issue forbids a byline that is the site name alone',
  'date: agree when both give the same calendar date (the YYYY-MM-DD written in the value, no timezone shift); only pages whose truth has a value are scored',
  'title, same text: equal once runs of spaces are folded, letters and punctuation as written (the strict reading of "matches")',
  'author, truth within ours: the truth\'s name tokens appear, in order and together, in ours (a byline that adds a co-author or a role still agrees; one that drops a name does not)',
];

function fold(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export function titleAgrees(ours: string | null, truth: string): boolean {
  if (!ours) return false;
  const a = fold(ours).join(' ');
  const b = fold(truth).join(' ');
  if (!a || !b) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!` ${longer} `.includes(` ${shorter} `)) return false;
  const extra = longer.split(' ').length - shorter.split(' ').length;
  return extra / longer.split(' ').length <= 0.2;
}

export function titleSameText(ours: string | null, truth: string): boolean {
  const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
  return !!ours && spaced(ours) === spaced(truth);
}

export function authorWithinOurs(ours: string | null, truth: string): boolean {
  const name = fold(truth).join(' ');
  return !!ours && !!name && ` ${fold(ours).join(' ')} `.includes(` ${name} `);
}

const AUTHOR_NOISE = new Set(['by', 'and', 'und', 'et', 'y', 'e', 'par', 'von', 'por', 'di', 'da', 'de']);

export function authorAgrees(ours: string | null, truth: string): boolean {
  if (!ours) return false;
  const a = new Set(fold(ours).filter((t) => !AUTHOR_NOISE.has(t)));
  const b = new Set(fold(truth).filter((t) => !AUTHOR_NOISE.has(t)));
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / Math.max(a.size, b.size) >= 0.5;
}

export function calendarDate(value: string | null | undefined): string | null {
  const match = value?.match(/(\d{4})-(\d{2})(?:-(\d{2}))?/);
  if (!match) return null;
  return match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}`;
}

export function dateAgrees(ours: string | null, truth: string): boolean {
  const a = calendarDate(ours);
  const b = calendarDate(truth);
  if (!a || !b) return false;
  // A truth with month precision only agrees with any day of that month.
  return b.length === 7 ? a.startsWith(b) : a === b;
}

/** The true author is the publisher itself: its site name or host name, compared on letters and digits only. */
export function isSiteAuthor(truth: string, siteName: string | null | undefined, url: string): boolean {
  const compact = (text: string): string => fold(text).join('');
  const author = compact(truth);
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    // A page without an address is compared with its site name only.
  }
  const labels = host.split('.').map(compact);
  return !!author && ((!!siteName && compact(siteName) === author) || labels.includes(author));
}
