// Factories for test data: municipalities, accounts, activities, volunteers, help requests and matches, each making
// the parents it is not given, through the same queries, imports, commands and access gate the app uses.
import { randomBytes } from 'node:crypto';
import { withAccess } from '../../src/kernel/access/gate.js';
import { insertAccount } from '../../src/kernel/auth/accounts.js';
import { hashPassword } from '../../src/kernel/auth/password.js';
import { needsPasswordAndTotp, type Role } from '../../src/kernel/auth/roles.js';
import { newToken } from '../../src/kernel/auth/tokens.js';
import { newTotpSecret } from '../../src/kernel/auth/totp.js';
import type { Db } from '../../src/kernel/db/database.js';
import type { AppContext } from '../../src/kernel/http/context.js';
import type { NeedKey } from '../../src/kernel/taxonomy/needs.js';
import { ensureNeighbourhood, ensureTenant, findTenantById, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { answerAsAsker, answerAsVolunteer } from '../../src/modules/requests/commands/answer-match.js';
import { openCase } from '../../src/modules/casework/index.js';
import { forgetCandidates, newReference, proposeMatch } from '../../src/modules/requests/index.js';
import { insertHelpRequest, setRequestState } from '../../src/modules/requests/queries/requests.js';
import { type ShareChoice, shareEverything } from '../../src/modules/requests/sharing.js';
import type { RequestState } from '../../src/modules/requests/states.js';
import type { Route, Suggestion, TriageAnswer } from '../../src/modules/triage/index.js';
import { type ActivityInput, isFreeOfCharge } from '../../src/modules/socialbase/activity-import.js';
import { saveActivities, setOrganisationOwner } from '../../src/modules/socialbase/index.js';
import { normalisePostcode, type Point, postcodePoint } from '../../src/kernel/geo/index.js';
import { insertVolunteerProfile, markVogSeen, updateUnavailable } from '../../src/modules/volunteers/queries.js';
import type { UnavailablePeriod } from '../../src/modules/volunteers/schema.js';
import { saveVolunteers } from '../../src/modules/volunteers/index.js';
import type { VolunteerInput } from '../../src/modules/volunteers/volunteer-import.js';

export const TEST_PASSWORD = 'een-lang-testwachtwoord';

/** Where test people and places are unless a test says otherwise: 3532 LC, as in test/fixtures/buurt/postcodes.csv. */
export const TEST_POSTCODE = '3532 LC';
export const TEST_POINT: Point = { lat: 52.09211, lon: 5.10605 };

const randomSuffix = () => randomBytes(4).toString('hex');
const today = () => new Date().toISOString().slice(0, 10);

export async function makeTenant(
  db: Db,
  slug = `gemeente-${randomBytes(3).toString('hex')}`,
  name = 'Testdorp',
): Promise<Tenant> {
  const tenant = await ensureTenant(db, slug, name);
  await ensureNeighbourhood(db, tenant.id, 'centrum', 'Centrum');
  return tenant;
}

export type TestUser = {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: Role;
  totpSecret: string | null;
};

const firstNames = ['Fatima', 'Jan', 'Mila', 'Henk', 'Sevda', 'Pieter', 'Noor', 'Bram'];

export async function makeUser(
  db: Db,
  tenant: Tenant,
  role: Role,
  overrides: { email?: string; displayName?: string; isDemo?: boolean } = {},
): Promise<TestUser> {
  const suffix = randomBytes(3).toString('hex');
  const displayName =
    overrides.displayName ?? `${firstNames[suffix.charCodeAt(0) % firstNames.length]} Testpersoon-${suffix}`;
  const email = overrides.email ?? `${role}-${suffix}@voorbeeld.nl`;
  const professional = needsPasswordAndTotp(role);
  const totpSecret = professional ? newTotpSecret() : null;
  const id = await withAccess(
    db,
    { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
    { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
    async (gated) =>
      insertAccount(gated, {
        tenantId: tenant.id,
        email,
        displayName,
        role,
        passwordHash: professional ? await hashPassword(TEST_PASSWORD) : null,
        totpSecret,
        isDemo: overrides.isDemo ?? false,
      }),
  );
  return { id, tenantId: tenant.id, email, displayName, role, totpSecret };
}

/**
 * The one municipality of the parents a test handed in, or a new one when it handed in none. Parents of two
 * municipalities are a mistake in the test, said here rather than as a puzzling refusal further on.
 */
async function tenantFor(
  db: Db,
  tenant: Tenant | undefined,
  parents: readonly ({ tenantId: string } | null | undefined)[],
) {
  const ids = new Set(parents.filter((p) => p != null).map((p) => p.tenantId));
  if (tenant) ids.add(tenant.id);
  if (ids.size > 1) throw new Error(`test data of ${ids.size} municipalities cannot be combined`);
  if (tenant) return tenant;
  const [id] = ids;
  if (id === undefined) return makeTenant(db);
  const found = await findTenantById(db, id);
  if (!found) throw new Error(`municipality ${id} does not exist`);
  return found;
}

export type TestActivity = {
  id: string;
  tenantId: string;
  /** The id of the import file, by which triage suggests it and proposeMatch takes it. */
  externalId: string;
  name: string;
  organisationId: string | null;
  placeId: string | null;
  /** The initiative organiser who keeps it on /mijn/activiteiten, when the test asked for one. */
  owner: TestUser | null;
};

export type ActivityOverrides = Partial<ActivityInput> & {
  tenant?: Tenant;
  /** An account that keeps this entry; true makes an initiative organiser (initiatiefnemer). */
  owner?: TestUser | true;
};

let activitiesMade = 0;

/**
 * An activity of the social base, saved as a coordinator's import saves it: its organisation comes from the
 * provider's name and its place from the address, both its own unless the test shares them.
 */
export async function makeActivity(db: Db, overrides: ActivityOverrides = {}): Promise<TestActivity> {
  const { tenant: givenTenant, owner: givenOwner, ...fields } = overrides;
  const tenant = await tenantFor(db, givenTenant, [givenOwner === true ? null : givenOwner]);
  const suffix = randomSuffix();
  const cost = fields.cost ?? 'gratis';
  const input: ActivityInput = {
    externalId: `act-${suffix}`,
    // A name no fixture entry shares a word with, so a factory activity never changes another test's search.
    name: `Activiteit ${suffix}`,
    description: 'Elke week samen iets doen met buren.',
    kind: 'activiteit',
    needKeys: ['ontmoeting'],
    providerName: `Stichting ${suffix}`,
    professional: false,
    address: `Buurtplein ${++activitiesMade}`,
    postcode: TEST_POSTCODE,
    lat: TEST_POINT.lat,
    lon: TEST_POINT.lon,
    schedule: { frequentie: 'wekelijks', dagen: ['di'], start: '10:00', eind: '12:00' },
    exceptions: [],
    cost,
    isFree: isFreeOfCharge(cost),
    targetGroup: 'iedereen',
    wheelchairAccessible: true,
    languages: ['nl'],
    capacity: null,
    freePlaces: null,
    contactEmail: null,
    lastConfirmedAt: null,
    ...fields,
  };
  await saveActivities(db, tenant.id, [input]);
  const row = await db
    .selectFrom('activities')
    .select(['id', 'organisation_id', 'place_id'])
    .where('tenant_id', '=', tenant.id)
    .where('external_id', '=', input.externalId)
    .executeTakeFirstOrThrow();
  let owner: TestUser | null = null;
  if (givenOwner) {
    const organisationId = row.organisation_id;
    if (!organisationId) throw new Error('only an activity with a provider (an organisation) has an owner');
    owner = givenOwner === true ? await makeUser(db, tenant, 'initiatiefnemer') : givenOwner;
    await setOrganisationOwner(db, tenant.id, owner.id, { organisationId });
  }
  // As after any change of what triage can propose, so a test's next request sees this activity.
  forgetCandidates(tenant.id);
  return {
    id: row.id,
    tenantId: tenant.id,
    externalId: input.externalId,
    name: input.name,
    organisationId: row.organisation_id,
    placeId: row.place_id,
    owner,
  };
}

export type TestVolunteer = {
  id: string;
  tenantId: string;
  /** The id triage suggests and proposeMatch takes: the file's id, or nb-<account id> for one who signed up. */
  externalId: string;
  firstName: string;
  /** Their own account when they signed up (they can sign in and get mail); null when imported from a file. */
  account: TestUser | null;
};

export type VolunteerOverrides = {
  tenant?: Tenant;
  /** Signed up with this account (true makes one, role vrijwilliger) instead of imported from a coordinator's file. */
  account?: TestUser | true;
  firstName?: string;
  /** Without a point the app takes the postcode's centroid, when the postcode table knows it. */
  postcode?: string | null;
  point?: Point | null;
  offers?: NeedKey[];
  roles?: string[];
  /** Moments like "ma-ochtend", or whole days like "za". */
  availability?: string[];
  radiusKm?: number;
  maxMatches?: number;
  languages?: string[];
  /** Date on the certificate of conduct (VOG); null for none. Default today, so a valid one. */
  vogDate?: string | null;
  /**
   * Whether the team saw the VOG (status "gezien", it counts for matching). A file's VOG always is; one a volunteer
   * typed is "opgegeven" in the app until the team marks it: default true here, so it counts, false to leave it.
   */
  vogSeen?: boolean;
  gender?: 'v' | 'm' | 'x' | null;
  /** Periods they said they are away ("Deze week niet"). */
  unavailable?: UnavailablePeriod[];
  /** Only a coordinator's file has these; a volunteer with an account cannot be given them. */
  externalId?: string;
  activeMatches?: number;
  description?: string;
};

/**
 * A volunteer as the app gets one: imported from a coordinator's file (the default), or signed up on the
 * "Ik wil helpen" form with their own account when `account` is given. Both through the access gate.
 */
export async function makeVolunteer(db: Db, overrides: VolunteerOverrides = {}): Promise<TestVolunteer> {
  const givenAccount = overrides.account;
  const tenant = await tenantFor(db, overrides.tenant, [givenAccount === true ? null : givenAccount]);
  const account = givenAccount === true ? await makeUser(db, tenant, 'vrijwilliger') : (givenAccount ?? null);
  const firstName =
    overrides.firstName ?? account?.displayName.split(' ')[0] ?? firstNames[randomBytes(1)[0]! % firstNames.length]!;
  const postcode = overrides.postcode === undefined ? TEST_POSTCODE : overrides.postcode;
  // The default place goes with the default postcode; a postcode of the test's own gets its centroid, as in the app.
  const point = overrides.point !== undefined ? overrides.point : overrides.postcode === undefined ? TEST_POINT : null;
  const vogDate = overrides.vogDate === undefined ? today() : overrides.vogDate;
  const profile = {
    firstName,
    postcode,
    offers: overrides.offers ?? ['boodschappen'],
    roles: overrides.roles ?? ['maatje'],
    availability: overrides.availability ?? ['ma', 'di', 'wo', 'do', 'vr'],
    radiusKm: overrides.radiusKm ?? 3,
    maxMatches: overrides.maxMatches ?? 3,
    languages: overrides.languages ?? ['nl'],
  };

  let made: { id: string; externalId: string };
  if (account) {
    const fileOnly = (['externalId', 'activeMatches', 'description'] as const).filter(
      (k) => overrides[k] !== undefined,
    );
    if (fileOnly.length > 0) throw new Error(`a volunteer who signed up has no ${fileOnly.join(', ')} of a file`);
    const centroid = point ?? (postcode ? await postcodePoint(db, postcode) : undefined);
    const id = await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'aanmelding' },
      { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId: account.id },
      (gated) =>
        insertVolunteerProfile(gated, {
          tenantId: tenant.id,
          userId: account.id,
          ...profile,
          point: centroid ?? undefined,
          boundaries: '',
          vogDate,
          agreementAcceptedAt: new Date(),
          gender: overrides.gender ?? null,
        }),
    );
    made = { id, externalId: `nb-${account.id}` };
    if (vogDate !== null && overrides.vogSeen !== false)
      await withAccess(
        db,
        { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
        { category: 'vrijwilliger', action: 'update', purpose: 'vog_controle', subjectUserId: account.id },
        (gated) => markVogSeen(gated, tenant.id, id, vogDate, null),
      );
  } else {
    const externalId = overrides.externalId ?? `vw-${randomSuffix()}`;
    const id = await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
      { category: 'vrijwilliger', action: 'create', purpose: 'vrijwilligersbeheer', subjectUserId: null },
      async (gated) => {
        // A file's "vog = ja" is dated the day of the import: import on the VOG's date to get that date.
        const file: VolunteerInput = {
          externalId,
          ...profile,
          lat: point?.lat ?? null,
          lon: point?.lon ?? null,
          activeMatches: overrides.activeMatches ?? 0,
          vog: vogDate !== null,
          description: overrides.description ?? '',
          gender: overrides.gender ?? undefined,
        };
        await saveVolunteers(gated, tenant.id, [file], vogDate ?? today());
        const saved = await gated
          .selectFrom('volunteers')
          .select('id')
          .where('tenant_id', '=', tenant.id)
          .where('external_id', '=', externalId)
          .executeTakeFirstOrThrow();
        return saved.id;
      },
    );
    made = { id, externalId };
  }
  if (overrides.unavailable) {
    const periods = overrides.unavailable;
    await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
      {
        category: 'vrijwilliger',
        action: 'update',
        purpose: 'vrijwilligersbeheer',
        subjectUserId: account?.id ?? null,
      },
      (gated) => updateUnavailable(gated, tenant.id, made.id, periods),
    );
  }
  // As the sign-up page does, so a test's next triage sees this volunteer.
  forgetCandidates(tenant.id);
  return { ...made, tenantId: tenant.id, firstName, account };
}

