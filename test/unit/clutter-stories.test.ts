/**
 * Stories *about* donations, subscriptions and logins keep every paragraph; prompts in the main
 * European languages are caught. Hand-written pages in the shape news sites use.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findClutter } from '../../src/core/clutter/index.ts';
import { extractArticle } from '../../src/core/extract.ts';

function page(lang: string, title: string, paragraphs: string[], extra = ''): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const html = `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>
    <header><a href="/">Home</a> <a href="/login">Log in</a></header>
    <main><article><h1>${title}</h1><div class="body">${body}${extra}</div></article></main>
    <footer><a href="/privacy">Privacy</a></footer></body></html>`;
  return new JSDOM(html, { url: `https://news.example/${lang}/story` }).window.document;
}

const STORIES: Record<string, { title: string; paragraphs: string[] }> = {
  'en-donations': {
    title: 'Charities report record year for online donations',
    paragraphs: [
      'Online donations to British charities rose by 18 per cent last year, according to figures published on Tuesday by the Charities Aid Foundation, the largest increase since the pandemic.',
      'The report found that monthly giving through direct debit now accounts for almost half of all income for the 100 largest charities, up from a third five years ago.',
      '“Your donation allows us to keep the lights on,” reads the banner on one hospice website, a message that fundraisers say has become almost universal since 2020.',
      'Analysts said the shift to recurring payments made budgets more predictable, but warned that smaller groups without a digital team were being left behind.',
      'Some newsrooms have adopted the same model. The Guardian says more than a million readers now support its journalism with a regular contribution rather than a subscription.',
      'The foundation urged the government to extend Gift Aid to digital wallets, arguing that donors who give through apps are losing out on tax relief worth millions of pounds.',
    ],
  },
  'en-paywalls': {
    title: 'Publishers rethink paywalls as subscriptions stall',
    paragraphs: [
      'News publishers across Europe are experimenting with softer paywalls after the number of new digital subscriptions stalled for a second year, an industry survey found.',
      'Readers who hit the limit typically see a message such as “Subscribe to continue reading”, but the survey found that fewer than two per cent of them go on to pay.',
      'Several German publishers now let readers unlock a single article after registering, while others have dropped the metered model in favour of a free tier supported by advertising.',
      'Executives interviewed for the report said that asking readers to log in before they can comment had improved the quality of discussions under articles.',
      'The study, which covered 140 titles in 12 countries, was funded by a foundation that supports local journalism and was carried out by researchers at the University of Oxford.',
      'The authors conclude that bundles combining news, puzzles and cooking recipes are the most promising way to keep subscribers from cancelling.',
    ],
  },
  'de-abo': {
    title: 'Verlage setzen auf Digital-Abos',
    paragraphs: [
      'Die deutschen Zeitungsverlage haben im vergangenen Jahr erstmals mehr Digital-Abos als gedruckte Exemplare verkauft, wie der Branchenverband am Montag in Berlin mitteilte.',
      'Besonders gefragt waren Angebote, bei denen Leserinnen und Leser den ersten Monat kostenlos testen können, bevor ein monatlicher Betrag von rund zehn Euro fällig wird.',
      'Kritiker bemängeln, dass viele Nutzer sich registrieren müssen, bevor sie überhaupt einen Artikel lesen dürfen, und dass die Kündigung oft schwieriger sei als der Abschluss.',
      'Der Verband verwies darauf, dass sich unabhängiger Journalismus nur finanzieren lasse, wenn genug Menschen bereit seien, für Nachrichten zu bezahlen.',
      'Gleichzeitig wächst die Zahl der Spenden an gemeinnützige Redaktionen, die ihre Texte frei zugänglich machen und sich über Stiftungen und Mitgliedsbeiträge finanzieren.',
    ],
  },
  'fr-dons': {
    title: 'Les dons aux associations en hausse',
    paragraphs: [
      'Les dons des particuliers aux associations ont progressé de 7 % en 2024, selon le baromètre publié jeudi par France générosités, malgré une inflation encore élevée.',
      'Le don en ligne représente désormais près d’un tiers de la collecte, porté par les campagnes de fin d’année et par la possibilité de déduire une partie du montant de l’impôt.',
      'Les associations interrogées disent cependant peiner à fidéliser les nouveaux donateurs, dont beaucoup ne renouvellent pas leur soutien l’année suivante.',
      'Plusieurs journaux indépendants ont lancé leurs propres appels, expliquant à leurs lecteurs que leurs articles resteraient gratuits grâce à ceux qui peuvent contribuer.',
      'Le gouvernement étudie un relèvement du plafond de la réduction d’impôt, une mesure réclamée depuis longtemps par le secteur.',
    ],
  },
  'es-suscripciones': {
    title: 'Los diarios digitales ganan suscriptores',
    paragraphs: [
      'Los principales diarios digitales españoles sumaron más de 200.000 suscriptores el año pasado, según un informe de la Asociación de Medios de Información publicado este lunes.',
      'El estudio señala que la mayoría de los lectores se registran primero de forma gratuita y que solo una parte acaba pagando una cuota mensual de entre cinco y diez euros.',
      'Los editores reconocen que iniciar sesión para leer noticias sigue generando rechazo entre los usuarios más jóvenes, que prefieren informarse en redes sociales.',
      'Algunos medios han optado por modelos de socios, en los que los lectores apoyan el periodismo con aportaciones voluntarias sin que los artículos queden cerrados.',
      'El informe prevé que el crecimiento se moderará en los próximos años a medida que el mercado se acerque a la saturación.',
    ],
  },
  'it-abbonamenti': {
    title: 'Editori e abbonamenti digitali',
    paragraphs: [
      'Gli abbonamenti digitali ai quotidiani italiani sono cresciuti del 9 per cento nel 2024, secondo i dati diffusi martedì dalla Federazione italiana editori giornali.',
      'Molti lettori si registrano gratuitamente per leggere un numero limitato di articoli prima di decidere se sottoscrivere un abbonamento mensile.',
      'Gli editori sostengono che il giornalismo di qualità abbia un costo e che le donazioni dei lettori non bastino a coprire le spese delle redazioni locali.',
      'Il rapporto segnala anche un aumento delle disdette nei mesi estivi, quando il traffico verso i siti di informazione tende a calare.',
    ],
  },
  'pt-assinaturas': {
    title: 'Jornais apostam em assinaturas digitais',
    paragraphs: [
      'Os jornais portugueses registaram um aumento de 12 por cento nas assinaturas digitais no último ano, de acordo com um estudo divulgado esta quarta-feira em Lisboa.',
      'A maioria dos leitores começa por criar uma conta gratuita e só depois decide pagar uma assinatura mensal, que custa em média seis euros.',
      'Os responsáveis das redações afirmam que as doações dos leitores ajudam, mas não substituem as receitas de publicidade que se perderam nos últimos anos.',
      'O estudo conclui que a confiança na marca é o fator que mais pesa na decisão de pagar por notícias online.',
    ],
  },
  'nl-abonnementen': {
    title: 'Kranten winnen digitale abonnees',
    paragraphs: [
      'Nederlandse dagbladen hebben vorig jaar ruim honderdduizend digitale abonnees gewonnen, blijkt uit cijfers die het Nationaal Onderzoek Multimedia dinsdag publiceerde.',
      'Veel lezers maken eerst een gratis account aan en sluiten pas later een abonnement af, meestal voor een bedrag van rond de tien euro per maand.',
      'Uitgevers zeggen dat onafhankelijke journalistiek alleen kan bestaan als lezers bereid zijn ervoor te betalen, terwijl sommige lokale redacties afhankelijk zijn van giften.',
      'Het onderzoek laat ook zien dat jongeren vaker opzeggen dan oudere lezers.',
    ],
  },
};

describe('stories about donations, subscriptions and logins keep every paragraph', () => {
  it.each(Object.entries(STORIES))('%s', (key, story) => {
    const doc = page(key.slice(0, 2), story.title, story.paragraphs);
    const article = doc.querySelector('article') as Element;
    const hits = findClutter(doc, doc.URL);
    expect(hits.filter((h) => article.contains(h.element)).map((h) => h.reason)).toEqual([]);
    const text = extractArticle(doc, doc.URL)?.text ?? '';
    for (const paragraph of story.paragraphs) expect(text).toContain(paragraph);
  });
});

const PROMPTS: Array<[string, string, string]> = [
  ['de', 'paywall', `<div class="x9f"><h3>Jetzt weiterlesen mit Z+</h3><p>Dieser Artikel ist nur für Abonnenten. Sichern Sie sich unbegrenzten Zugang – den ersten Monat für 1 €, danach 9,99 € im Monat, jederzeit kündbar.</p><a href="/abo">Jetzt abonnieren</a><p>Bereits Abonnent? <a href="/login">Anmelden</a></p></div>`],
  ['fr', 'newsletter-signup', `<div class="sc-a1"><h3>Inscrivez-vous à notre newsletter</h3><p>Recevez chaque matin l'essentiel de l'actualité directement dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S'inscrire</button></form><p>Vous pouvez vous désinscrire à tout moment.</p></div>`],
  ['es', 'paywall', `<div class="c-7"><p>Suscríbete para seguir leyendo</p><p>Lee sin límites con acceso ilimitado por 1 € el primer mes. Cancela cuando quieras.</p><a href="/suscripcion">Suscríbete</a><p>¿Ya eres suscriptor? <a href="/login">Inicia sesión</a></p></div>`],
  ['it', 'donation-appeal', `<aside class="k2"><p>Il nostro giornalismo è libero e indipendente. Sostieni il nostro giornalismo: anche un piccolo contributo fa la differenza.</p><p>Il tuo sostegno ci permette di restare gratuiti per tutti.</p><a href="/dona">Sostieni ora</a></aside>`],
  ['pt', 'login-prompt', `<div class="q1"><p>Já tem conta? Faça login para continuar a ler este artigo.</p><p>Crie a sua conta gratuita em menos de um minuto.</p><a href="/login">Entrar</a> <a href="/registo">Registe-se</a></div>`],
  ['nl', 'donation-appeal', `<div class="z3"><p>Steun onafhankelijke journalistiek. Jouw bijdrage helpt ons om dit soort verhalen te blijven maken, gratis voor iedereen.</p><a href="/doneren">Doneer nu</a> <a href="/lid">Word lid</a></div>`],
  ['de', 'cookie-consent', `<div class="b7" role="dialog"><p>Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe zu analysieren.</p><button>Alle akzeptieren</button><button>Ablehnen</button></div>`],
  ['fr', 'comments-prompt', `<div class="m4"><p>Rejoignez la discussion : soyez le premier à réagir.</p><a href="#comments">Voir les commentaires</a></div>`],
  ['es', 'notification-prompt', `<div class="n8"><p>Activa las notificaciones y no te pierdas nada de la última hora.</p><button>Permitir</button><button>Ahora no</button></div>`],
];

describe('prompts in other languages are caught', () => {
  it.each(PROMPTS)('%s %s', (lang, category, prompt) => {
    const story = Object.entries(STORIES).find(([key]) => key.startsWith(lang))?.[1] ?? (STORIES['en-donations'] as { title: string; paragraphs: string[] });
    const paragraphs = story.paragraphs;
    const doc = page(lang, story.title, paragraphs, prompt);
    const hits = findClutter(doc, doc.URL);
    const promptRoot = doc.querySelector('.body')?.lastElementChild as Element;
    const hit = hits.find((h) => h.element === promptRoot || h.element.contains(promptRoot));
    expect(hit?.category).toBe(category);
    expect(hit?.reason).toMatch(/^(classifier|rule): /);
    const text = extractArticle(doc, doc.URL)?.text ?? '';
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).not.toContain(promptRoot.querySelector('p, h3')?.textContent ?? '@@');
  });
});

describe('lone prompt buttons', () => {
  const story = STORIES['en-paywalls'] as { title: string; paragraphs: string[] };

  it('hides a subscribe button standing alone in the story, not a link inside a sentence', () => {
    const inline = 'Readers can <a href="/subscribe">subscribe here</a> to receive the full study by post.';
    const doc = page('en', story.title, [...story.paragraphs, inline], '<p><a href="/subscribe">Subscribe here</a></p>');
    const hits = findClutter(doc, doc.URL);
    const lone = doc.querySelector('.body > p:last-child') as Element;
    expect(hits.find((h) => h.element === lone)?.reason).toBe('classifier: lone paywall button/link "Subscribe here"');
    expect(hits.some((h) => h.element.closest('p')?.textContent?.startsWith('Readers can'))).toBe(false);
    expect(hits.some((h) => h.element.closest('header'))).toBe(false);
  });
});
