// The demo municipality Wijkstad: two neighbourhoods, their areas, and a demo account for every role.
import type { SignedInActor } from '../../kernel/auth/actor.js';
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import { DEMO_TENANT_SLUG } from '../../kernel/auth/accounts-demo.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { needsPasswordAndTotp, type Role } from '../../kernel/auth/roles.js';
import { planHistory, planHours } from './history.js';
import {
  areasWithWijk,
  hasHistory,
  historyPeople,
  placePostcodes,
  writeHistory,
  writeHistoryHours,
} from './queries/history.js';
import { monitorSettings, refreshMonitor, satisfactionQuestions, saveMonitorSettings } from '../monitor/index.js';
import type { Db } from '../../kernel/db/database.js';
import {
  createInvitation,
  fileComplaint,
  handleComplaint,
  hasInvitations,
  linkSupporter,
  openInvitation,
} from '../support/index.js';
import { readFile } from 'node:fs/promises';
import {
  ensureArea,
  ensureNeighbourhood,
  ensureTenant,
  findTenantBySlug,
  setProvince,
  setTeamContact,
  type Tenant,
} from '../../kernel/tenancy/queries.js';
import {
  hasActivities,
  markOwnOrganisations,
  parseActivityRows,
  saveActivities,
  setOrganisationOwner,
  setWaitingWeeks,
} from '../socialbase/index.js';
import { parsePostcodeRows, postcodePoint, upsertPostcodes } from '../../kernel/geo/index.js';
import { readTableFile } from '../../kernel/tables/index.js';
import {
  hasVolunteersWithIdPrefix,
  linkVolunteerAccount,
  parseVolunteerRows,
  saveVolunteers,
} from '../volunteers/index.js';
import { newToken } from '../../kernel/auth/tokens.js';
import {
  candidateIndex,
  shareEverything,
  forgetCandidates,
  hasHelpRequests,
  insertHelpRequest,
  newReference,
  triageMany,
} from '../requests/index.js';
import {
  addNote,
  closeCase,
  currentInstrument,
  decideKnot,
  escalateReferrals,
  handOver,
  hasCases,
  openCase,
  openCaseOfRequests,
  recordFirstContact,
  recordReferral,
  saveAssessment,
  setReferralDeadline,
  setRegisseur,
} from '../casework/index.js';
import { dutchToday, hasConsents, recordConsentAbout, withdrawConsent } from '../consent/index.js';
import { saveGoal, seedDemoPlan } from '../plans/index.js';
import { seedDemoSignals } from './signals.js';
import { ensureAgendaResidents, seedDemoBoard, seedDemoProposals, seedDemoResults } from './agenda.js';

/**
 * The day the demo's "last confirmed" dates were written for; they move along so the demo keeps a few stale entries.
 */
const DEMO_WRITTEN_ON = Date.UTC(2026, 10, 23);

/** Demo credentials: public on purpose, and only usable through the demo shortcut or a non-production sign-in. */
export const DEMO_PASSWORD = 'wijkstad-demo';
export const DEMO_TOTP_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';

const neighbourhoods = [
  {
    slug: 'de-bron',
    name: 'De Bron',
    areas: [
      ['Bronkwartier', 'BU99990101'],
      ['Molenhof', 'BU99990102'],
    ],
  },
  {
    slug: 'vogelwijk',
    name: 'Vogelwijk',
    areas: [
      ['Merelhof', 'BU99990201'],
      ['Spreeuwenpark', 'BU99990202'],
    ],
  },
] as const;

