/**
 * The safety valve: nothing that is, contains, or holds much of the main content may be hidden.
 * Whatever found it (a rule, the classifier, a user's rule), a hide that would take the story is
 * dropped here. "Much" is measured in story-like text (long paragraphs that do not address the
 * reader), so a newsletter box in a short article can go while a section of the story cannot.
 */
import type { MainContent } from './main-content.ts';
import type { StatsMap } from './classifier/stats.ts';

/** The largest share of the main story text one hidden block may hold. */
export const MAX_MAIN_SHARE = 0.15;
/** Whatever it says, a block holding half the main container's text is not a prompt. */
const MAX_MAIN_CHARS_SHARE = 0.5;

export function makeGuard(main: MainContent, stats: StatsMap): (element: Element) => boolean {
  return (element: Element): boolean => {
    if (element === main.root || element.contains(main.root)) return true;
    if (!main.root.contains(element)) return false;
    const own = stats.get(element);
    if (!own) return true; // not measured: do not risk it
    return own.narrativeChars > MAX_MAIN_SHARE * main.narrativeChars || own.chars > MAX_MAIN_CHARS_SHARE * main.chars;
  };
}
