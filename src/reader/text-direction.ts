/** Languages written right to left (ISO 639 codes, as in `lang` attributes). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-arab', 'he', 'iw', 'khw', 'ks', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Hebrew, Arabic, Syriac, Thaana, N'Ko and the Arabic presentation forms. */
const RTL_CHARACTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LETTER = /\p{L}/gu;

/**
 * Which way the article runs: the page's own `dir` when it says, then its language, then the
 * script most of its letters are written in (pages often forget to mark either).
 */
export function textDirection(pageDir: string | null, lang: string | null, sampleText: string): 'ltr' | 'rtl' {
  const declared = pageDir?.trim().toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  const tag = lang?.trim().toLowerCase();
  if (tag) {
    const [primary = ''] = tag.split(/[-_]/);
    if (RTL_LANGUAGES.has(primary) || /-(arab|hebr|syrc|thaa|nkoo)\b/.test(tag)) return 'rtl';
  }
  const sample = sampleText.slice(0, 2000);
  const letters = sample.match(LETTER)?.length ?? 0;
  const rtl = sample.match(RTL_CHARACTER)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
