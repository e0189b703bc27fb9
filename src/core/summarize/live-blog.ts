/**
 * Live blogs: the text is a run of entries, each under its time stamp. The summary wants the newest
 * entries, so we split at the stamps and order the entries newest first, whichever way the page runs.
 */
import { ENTRY_TIMESTAMP } from './boilerplate-patterns.ts';

export interface LiveEntry {
  stamp: string;
  paragraphs: string[];
}

/** Stamps needed before we read a page as a live blog without the page saying so. */
export const MIN_STAMPS_FOR_LIVE_BLOG = 3;

const CLOCK = /(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?/i;

/** Minutes since midnight, or null. */
function clockMinutes(stamp: string): number | null {
  const match = CLOCK.exec(stamp);
  if (!match) return null;
  let hours = Number(match[1]) % 24;
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours * 60 + Number(match[2]);
}

function isEntryStamp(paragraph: string): boolean {
  return paragraph.length <= 40 && ENTRY_TIMESTAMP.test(paragraph.trim());
}

export function countEntryStamps(paragraphs: readonly string[]): number {
  return paragraphs.filter(isEntryStamp).length;
}

/** Entries newest first; text before the first stamp (the standfirst) is left out. */
export function liveBlogEntries(paragraphs: readonly string[]): LiveEntry[] {
  const entries: LiveEntry[] = [];
  for (const paragraph of paragraphs) {
    if (isEntryStamp(paragraph)) entries.push({ stamp: paragraph.trim(), paragraphs: [] });
    else entries.at(-1)?.paragraphs.push(paragraph);
  }
  const filled = entries.filter((entry) => entry.paragraphs.length > 0);
  return runsOldestFirst(filled) ? filled.reverse() : filled;
}

/** Most pages run newest first; believe otherwise only when most steps between stamps go forward in time. */
function runsOldestFirst(entries: readonly LiveEntry[]): boolean {
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < entries.length; i++) {
    const before = clockMinutes(entries[i - 1]!.stamp);
    const after = clockMinutes(entries[i]!.stamp);
    if (before === null || after === null || before === after) continue;
    if (after > before) forward++;
    else backward++;
  }
  return forward > backward;
}
