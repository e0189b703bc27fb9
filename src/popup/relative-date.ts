/** "3 hours ago" in the reader's language for recent news; the calendar date once it is older than a week. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86400],
];
const WEEK_SECONDS = 7 * 86400;

export function relativeDate(iso: string | null, language: string, now = Date.now()): { text: string; full: string } | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const full = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const seconds = (now - date.getTime()) / 1000;
  if (seconds < 0 || seconds >= WEEK_SECONDS) return { text: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date), full };
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const [unit, size] = UNITS.findLast(([, unitSeconds]) => seconds >= unitSeconds) ?? UNITS[0]!;
  return { text: format.format(-Math.floor(seconds / size), unit), full };
}
