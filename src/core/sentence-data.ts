/**
 * Language data for sentence splitting. Intl.Segmenter knows no abbreviations: it ends a sentence at
 * "Mr. Smith" or "the U.S. Senate". After a segment that ends in one of these abbreviations we join the
 * next segment on, unless that one opens with a word that usually starts a sentence.
 * Abbreviations are written without their final dot and compared case-insensitively.
 */

export interface LanguageSentenceData {
  abbreviations: readonly string[];
  /** Capitalised words that begin sentences (articles, pronouns, conjunctions): after them a break is real. */
  starters: readonly string[];
  /** Ordinals are written "3." ("am 3. Oktober"): a number with a dot ends no sentence before a non-starter. */
  ordinalDot?: boolean;
  /**
   * Capitalised words that, mid-sentence and before a lower-case word, mark a lost boundary: flattened
   * pages run a photo caption straight into the next sentence ("...driving The brother of..."). German has
   * none: its nouns are capitalised, so the test cannot tell "Die Polizei" from a title.
   */
  runOnOpeners?: readonly string[];
  /** Lower-case words that, after an opener, show it is mid-sentence after all ("vitamin A and"). */
  runOnNotBefore?: readonly string[];
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

export const SENTENCE_DATA: Readonly<Record<string, LanguageSentenceData>> = {
  en: {
    abbreviations: [
      ...['Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Hon', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt'],
      ...['Sgt', 'Spc', 'Pfc', 'Pvt', 'Cpl', 'Adm', 'Cmdr', 'Supt', 'Insp', 'Det', 'Pres', 'Fr', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'No', 'Nos'],
      ...['vs', 'viz', 'approx', 'est', 'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ'],
      ...['fig', 'vol', 'ed', 'al', 'cf', 'ca', 'Ala', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan'],
      ...['Ky', 'La', 'Mass', 'Md', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex'],
      ...['Va', 'Vt', 'Wash', 'Wis', 'Wyo', ...MONTHS_EN],
    ],
    starters: [
      ...['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'This'],
      ...['That', 'These', 'Those', 'There', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As', 'After', 'Before'],
      ...['When', 'While', 'If', 'However', 'Meanwhile', 'Now', 'Then', 'Some', 'Many', 'Most', 'One', 'Other', 'What', 'Who'],
    ],
    runOnOpeners: [
      ...['The', 'A', 'An', 'In', 'It', 'He', 'She', 'They', 'We', 'This', 'These', 'Those', 'There', 'His', 'Her'],
      ...['Their', 'When', 'While', 'After', 'As', 'But', 'And', 'According', 'Some', 'Many', 'Despite', 'During'],
      ...['Since', 'Earlier', 'Last', 'Yesterday', 'Speaking'],
    ],
    runOnNotBefore: ['and', 'or', 'is', 'was', 'are', 'were', 'in', 'of', 'to', 'for', 'on', 'at', 'as', 'by', 'with', 'has', 'had'],
  },
  de: {
    abbreviations: [
      ...['Hr', 'Hrn', 'Fr', 'Dr', 'Prof', 'Dipl', 'Ing', 'St', 'Nr', 'Abs', 'Art', 'Bd', 'Hrsg', 'vgl', 'bzw', 'ca'],
      ...['evtl', 'ggf', 'inkl', 'zzgl', 'usw', 'etc', 'Jh', 'Jhd', 'Mio', 'Mrd', 'Tsd', 'Str', 'sog', 'bspw', 'ehem', 'geb'],
      ...['gest', 'mind', 'Tel', 'Abb', 'Kap', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov'],
      ...['Dez', 'bzgl', 'ggü', 'Ggf', 'Evtl'],
    ],
    starters: [
      ...['Der', 'Die', 'Das', 'Ein', 'Eine', 'Einer', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Dies', 'Diese', 'Dieser'],
      ...['Dieses', 'Doch', 'Aber', 'Und', 'Auch', 'So', 'Dann', 'Damit', 'Denn', 'Nun', 'Jetzt', 'Im', 'In', 'Am', 'Als'],
      ...['Nach', 'Vor', 'Wenn', 'Während', 'Seit', 'Dabei', 'Dort', 'Hier', 'Zudem', 'Außerdem', 'Bei', 'Mit', 'Was', 'Wer'],
    ],
    ordinalDot: true,
  },
  fr: {
    abbreviations: [
      ...['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Dr', 'Pr', 'Mgr', 'St', 'Ste', 'av', 'bd', 'etc', 'env', 'cf', 'p'],
      ...['vol', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'Cie', 'éd', 'ex', 'chap', 'art', 'n', 'tél'],
    ],
    starters: [
      ...['Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Ce', 'Cette'],
      ...['Ces', 'Cet', 'Mais', 'Et', 'Ou', 'Donc', 'Puis', 'Alors', 'Depuis', 'Selon', 'Pour', 'Dans', 'En', 'Au', 'Aux'],
      ...['Après', 'Avant', 'Quand', 'Si', 'Lors', 'Pourtant', 'Cependant', 'Ainsi', 'Son', 'Sa', 'Ses', 'Leur', 'Qui'],
    ],
    runOnOpeners: ['Le', 'La', 'Les', 'Un', 'Une', 'Il', 'Elle', 'Ils', 'Elles', 'Ce', 'Cette', 'Selon', 'Après', 'Depuis', 'Dans', 'Mais'],
  },
  es: {
    abbreviations: [
      ...['Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'Dña', 'D', 'Lic', 'Ing', 'Arq', 'Prof', 'Sto', 'Sta', 'Gral', 'Cnel'],
      ...['Excmo', 'Ilmo', 'Ud', 'Uds', 'Vd', 'Vds', 'núm', 'pág', 'págs', 'etc', 'aprox', 'Avda', 'Av', 'ene', 'feb'],
      ...['abr', 'ago', 'sept', 'oct', 'nov', 'dic', 'art', 'tel', 'vol', 'Cía', 'EE', 'UU'],
    ],
    starters: [
      ...['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Unos', 'Unas', 'Él', 'Ella', 'Ellos', 'Ellas', 'Nosotros', 'Yo', 'Este'],
      ...['Esta', 'Estos', 'Estas', 'Eso', 'Esto', 'Pero', 'Y', 'O', 'Sin', 'Así', 'Luego', 'Después', 'Antes', 'Cuando'],
      ...['Si', 'Según', 'En', 'Con', 'Para', 'Por', 'Desde', 'Además', 'Sin embargo', 'Su', 'Sus', 'Se', 'Lo', 'Quien'],
    ],
    runOnOpeners: ['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Este', 'Esta', 'Según', 'Tras', 'Desde', 'Pero'],
  },
  it: {
    abbreviations: [
      ...['Sig', 'Sigg', 'Sig.ra', 'Dott', 'Dott.ssa', 'Prof', 'Prof.ssa', 'Avv', 'Ing', 'Arch', 'On', 'Geom', 'Rag', 'Mons'],
      ...['Sen', 'Dr', 'S', 'Sant', 'pag', 'ecc', 'es', 'cfr', 'n', 'nr', 'art', 'gen', 'feb', 'apr', 'mag', 'giu'],
      ...['lug', 'ago', 'sett', 'ott', 'nov', 'dic', 'tel', 'vol'],
    ],
    starters: [
      ...['Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'Lui', 'Lei', 'Loro', 'Noi', 'Io', 'Questo', 'Questa'],
      ...['Questi', 'Queste', 'Ma', 'E', 'O', 'Poi', 'Dopo', 'Prima', 'Quando', 'Se', 'Secondo', 'In', 'Nel', 'Nella'],
      ...['Per', 'Con', 'Da', 'Dal', 'Dalla', 'Anche', 'Inoltre', 'Tuttavia', 'Così', 'Suo', 'Sua', 'Chi', 'Non'],
    ],
    runOnOpeners: ['Il', 'Lo', 'La', 'Gli', 'Le', 'Un', 'Una', 'Questo', 'Questa', 'Secondo', 'Dopo', 'Nel', 'Nella', 'Ma'],
  },
  pt: {
    abbreviations: [
      ...['Sr', 'Sra', 'Srs', 'Sras', 'Dr', 'Dra', 'Drs', 'Prof', 'Profa', 'Eng', 'Exmo', 'Exma', 'Av', 'R', 'núm'],
      ...['pág', 'etc', 'aprox', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez', 'Cia'],
      ...['Ltda', 'art', 'tel', 'séc', 'vol'],
    ],
    starters: [
      ...['O', 'A', 'Os', 'As', 'Um', 'Uma', 'Uns', 'Umas', 'Ele', 'Ela', 'Eles', 'Elas', 'Nós', 'Eu', 'Este', 'Esta'],
      ...['Esse', 'Essa', 'Isso', 'Isto', 'Mas', 'E', 'Ou', 'Depois', 'Antes', 'Quando', 'Se', 'Segundo', 'Em', 'No'],
      ...['Na', 'Nos', 'Nas', 'Para', 'Com', 'Por', 'Desde', 'Além', 'Também', 'Assim', 'Seu', 'Sua', 'Quem', 'Não'],
    ],
    runOnOpeners: ['Os', 'As', 'Um', 'Uma', 'Este', 'Esta', 'Segundo', 'Após', 'Desde', 'Mas'],
  },
  nl: {
    abbreviations: [
      ...['dhr', 'mevr', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'bijv', 'bv', 'enz', 'etc', 'jl', 'nr', 'blz', 'ca'],
      ...['resp', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'St', 'mln', 'mld'],
      ...['evt', 'incl', 'excl', 'gem', 'max', 'min', 'tel', 'vs'],
    ],
    starters: [
      ...['De', 'Het', 'Een', 'Hij', 'Zij', 'Ze', 'Het', 'Wij', 'We', 'Ik', 'Jij', 'U', 'Dit', 'Dat', 'Deze', 'Die', 'Er'],
      ...['Maar', 'En', 'Of', 'Dus', 'Toen', 'Nu', 'Daarna', 'Ook', 'Als', 'Na', 'Voor', 'Volgens', 'In', 'Op', 'Bij'],
      ...['Met', 'Door', 'Tijdens', 'Sinds', 'Wie', 'Wat', 'Zijn', 'Haar', 'Hun'],
    ],
    runOnOpeners: ['De', 'Het', 'Een', 'Hij', 'Zij', 'Dit', 'Deze', 'Door', 'Volgens', 'Tijdens', 'Sinds', 'Maar'],
  },
};

/** Initials and dotted acronyms in any language: "J.", "U.S.", "B.B.", "e.g.", "EE.UU.". */
export const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+$|^(?:\p{Lu}{1,2}\.){2,}$/u;
