import { MONTH_WORDS_SOURCE, PRINTED_DATE_SOURCE, PUBLISHED_WORDS, UPDATED_WORDS } from './metadata-date-words.ts';
import { WORD_END, WORD_START } from './text.ts';

/** Words and patterns bylines are made of, kept apart from the logic that reads them. Several languages each. */

/** Class names of byline and author elements, in any template. */
export const AUTHOR_CLASS = /author|byline/i;

/** Parts of a byline or author box that name something else: its category ("byline__category"), a story's title ("author__article-title"). */
export const NOT_NAME_CLASS = /categor|topic|(article|post|entry)[-_]?title|(^|[\s_-])tags?($|[\s_-])/i;
/** Class names of what an author box prints under the name: the writer's description, bio or job, not the name. */
export const AUTHOR_DETAIL_CLASS = /author[-_]?(desc|description|bio|biography|job|role|position|tagline)\b/i;
/** Labels before the name: "By", "Written by", "Author:", "Von", "Par", "Por", "Door"… */
export const BY_PREFIX =
  /^((view|see) (all )?(posts|articles|stories) by|more (posts|articles|stories) (by|from)|((this|the) (post|article|story|piece) (was|is) )?(written|posted|reported|words|story|text|photos?|article|author(ed)?|author(s|\(s\))?|published)\s*(by)?|by|von|verfasst von|geschrieben von|autor(in|es|a)?|auteur(e|s)?|par|écrit par|por|escrito por|di|scritto da|autore|door|geschreven door|av|af|przez|από|автор|текст)\s*[:：]?(?=[\s|]|$)\s*/iu;
/** What is left when the label stood alone: "By", "Author". */
export const LABEL_ONLY = /^(by|von|par|por|di|da|de|door|av|af|author|authors|author\(s\)|autor|autore|auteur|written|posted|published)[\s:：]*$/i;
/** Job titles: a byline that is only a role ("Senior Autos Reporter") names nobody. */
export const ROLE_WORDS =
  /\b(reporter|editor|writer|correspondent|columnist|contributor|journalist|director|founder|co-founder|manager|officer|coordinator|specialist|reviewer|expert|analyst|consultant|representative|veterinarian|dietitian|nutritionist|strategist|marketer|redakteur(in)?|autor(in)?|journaliste|rédact(eur|rice)|periodista|redactor(a)?|giornalista|redattore|redacteur|verslaggever)\b/i;
/** Words that open a job title, never a name: "Senior Autos Reporter". */
export const ROLE_OPENERS = /^(senior|junior|associate|assistant|chief|deputy|contributing|managing|executive|staff|lead|head|freelance|leitende[rn]?|stellvertretende[rn]?)$/i;
/** Words that make a name an organisation's: such a name equal to the site's is the publisher, not a writer. Whole words in any script ("université"). */
export const ORGANISATION_WORDS = new RegExp(
  String.raw`${WORD_START}(team|staff|admin|administrator|webmaster|news|times|post|media|inc|ltd|llc|gmbh|group|store|shop|magazine|journal|daily|press|network|tv|radio|official|blog|the|company|co|agency|digital|online|hub|solutions|services|association|foundation|institute|university|college|school|society|council|clinic|hospital|centre|center|bank|labs?|studios?|partners|consulting|collective|hotels?|club|apps|makers|stiftung|verein|verband|universität|université|universidad|fondation|fundación|associazione)${WORD_END}`,
  'iu',
);
/**
 * Trades a business is named after, rarely a person: "West Bell Dental Care", "Loona Construction",
 * "Help Net Security". Asked only of a name that is the site's own (a byline, or a personal site's
 * owner): a writer's personal site is named after them, a company's after what it does.
 */
export const BUSINESS_WORDS =
  /\b(security|marketing|dental|dentistry|care|data|construction|renovations?|remodel(l?ing)?|strateg(y|ies)|energy|community|cloud|global|foods?|project|software|systems|technolog(y|ies)|insurance|financial|capital|health|fitness|legal|realty|properties|logistics|supply|consultants?|products|industries|international)\b/i;
/**
 * A word of three capitals or more before another word is an acronym, an organisation's: "CBS Detroit",
 * "WSET Global". Not the last word: French and Italian bylines print the surname in capitals ("Jean DUPONT").
 */
export const ACRONYM = /(?:^|\s)\p{Lu}{3,}\s/u;
/** Schema.org types of an organisation or a business: `NewsMediaOrganization`, `LocalBusiness`, `Dentist`, `LegalService`. */
export const ORGANISATION_TYPE = /(Organization|Business|Corporation|Store|Restaurant|Dentist|Service)$/;
/** A newsroom's credit with no name in it: kept only when no one is named anywhere on the page. */
export const NAMELESS_DESK = /^(staff|team)$/i;
/** Labels that end a byline's name: the date's label, share links, another person's credit. */
const TAIL_LABELS = `${PUBLISHED_WORDS}|${UPDATED_WORDS}|update|last update|on behalf of|follow|share|subscribe|tweet|facebook|linkedin|email|reviewed by|fact[- ]checked by|edited by`;
/**
 * Tails that follow a name in bylines: dates, roles, "Updated…", pipes. Labels are whole words in
 * any script ("Publié").
 */