export type TestHelpRequest = {
  id: string;
  tenantId: string;
  /** The code the asker quotes on the phone, such as HV-4K7Q2. */
  reference: string;
  /** The asker's own status page, which needs no account: /hulp/status/<token>. */
  statusPath: string;
  /** The asker's account when they asked signed in; null for someone who asked without one. */
  asker: TestUser | null;
  askerName: string;
  route: Route;
  needKeys: NeedKey[];
};

export type HelpRequestOverrides = {
  tenant?: Tenant;
  asker?: TestUser | null;
  channel?: 'web' | 'telefoon';
  text?: string;
  askerName?: string;
  postcode?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  /** Moments like "di-ochtend". */
  moments?: string[];
  route?: Route;
  needKeys?: NeedKey[];
  /** What triage suggested, best first (by external ids); none unless given. */
  suggestions?: Suggestion[];
  shareWithVolunteer?: ShareChoice;
  state?: RequestState;
  /** Asked for someone else: their first name, who they are to the asker, and the answer about their consent. */
  forSomeoneElse?: { name: string; relation: string; consent: 'ja' | 'nog_vragen' | 'nee' };
};

/**
 * A help request, stored as the form stores one. Its triage is given, not read from the text: a test that needs
 * a route or a need gets exactly that, and no candidate index is built. Tests of triage itself use the form.
 */
