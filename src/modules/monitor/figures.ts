// The figures of the monitor as data: what each one counts, in words a Wmo council member can check, and how its
// number is kept in monitor_values. The refresh (queries/refresh.ts) computes each per wijk and month or quarter;
// every page, CSV and API answer shows the definition beside the number and passes through suppression.ts.
import { satisfactionQuestions } from './satisfaction.js';

export const figureGroups = [
  'tevredenheid',
  'zelfredzaamheid',
  'meedoen',
  'minder_specialistisch',
  'opgelost',
  'initiatieven',
] as const;
export type FigureGroup = (typeof figureGroups)[number];

/**
 * How the number is kept and shown. aantal: n is the count. aandeel: value/n as a percentage (value the numerator).
 * gemiddelde, mediaan: value over n observations. som: value is a total (hours) given by n people.
 */
export type FigureKind = 'aantal' | 'aandeel' | 'gemiddelde' | 'mediaan' | 'som';

export type Figure = {
  key: string;
  group: FigureGroup;
  kind: FigureKind;
  title: [string, string];
  /** What is counted, over what, when: shown on the page beside the figure. */
  definition: [string, string];
  /** Up is good, down is good, or neither: the trend's words ("beter", "slechter") follow it. */
  better: 'hoger' | 'lager' | 'geen';
  /** For a value: its unit in words ("dagen", "uur", "punten"). */
  unit?: [string, string];
};

const ceoFigures: Figure[] = satisfactionQuestions.map((q) => ({
  key: `ceo_${q.key}`,
  group: 'tevredenheid',
  kind: 'aandeel',
  title: q.text,
  definition: [
    `Het deel van de antwoorden "mee eens" of "helemaal mee eens" op de stelling "${q.text[0]}" (standaardvragen ` +
      'cliëntervaringsonderzoek Wmo, VNG), gevraagd na een koppeling, een afgesloten casus of een afgesloten ' +
      'signaal. "Weet ik niet" telt niet mee. Het getal eronder is het aantal antwoorden.',
    `The share of answers "agree" or "strongly agree" to "${q.text[1]}" (VNG's standard Wmo client experience ` +
      'questions), asked after a match, a closed case or a closed signal. "Don’t know" is left out.',
  ],
  better: 'hoger',
}));