export const BYLINE_TAIL = new RegExp(
  String.raw`\s*(\||•|·|—|–|\bon\b\s+\w+\s+\d|${WORD_START}(${TAIL_LABELS})${WORD_END}|\d{1,2}[:/.]\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|${WORD_START}\d{1,2}(st|nd|rd|th)?\.?\s+(de\s+)?(${MONTH_WORDS_SOURCE})${WORD_END}|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(mon|tue|wed|thu|fri|sat|sun),|\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(hours?|minutes?|mins?|days?)\b|\b\d+\s*min(ute)?s?\s+read\b).*$`,
  'iu',
);
/** A desk or team credited by name: "The Investopedia Team", "Mayo Clinic Staff", "SPIEGEL-Redaktion". */
export const TEAM_CREDIT = /\S[\s-]+(team|staff|editors|redaktion|rédaction|redacción|redazione|redactie)$/i;
/**
 * Not a person or desk at all, by kind. "X Team" is fine, and so are "Staff" and "team" (NAMELESS_DESK);
 * "Admin" or "Editorial" are a template's account.
 * Each is a regex source; NOT_A_NAME joins them.
 */
const NOT_A_NAME_KINDS = [
  // An address, a handle or a file: "www.facebook.com/jane", "@jane", "humans.txt".
  String.raw`^(https?:|www\.)|@|^[\w-]+(\.[\w-]+){2,}$|\.(txt|html?|php|aspx?|jpe?g|png|gif|svg|pdf)$`,
  // An account with no name, a template's blank, a menu's facet ("browse by Category"), a month ("Written By Feb 11").
  String.raw`^(admin|administrator|editor(ial)?( team| staff)?|newsroom|wire|unknown|guest|webmaster|undefined|null|none|n\/a|category|categories|tags?|topics?|date|price|brand|type|manufacturer|location|region|popularity|relevance|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$`,
  // A share button's channel: "Share by Mail", an icon's alt "Google Plus".
  String.raw`^(e-?mail|mail|print|rss( feed)?|sms|google\s*(\+|plus)|facebook|twitter|x|instagram|linkedin|pinterest|youtube|whatsapp|telegram|reddit|tumblr|tiktok|flipboard|messenger)$`,
  // A control's label, a bio or profile link, a feed link, a checker's badge.
  String.raw`^(share|follow|about|more|comments?|posts?|articles?|read|home|menu|search|sign in|log in|subscribe|view|learn|see|get)\b|\b(full )?bio\b|\bprofile$|\b(rss|atom)\s+feed\b|\bfeed$|\b(fact[- ]?checked|verified)\b`,
  // The web agency's credit in the footer: "Government Websites by CivicPlus".
  String.raw`\b(websites?|site|design(ed)?|developed|powered|hosted|theme)\s+by\b`,
  // A quote's attribution, a form's required mark, an unrendered template.
  String.raw`\bsays$|\*$|\{\{`,
];
export const NOT_A_NAME = new RegExp(NOT_A_NAME_KINDS.join('|'), 'i');
/** Words a neighbouring element leaves at the end of a name: "… In" (category), "… Last" (updated), "… View" (profile), "… at" (a blog template's "Posted by Jane Doe at 11:15 AM"). */
export const TRAILING_NOISE = /^(In|On|[Aa]t|[Ll]ast|[Vv]iew|[Ss]ponsored|[Uu]pdated|[Pp]ublished|[Pp]osted|[Rr]ead|[Mm]ore|[Ff]ollow)$/;
/** A byline line that starts with the name: "Aaron Ricadela | Senior Writer | July 2, 2025"; group 2 is what follows. */
export const NAME_THEN_DETAIL = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s*[|•·]\s*(.{3,60})$/u;
/** Lower-case particles inside surnames: "van der Merwe", "de la Cruz", "bin Salman". */
export const NAME_PARTICLES = /^(van|von|der|den|de|da|das|do|dos|del|della|di|du|la|le|bin|ibn|al|el|ter|ten|y|zu)$/;
/** A name never ends with a lower-case preposition: "Insights from", "Stories by". */
export const TRAILING_PREPOSITION = /\s(from|by|of|for|in|on|with|von|par|por|di|de)$/;
/** The words that join two names in a byline, in the languages read here. */
export const JOINER_WORDS = 'and|und|et|y|e|en';
/**
 * Separators between several authors: "A, B and C", "A & B", "A und B". Conjunctions are written in
 * lower case (capitals only in an all-caps byline): "Sarah E. Needleman" and "Bruce Y. Lee" are one name each.
 */