const demoPeople: { role: Role; name: string; neighbourhood: 'de-bron' | 'vogelwijk' }[] = [
  { role: 'bewoner', name: 'Annie de Vries', neighbourhood: 'de-bron' },
  { role: 'vrijwilliger', name: 'Karim Benali', neighbourhood: 'de-bron' },
  { role: 'initiatiefnemer', name: 'Ingrid Bakker', neighbourhood: 'vogelwijk' },
  { role: 'wijkteamlid', name: 'Sanne Jansen', neighbourhood: 'de-bron' },
  { role: 'regisseur', name: 'Mehmet Yılmaz', neighbourhood: 'de-bron' },
  { role: 'clientondersteuner', name: 'Petra Visser', neighbourhood: 'vogelwijk' },
  { role: 'opbouwwerker', name: 'Joost Smit', neighbourhood: 'vogelwijk' },
  { role: 'klankbordgroep', name: 'Gerrit Mulder', neighbourhood: 'vogelwijk' },
  { role: 'wmoraad', name: 'Wilma Hoekstra', neighbourhood: 'de-bron' },
  { role: 'beheerder', name: 'Lotte de Boer', neighbourhood: 'de-bron' },
];

export const demoEmail = (role: Role) => `demo-${role}@wijkstad.example`;

export type DemoSeedReport = {
  tenant: Tenant;
  accountsCreated: number;
  activitiesCreated: number;
  volunteersCreated: number;
  requestsCreated: number;
};

/** Idempotent: running it again adds nothing that is already there. */
export async function seedDemo(db: Db, now = new Date()): Promise<DemoSeedReport> {
  // A new demo needs the professionals' password hash, slow by design and made on a thread of its own: begun now,
  // it is ready by the time the accounts are made. A demo that is there needs none.
  let passwordHash: Promise<string> | undefined = (await findTenantBySlug(db, DEMO_TENANT_SLUG))
    ? undefined
    : hashPassword(DEMO_PASSWORD);
  const tenant = await ensureTenant(db, DEMO_TENANT_SLUG, 'Wijkstad');
  await setTeamContact(db, tenant.id, { phone: '030 123 45 67', email: 'wijkteam@wijkstad.example' });
  // Wijkstad is invented; its postcodes (3532) are Utrecht's.
  await setProvince(db, tenant.id, 'Utrecht');
  const neighbourhoodIds = new Map<string, string>();
  for (const n of neighbourhoods) {
    const row = await ensureNeighbourhood(db, tenant.id, n.slug, n.name);
    neighbourhoodIds.set(n.slug, row.id);
    for (const [name, cbs] of n.areas) await ensureArea(db, tenant.id, row.id, name, cbs);
  }

  // Otherwise hashed only when an account is missing.
  let accountsCreated = 0;
  for (const person of demoPeople) {
    const email = demoEmail(person.role);
    if (await accountIdByEmail(db, tenant.id, email)) continue;
    const professional = needsPasswordAndTotp(person.role);
    if (professional) passwordHash ??= hashPassword(DEMO_PASSWORD);
    const hash = professional ? await passwordHash : null;
    await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'demo' },
      { category: 'account', action: 'create', purpose: 'demo', subjectUserId: null },
      (gated) =>
        insertAccount(gated, {
          tenantId: tenant.id,
          email,
          displayName: person.name,
          role: person.role,
          neighbourhoodId: neighbourhoodIds.get(person.neighbourhood) ?? null,
          passwordHash: hash ?? null,
          totpSecret: professional ? DEMO_TOTP_SECRET : null,
          isDemo: true,
        }),
    );
    accountsCreated++;
  }
  const activitiesCreated = await seedDemoSocialBase(db, tenant.id, now);
  const volunteersCreated = await seedDemoVolunteers(db, tenant.id, now);
  const requests = await seedDemoRequests(db, tenant.id, now);
  await seedDemoCases(db, tenant.id, requests);
  await seedDemoConsents(db, tenant.id, now);
  await seedDemoSupport(db, tenant.id, requests);
  await seedDemoSignals(
    db,
    tenant,
    {
      sanne: await demoStaff(db, tenant.id, 'wijkteamlid'),
      joost: await demoStaff(db, tenant.id, 'opbouwwerker'),
      karimUserId: (await accountIdByEmail(db, tenant.id, demoEmail('vrijwilliger'))) ?? null,
    },
    now,
  );
  await seedDemoHistory(db, tenant.id, now);
  await seedDemoAgenda(db, tenant.id, neighbourhoodIds, now);
  await seedDemoMonitor(db, tenant.id, now);
  const requestsCreated = requests.size;
  return {
    tenant: { ...tenant, teamPhone: '030 123 45 67', teamEmail: 'wijkteam@wijkstad.example' },
    accountsCreated,
    activitiesCreated,
    volunteersCreated,
    requestsCreated,
  };
}

