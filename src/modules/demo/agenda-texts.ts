// What Wijkstad's residents put on the neighbourhood agenda, and what the team did with it: invented, in the words
// residents use. agenda.ts seeds them through the agenda's commands, so the demo shows every state: proposals with
// support, one past its answer term, one discussed by the klankbordgroep, answered ones (taken up, not now with a
// reason, already under way), results with progress and a timeline, and a klankbordgroep drawn by lot.

export type DemoProposal = {
  key: string;
  wijk: 'de-bron' | 'vogelwijk';
  daysAgo: number;
  title: string;
  what: string;
  where: string;
  why: string;
  own: string;
  /** Which demo residents support it, by key of demoResidents or a demo role. */
  supporters: string[];
  discussed?: string;
  answer?: { kind: 'aangenomen' | 'niet_nu' | 'al_bezig'; text: string; daysAgo: number };
};

/** Residents of De Bron and Vogelwijk beside the role accounts: they support proposals and stand for the draw. */
export const demoResidents = [
  { key: 'fatma', name: 'Fatma Yıldız', wijk: 'de-bron' },
  { key: 'piet', name: 'Piet van Dam', wijk: 'de-bron' },
  { key: 'els', name: 'Els Kramer', wijk: 'de-bron' },
  { key: 'kees', name: 'Kees Brouwer', wijk: 'de-bron' },
  { key: 'samira', name: 'Samira Haddou', wijk: 'vogelwijk' },
  { key: 'joop', name: 'Joop Verbeek', wijk: 'vogelwijk' },
] as const;

export const demoProposals: DemoProposal[] = [
  {
    key: 'bronplein',
    wijk: 'de-bron',
    daysAgo: 120,
    title: 'Een ontmoetingsplek op het Bronplein',
    what: 'Een paar bankjes en een tafel op het Bronplein, waar buren elkaar kunnen treffen.',
    where: 'Het Bronplein, bij de speeltuin',
    why: 'Veel ouderen in de buurt zien bijna niemand. Op het plein komen mensen toch al langs.',
    own: 'Ik wil op dinsdagochtend koffie schenken op het plein.',
    supporters: ['bewoner', 'fatma', 'piet', 'els', 'kees', 'vrijwilliger'],
    discussed: 'De klankbordgroep vindt dit belangrijk: eenzaamheid is het grootste thema in De Bron.',
    answer: {
      kind: 'aangenomen',
      text: 'We doen het. Joost zoekt het uit met de gemeente en de bewoners die willen helpen.',
      daysAgo: 95,
    },
  },
  {
    key: 'formulieren',
    wijk: 'de-bron',
    daysAgo: 80,
    title: 'Hulp bij formulieren in de bibliotheek',
    what: 'Een vaste plek waar je hulp krijgt bij brieven en formulieren.',
    where: 'De bibliotheek aan de Bronlaan',
    why: 'Veel mensen snappen de brieven van de gemeente en de Belastingdienst niet.',
    own: 'Ik kan een keer per maand meehelpen, ik werkte vroeger bij een administratiekantoor.',
    supporters: ['piet', 'kees', 'els'],
    answer: {
      kind: 'al_bezig',
      text:
        'Dat bestaat al: elke donderdagmiddag is er een formulierenspreekuur in de bibliotheek. Je vindt het op de ' +
        'sociale kaart. Wil je meehelpen? Meld je aan als vrijwilliger.',
      daysAgo: 70,
    },
  },
  {
    key: 'licht',
    wijk: 'vogelwijk',
    daysAgo: 90,
    title: 'Meer licht in het Spreeuwenpark',
    what: 'Meer lantaarnpalen op het pad door het Spreeuwenpark.',
    where: 'Het pad tussen de Merelstraat en de Spreeuwenlaan',
    why: 'In de winter durven veel ouderen daar na vijf uur niet meer te lopen.',
    own: 'Ik kan handtekeningen ophalen in de straat.',
    supporters: ['samira', 'joop', 'initiatiefnemer', 'klankbordgroep'],
    answer: {
      kind: 'niet_nu',
      text:
        'Lantaarnpalen zijn een zaak van de gemeente, niet van het wijkteam. We hebben je voorstel doorgegeven aan ' +
        'de wijkbeheerder. In het voorjaar kijken we samen met de klankbordgroep of het gelukt is.',
      daysAgo: 60,
    },
  },
  {
    key: 'zondagmaaltijd',
    wijk: 'vogelwijk',
    daysAgo: 20,
    title: 'Een maaltijd voor ouderen op zondag',
    what: 'Eens per maand samen eten op zondag, in de buurtkamer.',
    where: 'De buurtkamer in de Vogelwijk',
    why: 'Op zondag is er niets te doen en dan voel je je het meest alleen.',
    own: 'Ik kook graag en wil de eerste keer de soep maken.',
    supporters: ['samira', 'joop', 'klankbordgroep'],
    discussed:
      'Besproken in de klankbordgroep: goed idee, de buurtkamer is op zondag vrij. Wie betaalt de boodschappen?',
  },
  {
    key: 'sporten',
    wijk: 'de-bron',
    daysAgo: 50,
    title: 'Een plek voor jongeren om ’s avonds te sporten',
    what: 'Het veldje achter de school ’s avonds open, met licht.',
    where: 'Het veldje achter de Bronschool',
    why: 'De jongeren hangen nu bij de supermarkt. Ze willen gewoon voetballen.',
    own: 'Mijn zoon en zijn vrienden willen helpen met opruimen.',
    supporters: ['fatma'],
  },
];

/** The team's own results beside the accepted proposals: what it promised the neighbourhood itself. */
export const demoTeamResult = {
  wijk: 'vogelwijk' as const,
  title: 'De buurtkamer Vogelwijk op woensdag open',
  description: 'Elke woensdagmiddag een open inloop in de buurtkamer, met koffie en iemand van het wijkteam.',
};
