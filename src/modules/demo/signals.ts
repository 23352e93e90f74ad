// Wijkstad's signals: worries about a person and about the neighbourhood in every state, so the team's list, the
// reporter's status page and the themes show what signals look like. One is spoed, one is past its term, one was
// reopened by its reporter's "nee", and loneliness in the Bronkwartier is a theme ready for the neighbourhood agenda.
// Made through the same commands as the forms and the team's pages.
import type { SignedInActor } from '../../kernel/auth/actor.js';
import type { Actor } from '../../kernel/access/gate.js';
import type { Db } from '../../kernel/db/database.js';
import type { Tenant } from '../../kernel/tenancy/queries.js';
import {
  areasByName,
  findSignal,
  giveFeedback,
  hasSignals,
  moveSignal,
  putThemeOnAgenda,
  type SignalContext,
  type SignalInput,
  type Step,
  submitSignal,
} from '../signals/index.js';

const hour = 3_600_000;

type DemoSignal = {
  input: Omit<SignalInput, 'areaId' | 'reporterUserId'> & { area: string; byKarim?: boolean };
  hoursAgo: number;
  steps: (Step & { by?: 'opbouw' })[];
  feedback?: { answer: 'ja' | 'nee'; note: string };
};

const karimsWorry: DemoSignal = {
  // Past its term of a day: nobody has picked it up yet.
  input: {
    kind: 'persoon',
    topic: 'oudere_alleen',
    whatSeen: 'De oudere mevrouw op de hoek doet al dagen haar gordijnen niet open. Haar post blijft in de bus zitten.',
    sinceWhen: 'Sinds zaterdag',
    street: 'Merelstraat',
    area: 'Merelhof',
    personHint: 'Het hoekhuis met de blauwe deur',
    personKnows: 'nee',
    reporterRole: 'vrijwilliger',
    reporterName: 'Karim Benali',
    reporterEmail: 'demo-vrijwilliger@wijkstad.example',
    reporterWantsMail: true,
    byKarim: true,
  },
  hoursAgo: 30,
  steps: [],
};