type DemoRequest = {
  /** How many days ago it came in, so the list of cases shows deadlines met and missed. */
  daysAgo: number;
  text: string;
  name: string;
  postcode: string;
  phone: string;
  other?: { name: string; relation: string };
  /** Asked signed in with a demo account of this role (the others asked without an account). */
  account?: Role;
};

/**
 * Six questions in the team's queue, so the demo shows triage, spoed on top and matching; fictional people. Annie,
 * the demo resident, asked hers signed in: her case has the plan she writes at /mijn/plan.
 */
const demoRequests: DemoRequest[] = [
  {
    text:
      'Sinds mijn man is overleden zie ik bijna niemand meer. Is er in de buurt een plek waar ik koffie kan ' +
      'drinken met andere mensen?',
    name: 'Truus',
    daysAgo: 20,
    postcode: '3581 EP',
    phone: '06 1000 0001',
  },
  {
    text:
      'Ik ben gevallen en mag zes weken niet fietsen. Wie kan er twee keer per week boodschappen voor mij doen? Ik ' +
      'woon drie hoog zonder lift.',
    name: 'Henk',
    daysAgo: 9,
    postcode: '3582 KN',
    phone: '06 1000 0002',
  },
  {
    text:
      'Mijn moeder van 79 spreekt weinig Nederlands en zit de hele dag alleen. Ze wil graag dat er een vrouw komt ' +
      'die Turks spreekt, voor een kop thee en een praatje.',
    name: 'Aylin',
    daysAgo: 2,
    postcode: '3583 DT',
    phone: '06 1000 0003',
    other: { name: 'Emine', relation: 'dochter' },
  },
  {
    text:
      'Er liggen stapels brieven van de Belastingdienst en vorige week stond de deurwaarder voor de deur. Ik weet ' +
      'niet meer waar ik moet beginnen.',
    name: 'Ron',
    daysAgo: 6,
    postcode: '3584 SR',
    phone: '06 1000 0004',
  },
  {
    text:
      'Mijn buurman is net gevallen in de gang en komt niet meer overeind. Hij reageert bijna niet als ik iets ' +
      'vraag.',
    name: 'Sanne',
    daysAgo: 0,
    postcode: '3581 GP',
    phone: '06 1000 0005',
  },
  {
    text:
      'Sinds mijn heupoperatie kom ik bijna de deur niet uit. Ik mis de mensen, en de post stapelt zich op. Ik wil ' +
      'het graag weer zelf doen, maar niet helemaal alleen.',
    name: 'Annie',
    daysAgo: 12,
    postcode: '3581 EP',
    phone: '06 1000 0006',
    account: 'bewoner',
  },
];

/** The requests it made, by the asker's name; none when the demo already has requests. */
/** A demo staff member as the actor of their steps. */
async function demoStaff(db: Db, tenantId: string, role: 'wijkteamlid' | 'regisseur' | 'opbouwwerker') {
  const userId = await accountIdByEmail(db, tenantId, demoEmail(role));
  if (!userId) throw new Error(`the demo has no ${role}`);
  return { kind: 'user' as const, userId, tenantId, role };
}