export async function makeHelpRequest(db: Db, overrides: HelpRequestOverrides = {}): Promise<TestHelpRequest> {
  const asker = overrides.asker ?? null;
  const tenant = await tenantFor(db, overrides.tenant, [asker]);
  // Five random letters, as the app makes them: a walk that makes thousands of requests meets a taken one now and
  // then, so the insert below tries another, as submitting does.
  let reference = newReference();
  const statusToken = newToken();
  const route = overrides.route ?? 'informeel';
  const needKeys = overrides.needKeys ?? ['boodschappen'];
  const askerName = overrides.askerName ?? asker?.displayName ?? 'Bep de Groot';
  const given = overrides.postcode === undefined ? TEST_POSTCODE : overrides.postcode;
  const postcode = given === null ? null : (normalisePostcode(given) ?? null);
  const triage: TriageAnswer = {
    id: reference,
    route,
    behoeften: needKeys,
    suggesties: overrides.suggestions ?? [],
    uitleg: ['Deze hulpvraag is voor een test gemaakt; de triage is meegegeven, niet gelezen.'],
    uitlegEn: ['This help request was made for a test; the triage was given, not read.'],
    signalen: [],
    model: 'test',
  };
  const insert = () =>
    withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
      { category: 'hulpvraag', action: 'create', purpose: 'hulpvraag_behandelen', subjectUserId: asker?.id ?? null },
      async (gated) =>
        insertHelpRequest(gated, {
          tenantId: tenant.id,
          reference,
          channel: overrides.channel ?? 'web',
          askerUserId: asker?.id ?? null,
          enteredByUserId: null,
          forSomeoneElse: overrides.forSomeoneElse !== undefined,
          askerName,
          subjectName: overrides.forSomeoneElse?.name ?? null,
          relation: overrides.forSomeoneElse?.relation ?? null,
          subjectConsent: overrides.forSomeoneElse?.consent ?? 'zelf',
          text: overrides.text ?? 'Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht.',
          postcode,
          point: postcode ? await postcodePoint(db, postcode) : undefined,
          moments: overrides.moments ?? [],
          language: null,
          contactEmail: overrides.contactEmail === undefined ? (asker?.email ?? null) : overrides.contactEmail,
          contactPhone: overrides.contactPhone === undefined ? '030-1234567' : overrides.contactPhone,
          triage,
          statusToken,
          shareWithVolunteer: overrides.shareWithVolunteer ?? shareEverything,
        }),
    );
  let id: string | undefined;
  for (let attempt = 0; id === undefined; attempt++) {
    try {
      id = await insert();
    } catch (error) {
      const taken = (error as { constraint?: string }).constraint === 'help_requests_tenant_reference';
      if (!taken || attempt === 4) throw error;
      reference = newReference();
      triage.id = reference;
    }
  }
  const state = overrides.state;
  if (state && state !== 'nieuw') {
    await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'hulpvraag' },
      { category: 'hulpvraag', action: 'update', purpose: 'hulpvraag_behandelen', subjectUserId: asker?.id ?? null },
      (gated) => setRequestState(gated, tenant.id, id, state),
    );
  }
  return {
    id,
    tenantId: tenant.id,
    reference,
    statusPath: `/hulp/status/${statusToken}`,
    asker,
    askerName,
    route,
    needKeys,
  };
}

