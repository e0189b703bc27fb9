import { WORD_END } from '../text.ts';
import { PUBLISHED_WORDS, UPDATED_WORDS } from '../metadata-date-words.ts';

/**
 * Lines publishers put inside the story container that are not the story. Each pattern is matched
 * against a whole short block (anchored), so a sentence that merely mentions the words is kept.
 */

/** Photo credits and captions: "Photograph: Jane Doe/Reuters", "(Getty Images)", "Image: AP". */
export const CREDIT_LINE =
  /^[([]?\s*(photo(graph)?s?|image|picture|pic|illustration|video|graphic|credit|source|foto|bild|imagen|crédit|fotó)\s*(credit)?\s*[:：©]|^[([]?\s*(©|\(c\)|copyright)\s|^[([]?\s*(getty images|afp|reuters|ap photo|shutterstock|istock|alamy|epa|pa( images)?)\b.{0,40}$|\b(getty images|afp via getty|ap photo|reuters|shutterstock|alamy stock photo|pa wire|epa-efe)[)\]]?\s*$/i;

/** A caption's tail credit: "… (Image: GETTY)", "… (AP Photo/Jane Doe, File)", "(Photo by X/Getty Images)". */
export const TRAILING_CREDIT =
  /\((image|photo|picture|pic|credit|foto|bild|video|source)s?\b[^()]{0,80}\)\s*$|\((ap|afp|reuters|getty|epa|pa|shutterstock)\b[^()]{0,80}\)\s*$|^(image|photo|picture) (copyright|source|credit)\b|(photo|image|picture)\s*:\s*[^.]{0,80}(getty|reuters|associated press|afp|ap|shutterstock|alamy|epa)\b[^.]{0,40}$/i;

/** Interface words that stand alone as a line: buttons, gallery counters, section labels. */
export const INTERFACE_LINE =
  /^((sign in|log ?in)( or (join|register|sign up|subscribe))?( now| here)?|sign up|log ?out|register|subscribe( now)?|newsletters?|menu|search|close|caption|enlarge( this)? image|advert|breaking( news)?|latest( news)?|top stories|view (author archive|all|more|gallery|comments)|email the author|follow on \w+|(image|photo|slide) \d+ (of|\/) ?\/? ?\d*|\d+ (of|\/) \d+|show (more|less)|load more|back to top|skip to .{0,30}|expand|collapse|previous|next|play( video)?|watch( video)?|video|audio|listen( now)?|loading\.*|open in app|about the authors?|author|reply|like|report|order reprints|reprints( (&|and) permissions)?|print( (this )?(article|story|page))?|text size|font size|via \S+|by)[\s.:!»›]*$/i;

/** A line that is only a web address (print headers, "source:" stubs). */
export const URL_LINE = /^(https?:\/\/|www\.)\S+$|^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}\/\S*$/i;

/** Contact and follow lines closing a story: "Follow her on Twitter", "Email X at … or follow @x". */
export const FOLLOW_LINE =
  /\bfollow (us|him|her|them|me|@\w+|\p{Lu}\w+)\b.{0,60}\b(twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b|^(e-?mail|contact|reach|write to) .{0,60}\b(at|on|via)\b.{0,80}(@|twitter)|^follow\b.{0,100}\b(at|on) (https?:\/\/|www\.|@)\S+\.?$|^have a (news )?tip\b|^(want|like) (more|this)\b.{0,60}\?$/iu;

/** Newsletter plugs: a short line naming a newsletter or an inbox and asking for a sign-up. */
export const NEWSLETTER_WORDS = /\b(newsletters?|inbox|e-?mail alerts?|news alerts?)\b/i;
export const SIGNUP_WORDS = /\b(sign up|sign-up|subscribe|get|delivered|receive|join|register)\b/i;

/** Disclosures and script notices that sit inside the story container. */
export const NOTICE_LINE =
  /\b(affiliate (links?|commissions?|partnerships?)|(may|might|could) (earn|receive) (a |an )?(small )?(affiliate )?(commission|compensation)|requires javascript|enable javascript|your browser does not support|all rights reserved|(is|are) subject to copyright|may not be (published|reproduced|broadcast|rewritten|redistributed))\b|©\s*(19|20)\d{2}\b/i;

/** A dateline that may sit anywhere: "Updated 11:21 pm CST, Tuesday…", "Published: 3 May 2024". */
export const DATELINE = new RegExp(
  String.raw`^(${PUBLISHED_WORDS}|${UPDATED_WORDS}|last updated|first published)${WORD_END}[\s:]*.{0,80}\d.{0,40}$`,
  'iu',
);

/** "Read also" in the other languages read here: a line that opens a link to another story. */
const READ_ALSO = String.raw`(à |a )?lire aussi|voir aussi|lesen sie (auch|mehr)|mehr zum thema|weiterlesen|auch interessant|leer más|lee también|lea también|ver también|leggi anche|leggi di più|vedi anche|leia (também|mais)|veja também|lees (ook|meer)|zie ook|läs (också|mer)|les også|læs også|czytaj (też|także|więcej)|читайте также`;

/** Sharing, "read more", follow and subscription calls; the `u` flag ends a word on a letter like "é". */
export const CALL_TO_ACTION_LINE = new RegExp(
  [
    String.raw`^(share|tweet|email|print|save|copy link|copy url)( (this|the) (article|story|page|post))?( on \w+)?[\s:!.]*$`,
    String.raw`^share (this|the|on|via)\b.{0,40}$`,
    String.raw`^(read|see|watch|listen|click|tap) (more|also|next|here|now|full story|the full)\b.{0,140}$`,
    // A label, then a separator or nothing: "Related: …", "MORE »", "See also – …" (not "More than 2,500 …").
    String.raw`^(more|related|recommended|also read|also see|see also|further reading|read next|up next|trending( now)?|most (read|popular)|popular|don'?t miss|more from [\w.' ]{1,40}|more on (this|that)( story| topic)?|related (articles?|stories|content|coverage|reading|links?|posts?)|you (may|might) (also )?(like|enjoy)|more stories|editor'?s picks?)\s*([:»›>|–—-].{0,160})?$`,
    String.raw`^(advertisement|advertising|sponsored( content)?|ad|anzeige|werbung|publicidad|publicidade|publicité|reklama|reklame|reclame|advertentie|pubblicità|iklan|mainos)[\s.:]*$`,
    String.raw`^(story|article) continues (below|after)\b.{0,40}$`,
    String.raw`^continue reading\b.{0,80}$`,
    String.raw`^(follow|like) us on\b.{0,80}$`,
    String.raw`^(sign up|subscribe|register|log ?in|join)\b.{0,40}\b(newsletter|inbox|email|free|today|now|here|account|updates)\b.{0,80}$`,
    String.raw`^(get|receive) (our|the)\b.{0,60}\b(newsletter|email|alerts?)\b.{0,60}$`,
    String.raw`^.{0,140}\b(click|tap) here\b.{0,120}$`,
    String.raw`^subscribe to\b.{0,120}$`,
    String.raw`^also\s*:.{0,120}$`,
    // The same labels in brackets: "[Related: …]", "(See also: …)".
    String.raw`^[[(](related|see also|read more|more|also read)\s*:.{0,160}[\])]$`,
    String.raw`^(this (article|story) (was|has been) (originally )?(published|updated|amended|corrected))\b.{0,200}$`,
    String.raw`^(we|you) (may|might) (earn|receive) (a )?(commission|compensation)\b.{0,200}$`,
    String.raw`^(download|get) (the|our) app\b.{0,80}$`,
    // Shopping and affiliate calls: "Compare new car deals with leasing.com", "Add to Goodreads To-Read List →".
    String.raw`^(add to|compare ([\w-]+ ){0,3}(deals|prices)|buy (it |now|on|at|from)|shop (now|the|at)|check (the )?(price|availability)|see (the )?(deal|price|offer)s?)\b.{0,100}$`,
    String.raw`^(comments?|leave a (comment|reply)|\d+ comments?|view comments|show comments|join the (discussion|conversation))[\s:.!]*$`,
    // The same calls in the other languages read here: "Lire aussi : …", "Partager sur Facebook".
    String.raw`^(${READ_ALSO})${WORD_END}.{0,140}$`,
    String.raw`^(partager|teilen|compartir|condividi|compartilhar|partilhar|delen|udostępnij|поделиться)( (sur|auf|en|su|no|na|op|в) \S+| (cet article|diesen artikel|este artículo|questo articolo|este artigo|dit artikel))?[\s:!.]*$`,
  ].join('|'),
  'iu',
);

/** Byline and dateline lines that head a story: "By Jane Doe", "Updated 12:04 GMT, 3 May 2024". */
export const BYLINE_LINE =
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}?[\p{L}.'’-]+){0,4}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}?[\p{L}.'’-]+){0,4})*(\s*[,|•·-]\s*.{0,80})?$/u;

/** Labels that head a box of links to other stories: "More Great WIRED Stories", "DON'T MISS", "Related news", "Lire aussi". */
export const RELATED_LABEL = new RegExp(
  String.raw`^(don'?t miss|related|recommended|read (more|next|also)|see also|also (read|see)|more (great |top )?[\w.' ]{0,30}(stories|articles|news|posts|reads|videos|coverage)|(most )?(popular|latest|recent|trending|top) (stories|articles|news|posts|now)|popular this (week|month)|editor'?s picks?|you (may|might) (also )?like|more from|more on)\b|^(${READ_ALSO}|sur le même sujet|articles similaires|das könnte sie auch interessieren|verwandte artikel|te puede interesar|artículos relacionados|noticias relacionadas|potrebbe interessarti|articoli correlati|artigos relacionados|notícias relacionadas|gerelateerde artikelen|relaterade artiklar|relaterede artikler|relaterte artikler|powiązane artykuły|похожие статьи)${WORD_END}`,
  'iu',
);
/** Wire-service and desk credits closing a story: "(Reporting by X; Editing by Y)", "X contributed to this report." */
export const CONTRIBUTOR_LINE =
  /^\(?(additional )?(reporting|writing) by\b.{0,200}\b(edit(ed|ing)) by\b.{0,120}\)?\.?$|\bcontributed (reporting )?to this (report|story|article)\.?\)?$|\bcontributed reporting\b.{0,80}$|^(additional|extra) reporting by\b.{0,120}$/i;