async function seedDemoRequests(db: Db, tenantId: string, now: Date): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  if (await hasHelpRequests(db, tenantId)) return made;
  const actor = { kind: 'system' as const, tenantId, process: 'demo' as const };
  forgetCandidates(tenantId);
  // 9 months is NABIJ_HIDDEN_MONTHS' default; every demo entry is current anyway.
  const index = await candidateIndex(db, actor, tenantId, 9);
  for (const r of demoRequests) {
    const reference = newReference();
    const [triage] = await triageMany(db, tenantId, index, [{ id: reference, tekst: r.text, postcode: r.postcode }]);
    const point = await postcodePoint(db, r.postcode);
    const askerUserId = r.account ? ((await accountIdByEmail(db, tenantId, demoEmail(r.account))) ?? null) : null;
    const id = await withAccess(
      db,
      actor,
      { category: 'hulpvraag', action: 'create', purpose: 'demo', subjectUserId: askerUserId },
      (gated) =>
        insertHelpRequest(gated, {
          tenantId,
          reference,
          channel: 'web',
          askerUserId,
          enteredByUserId: null,
          forSomeoneElse: Boolean(r.other),
          askerName: r.name,
          subjectName: r.other?.name ?? null,
          relation: r.other?.relation ?? null,
          subjectConsent: r.other ? 'ja' : 'zelf',
          text: r.text,
          postcode: r.postcode,
          point,
          moments: [],
          language: null,
          contactEmail: null,
          contactPhone: r.phone,
          triage: triage!,
          statusToken: newToken(),
          shareWithVolunteer: shareEverything,
          receivedAt: new Date(now.getTime() - r.daysAgo * 86_400_000),
        }),
    );
    made.set(r.name, id);
  }
  forgetCandidates(tenantId);
  return made;
}

/**
 * Four cases, so the list shows what casework looks like: Henk's is overdue for first contact, Ron's was handed
 * over to the regisseur (debts), Truus's closed without a match, and Annie's (the demo resident) has her plan.
 * Only with the demo's own fresh requests.
 */
async function seedDemoCases(db: Db, tenantId: string, requests: Map<string, string>): Promise<void> {
  const henk = requests.get('Henk');
  const ron = requests.get('Ron');
  const truus = requests.get('Truus');
  if (!henk || !ron || !truus || (await hasCases(db, tenantId))) return;
  const sanne = await demoStaff(db, tenantId, 'wijkteamlid');
  const mehmet = await demoStaff(db, tenantId, 'regisseur');

  const late = await openCase(db, sanne, henk);
  await addNote(db, sanne, late.caseId, 'Twee keer gebeld, geen gehoor. Morgen weer proberen.');

  const debts = await openCase(db, sanne, ron);
  await recordFirstContact(db, sanne, debts.caseId);
  await addNote(db, sanne, debts.caseId, 'Ron is blij dat er iemand meekijkt. Brieven liggen nog ongeopend.');
  await handOver(db, sanne, debts.caseId, {
    userId: mehmet.userId,
    reason: 'Schulden en een deurwaarder aan de deur: Mehmet kent de schuldhulp en kan knopen doorhakken.',
  });
  await seedDemoConversations(db, sanne, mehmet, debts.caseId);
  await seedDemoRegie(db, mehmet, debts.caseId);

  // Annie's own question: her case, with the plan she writes with Mehmet (the regisseur) at /mijn/plan.
  const annie = requests.get('Annie');
  const annieUser = await accountIdByEmail(db, tenantId, demoEmail('bewoner'));
  if (annie && annieUser) {
    // Sanne owns it (the regisseur's own list stays Ron's case); Mehmet writes the plan with Annie.
    const own = await openCase(db, mehmet, annie, sanne.userId);
    await recordFirstContact(db, mehmet, own.caseId);
    const inTenDays = dutchToday(new Date(Date.now() + 10 * 86_400_000));
    await seedDemoPlan(db, {
      tenantId,
      caseId: own.caseId,
      residentUserId: annieUser,
      teamUserId: mehmet.userId,
      meetsOn: inTenDays,
    });
  }

  const solved = await openCase(db, mehmet, truus);
  await recordFirstContact(db, mehmet, solved.caseId);
  await closeCase(db, mehmet, solved.caseId, {
    outcome: 'opgelost_zonder_hulp',
    note: 'Truus ging zelf naar de koffieochtend in het buurthuis en heeft daar nu vaste maatjes.',
  });
}