/** How far a factory match has come: proposed, the volunteer said yes, or both said yes. */
export type TestMatchState = 'voorgesteld' | 'vrijwilliger_akkoord' | 'actief';

export type TestMatch = {
  id: string;
  tenantId: string;
  state: TestMatchState;
  request: TestHelpRequest;
  /** Who is proposed: a volunteer, or else an activity. */
  volunteer: TestVolunteer | null;
  activity: TestActivity | null;
  /** The team member who proposed it. */
  proposer: TestUser;
  /** The volunteer's link, /koppeling/<token>, for a volunteer's match. */
  volunteerPath: string | null;
  /** The asker's link once it is their turn: at once for an activity, after the volunteer's yes otherwise. */
  askerPath: string | null;
};

export type MatchOverrides = {
  tenant?: Tenant;
  request?: TestHelpRequest;
  /** The volunteer proposed; a new one when neither a volunteer nor an activity is given. */
  volunteer?: TestVolunteer;
  activity?: TestActivity;
  proposer?: TestUser;
  state?: TestMatchState;
};

const pathOf = (link: string | null) => (link === null ? null : new URL(link).pathname);
const tokenOf = (path: string | null) => {
  const token = path?.split('/').at(-1);
  if (!token) throw new Error('the match has no link for this step');
  return token;
};

