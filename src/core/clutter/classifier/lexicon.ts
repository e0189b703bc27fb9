/**
 * Language data the classifier counts besides the per-category phrase lists: how a prompt talks
 * to the reader (second person, the publisher's "we"), prices by the month, and quoted speech,
 * which is left out so that a story quoting an appeal is not taken for one.
 */

/** Words that address the reader or speak as the publisher, en/de/fr/es/it/pt/nl. Matched as
 * written or capitalised, never all-caps (so "US" is not "us"). */
const VOICE_WORDS = [
  'you', 'your', 'yours', "you're", "you'll", "you've", 'yourself', 'we', 'our', 'ours', 'us', "we're", "we've",
  'du', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'dich', 'dir', 'wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'uns',
  'vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'tes', 'nous', 'notre', 'nos',
  'tus', 'usted', 'ustedes', 'contigo', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
  'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostro', 'vostra', 'noi', 'nostro', 'nostra', 'nostri', 'nostre',
  'você', 'vocês', 'teu', 'nós', 'nosso', 'nossa', 'nossos', 'nossas',
  'jij', 'jouw', 'je', 'jullie', 'uw', 'wij', 'ons', 'onze',
];
/** German formal address is capitalised mid-sentence. */
const FORMAL_GERMAN = ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer'];

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const voiceAlternatives = [...VOICE_WORDS.flatMap((word) => [word, capitalise(word)]), ...FORMAL_GERMAN].map(escape);

export const VOICE = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${voiceAlternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export const MONEY = /(?:[$€£]\s?\d|\d(?:[.,]\d+)?\s?(?:€|£|\$|eur\b|euros?\b|usd\b|gbp\b|chf\b|dollars?\b|pounds?\b))/i;

export const PERIOD = /(?<![\p{L}])(?:month|monthly|per month|a month|\/mo|per year|a year|annually|yearly|monat|monatlich|jahr|jährlich|mois|mensuel|par an|mes|mensual|al año|al mese|mensile|all'anno|mês|mensal|por ano|maand|per jaar|per week|a week|semaine|semana|settimana|woche)(?![\p{L}])/iu;

/** Quoted speech, in the quote marks of the languages above. Bounded so one stray mark costs little. */
export const QUOTED = /“[^”]{0,600}”|„[^“”]{0,600}[“”]|«[^»]{0,600}»|‘[^’]{20,600}’|"[^"]{0,600}"/g;

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