/**
 * Ron's regie: Mehmet is his regisseur; Ron chose a debt buddy outside the team's own organisations (he did not want
 * to go to the municipality's desk); the help was due to start three days ago and was escalated once to the
 * provider; and Mehmet cut a knot while the bailiff waits.
 */
async function seedDemoRegie(db: Db, mehmet: SignedInActor, caseId: string): Promise<void> {
  await setRegisseur(db, mehmet, caseId, {
    userId: mehmet.userId,
    reason: 'Ik neem de regie: schulden, een deurwaarder en de huur hangen samen.',
  });
  const referralId = await recordReferral(db, mehmet, caseId, {
    provider: { otherName: 'Schuldhulpmaatje Wijkstad' },
    reason:
      'Ron wil liever niet naar het loket van de gemeente. Een maatje van Schuldhulpmaatje helpt zijn buurman ook, ' +
      'en dat ging goed.',
    chosenHow: 'in_gesprek',
  });
  const now = new Date();
  const threeDaysAgo = dutchToday(new Date(now.getTime() - 3 * 86_400_000));
  await setReferralDeadline(db, mehmet, caseId, referralId, {
    startBy: threeDaysAgo,
    contactEmail: 'coordinator@schuldhulpmaatje-wijkstad.example',
  });
  // Step 1 as the daily job takes it; the demo keeps no mail of it (the job's mails go to the outbox when it runs).
  await escalateReferrals({ db, mailer: { send: async () => undefined } }, now, mehmet.tenantId);
  await decideKnot(db, mehmet, caseId, {
    decision: 'We vragen de deurwaarder om uitstel tot de schuldhulp is gestart. Ik bel hem vandaag.',
    reason: 'Zonder uitstel wordt de huur weer niet betaald, en dan groeit de schuld verder.',
  });
}

/**
 * Ron's conversation about self-reliance, twice: five days ago with Sanne, and now with Mehmet, when money, the
 * post and his days went better and he wants to talk about his network.
 */
async function seedDemoConversations(
  db: Db,
  first: SignedInActor,
  second: SignedInActor,
  caseId: string,
): Promise<void> {
  const instrument = await currentInstrument(db, first.tenantId);
  const answer = (
    domainKey: string,
    level: number | null,
    texts: Partial<Record<'self' | 'network' | 'professional', string>> = {},
    wantsToTalk = false,
  ) => ({
    domainKey,
    level,
    self: texts.self ?? '',
    network: texts.network ?? '',
    professional: texts.professional ?? '',
    wantsToTalk,
  });
  const atFirstContact = new Date(Date.now() - 5 * 24 * 3600 * 1000);
  await saveAssessment(
    db,
    first,
    caseId,
    instrument,
    [
      answer('financien', 1, { self: 'Laat de brieven dicht.', professional: 'Nog niemand.' }, true),
      answer('tijdsbesteding', 2, { self: 'Zit veel thuis.' }),
      answer('huisvesting', 3, { self: 'Huurachterstand van twee maanden.' }),
      answer('geestelijke_gezondheid', 2, { self: 'Slaapt slecht door de zorgen.' }),
      answer('sociaal_netwerk', 2, { network: 'Een zus in Zwolle, weinig contact.' }),
      answer('instrumentele_adl', 4),
    ],
    atFirstContact,
  );
  await saveAssessment(db, second, caseId, instrument, [
    answer(
      'financien',
      3,
      {
        self: 'Opent de post elke maandag.',
        network: 'Zijn zus belt na elke brief.',
        professional: 'Schuldhulp maakt een regeling met de deurwaarder.',
      },
      true,
    ),
    answer('tijdsbesteding', 3, { self: 'Gaat twee ochtenden naar het repaircafé.' }),
    answer('huisvesting', 4, { professional: 'De corporatie wacht met de achterstand.' }),
    answer('geestelijke_gezondheid', 3, { self: 'Slaapt beter.' }),
    answer('sociaal_netwerk', 2, { self: 'Wil nieuwe mensen leren kennen.' }, true),
    answer('instrumentele_adl', 4),
  ]);
}

