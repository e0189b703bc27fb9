/**
 * What a key point must never be, as data: the furniture news pages put around and inside their text.
 * Patterns cover en, de, fr, es, it, pt and nl. Matching is in `point-filter.ts` and `clean-sentence.ts`.
 */

/** Agencies seen in datelines; any all-capitals token of 2 to 8 letters counts as well. */
const AGENCIES = ['Reuters', 'dpa', 'Lusa', 'Xinhua', 'Bloomberg', 'Europa Press', 'CNN Español', 'AP Photo', 'dpa-AFX', 'epd', 'Agence France-Presse'];
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

/** Words left at the front of a sentence by ad slots and page furniture in flattened text. */
export const LEADING_FURNITURE =
  /^(?:ADVERTISEMENT|Advertisement|Anzeige|ANZEIGE|Publicité|PUBLICITÉ|Publicidad|PUBLICIDAD|Pubblicità|PUBBLICITÀ|Publicidade|PUBLICIDADE|Advertentie|ADVERTENTIE|Scroll down for video|Scroll to continue)\s*[.:]?\s+(?=\p{Lu})/u;

/** Byline openers: "By", "Von", "Par", "Por", "Di", "Door", "De". */
export const BYLINE_START = /^(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|DI|Door|DOOR|Da|De)\s+\p{Lu}/u;

/** Lower-case words a byline may hold besides names: "and", "und", "et", "y", "e", "en", "van", "von", "for"... */
export const BYLINE_CONNECTORS = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'for', 'in', 'für', 'pour', 'para', 'per', 'voor', 'em', 'à', 'a', 'dos', 'das', 'do']);

/** Publication metadata lines: "PUBLISHED: 10:19 EST", "Last updated", "Aktualisiert am", "Mis à jour le". */
export const METADATA_LINE =
  /^(?:PUBLISHED|UPDATED|Published|Updated|Last (?:updated|modified)|Veröffentlicht|Aktualisiert|Zuletzt aktualisiert|Stand:|Publié|Mis à jour|Publicado|Actualizado|Pubblicato|Aggiornato|Atualizado|Gepubliceerd|Bijgewerkt|Laatst bijgewerkt)(?![\p{L}\p{N}])/iu;

/** Photo credits anywhere in a sentence. */
export const PHOTO_CREDIT =
  /(?:(?<![\p{L}\p{N}])(?:Photo(?:graph(?:er)?)?|Picture|Image|Credit|Foto|Fotos|Bild|Bildquelle|Imagen|Immagine|Crédit(?: photo)?|Fotografía|Fotografia|Beeld)\s*:|\((?:Photo|Foto|Picture|Bild|Image|Imagen)\s+(?:by|von|de|di|door|:)|(?<![\p{L}\p{N}])(?:Getty Images|AFP via Getty|AP Photo|Shutterstock|iStock|Alamy|picture alliance|picture-alliance|Imago|Keystone\/|EPA-EFE|ANSA\/|dpa\/|Reuters\/|AFP\/|ANP\/|Lusa\/)|©)/iu;

/** Navigation and calls to action: "Read more", "Lesen Sie auch", "Lire aussi", "Leer más", "Leggi anche", "Leia mais", "Lees ook". */
export const CALL_TO_ACTION =
  /^(?:Read more|READ MORE|Read also|See also|Related|Click here|Watch|Sign up|Subscribe|Follow us|Share this|Scroll down|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Auch interessant|Jetzt abonnieren|Lire aussi|À lire aussi|Voir aussi|Abonnez-vous|Leer más|Lea también|Ver también|Suscríbete|Leggi anche|Leggi di più|Iscriviti|Leia mais|Leia também|Veja também|Assine|Lees ook|Lees meer|Meer lezen|Abonneer)(?![\p{L}\p{N}])/u;

/** Teasers that point to the text instead of saying something: "Here's why.", "Voici pourquoi." */
export const TEASER =
  /^(?:Here(?:'s| is) (?:why|how|what)|This is (?:why|how|what)|Find out|Hier (?:erfahren|lesen) Sie|Voici (?:pourquoi|comment|ce que)|Esto es lo que|Ecco (?:perché|come|cosa)|Veja (?:por que|como|o que)|Dit is (?:waarom|hoe|wat))(?![\p{L}\p{N}])/iu;

/**
 * Live-blog entry stamps on a line of their own: "16:41", "4.41pm", "16.41 Uhr", "16h41", "Updated 16:41 GMT",
 * or relative ones: "12 min ago", "vor 5 Minuten", "il y a 2 h", "hace 3 horas", "5 minuti fa", "há 1 hora", "3 uur geleden".
 */
export const ENTRY_TIMESTAMP =
  /^(?:(?:Updated|Aktualisiert|Mis à jour|Actualizado|Aggiornato|Atualizado|Bijgewerkt)\s+(?:at\s+|um\s+|à\s+|a las\s+|alle\s+|às\s+|om\s+)?)?\d{1,2}(?:[:.h]\d{2})(?:\s*(?:[ap]\.?m\.?|Uhr|h|hrs))?(?:\s*(?:GMT|BST|UTC|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|PST|PDT))?$|^(?:\d{1,2}\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago|vor\s+\d{1,2}\s*(?:Min\.?|Minuten|Std\.?|Stunden?)|il y a\s+\d{1,2}\s*(?:min|minutes?|h|heures?)|hace\s+\d{1,2}\s*(?:min|minutos?|h|horas?)|\d{1,2}\s*(?:min|minuti|ore|ora)\s+fa|há\s+\d{1,2}\s*(?:min|minutos?|h|horas?)|\d{1,2}\s*(?:min|minuten|uur)\s+geleden)$/iu;

/**
 * Photo captions in the "Label: what the picture shows" style ("Grim discovery: Street cleaners..."),
 * which flattened pages run into the text. The label is one to three words, only the first capitalised.
 */
export const CAPTION_LABEL = /^\p{Lu}[\p{Ll}'’-]+(?: [\p{Ll}'’-]+){0,2}: (?=["'‘“]?\p{Lu})/u;

/** Verbs that make a "label" an introduction to a quote instead ("He said: ..."). */
export const SPEECH_VERBS = new Set(
  [
    ...['said', 'says', 'told', 'added', 'explained', 'insisted', 'claimed', 'wrote', 'tweeted', 'warned', 'revealed'],
    ...['admitted', 'stated', 'asked', 'replied', 'sagte', 'sagt', 'erklärte', 'betonte', 'schrieb', 'dit', 'déclaré'],
    ...['ajouté', 'expliqué', 'écrit', 'dijo', 'afirmó', 'explicó', 'añadió', 'escribió', 'detto', 'spiegato', 'disse'],
    ...['afirmou', 'explicou', 'escreveu', 'zei', 'schreef', 'verklaarde'],
  ],
);
