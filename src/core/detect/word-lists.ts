import { MONTH_WORDS_SOURCE } from '../metadata-date-words.ts';
import { WORD_END, WORD_START } from '../text.ts';

/**
 * Phrases that mark a kind of page, in the languages Clearpage meets most (en, de, fr, es, it, pt, nl).
 * Each list names a page convention, not a site: bylines and reading times are how stories present
 * themselves; carts, quotes and replies are how shops, services and forums do.
 * Lists with words that start or end in an accent ("publié", "você", "même") mark word edges with
 * WORD_START and WORD_END: `\b` knows only ASCII letters.
 */

/** "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Por Ana Gómez", "Di Marco Rossi", "Door Jan de Vries". */
// Keywords spelled in both cases by hand: the name after them must stay capitalised.
export const BYLINE =
  /(?:^|[\s|•·])(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Tt]exto de|[Ww]ritten by|[Gg]eschrieben von|[ÉéEe]crit par|[Ee]scrito por|[Ss]critto da)\s+\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.?\s*)?\p{Lu}\p{Ll}+)/gu;

/** "5 min read", "Lesezeit: 4 Minuten", "3 min de lecture", "Tiempo de lectura", "leestijd". */
export const READING_TIME =
  /\b\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?\.?|minuten|minutes|minutos|minuti)\s*(?:read|reading|de lecture|de lectura|di lettura|de leitura|leestijd|lesezeit|lesedauer)\b|\b(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\b/giu;

/** "Published", "Updated", and their siblings: the dateline stories carry. */
export const DATELINE_WORDS =
  new RegExp(String.raw`${WORD_START}(?:published|updated|posted on|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)${WORD_END}`, 'giu');

/** A written-out or numeric calendar date: "March 4, 2024", "4. März 2024", "4 de marzo de 2024", "2024-03-04", "04.03.2024". */
export const WRITTEN_DATE = new RegExp(
  `\\b(?:(?:${MONTH_WORDS_SOURCE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS_SOURCE})\\.?\\s+(?:de\\s+)?(?:19|20)\\d{2}|(?:19|20)\\d{2}-[01]\\d-[0-3]\\d|[0-3]?\\d[./][01]?\\d[./](?:19|20)\\d{2})\\b`,
  'giu',
);

/** Sharing buttons: stories invite sharing, catalogue and service pages rarely do. */
export const SHARE_WORDS =
  /\b(?:share (?:on|this|via|article|story)|teilen|partager|compartir|condividi|compartilhar|partilhar|delen|tweet)\b/giu;

/** Shop furniture. */
export const CART_WORDS =
  /\b(?:add to (?:cart|bag|basket|wishlist)|buy now|in stock|out of stock|checkout|free shipping|quantity|in den warenkorb|warenkorb|auf lager|ajouter au panier|en stock|añadir al carrito|agregar al carrito|aggiungi al carrello|adicionar ao carrinho|in winkelwagen|op voorraad)\b/giu;

/** Calls to action of service and landing pages. */
export const CTA_WORDS =
  new RegExp(String.raw`${WORD_START}(?:contact us|get (?:a|your) (?:free )?(?:quote|estimate|demo)|request (?:a|an) (?:quote|demo|appointment|consultation)|book (?:a|an|now|your)|schedule (?:a|an|your)|enroll|apply now|get started|free trial|call (?:us|now|today)|learn more|sign up|kontaktieren sie uns|jetzt anfragen|mehr erfahren|contactez-nous|en savoir plus|contáctenos|contáctanos|más información|contattaci|scopri di più|fale conosco|saiba mais|neem contact op|meer informatie|lees meer)${WORD_END}`, 'giu');

/** Documentation chrome. */
export const DOCS_WORDS =
  /\b(?:on this page|table of contents|edit this page|edit on github|was this page helpful|next steps|prerequisites|see also|api reference|last updated on|auf dieser seite|inhaltsverzeichnis|sur cette page|en esta página|in questa pagina|nesta página|op deze pagina)\b/giu;

/** Thread furniture. */
export const FORUM_WORDS =
  /\b(?:replies|reply|quote|joined|posts:|thread|original poster|upvotes?|answered|asked|antworten|beiträge|réponses|répondre|respuestas|responder|risposte|rispondi|respostas|reacties|reageren)\b/giu;

// No `u` flag on the three lists below: they are plain words, and `iu` makes V8 scan the text many times slower.
/** "3 hours ago", "vor 2 Tagen", "il y a 5 jours", "hace 3 meses": how threads and feeds stamp posts; stories print a date. */
export const RELATIVE_TIME =
  /\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\s+ago\b|\bvor\s+\d+\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren)\b|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b|\bh[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\b|\b\d+\s+(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b/gi;

/** "12 replies", "3 answers", "1.2k views": the counters threads and Q&A pages show on every post. */
export const ENGAGEMENT_COUNTS =
  /\b\d[\d,.]*k?\s+(?:replies|answers|comments|votes|points|likes|views|upvotes|posts|antworten|kommentare|beiträge|réponses|commentaires|respuestas|comentarios|risposte|commenti|respostas|reacties)\b/gi;

/** "In this article", "this guide", "dans cet article", "in diesem Beitrag": a piece of writing names itself so; an offering names its product. */
export const SELF_REFERENCE =
  /\b(?:this|the following)\s+(?:article|guide|post|piece|story|tutorial|blog post|essay|report)\b|\b(?:dieser|diesem)\s+(?:Artikel|Beitrag|Ratgeber)\b|\bcet\s+article\b|\b(?:este|neste)\s+(?:art[íi]culo|artigo|post)\b|\bquesto\s+articolo\b|\bdit\s+artikel\b/gi;

/**
 * Voice of the prose. Reporting verbs ("said", "according to") are how news cites sources; "we/our"
 * is how a business speaks of itself; "you/your" is how services and manuals address the reader;
 * "I/my" is how personal blogs speak.
 */
export const REPORTING_WORDS =
  new RegExp(String.raw`${WORD_START}(?:said|says|told|according to|sagte|sagt|erklärte|zufolge|laut|a déclaré|a dit|a indiqué|selon|dijo|afirmó|señaló|según|ha detto|ha dichiarato|secondo|disse|afirmou|segundo|de acordo com|zei|zegt|volgens|aldus)${WORD_END}`, 'giu');
export const WE_WORDS = new RegExp(String.raw`${WORD_START}(?:we|we're|we've|our|ours|us|wir|unser|unsere|unseren|uns|nous|notre|nos|nosotros|nuestro|nuestra|nuestros|nuestras|noi|nostro|nostra|nostri|nostre|nós|nosso|nossa|nossos|nossas|wij|ons|onze)${WORD_END}`, 'giu');
export const YOU_WORDS = new RegExp(String.raw`${WORD_START}(?:you|your|you're|you'll|yours|du|dein|deine|vous|votre|vos|usted|ustedes|tu|tus|voi|vostro|vostra|você|vocês|jij|jouw|uw)${WORD_END}`, 'giu');
export const I_WORDS = new RegExp(String.raw`${WORD_START}(?:I|I'm|I've|I'd|my|me|mine|ich|mein|meine|mich|mir|je|mon|mes|moi|yo|mi|mis|io|mio|mia|eu|meu|minha|ik|mijn)${WORD_END}|${WORD_START}j['’](?=\p{L})`, 'gu');

/**
 * Headlines phrased as a piece of writing: a question, a how-to, an explainer, a numbered list, a guide.
 * Service and product pages are titled with the name of what they sell instead.
 */
export const WRITTEN_TITLE =
  /^(?:how|what|why|when|where|which|who|is|are|can|should|does|do|will|comment|pourquoi|qu['’]est-ce|quand|quel(?:le)?s?|wie|was|warum|wann|welche[rs]?|c[óo]mo|qu[ée]|por\s?qu[ée]|cu[áa]ndo|cu[áa]l(?:es)?|come|cosa|cos['’][èe]|perch[ée]|quando|qual|o que|hoe|wat|waarom|wanneer|welke)(?![\p{L}\p{N}])|^\d+\s+\p{L}|[?¿]\s*$|(?<![\p{L}\p{N}])(?:guide|tips|ways|reasons|things|explained|introduction|overview|history|checklist|lessons|ratgeber|leitfaden|tipps|gründe|conseils|raisons|guía|consejos|razones|guida|consigli|motivi|guia|dicas|motivos|gids|redenen)(?![\p{L}\p{N}])/iu;

/**
 * Headlines that name an offering: "Cybersecurity Consulting Services", "Pet insurance", "Servicios de limpieza".
 * The offering word ends the name in English and German, and opens it ("services de…", "servizi di…") in Romance languages.
 */
const OFFERING_WORDS =
  'services?|solutions?|consulting|consultants?|agency|company|software|platform|tools?|pricing|plans?|insurance|lawyers?|attorneys?|repair|rentals?|movers|courses?|certificates?|programs?|tutors?|tutoring|dienstleistungen|beratung|lösungen|prestations|servicios|soluciones|cursos|seguros?|servizi|soluzioni|corsi|serviços|soluções|diensten|oplossingen';
export const OFFERING_TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${OFFERING_WORDS})\\s*$|^(?:${OFFERING_WORDS})\\s+(?:(?:for|de|des|du|del|di|da|do|per|pour|para|für)\\s|d['’])`,
  'iu',
);