/**
 * Two consents of the demo resident Annie, so /mijn/toestemmingen shows both kinds: one in force for the client
 * supporter Petra (noted by Sanne after a phone call), and one to the debt counselling that Annie withdrew.
 */
async function seedDemoConsents(db: Db, tenantId: string, now: Date): Promise<void> {
  if (await hasConsents(db, tenantId)) return;
  const annie = await accountIdByEmail(db, tenantId, demoEmail('bewoner'));
  const sanne = await accountIdByEmail(db, tenantId, demoEmail('wijkteamlid'));
  if (!annie || !sanne) return;
  const actor = { kind: 'system' as const, tenantId, process: 'demo' as const };
  const daysAgo = (n: number) => dutchToday(new Date(now.getTime() - n * 86_400_000));
  await recordConsentAbout(
    db,
    actor,
    { userId: annie, requestId: null },
    'toestemming',
    {
      recipientKind: 'persoon',
      recipientName: 'Petra Visser',
      recipientEmail: demoEmail('clientondersteuner'),
      recipientRole: null,
      category: 'hulpvraag',
      purpose: 'ondersteuning',
      purposeNote: '',
      startsOn: daysAgo(12),
      endsOn: null,
      givenHow: 'mondeling',
      reason: null,
    },
    sanne,
  );
  const withdrawn = await recordConsentAbout(
    db,
    actor,
    { userId: annie, requestId: null },
    'toestemming',
    {
      recipientKind: 'organisatie',
      recipientName: 'Schuldhulp Wijkstad',
      recipientEmail: '',
      recipientRole: null,
      category: 'hulpvraag',
      purpose: 'doorverwijzing',
      purposeNote: '',
      startsOn: daysAgo(30),
      endsOn: null,
      givenHow: 'schriftelijk',
      reason: null,
    },
    sanne,
  );
  await withdrawConsent(db, { kind: 'user', userId: annie, tenantId, role: 'bewoner' }, withdrawn);
}

/**
 * Annie has Petra as her client supporter: invited and accepted, sharing her dossier, her plan and her complaints
 * (her help request Petra already sees by the consent Sanne noted). Petra wrote a goal in Annie's plan with her, and
 * filed a complaint with her, which Mehmet has taken up.
 */
async function seedDemoSupport(db: Db, tenantId: string, requests: Map<string, string>): Promise<void> {
  if (await hasInvitations(db, tenantId)) return;
  const [annie, petra, mehmet] = await Promise.all(
    (['bewoner', 'clientondersteuner', 'regisseur'] as const).map((role) =>
      accountIdByEmail(db, tenantId, demoEmail(role)),
    ),
  );
  if (!annie || !petra || !mehmet) return;
  const resident = { kind: 'user' as const, userId: annie, tenantId, role: 'bewoner' as const };
  const { token } = await createInvitation(
    db,
    resident,
    annie,
    { name: 'Petra Visser', email: demoEmail('clientondersteuner'), userId: petra },
    ['dossier', 'plan', 'klacht'],
  );
  const opened = await openInvitation(db, token);
  if (opened) await linkSupporter(db, opened, petra);
  const supporter = { kind: 'user' as const, userId: petra, tenantId, role: 'clientondersteuner' as const };
  const annieRequest = requests.get('Annie');
  const caseId = annieRequest
    ? await withAccess(
        db,
        { kind: 'system', tenantId, process: 'demo' },
        { category: 'dossier', action: 'read', purpose: 'demo', subjectUserId: annie },
        (gated) => openCaseOfRequests(gated, tenantId, [annieRequest]),
      )
    : undefined;
  // The plan co-written: a goal Annie put into words with Petra beside her.
  if (caseId)
    await saveGoal(db, supporter, { caseId }, null, {
      domainKey: 'tijdsbesteding',
      goal: 'Ik wil één keer per week iets doen buiten de deur, met andere mensen.',
      wentWell: '',
    });
  const complaint = await fileComplaint(db, supporter, annie, {
    kind: 'klacht',
    about: 'De thuiszorg kwam twee keer niet',
    whatHappened: 'Twee keer stond ik klaar en kwam er niemand. Niemand belde af.',
    wish: 'Dat ze bellen als ze niet komen.',
  });
  await handleComplaint(
    db,
    { kind: 'user', userId: mehmet, tenantId, role: 'regisseur' },
    complaint,
    'in_behandeling',
    'Ik heb de thuiszorg gebeld en hoor deze week wat er misging.',
  );
}

