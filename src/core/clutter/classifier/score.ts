/**
 * Scores one block as a prompt of some category, from its statistics, and explains the score.
 * The weights are few and meant to be read: phrases are the main evidence; controls, forms,
 * reader address and prices support it; length and story-like paragraphs count against.
 */
import type { ClutterCategory } from '../../types.ts';
import { count, Counter, type ElementStats } from './stats.ts';
import type { CategoryPatterns } from './phrases.ts';

export const THRESHOLD = 4;

const WEIGHTS = {
  phrase: 2,
  label: 0.8,
  href: 0.8,
  attr: 1.2,
  field: 2,
  voice: 2.5,
  price: 1.5,
  role: 1,
  coverage: 2,
  linkDensity: 0.5,
  lengthPerWord: 1 / 60,
  narrative: 4,
};
const CAP = 3;
/** Reader address this dense (words per word) earns the full voice weight. */
const FULL_VOICE_RATE = 0.06;
/** Prompts are short: words above this count against. */
const FREE_WORDS = 120;
/** A lone phrase must be most of the block's text ("Manage cookies", "Newsletter sign-up"). */
const MIN_LONE_COVERAGE = 0.5;
const PROMPT_ROLES = /^(dialog|alertdialog|alert|status|banner)$/;

export interface BlockScore {
  category: ClutterCategory;
  score: number;
  phrases: number;
  /** More than one phrase, or a phrase with a prompt's structure (controls, fields, role, naming). */
  corroborated: boolean;
  /** The top features, strongest first, for the reader. */
  features: string[];
}

export function scoreBlock(element: Element, stats: ElementStats, patterns: readonly CategoryPatterns[]): BlockScore | null {
  const category = topCategory(element, stats, patterns);
  if (category < 0) return null;
  const pattern = patterns[category] as CategoryPatterns;
  const phrases = count(stats, category, Counter.Phrases);
  const contributions: Array<[string, number]> = [];
  const push = (label: string, value: number): void => {
    if (value) contributions.push([label, value]);
  };
  const name = pattern.category.replace(/-.*/, '');
  // Phrases of other prompt categories count too: "liked this article? subscribe, or donate".
  const allPhrases = patterns.reduce((sum, _, i) => sum + count(stats, i, Counter.Phrases), 0);
  const quoted = stats.samples.filter((sample) => sample.startsWith(`${category}:`)).slice(0, 2).map((sample) => `"${sample.slice(sample.indexOf(':') + 1)}"`);
  const others = allPhrases > phrases ? ` +${allPhrases - phrases} of other prompts` : '';
  push(`${name} phrases (${phrases}${others}: ${quoted.join(', ')})`, WEIGHTS.phrase * Math.min(CAP, allPhrases));
  const labels = count(stats, category, Counter.Labels);
  push(`${name} buttons/links (${labels})`, WEIGHTS.label * Math.min(CAP, labels));
  const hrefs = count(stats, category, Counter.Hrefs);
  push(`${name} link targets (${hrefs})`, WEIGHTS.href * Math.min(CAP, hrefs));
  if (pattern.attrs && attributeText(element).some((value) => pattern.attrs?.test(value))) push(`${name} in id/class`, WEIGHTS.attr);
  if (pattern.category === 'newsletter-signup' && stats.emailInputs) push('e-mail field', WEIGHTS.field);
  if (pattern.category === 'login-prompt' && stats.passwordInputs) push('password field', WEIGHTS.field);
  const voiceRate = stats.voice / Math.max(1, stats.words);
  push(`reader address ${voiceRate.toFixed(2)}`, WEIGHTS.voice * Math.min(1, voiceRate / FULL_VOICE_RATE));
  if (stats.money && stats.period && (pattern.category === 'paywall' || pattern.category === 'donation-appeal')) push('price per period', WEIGHTS.price);
  const role = element.getAttribute('role') ?? '';
  if (PROMPT_ROLES.test(role) || element.getAttribute('aria-modal') === 'true' || element.tagName === 'DIALOG') push(`role ${role || 'dialog'}`, WEIGHTS.role);
  const coverage = Math.min(1, count(stats, category, Counter.PhraseChars) / Math.max(1, stats.chars));
  push(`phrase coverage ${coverage.toFixed(2)}`, WEIGHTS.coverage * coverage);
  const linkShare = stats.linkChars / Math.max(1, stats.chars);
  if (labels + hrefs) push(`link density ${linkShare.toFixed(2)}`, WEIGHTS.linkDensity * Math.min(1, linkShare / 0.5));
  push(`${stats.words} words`, -WEIGHTS.lengthPerWord * Math.max(0, stats.words - FREE_WORDS));
  const narrative = stats.narrativeChars / Math.max(1, stats.chars);
  push(`story-like text ${narrative.toFixed(2)}`, -WEIGHTS.narrative * narrative);
  const score = contributions.reduce((sum, [, value]) => sum + value, 0);
  const structure = labels + hrefs + (stats.emailInputs || stats.passwordInputs ? 1 : 0) + (contributions.some(([label]) => label.startsWith('role ') || label.endsWith('in id/class')) ? 1 : 0);
  // One phrase in running text is not enough: it needs the prompt's shape around it.
  const corroborated = allPhrases >= 2 || structure > 0 || coverage >= MIN_LONE_COVERAGE;
  const features = contributions
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([label]) => label);
  return { category: pattern.category, score, phrases, corroborated, features };
}

/** The category with the most evidence; phrases weigh most. -1 when there is none. */
function topCategory(element: Element, stats: ElementStats, patterns: readonly CategoryPatterns[]): number {
  let best = -1;
  let bestEvidence = 0;
  patterns.forEach((_, i) => {
    const evidence = 2 * count(stats, i, Counter.Phrases) + count(stats, i, Counter.Labels) + count(stats, i, Counter.Hrefs);
    if (evidence > bestEvidence) {
      bestEvidence = evidence;
      best = i;
    }
  });
  return best;
}

function attributeText(element: Element): string[] {
  const values: string[] = [];
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name === 'id' || attribute.name === 'class' || attribute.name.startsWith('data-')) values.push(attribute.value);
  }
  return values;
}