const demoSignals: DemoSignal[] = [
  karimsWorry,
  {
    // Spoed: danger in the text, twenty minutes ago.
    input: {
      kind: 'persoon',
      topic: 'kind_gezin',
      whatSeen:
        'Ik hoor bijna elke avond geschreeuw en harde klappen bij de buren. Vannacht hoorde ik een kind huilen ' +
        'en om hulp roepen.',
      sinceWhen: 'Een paar weken',
      street: 'Bronlaan',
      area: 'Bronkwartier',
      personKnows: 'nee',
      reporterRole: 'bewoner',
    },
    hoursAgo: 0.3,
    steps: [],
  },
  {
    input: {
      kind: 'persoon',
      topic: 'kind_gezin',
      whatSeen:
        'Een vader die zijn zoon altijd bracht, zien we al weken niet meer. De jongen komt vaak te laat en heeft ' +
        'geen brood bij zich.',
      sinceWhen: 'Sinds de herfstvakantie',
      street: 'Molenweg',
      area: 'Molenhof',
      personKnows: 'weet_niet',
      reporterRole: 'partner',
      reporterOrganisation: 'Basisschool De Regenboog',
      reporterName: 'Juf Marieke',
      reporterPhone: '030 765 43 21',
    },
    hoursAgo: 20,
    steps: [{ to: 'in_behandeling', reason: 'Ik bel de intern begeleider van de school en ga daarna langs.' }],
  },
  {
    input: {
      kind: 'persoon',
      topic: 'verwaarlozing',
      whatSeen: 'De tuin is een vuilnisbelt geworden en het ruikt sterk bij de voordeur. Meneer woont alleen.',
      sinceWhen: 'Een paar maanden',
      street: 'Spreeuwenlaan',
      area: 'Spreeuwenpark',
      personKnows: 'ja',
      reporterRole: 'sleutelpersoon',
      reporterOrganisation: 'Moskee Al Amal',
      reporterName: 'Yusuf',
    },
    hoursAgo: 80,
    steps: [
      { to: 'in_behandeling', reason: 'Ik ga er donderdag samen met Yusuf heen.' },
      {
        to: 'erop_af_geweest',
        reason: 'Meneer deed open en was blij met bezoek. Hij wil nadenken over hulp bij het opruimen.',
        visitResult: 'contact_gemaakt',
      },
    ],
  },
  {
    // Closed as unfounded: the short retention term applies.
    input: {
      kind: 'persoon',
      topic: 'psychisch',
      whatSeen: 'Mijn bovenbuurvrouw praat hardop in zichzelf op de galerij en lijkt in de war.',
      street: 'Bronlaan',
      area: 'Bronkwartier',
      personKnows: 'nee',
      reporterRole: 'bewoner',
    },
    hoursAgo: 24 * 12,
    steps: [
      { to: 'in_behandeling', reason: 'Ik ga langs.' },
      { to: 'erop_af_geweest', reason: 'Mevrouw belde met oortjes in; het gaat goed.', visitResult: 'contact_gemaakt' },
      { to: 'afgesloten', reason: 'Er is niets aan de hand.', closingOutcome: 'ongegrond' },
    ],
  },
  {
    // Closed because the person wanted no help; its reporter answered "nee", so it is open again.
    input: {
      kind: 'persoon',
      topic: 'geldzorgen',
      whatSeen: 'De buurman vraagt steeds vaker geld te leen en er komen brieven van een deurwaarder.',
      street: 'Molenweg',
      area: 'Molenhof',
      personKnows: 'ja',
      reporterRole: 'bewoner',
      reporterEmail: 'buurvrouw-molenweg@wijkstad.example',
      reporterWantsMail: true,
    },
    hoursAgo: 24 * 9,
    steps: [
      { to: 'in_behandeling', reason: 'Opgepakt.' },
      { to: 'erop_af_geweest', reason: 'Meneer wil nu geen hulp.', visitResult: 'wil_geen_hulp' },
      { to: 'afgesloten', reason: 'Meneer wil geen hulp; dat respecteren we.', closingOutcome: 'wil_geen_hulp' },
    ],
    // The reporter answers "nee" on her status page: the signal is open again.
    feedback: { answer: 'nee', note: 'Er komen nog steeds brieven en hij vraagt mij weer om geld.' },
  },
  {
    input: {
      kind: 'buurt',
      topic: 'jongeren',
      whatSeen: 'Op het pleintje bij de speeltuin hangen elke avond jongeren rond. Ze vervelen zich.',
      whatWouldHelp: 'Een plek voor ze, met iemand die ze kennen.',
      street: 'Spreeuwenplein',
      area: 'Spreeuwenpark',
      reporterRole: 'bewoner',
    },
    hoursAgo: 24 * 6,
    steps: [],
  },
  {
    input: {
      kind: 'buurt',
      topic: 'jongeren',
      whatSeen: 'Jongeren op het Spreeuwenplein, tot laat. Er is niets voor ze in de buurt.',
      whatWouldHelp: 'Een voetbalkooi of een jongerenwerker.',
      area: 'Spreeuwenpark',
      reporterRole: 'sleutelpersoon',
      reporterOrganisation: 'Supermarkt aan het plein',
    },
    hoursAgo: 24 * 3,
    steps: [{ to: 'in_behandeling', reason: 'Ik praat met het jongerenwerk.', by: 'opbouw' }],
  },
  {
    input: {
      kind: 'buurt',
      topic: 'eenzaamheid',
      whatSeen: 'In de flat aan de Bronlaan wonen veel ouderen die bijna niemand zien.',
      whatWouldHelp: 'Een koffieochtend in de recreatieruimte van de flat.',
      street: 'Bronlaan',
      area: 'Bronkwartier',
      reporterRole: 'vrijwilliger',
    },
    hoursAgo: 24 * 20,
    steps: [],
  },
  {
    input: {
      kind: 'buurt',
      topic: 'eenzaamheid',
      whatSeen: 'Sinds de buurtwinkel dicht is, zie ik de oudere mensen van de Bronlaan niet meer op straat.',
      whatWouldHelp: 'Een plek waar je even kunt zitten en koffie drinken.',
      area: 'Bronkwartier',
      reporterRole: 'sleutelpersoon',
      reporterOrganisation: 'Kapper aan de Bronlaan',
    },
    hoursAgo: 24 * 14,
    steps: [{ to: 'in_behandeling', reason: 'Ik praat met de bewonerscommissie van de flat.', by: 'opbouw' }],
  },
  {
    input: {
      kind: 'buurt',
      topic: 'overlast',
      whatSeen: 'Bij de containers aan de Molenweg staan vaak vuilniszakken. Het ziet er rommelig uit.',
      area: 'Molenhof',
      reporterRole: 'bewoner',
    },
    hoursAgo: 24 * 30,
    steps: [
      {
        to: 'afgesloten',
        reason: 'Gemeld bij de afvaldienst: dat is geen vraag voor het wijkteam.',
        closingOutcome: 'opgepakt',
        by: 'opbouw',
      },
    ],
  },
];

/** Seeds the demo's signals once, made `hoursAgo` before now, each moved through its steps by the team. */
export async function seedDemoSignals(
  db: Db,
  tenant: Tenant,
  staff: { sanne: SignedInActor; joost: SignedInActor; karimUserId: string | null },
  now: Date,
): Promise<number> {
  if (await hasSignals(db, tenant.id)) return 0;
  // The demo keeps no mail: the reporters' status mails go nowhere.
  const ctx: SignalContext = { database: { db }, mailer: { send: async () => undefined }, config: { baseUrl: '' } };
  const nabij: Actor = { kind: 'system', tenantId: tenant.id, process: 'signaal' };
  const areas = await areasByName(db, tenant.id);
  for (const demo of demoSignals) {
    const { area, byKarim, ...input } = demo.input;
    const made = await submitSignal(
      ctx,
      tenant,
      nabij,
      { ...input, areaId: areas.get(area) ?? null, reporterUserId: byKarim ? staff.karimUserId : null },
      new Date(now.getTime() - demo.hoursAgo * hour),
    );
    for (const { by, ...step } of demo.steps) {
      const actor = by === 'opbouw' ? staff.joost : staff.sanne;
      await moveSignal(ctx, actor, await findSignal(ctx, actor, made.id), step);
    }
    if (demo.feedback)
      await giveFeedback(
        ctx,
        nabij,
        { id: made.id, tenantId: tenant.id, reporterUserId: null },
        demo.feedback.answer,
        demo.feedback.note,
      );
  }
  // Loneliness in the Bronkwartier came up twice: Joost makes it a theme for the neighbourhood agenda.
  await putThemeOnAgenda(ctx, staff.joost, {
    topic: 'eenzaamheid',
    areaId: areas.get('Bronkwartier') ?? null,
    title: 'Ouderen in de flats aan de Bronlaan zien bijna niemand',
    summary:
      'Twee buurtbewoners zien dat ouderen in de flats weinig buiten komen. Een plek om koffie te drinken helpt.',
  });
  return demoSignals.length;
}