/**
 * A match, made as the team makes one (proposeMatch), then taken as far as `state` by the answers the volunteer
 * and the asker give through their links. Needs the app's context, since proposing and answering send mail:
 * with `t.app.ctx` the mails land in `t.mails`.
 */
export async function makeMatch(ctx: AppContext, overrides: MatchOverrides = {}): Promise<TestMatch> {
  const db = ctx.database.db;
  const state = overrides.state ?? 'voorgesteld';
  if (overrides.volunteer && overrides.activity) throw new Error('a match proposes a volunteer or an activity');
  if (overrides.activity && state === 'vrijwilliger_akkoord') throw new Error('only a volunteer says yes first');
  const tenant = await tenantFor(db, overrides.tenant, [
    overrides.request,
    overrides.volunteer,
    overrides.activity,
    overrides.proposer,
  ]);
  const request = overrides.request ?? (await makeHelpRequest(db, { tenant }));
  const activity = overrides.activity ?? null;
  const volunteer = activity ? null : (overrides.volunteer ?? (await makeVolunteer(db, { tenant })));
  const proposer = overrides.proposer ?? (await makeUser(db, tenant, 'wijkteamlid'));
  const proposal = await proposeMatch(
    ctx,
    { kind: 'user', userId: proposer.id, tenantId: tenant.id, role: proposer.role },
    tenant,
    request.id,
    volunteer ? { id: volunteer.externalId, soort: 'vrijwilliger' } : { id: activity!.externalId, soort: 'activiteit' },
  );
  const volunteerPath = pathOf(proposal.volunteerLink);
  let askerPath = pathOf(proposal.askerLink);
  if (volunteer && state !== 'voorgesteld') {
    const { askerLink } = await answerAsVolunteer(ctx, tokenOf(volunteerPath), true, tenant.name);
    askerPath = pathOf(askerLink);
  }
  if (state === 'actief') await answerAsAsker(ctx, tokenOf(askerPath), true, false);
  return {
    id: proposal.matchId,
    tenantId: tenant.id,
    state,
    request,
    volunteer,
    activity,
    proposer,
    volunteerPath,
    askerPath,
  };
}

export type TestCase = { id: string; request: { id: string; tenantId: string }; owner: TestUser };

/** A case opened by its owner (a wijkteamlid unless given) on a request (made unless given). */
export async function makeCase(
  db: Db,
  overrides: { tenant?: Tenant; request?: { id: string; tenantId: string }; owner?: TestUser } = {},
): Promise<TestCase> {
  const tenant = await tenantFor(db, overrides.tenant, [overrides.owner, overrides.request]);
  const owner = overrides.owner ?? (await makeUser(db, tenant, 'wijkteamlid'));
  const request = overrides.request ?? (await makeHelpRequest(db, { tenant }));
  const actor = { kind: 'user' as const, userId: owner.id, tenantId: tenant.id, role: owner.role };
  const { caseId } = await openCase(db, actor, request.id);
  return { id: caseId, request, owner };
}