export const figures: readonly Figure[] = [
  {
    key: 'tevredenheid_antwoorden',
    group: 'tevredenheid',
    kind: 'aantal',
    title: ['Ingevulde vragenlijsten', 'Questionnaires filled in'],
    definition: [
      'Hoeveel mensen de vragen over tevredenheid invulden, in de maand waarin ze dat deden.',
      'How many people answered the satisfaction questions, in the month they did.',
    ],
    better: 'geen',
  },
  ...ceoFigures,
  {
    key: 'zelfredzaamheid_vooruit',
    group: 'zelfredzaamheid',
    kind: 'aandeel',
    title: ['Leefgebieden vooruitgegaan', 'Life domains improved'],
    definition: [
      'Van de leefgebieden die in een casus minstens twee keer zijn gescoord: het deel waar de laatste score hoger ' +
        'is dan de eerste. Geteld in de maand van de laatste score.',
      'Of the life domains scored at least twice in a case: the share where the last score is higher than the ' +
        'first, counted in the month of the last score.',
    ],
    better: 'hoger',
  },
  {
    key: 'zelfredzaamheid_verschil',
    group: 'zelfredzaamheid',
    kind: 'gemiddelde',
    title: ['Gemiddelde verandering van de score', 'Average change in score'],
    definition: [
      'Het gemiddelde verschil tussen de laatste en de eerste score van een leefgebied in een casus (schaal 1 tot ' +
        '5), over alle leefgebieden die minstens twee keer zijn gescoord.',
      'The average difference between the last and the first score of a life domain in a case (scale 1 to 5).',
    ],
    better: 'hoger',
    unit: ['punten', 'points'],
  },
  {
    key: 'deelname_activiteiten',
    group: 'meedoen',
    kind: 'aantal',
    title: ['Bewoners naar een activiteit via Nabij', 'Residents joining an activity through Nabij'],
    definition: [
      'Hoeveel koppelingen aan een activiteit in de buurt doorgingen (de bewoner en de activiteit zeiden ja), ' +
        'geteld in de maand waarin de koppeling werd voorgesteld.',
      'How many matches to a neighbourhood activity went ahead, counted in the month the match was proposed.',
    ],
    better: 'hoger',
  },
  {
    key: 'vrijwilligers_actief',
    group: 'meedoen',
    kind: 'aantal',
    title: ['Actieve vrijwilligers', 'Active volunteers'],
    definition: [
      'Vrijwilligers met een koppeling die in de periode liep (van het voorstel tot het afsluiten, als de koppeling ' +
        'doorging) of met geschreven uren in de periode. Geteld in de wijk waar de vrijwilliger woont.',
      'Volunteers with a match running in the period (from proposal to closing, if it went ahead) or hours written ' +
        'in the period, counted in the wijk where the volunteer lives.',
    ],
    better: 'hoger',
  },
  {
    key: 'vrijwilligers_uren',
    group: 'meedoen',
    kind: 'som',
    title: ['Uren gegeven door vrijwilligers', 'Hours given by volunteers'],
    definition: [
      'Alle uren die vrijwilligers schreven in de periode. Het getal eronder is het aantal vrijwilligers.',
      'All hours volunteers wrote in the period; the number below is the number of volunteers.',
    ],
    better: 'hoger',
    unit: ['uur', 'hours'],
  },
  {
    key: 'aandeel_professioneel',
    group: 'minder_specialistisch',
    kind: 'aandeel',
    title: ['Hulpvragen die een professional nodig hadden', 'Requests that needed a professional'],
    definition: [
      'Van alle hulpvragen die in de periode binnenkwamen: het deel dat naar een professional van het wijkteam ging ' +
        '(route professioneel of spoed) in plaats van naar de buurt.',
      'Of all help requests in the period: the share that went to a professional (route professioneel or spoed).',
    ],
    better: 'lager',
  },
  {
    key: 'verwijzingen',
    group: 'minder_specialistisch',
    kind: 'aantal',
    title: ['Verwijzingen naar een aanbieder', 'Referrals to a provider'],
    definition: [
      'Hoeveel keer de regisseur in een casus een aanbieder koos (een verwijzing), in de maand van de keuze.',
      'How many times a case director chose a provider in a case (a referral).',
    ],
    better: 'lager',
  },
  {
    key: 'verwijzingen_extern',
    group: 'minder_specialistisch',
    kind: 'aandeel',
    title: ['Verwijzingen buiten de eigen organisaties', 'Referrals outside the team’s own organisations'],
    definition: [
      'Van de verwijzingen in de periode: het deel naar een aanbieder buiten de eigen organisaties van het team.',
      'Of the referrals in the period: the share to a provider outside the team’s own organisations.',
    ],
    better: 'geen',
  },
  {
    key: 'koppelingen_opgelost',
    group: 'opgelost',
    kind: 'aandeel',
    title: ['Hulpvragen opgelost in de buurt', 'Requests solved in the neighbourhood'],
    definition: [
      'Van de koppelingen die in de periode zijn afgesloten met een uitkomst: het deel met de uitkomst "collectief ' +
        'opgelost" of "informeel opgelost".',
      'Of the matches closed with an outcome in the period: the share solved collectively or informally.',
    ],
    better: 'hoger',
  },
  {
    key: 'casussen_doel_bereikt',
    group: 'opgelost',
    kind: 'aandeel',
    title: ['Casussen afgesloten met het doel bereikt', 'Cases closed with their goal reached'],
    definition: [
      'Van de casussen die in de periode zijn afgesloten: het deel met de uitkomst "met een koppeling" of "opgelost ' +
        'zonder hulp".',
      'Of the cases closed in the period: the share closed with a match or solved without help.',
    ],
    better: 'hoger',
  },
  {
    key: 'dagen_tot_eerste_contact',
    group: 'opgelost',
    kind: 'mediaan',
    title: ['Dagen tot het eerste contact', 'Days to first contact'],
    definition: [
      'De mediaan van het aantal dagen tussen het openen van een casus en het eerste contact, voor casussen met een ' +
        'eerste contact in de periode.',
      'The median number of days between opening a case and the first contact.',
    ],
    better: 'lager',
    unit: ['dagen', 'days'],
  },
  {
    key: 'dagen_tot_plan',
    group: 'opgelost',
    kind: 'mediaan',
    title: ['Dagen tot een plan', 'Days to a plan'],
    definition: [
      'De mediaan van het aantal dagen tussen het openen van een casus en het vaststellen van het plan, voor plannen ' +
        'vastgesteld in de periode.',
      'The median number of days between opening a case and setting its plan, for plans set in the period.',
    ],
    better: 'lager',
    unit: ['dagen', 'days'],
  },
  {
    key: 'initiatieven',
    group: 'initiatieven',
    kind: 'aantal',
    title: ['Activiteiten en initiatieven op de sociale kaart', 'Activities and initiatives on the social map'],
    definition: [
      'Hoeveel activiteiten en initiatieven (geen voorzieningen of diensten) op de sociale kaart stonden aan het ' +
        'eind van de periode, of nu voor de lopende periode. Wat van de kaart is gehaald, telt ook in eerdere ' +
        'perioden niet.',
      'How many activities and initiatives (not facilities or services) were on the social map at the end of the ' +
        'period (now, for the running one). What was taken off the map no longer counts, also in earlier periods.',
    ],
    better: 'hoger',
  },
  {
    key: 'initiatieven_nieuw',
    group: 'initiatieven',
    kind: 'aantal',
    title: ['Nieuwe activiteiten en initiatieven', 'New activities and initiatives'],
    definition: [
      'Hoeveel activiteiten en initiatieven (geen voorzieningen of diensten) in de periode op de sociale kaart kwamen.',
      'How many activities and initiatives (not facilities or services) came onto the social map in the period.',
    ],
    better: 'hoger',
  },
  {
    key: 'initiatieven_bevestigd',
    group: 'initiatieven',
    kind: 'aandeel',
    title: ['Bevestigd in de laatste 6 maanden', 'Confirmed in the last 6 months'],
    definition: [
      'Van de activiteiten en initiatieven op de sociale kaart aan het eind van de periode: het deel waarvan de ' +
        'laatste bevestiging ("klopt dit nog?") hoogstens 6 maanden voor dat eind was, of later. Alleen de laatste ' +
        'bevestiging wordt bewaard.',
      'Of the activities and initiatives on the map at the end of the period: the share whose last confirmation ' +
        'was at most 6 months before that end, or later. Only the last confirmation is kept.',
    ],
    better: 'hoger',
  },
];

export const figureByKey: ReadonlyMap<string, Figure> = new Map(figures.map((f) => [f.key, f]));

export const groupWords: Record<FigureGroup, [string, string]> = {
  tevredenheid: ['Tevredenheid', 'Satisfaction'],
  zelfredzaamheid: ['Zelfredzaamheid', 'Self-reliance'],
  meedoen: ['Meedoen', 'Taking part'],
  minder_specialistisch: ['Minder zware zorg nodig', 'Less specialist care needed'],
  opgelost: ['Problemen opgelost', 'Problems solved'],
  initiatieven: ['Initiatieven van bewoners', 'Residents’ initiatives'],
};
