import { WORD_END, WORD_START } from '../text.ts';

/**
 * What a key point must never be, as data: the furniture news pages put around and inside their text.
 * Phrases cover en, de, fr, es, it, pt and nl. Matching is in `point-filter.ts` and `clean-sentence.ts`.
 */

/** Phrases as one alternation; they are literal text apart from the few regex groups written in them. */
const anyOf = (phrases: readonly string[]): string => `(?:${phrases.join('|')})`;

/** Agencies seen in datelines; any all-capitals token of 2 to 8 letters counts as well. */
const AGENCIES = ['Reuters', 'dpa', 'Lusa', 'Xinhua', 'Bloomberg', 'Europa Press', 'CNN Español', 'AP Photo', 'dpa-AFX', 'epd'];
const AGENCY = `(?:${AGENCIES.join('|')}|\\p{Lu}{2,8}(?:[ /-]\\p{Lu}{2,8})?)`;

/**
 * Datelines opening a story: "LONDON (Reuters) -", "Kathmandu, Nepal (CNN)", "(CNN) --",
 * "BERLIN, 5. März (dpa) -", "PARIS —", "New York, NY –". Stripped only when a capitalised sentence follows.
 */
export const LEADING_DATELINES: readonly RegExp[] = [
  new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+[\\p{L}\\d.'’-]+){0,5}\\s*)?\\(${AGENCY}\\)\\s*(?:\\.?[-–—]{1,2}|:)?\\s*`, 'u'),
  /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,[^–—.\n]{1,40})?\s+[-–—]{1,2}\s+/u,
  // Place names in ordinary case need a comma and a long dash, so "Manchester United - the club" stays.
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2},(?: [\p{Lu}\d][\p{L}\d.'’-]*){1,4}\s+[–—]{1,2}\s+/u,
];

const AD_LABELS = ['Advertisement', 'Anzeige', 'Publicité', 'Publicidad', 'Pubblicità', 'Publicidade', 'Advertentie'];

/** Words left at the front of a sentence by ad slots and page furniture in flattened text. */
export const LEADING_FURNITURE = new RegExp(
  `^${anyOf([...AD_LABELS, ...AD_LABELS.map((label) => label.toUpperCase()), 'Scroll down for video', 'Scroll to continue'])}\\s*[.:]?\\s+(?=\\p{Lu})`,
  'u',
);

/** Lower-case words a byline may hold besides names: "Jane Doe and John Roe", "Anna von Berg", "Jan de Vries". */
export const BYLINE_CONNECTORS = new Set([
  ...['and', 'und', 'et', 'y', 'e', 'en', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'for', 'in'],
  ...['für', 'pour', 'para', 'per', 'voor', 'em', 'à', 'a', 'dos', 'das', 'do'],
]);

/** Publication metadata lines: "PUBLISHED: 10:19 EST", "Last updated", "Aktualisiert am", "Mis à jour le". */
export const METADATA_LINE = new RegExp(
  `^${anyOf([
    ...['Published', 'Updated', 'Last updated', 'Last modified', 'Veröffentlicht', 'Aktualisiert', 'Zuletzt aktualisiert'],
    ...['Stand:', 'Publié', 'Mis à jour', 'Publicado', 'Actualizado', 'Pubblicato', 'Aggiornato', 'Atualizado'],
    ...['Gepubliceerd', 'Bijgewerkt', 'Laatst bijgewerkt'],
  ])}${WORD_END}`,
  'iu',
);

const CREDIT_LABELS = ['Photo', 'Photograph', 'Photographer', 'Picture', 'Image', 'Credit', 'Foto', 'Fotos', 'Bild', 'Bildquelle'];
const CREDIT_LABELS_MORE = ['Imagen', 'Immagine', 'Crédit', 'Crédit photo', 'Fotografía', 'Fotografia', 'Beeld'];
const PICTURE_AGENCIES = ['Getty Images', 'AFP via Getty', 'AP Photo', 'Shutterstock', 'iStock', 'Alamy', 'picture alliance'];
const PICTURE_AGENCIES_MORE = ['picture-alliance', 'Imago', 'Keystone/', 'EPA-EFE', 'ANSA/', 'dpa/', 'Reuters/', 'AFP/', 'ANP/', 'Lusa/'];

/** Photo credits anywhere in a sentence: "Photo: ...", "(Photo by ...)", "Getty Images", "©". */
export const PHOTO_CREDIT = new RegExp(
  [
    `${WORD_START}${anyOf([...CREDIT_LABELS, ...CREDIT_LABELS_MORE])}\\s*:`,
    `\\((?:Photo|Foto|Picture|Bild|Image|Imagen)\\s+(?:by|von|de|di|door|:)`,
    `${WORD_START}${anyOf([...PICTURE_AGENCIES, ...PICTURE_AGENCIES_MORE])}`,
    '©',
  ].join('|'),
  'iu',
);

/** Navigation and calls to action at the start of a line. */
export const CALL_TO_ACTION = new RegExp(
  `^${anyOf([
    ...['Read more', 'READ MORE', 'Read also', 'See also', 'Related', 'Click here', 'Watch', 'Sign up', 'Subscribe'],
    ...['Follow us', 'Share this', 'Scroll down', 'Lesen Sie auch', 'Lesen Sie mehr', 'Mehr zum Thema', 'Auch interessant'],
    ...['Jetzt abonnieren', 'Lire aussi', 'À lire aussi', 'Voir aussi', 'Abonnez-vous', 'Leer más', 'Lea también'],
    ...['Ver también', 'Suscríbete', 'Leggi anche', 'Leggi di più', 'Iscriviti', 'Leia mais', 'Leia também'],
    ...['Veja também', 'Assine', 'Lees ook', 'Lees meer', 'Meer lezen', 'Abonneer'],
  ])}${WORD_END}`,
  'u',
);

/** Teasers that point to the text instead of saying something: "Here's why.", "Voici pourquoi." */
export const TEASER = new RegExp(
  `^${anyOf([
    "Here(?:'s|’s| is) (?:why|how|what)",
    'This is (?:why|how|what)',
    'Find out',
    'Hier (?:erfahren|lesen) Sie',
    'Voici (?:pourquoi|comment|ce que)',
    'Esto es lo que',
    'Ecco (?:perché|come|cosa)',
    'Veja (?:por que|como|o que)',
    'Dit is (?:waarom|hoe|wat)',
  ])}${WORD_END}`,
  'iu',
);

const UPDATED = '(?:Updated|Aktualisiert|Mis à jour|Actualizado|Aggiornato|Atualizado|Bijgewerkt)';
const TIME_ZONE = '(?:GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT)';
/** "16:41", "4.41pm", "16.41 Uhr", "16h41", "Updated 16:41 GMT". */
const CLOCK_STAMP = `${UPDATED}?\\s*(?:at|um|à|a las|alle|às|om)?\\s*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|Uhr|h|hrs))?(?:\\s*${TIME_ZONE})?`;
/** "12 min ago", "vor 5 Minuten", "il y a 2 h", "hace 3 horas", "5 minuti fa", "há 1 hora", "3 uur geleden". */
const RELATIVE_STAMP = anyOf([
  '\\d{1,2}\\s*(?:min|mins|minutes?|h|hrs?|hours?)\\s+ago',
  'vor\\s+\\d{1,2}\\s*(?:Min\\.?|Minuten|Std\\.?|Stunden?)',
  'il y a\\s+\\d{1,2}\\s*(?:min|minutes?|h|heures?)',
  'hace\\s+\\d{1,2}\\s*(?:min|minutos?|h|horas?)',
  '\\d{1,2}\\s*(?:min|minuti|ore|ora)\\s+fa',
  'há\\s+\\d{1,2}\\s*(?:min|minutos?|h|horas?)',
  '\\d{1,2}\\s*(?:min|minuten|uur)\\s+geleden',
]);

/** Live-blog entry stamps on a line of their own. */
export const ENTRY_TIMESTAMP = new RegExp(`^(?:${CLOCK_STAMP}|${RELATIVE_STAMP})$`, 'iu');

/**
 * Photo captions in the "Label: what the picture shows" style ("Grim discovery: Street cleaners..."),
 * which flattened pages run into the text. The label is one to three words, only the first capitalised.
 */
export const CAPTION_LABEL = /^\p{Lu}[\p{Ll}'’-]+(?: [\p{Ll}'’-]+){0,2}: (?=["'‘“]?\p{Lu})/u;

/** Verbs that make a "label" an introduction to a quote instead ("He said: ..."). */
export const SPEECH_VERBS = new Set([
  ...['said', 'says', 'told', 'added', 'explained', 'insisted', 'claimed', 'wrote', 'tweeted', 'warned', 'revealed'],
  ...['admitted', 'stated', 'asked', 'replied', 'sagte', 'sagt', 'erklärte', 'betonte', 'schrieb', 'dit', 'déclaré'],
  ...['ajouté', 'expliqué', 'écrit', 'dijo', 'afirmó', 'explicó', 'añadió', 'escribió', 'detto', 'spiegato', 'disse'],
  ...['afirmou', 'explicou', 'escreveu', 'zei', 'schreef', 'verklaarde'],
]);
