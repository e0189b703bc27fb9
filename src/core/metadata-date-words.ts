import { WORD_END, WORD_START } from './text.ts';

/** Month names in the languages Clearpage reads most (en, de, fr, es, it, pt, nl), January first. */
const MONTH_NAMES: string[][] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro'],
];

/**
 * Month names read only as written: the Nordic ones the list above lacks, and Polish and Russian in
 * both the forms dates print ("16 grudnia", "16 декабря") and the dictionary's, with the Russian
 * abbreviations. Their prefixes would be words and names: "list", "des", "Lis", "Sie".
 */
const WHOLE_MONTH_NAMES: string[][] = [
  ['stycznia', 'styczeń', 'января', 'январь', 'янв'],
  ['lutego', 'luty', 'февраля', 'февраль', 'фев', 'февр'],
  ['marts', 'marca', 'marzec', 'марта', 'март', 'мар'],
  ['kwietnia', 'kwiecień', 'апреля', 'апрель', 'апр'],
  ['maj', 'maja', 'мая', 'май'],
  ['czerwca', 'czerwiec', 'июня', 'июнь', 'июн'],
  ['lipca', 'lipiec', 'июля', 'июль', 'июл'],
  ['augusti', 'sierpnia', 'sierpień', 'августа', 'август', 'авг'],
  ['września', 'wrzesień', 'сентября', 'сентябрь', 'сен', 'сент'],
  ['października', 'październik', 'октября', 'октябрь', 'окт'],
  ['listopada', 'listopad', 'ноября', 'ноябрь', 'ноя', 'нояб'],
  ['desember', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'дек'],
];

/** Every full name and every unambiguous prefix of three letters or more ("sept", "déc", "juil") → month number. */
const COMMON_MONTH_BY_WORD: Map<string, number> = (() => {
  const byWord = new Map<string, number>();
  const ambiguous = new Set<string>();
  MONTH_NAMES.forEach((names, index) => {
    for (const name of names) {
      for (let length = 3; length <= name.length; length++) {
        const prefix = name.slice(0, length);
        const known = byWord.get(prefix);
        if (known !== undefined && known !== index + 1 && !names.includes(prefix)) ambiguous.add(prefix);
        else byWord.set(prefix, index + 1);
      }
    }
  });
  // A full name always wins over another month's prefix ("mars" is March, not a prefix clash).
  for (const prefix of ambiguous) if (!MONTH_NAMES.some((names) => names.includes(prefix))) byWord.delete(prefix);
  return byWord;
})();

const MONTH_BY_WORD: Map<string, number> = new Map([...COMMON_MONTH_BY_WORD, ...WHOLE_MONTH_NAMES.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1]))]);

/** Every month word above as a regex alternation, longest first so "sept" is not read as "sep". */
export const MONTH_WORDS_SOURCE = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** A date printed as words or ISO at the start of a line: "Dec. 19, 2025", "17 Dec 2025", "2025-12-19". */
export const PRINTED_DATE_SOURCE = String.raw`(\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})`;

/** A month word as the maps above hold it: lower case, an abbreviation's full stop dropped. */
const monthKey = (word: string): string => word.toLowerCase().replace(/\.$/, '');

/** "Sept." → 9, "décembre" → 12, "Mai" → 5, "grudnia" → 12; null for any other word. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD.get(monthKey(word)) ?? null;
}

/**
 * The same, in the most read languages only: what the byline cleaner takes for a month a date left
 * on a name ("Damien Walter December"), where a Polish "Maja" or a Swedish "Maj" is more often a name.
 */
export function commonMonthNumber(word: string): number | null {
  return COMMON_MONTH_BY_WORD.get(monthKey(word)) ?? null;
}

/** Weekday names and their common abbreviations, in the same languages: "Friday, 19 December 2025". */
export const WEEKDAY_NAME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta|quinta|sexta|feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;

/** Short words that join a label to its date: "Posted on", "Veröffentlicht am", "Publié le". */
export const DATE_LABEL_JOINER = /^(on|at|am|le|el|il|em|op|de|del|du)$/i;

/**
 * The words that label a date as the publication date, or a later edit, in the languages read here:
 * the date labels below, a byline's tail and a story's dateline are all made of them.
 */
export const PUBLISHED_WORDS =
  'published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|geplaatst|publicerad|publiceret|publisert|opublikowano|опубликовано';
export const UPDATED_WORDS =
  'updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad|opdateret|oppdatert|zaktualizowano|aktualizacja|обновлено|изменено';

/**
 * Labels that say a date is the publication date, or a later edit. Words are whole words in any
 * script ("publié", "опубликовано"); Chinese, Japanese and Korean labels run into the next word
 * ("发布时间", "公開日").
 */
const label = (words: string, cjk: string): RegExp => new RegExp(`${WORD_START}(?:${words})${WORD_END}|${cjk}`, 'giu');
export const PUBLISHED_LABEL = label(`${PUBLISHED_WORDS}|written|publ\\.`, '公開|发布|發布|發佈|投稿|게시|입력');
export const UPDATED_LABEL = label(`${UPDATED_WORDS}|last (?:edited|reviewed)|reviewed`, '更新|修正|수정');

/**
 * A meta name that says "publication date" in a publisher's own words ("published", "w-published-date",
 * "og:article:published_time", "citation_publication_date"), never "publisher" or a modification date.
 */
export const PUBLISHED_META_NAME = /^(?!.*(modif|updat|expir|publisher)).*(published|publication|pubdate|publish[-_ ]?(date|time))/i;
/** A meta tag named for the last change: "modified-date", "last-updated". */
export const MODIFIED_META_NAME = /(modified|updated)[-_ ]?(date|time)?$/i;
