import { describe, expect, it } from 'vitest';
import { baseLanguage, splitSentences } from '../../src/core/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['en', 'Mr. Smith went to Washington. He said no.', ['Mr. Smith went to Washington.', 'He said no.']],
    ['en', 'The U.S. Senate voted on Monday. The bill failed.', ['The U.S. Senate voted on Monday.', 'The bill failed.']],
    ['en', 'Blues legend B.B. King was taken to hospital. He is better now.', ['Blues legend B.B. King was taken to hospital.', 'He is better now.']],
    ['en', 'The law was signed by Kansas Gov. Sam Brownback on Tuesday. It bans the procedure.', ['The law was signed by Kansas Gov. Sam Brownback on Tuesday.', 'It bans the procedure.']],
    ['de', 'Dr. Müller kam am 3. Oktober nach Berlin. Die Nr. 5 gewann.', ['Dr. Müller kam am 3. Oktober nach Berlin.', 'Die Nr. 5 gewann.']],
    ['de', 'Das gilt z. B. für Busse. Die Bahn fährt weiter.', ['Das gilt z. B. für Busse.', 'Die Bahn fährt weiter.']],
    ['fr', 'M. Macron a parlé mardi. Mme Dupont a répondu.', ['M. Macron a parlé mardi.', 'Mme Dupont a répondu.']],
    ['es', 'El Sr. García viajó a EE. UU. en mayo. El viaje duró una semana.', ['El Sr. García viajó a EE. UU. en mayo.', 'El viaje duró una semana.']],
    ['it', 'Il Sig. Rossi e il Dott. Bianchi sono arrivati. La riunione è iniziata.', ['Il Sig. Rossi e il Dott. Bianchi sono arrivati.', 'La riunione è iniziata.']],
    ['pt', 'A Dra. Costa falou com o Sr. Almeida. O acordo foi assinado.', ['A Dra. Costa falou com o Sr. Almeida.', 'O acordo foi assinado.']],
    ['nl', 'Volgens dhr. Jansen is dat bijv. in Utrecht zo. De gemeente is het oneens.', ['Volgens dhr. Jansen is dat bijv. in Utrecht zo.', 'De gemeente is het oneens.']],
  ])('%s: %s', (lang, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  it('still ends a sentence at an abbreviation when a sentence opener follows', () => {
    expect(splitSentences('He moved to the U.S. The next year he left.', 'en')).toEqual(['He moved to the U.S.', 'The next year he left.']);
    expect(splitSentences('Die Zahl stieg auf 12. Die Polizei ermittelt.', 'de')).toEqual(['Die Zahl stieg auf 12.', 'Die Polizei ermittelt.']);
  });

  it('cuts a photo caption that runs into the next sentence, but not a title or a name', () => {
    expect(splitSentences('Smith outside court yesterday, where he was banned from driving The brother of the player has lost his job.', 'en')).toEqual([
      'Smith outside court yesterday, where he was banned from driving',
      'The brother of the player has lost his job.',
    ]);
    expect(splitSentences('The report was seen by The Mail on Sunday and shared widely.', 'en')).toHaveLength(1);
    expect(splitSentences('He lacked vitamin A and zinc for years.', 'en')).toHaveLength(1);
    expect(splitSentences('It is paid with Medicare Part A benefits in most states.', 'en')).toHaveLength(1);
    expect(splitSentences('A tourist was hurt in Jaipur (pictured posed by model) A taxi driver was held.', 'en')).toHaveLength(2);
  });

  it.each([
    ['fr', 'Le président salue la foule à Paris lundi Le gouvernement a présenté son budget.', 'Le gouvernement a présenté son budget.'],
    ['es', 'Bomberos trabajan en la zona del incendio El fuego ha arrasado 3.000 hectáreas.', 'El fuego ha arrasado 3.000 hectáreas.'],
    ['it', 'Passeggeri in attesa alla stazione di Milano Lo sciopero ha bloccato i treni.', 'Lo sciopero ha bloccato i treni.'],
    ['nl', 'Reizigers wachten op het perron in Utrecht De storing duurde urenlang.', 'De storing duurde urenlang.'],
  ])('%s: cuts a caption run into the next sentence', (lang, text, sentence) => {
    expect(splitSentences(text, lang).at(-1)).toBe(sentence);
  });

  it('keeps a title or name with a capitalised article whole', () => {
    expect(splitSentences('Il a donné un entretien au journal Le Monde jeudi dernier.', 'fr')).toHaveLength(1);
    expect(splitSentences('El alcalde de Los Angeles visitó la ciudad.', 'es')).toHaveLength(1);
  });

  it('keeps paragraphs without a full stop as one piece and drops punctuation-only pieces', () => {
    expect(splitSentences('By Jane Doe', 'en')).toEqual(['By Jane Doe']);
    expect(splitSentences('…', 'en')).toEqual([]);
  });
});

describe('baseLanguage', () => {
  it('reduces tags to their language and defaults to English', () => {
    expect(baseLanguage('en-GB')).toBe('en');
    expect(baseLanguage('pt_BR')).toBe('pt');
    expect(baseLanguage(null)).toBe('en');
  });
});