export const AUTHOR_JOINERS = new RegExp(String.raw`\s*(?:,|&|\b(?:${JOINER_WORDS}|AND|UND)\b)\s*`);
/**
 * "Harry RabinowitzTech Reporter", "Matias HeikkiläLet's talk", "Mateusz KowalskiFounder at Woodshop":
 * a later word glued to a capitalised word that starts a title or a phrase. The first word is spared
 * ("IndustrySelect" is a name), and so are "McCravy", "MacDonald", "DeVito" and names that end there ("By MixmasterFred",
 * "Mark SubbaRao and Jonas Jaegermeyer").
 */
export const GLUED_WORDS = /(\s\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}|[^\p{L}\s]|\s+(?:at|of|for|bei|chez)\s))/gu;
/** Glued markup text: "Luke KimDecember 17, 2025" — a month name stuck to the name. */
export const GLUED_DATE = /(\p{Ll})(?=(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/giu;
/** A date printed before the name: "Dec. 19, 2025 · Niko Matsakis", "17 Dec 2025Julian Arni". */
export const LEADING_DATE = new RegExp(String.raw`^${PRINTED_DATE_SOURCE}\s*[·•|–-]?\s*`, 'u');
/** Letters after a name and a comma that are credentials, not a second author: "MD", "PhD", "RD", "FAND". */
export const CREDENTIAL = /^(?=[\p{Lu}\p{Ll}.]{2,6}$)(?=(?:.*\p{Lu}){2})[\p{L}.]+$/u;
/**
 * A label naming the writer, alone or before the name: "Written by", "This post was written by", "Author:", "Article by", "Von".
 * Narrower than BY_PREFIX: it is read in page text, where "Photo by" or "Reviewed by" credit someone else.
 */
export const WRITER_LABEL =
  /^(by|((this|the) (post|article|story|piece|guide) (was|is) |(article|post|story) )?written by|posted by|((view|see) )?(all )?(posts|articles|stories) by|words by|article by|story by|reported by|interview by|author(s|\(s\))?|contributors?|about the author|verfasst von|geschrieben von|von|autor(in)?|par|écrit par|auteur(e)?|por|escrito por|scritto da|autore|door|geschreven door)\s*[:：]?(?=\s|$)\s*/i;
/**
 * An author box's bio sentence: "Julia Gralberg is a freelance travel writer…", "Alban Brooke is the
 * Head of Marketing at…". Group 1 is the name, group 2 what the person is.
 */
export const BIO_SENTENCE = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}) (?:is|was) (?:a|an|the|our)\s([^.]{0,80})/u;
/** What a bio says its writer is: a job that writes, or leads. */
export const BIO_OCCUPATION = /\b(head of|author|blogger|photographer|researcher|professor|scientist|engineer|designer|coach|founder|owner|ceo|cto)\b/i;
/** Portraits next to a byline or in an author box: the alt text is the writer's name. */
export const PORTRAIT_IMAGE = /avatar|author|profile|gravatar|headshot|portrait/i;
/**
 * Images that show a site, not a person, whatever folder they sit in ("/profiles/…" in Drupal): a
 * logo, a vector drawing, or a WordPress.com "blavatar", the blog's icon its top-posts widget shows
 * beside each post's title.
 */
export const NOT_PORTRAIT = /logo|\.svg\b|blavatar/i;
/** Alt texts that describe the portrait before naming the person: "Headshot of Jane Doe". */
export const PORTRAIT_ALT_PREFIX = /^(head\s?shot|photo|picture|portrait|image|avatar) of\s+/i;
/** Alt texts that name the person, then say what the image is: "Jane Doe Headshot", "Jane Doe's avatar". */
export const PORTRAIT_ALT_SUFFIX = /(['’]s)?\s+(head\s?shot|portrait|avatar|profile (image|photo|picture)|(author )?(photo|picture))$/i;
/** Icon fonts' person glyphs (Bootstrap Icons, Font Awesome, generic "icon-user") that stand before a name. */
export const PERSON_ICON = /\b(bi-person|fa-user|fa-user-circle|icon-user|icon-person|icon-author)\b/;
/** A personal site named after its writer: "Colin Watson's blog", "Jane Doe’s notes". */
export const PERSONAL_SITE = /^(.+?)['’]s\s+(blog|weblog|site|website|journal|notes|newsletter|homepage)$/i;
/** A personal blog's box about its writer: "About me", "Find out more about me", "Über mich", "À propos de moi". */
export const ABOUT_ME = new RegExp(String.raw`${WORD_START}(about me|über mich|à propos de moi|sobre mí|sobre mim|chi sono|over mij|om mig)${WORD_END}`, 'iu');
/** "© 2025 Toby Hede. All rights reserved.", "Copyright 2019–2025 Jane Doe": who holds the rights. */
export const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2})?\s*)?(?:by\s+)?([^.|,©]+)/i;