/** Appeals to the reader: donations, memberships, paywall hints. */
export const APPEAL_LINE =
  /^.{0,80}\b(support (our|independent|quality|local) journalism|become a (member|subscriber|patron)|make a (donation|contribution)|donate (now|today)|subscribe (now|today) (to|for)|already a (subscriber|member)|unlimited (digital )?access)\b.{0,200}$/i;

/** Class or id words that mark a caption, credit, share bar or related-links box inside the story. */
export const NON_CONTENT_CLASS =
  /(^|[\s_-])(caption|credit|figcaption|share|sharing|social|related|recommend|read-?more|readmore|newsletter|signup|promo|byline|dateline|author-?bio|tags?|breadcrumbs?|advert|ad-?slot|sponsor|outbrain|taboola|toolbar|meta)([\s_-]|$)/i;

/** Taxonomy, counter and reading-time lines: "Filed under: Politics |", "Tags: …", "3.409 letture", "Reading time: 4 min". */
export const META_LINE =
  /^(filed under|posted in|tags?|tagged( with)?|topics?|categories|category|categoria|categorie|kategorien?|schlagwörter|étiquettes|etiquetas)\s*:.{0,160}$|\s[-|•·]\s(tags?|categor\w*|kategorie)\s*:.{0,120}$|^\d[\d.,]*\s*(views|reads|letture|leituras|visualizações|visualizaciones|vistas|lecturas|lectures|aufrufe)$|^(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura|leestijd)\s*:?\s*\d.{0,20}$/i;

/** Words a row of share buttons reads as: "Share Tweet Submit", "WhatsApp Facebook Pinterest Baixar". */
export const SHARE_BUTTON_WORD =
  /^(share|shares|tweet|pin|email|e-mail|mail|print|submit|save|copy|link|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|messenger|sms|tumblr|pocket|download|baixar|descargar|télécharger|herunterladen|scarica|downloaden|compartir|compartilhar|partager|teilen|condividi|delen)$/i;
