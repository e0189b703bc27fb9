import { PRINTED_DATE_SOURCE } from './metadata-date-words.ts';

/** Words and patterns bylines are made of, kept apart from the logic that reads them. Several languages each. */

/** Class names of byline and author elements, in any template. */
export const AUTHOR_CLASS = /author|byline/i;

/** Labels before the name: "By", "Written by", "Author:", "Von", "Par", "Por", "Door"… */
export const BY_PREFIX =
  /^((view|see) (all )?(posts|articles|stories) by|more (posts|articles|stories) (by|from)|((this|the) (post|article|story|piece) (was|is) )?(written|posted|reported|words|story|text|photos?|article|author(ed)?|authors?|published)\s*(by)?|by|von|verfasst von|geschrieben von|autor(in|es|a)?|auteur(e|s)?|par|écrit par|por|escrito por|di|scritto da|autore|door|geschreven door|av|af|przez|από|автор)\s*[:：]?(?=[\s|]|$)\s*/iu;
/** What is left when the label stood alone: "By", "Author". */
export const LABEL_ONLY = /^(by|von|par|por|di|da|de|door|av|af|author|authors|autor|autore|auteur|written|posted|published)[\s:：]*$/i;
/** Job titles: a byline that is only a role ("Senior Autos Reporter") names nobody. */
export const ROLE_WORDS =
  /\b(reporter|editor|writer|correspondent|columnist|contributor|journalist|director|founder|co-founder|manager|officer|coordinator|specialist|reviewer|expert|analyst|consultant|veterinarian|dietitian|nutritionist|strategist|marketer|redakteur(in)?|autor(in)?|journaliste|rédact(eur|rice)|periodista|redactor(a)?|giornalista|redattore|redacteur|verslaggever)\b/i;
/** Words that open a job title, never a name: "Senior Autos Reporter". */
export const ROLE_OPENERS = /^(senior|junior|associate|assistant|chief|deputy|contributing|managing|executive|staff|lead|head|freelance|leitende[rn]?|stellvertretende[rn]?)$/i;
/** Words that make a name an organisation's: such a name equal to the site's is the publisher, not a writer. */
export const ORGANISATION_WORDS =
  /\b(news|times|post|media|inc|ltd|llc|gmbh|group|store|shop|magazine|journal|daily|press|network|tv|radio|official|blog|the|company|co|agency|digital|online|hub|solutions|services)\b/i;
/** Tails that follow a name in bylines: dates, roles, "Updated…", pipes. */
export const BYLINE_TAIL =
  /\s*(\||•|·|—|–|\bon\b\s+\w+\s+\d|\b(published|updated?|last update|posted|on behalf of|follow|share|subscribe|tweet|facebook|linkedin|email|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|reviewed by|fact[- ]checked by|edited by)\b|\d{1,2}[:/.]\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(mon|tue|wed|thu|fri|sat|sun),|\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(hours?|minutes?|mins?|days?)\b|\b\d+\s*min(ute)?s?\s+read\b).*$/i;
/** Not a person or desk at all. "X Staff" and "X Team" are fine; bare "Staff" or "Admin" are not. */
export const NOT_A_NAME =
  /^(https?:|www\.)|@|^(staff|admin|administrator|editor(ial)?( team| staff)?|newsroom|wire|unknown|guest|team)$|^(share|follow|about|more|comments?|posts?|articles?|read|home|menu|search|sign in|log in|subscribe|view|learn|see)\b|\bsays$|\*$|\{\{|^[\w-]+(\.[\w-]+){2,}$/i;
/** Separators between several authors: "A, B and C", "A & B", "A und B". */
export const AUTHOR_JOINERS = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/i;
/**
 * "Harry RabinowitzTech Reporter": a later word glued to the next capitalised one. The first word is
 * spared ("IndustrySelect" is a name), and so are "McCravy", "MacDonald", "DeVito".
 */
export const GLUED_WORDS = /(\s\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
/** Glued markup text: "Luke KimDecember 17, 2025" — a month name stuck to the name. */
export const GLUED_DATE = /(\p{Ll})(?=(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/giu;
/** A date printed before the name: "Dec. 19, 2025 · Niko Matsakis", "17 Dec 2025Julian Arni". */
export const LEADING_DATE = new RegExp(String.raw`^${PRINTED_DATE_SOURCE}\s*[·•|–-]?\s*`, 'u');
/** Letters after a name and a comma that are credentials, not a second author: "MD", "PhD", "RD", "FAND". */
export const CREDENTIAL = /^(?=[\p{Lu}\p{Ll}.]{2,6}$)(?=(?:.*\p{Lu}){2})[\p{L}.]+$/u;