/** Sixteen strong residents of Wijkstad, so the demo can propose volunteers; only when none of them are there yet. */
async function seedDemoVolunteers(db: Db, tenantId: string, now: Date): Promise<number> {
  const actor = { kind: 'system' as const, tenantId, process: 'demo' as const };
  const there = await withAccess(
    db,
    actor,
    { category: 'vrijwilliger', action: 'search', purpose: 'demo', subjectUserId: null },
    (gated) => hasVolunteersWithIdPrefix(gated, tenantId, 'ws-'),
  );
  if (there) return 0;
  const { rows, errors } = parseVolunteerRows(
    await readTableFile(await readFile(new URL('./wijkstad/vrijwilligers.csv', import.meta.url))),
  );
  if (errors.length > 0) throw new Error(`demo volunteers have errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const volunteerAccount = await accountIdByEmail(db, tenantId, demoEmail('vrijwilliger'));
  const report = await withAccess(
    db,
    actor,
    { category: 'vrijwilliger', action: 'create', purpose: 'demo', subjectUserId: null },
    async (gated) => {
      const saved = await saveVolunteers(gated, tenantId, rows, now.toISOString().slice(0, 10));
      // The demo volunteer account is Karim (ws-v01), so /mijn/vrijwilliger shows the questions the team asks him.
      if (volunteerAccount) await linkVolunteerAccount(gated, tenantId, 'ws-v01', volunteerAccount);
      return saved;
    },
  );
  return report.created;
}

/** The demo social base: only when Wijkstad has none yet, so edits made in the demo are kept. */
async function seedDemoSocialBase(db: Db, tenantId: string, now: Date): Promise<number> {
  if (await hasActivities(db, tenantId)) return 0;
  const postcodes = parsePostcodeRows(
    await readTableFile(await readFile(new URL('./wijkstad/postcodes.csv', import.meta.url))),
  );
  await upsertPostcodes(db, postcodes.rows);
  const { rows, errors } = parseActivityRows(
    await readTableFile(await readFile(new URL('./wijkstad/sociale-basis.csv', import.meta.url))),
  );
  if (errors.length > 0) throw new Error(`demo social base has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const shift = now.getTime() - DEMO_WRITTEN_ON;
  const report = await saveActivities(
    db,
    tenantId,
    rows.map((row) => ({
      ...row,
      lastConfirmedAt: row.lastConfirmedAt ? new Date(row.lastConfirmedAt.getTime() + Math.max(0, shift)) : null,
    })),
  );
  // The demo initiative organiser owns the organisations of the entries that list them as contact.
  const owner = await accountIdByEmail(db, tenantId, demoEmail('initiatiefnemer'));
  if (owner) await setOrganisationOwner(db, tenantId, owner, { contactEmail: demoEmail('initiatiefnemer') });
  // The team's own organisations, for free choice of provider (docs/regie.md); the others are outside the team.
  await markOwnOrganisations(db, tenantId, ['Wijkteam Wijkstad', 'Geldpunt Wijkstad (gemeente)']);
  await setWaitingWeeks(db, tenantId, 'w23', 6);
  await setWaitingWeeks(db, tenantId, 'w48', 3);
  await setWaitingWeeks(db, tenantId, 'w50', 0);
  return report.created;
}

/** Wijkstad's postcodes per buurt, so the monitor places requests in their wijk. */
const postcodePrefixOfArea: Record<string, string> = {
  Bronkwartier: '3581',
  Molenhof: '3582',
  Merelhof: '3583',
  Spreeuwenpark: '3584',
};

/**
 * A year of closed requests, matches, cases, assessments, hours and satisfaction answers before the demo's living
 * ones (history.ts), so the monitor shows trends. Once: skipped when anything older than six weeks is there.
 */
async function seedDemoHistory(db: Db, tenantId: string, now: Date): Promise<void> {
  const areas = (await areasWithWijk(db, tenantId)).flatMap((a) => {
    const prefix = postcodePrefixOfArea[a.name];
    return prefix ? [{ areaId: a.id, neighbourhoodId: a.neighbourhoodId, postcodePrefix: prefix }] : [];
  });
  await placePostcodes(db, tenantId, areas);
  if (await hasHistory(db, tenantId, new Date(now.getTime() - 42 * 86_400_000))) return;
  const sanne = await demoStaff(db, tenantId, 'wijkteamlid');
  const people = await historyPeople(db, tenantId, sanne.userId);
  if (!people) return;
  const wijkOfPrefix = new Map(areas.map((a) => [a.postcodePrefix, a.neighbourhoodId]));
  await writeHistory(
    db,
    tenantId,
    planHistory(areas, now),
    people,
    wijkOfPrefix,
    satisfactionQuestions.map((q) => q.key),
  );
  await writeHistoryHours(db, tenantId, planHours(people.volunteerIds, now));
}

/** The neighbourhood agenda: proposals with support and answers, results, the klankbordgroep (agenda.ts). */
async function seedDemoAgenda(db: Db, tenantId: string, neighbourhoodIds: Map<string, string>, now: Date) {
  const accounts = await ensureAgendaResidents(db, tenantId, neighbourhoodIds);
  for (const role of ['bewoner', 'vrijwilliger', 'initiatiefnemer', 'klankbordgroep'] as const) {
    const userId = await accountIdByEmail(db, tenantId, demoEmail(role));
    if (userId) accounts.set(role, { kind: 'user', userId, tenantId, role });
  }
  const joost = await demoStaff(db, tenantId, 'opbouwwerker');
  const people = { accounts, joost, neighbourhoodIds };
  const proposals = await seedDemoProposals(db, tenantId, people, now);
  if (proposals.size === 0) return;
  await seedDemoResults(
    db,
    tenantId,
    { ...people, sanne: await demoStaff(db, tenantId, 'wijkteamlid') },
    proposals,
    now,
  );
  await seedDemoBoard(db, tenantId, people, now);
}

/**
 * The monitor's figures, computed once at the first start (then by the nightly job), published up to two months
 * ago: last month is the draft the klankbordgroep and the Wmo council see first. Wijkstad publishes open data.
 */
async function seedDemoMonitor(db: Db, tenantId: string, now: Date): Promise<void> {
  if ((await monitorSettings(db, tenantId)).refreshedAt) return;
  await refreshMonitor(db, tenantId, { now });
  const admin = await accountIdByEmail(db, tenantId, demoEmail('beheerder'));
  if (!admin) return;
  const twoMonthsAgo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  await saveMonitorSettings(db, tenantId, admin, {
    publishedThrough: twoMonthsAgo.toISOString().slice(0, 10),
    publishOpenData: true,
  });
}
