// "Ik wil helpen": signing up as a strong resident, and the volunteer's own page with availability,
// "deze week niet", VOG status, and hours with the allowance warning.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAccess } from '../../kernel/access/gate.js';
import { accountIdByEmail, findAccount, insertAccount } from '../../kernel/auth/accounts.js';
import { signedInUser } from '../../kernel/auth/actor.js';
import { needsPasswordAndTotp } from '../../kernel/auth/roles.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { needKeys, needLabel } from '../../kernel/taxonomy/needs.js';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { TeamContact } from '../../kernel/ui/team-contact.js';
import { volunteersChanged } from './events.js';
import { normalisePostcode, postcodePoint } from '../../kernel/geo/index.js';
import { agreementText } from './agreement.js';
import { checkAllowance, euros, limitsFor } from './allowance.js';
import { isVogExpiringSoon, isVogValid, volunteerRoles, vogValidUntil } from './availability.js';
import { sectionsFor } from '../../kernel/modules.js';
import { addHours, findOwnVolunteer, insertVolunteerProfile, listHours, setGender, setUnavailable } from './queries.js';

const days = [
  ['ma', 'maandag'],
  ['di', 'dinsdag'],
  ['wo', 'woensdag'],
  ['do', 'donderdag'],
  ['vr', 'vrijdag'],
  ['za', 'zaterdag'],
  ['zo', 'zondag'],
] as const;
const parts = ['ochtend', 'middag', 'avond'] as const;
const roleLabels: Record<(typeof volunteerRoles)[number], [string, string]> = {
  signaleren: ['Een oogje in het zeil houden', 'Keeping an eye out'],
  maatje: ['Maatje: samen iets doen, een luisterend oor', 'Buddy: doing things together, a listening ear'],
  mentor: ['Mentor voor een jongere of nieuwkomer', 'Mentor for a young person or newcomer'],
  klussen: ['Klusjes in en om het huis', 'Small jobs in and around the house'],
  vervoer: ['Rijden of meegaan naar afspraken', 'Driving or going along to appointments'],
  gastgezin: ['Gastgezin voor een kind', 'Host family for a child'],
  ervaringsdeskundige: ['Ervaringsdeskundige', 'Expert by experience'],
};

const many = <T extends string>(allowed: readonly T[]) =>
  z
    .union([z.array(z.enum(allowed as [T, ...T[]])), z.enum(allowed as [T, ...T[]])])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const genderSchema = z.union([z.literal(''), z.enum(['v', 'm', 'x'])]).default('');

/** Optional; only used when an asker wishes for a woman or a man (decision 0008). */
function GenderField({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  return (
    <SelectField
      view={view}
      name="geslacht"
      label={tr(
        lang,
        'Ben je een vrouw of een man? (mag je overslaan)',
        'Are you a woman or a man? (you may skip this)',
      )}
      hint={tr(
        lang,
        'Sommige mensen vragen om een vrouw of een man als helper. Alleen het wijkteam ziet dit.',
        'Some people ask for a woman or a man as helper. Only the team sees this.',
      )}
      values={values}
      errors={errors}
      options={[
        ['', tr(lang, 'Niet ingevuld', 'Not filled in')],
        ['v', tr(lang, 'Een vrouw', 'A woman')],
        ['m', tr(lang, 'Een man', 'A man')],
        ['x', tr(lang, 'Anders, of dat zeg ik liever niet', 'Other, or I would rather not say')],
      ]}
    />
  );
}

const signUpSchema = z.object({
  voornaam: z.string().trim().min(1, 'naam_nodig').max(60, 'naam_te_lang'),
  email: z.string().trim().min(1, 'email_nodig').pipe(z.email('email_ongeldig')),
  postcode: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
  ]),
  biedt: many(needKeys).refine((v) => v.length > 0, 'aanbod_kiezen'),
  rollen: many(volunteerRoles),
  moment: z
    .union([
      z.array(z.string().regex(/^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$/)),
      z.string().regex(/^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$/),
    ])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  straal: z.enum(['0.5', '1', '2', '5']).default('1'),
  tegelijk: z.enum(['1', '2', '3']).default('1'),
  talen: z
    .string()
    .trim()
    .max(50)
    .regex(/^([a-z]{2})?(\s*[;,]\s*[a-z]{2})*$/, 'talen_ongeldig')
    .default('nl'),
  grenzen: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  geslacht: genderSchema,
  vog_datum: z.union([z.literal(''), z.iso.date('datum_ongeldig')]).default(''),
  afspraken: z.literal('ja', { message: 'afspraken_nodig' }),
});

const hoursSchema = z.object({
  datum: z.iso.date('datum_ongeldig'),
  uren: z
    .string()
    .trim()
    .regex(/^\d{1,2}([,.]\d{1,2})?$/, 'uren_ongeldig')
    .transform((v) => Number(v.replace(',', '.')))
    .pipe(z.number().min(0.25, 'uren_ongeldig').max(24, 'uren_ongeldig')),
  vergoeding: z
    .string()
    .trim()
    .regex(/^\d{0,4}([,.]\d{1,2})?$/, 'bedrag_ongeldig')
    .default(''),
  omschrijving: z.string().trim().max(300, 'tekst_te_lang').default(''),
});
const awaySchema = z
  .object({ van: z.iso.date('datum_ongeldig'), tot: z.iso.date('datum_ongeldig') })
  .refine((v) => v.tot >= v.van, { message: 'periode_ongeldig', path: ['tot'] });

function SignUpForm({
  view,
  values,
  lists = {},
  errors,
}: {
  view: View;
  values: FormValues;
  lists?: Record<string, string[]>;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    voornaam: tr(lang, 'Je voornaam', 'Your first name'),
    email: tr(lang, 'Je e-mailadres', 'Your email address'),
    postcode: tr(lang, 'Je postcode (mag leeg blijven)', 'Your postcode (optional)'),
    biedt: tr(lang, 'Waar wil je bij helpen?', 'What would you like to help with?'),
    talen: tr(lang, 'Welke talen spreek je? Codes zoals nl;ar;tr', 'Which languages do you speak? Codes like nl;ar;tr'),
    grenzen: tr(
      lang,
      'Wat doe je liever niet? Je eigen grenzen (mag leeg blijven)',
      'What would you rather not do? Your own boundaries (optional)',
    ),
    vog_datum: tr(
      lang,
      'Datum van je VOG (Verklaring Omtrent het Gedrag), als je er een hebt',
      'Date of your VOG (certificate of conduct), if you have one',
    ),
    afspraken: tr(lang, 'Afspraken', 'Agreement'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Ik wil helpen', 'I want to help')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Fijn! Vertel wat je wilt doen en wanneer. Sommige dagen wel, sommige dagen niet: dat is goed.',
          'Great! Tell us what you would like to do and when. Some days yes, some days no: that is fine.',
        )}
      </p>
      <Form
        view={view}
        action="/helpen/aanmelden"
        label={tr(lang, 'Aanmelden als vrijwilliger', 'Sign up as a volunteer')}
      >
        <TextField
          view={view}
          name="voornaam"
          label={labels.voornaam}
          autoComplete="given-name"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          values={values}
          errors={errors}
          required
        />
        <TextField
          view={view}
          name="postcode"
          label={labels.postcode}
          autoComplete="postal-code"
          values={values}
          errors={errors}
        />
        <fieldset
          class={`utrecht-form-fieldset${errors?.biedt ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-biedt"
          tabIndex={-1}
          aria-describedby={errors?.biedt ? 'veld-biedt-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{labels.biedt}</legend>
          {errors?.biedt ? (
            <p class="utrecht-form-field-error-message" id="veld-biedt-fout">
              {tr(
                lang,
                'Kies minstens één ding waar je bij wilt helpen.',
                'Choose at least one thing you would like to help with.',
              )}
            </p>
          ) : null}
          <div class="nabij-filters">
            {needKeys
              .filter((k) => !['schulden', 'verslaving', 'veiligheid', 'psychisch', 'jongeren'].includes(k))
              .map((k) => (
                <CheckboxField
                  key={k}
                  name="biedt"
                  value={k}
                  label={needLabel(k, lang)}
                  checked={(lists.biedt ?? []).includes(k)}
                />
              ))}
          </div>
        </fieldset>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">
            {tr(lang, 'Wat wil je doen? (mag leeg blijven)', 'What would you like to do? (optional)')}
          </legend>
          {volunteerRoles.map((r) => (
            <CheckboxField
              key={r}
              name="rollen"
              value={r}
              label={tr(lang, roleLabels[r][0], roleLabels[r][1])}
              checked={(lists.rollen ?? []).includes(r)}
            />
          ))}
        </fieldset>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">
            {tr(lang, 'Wanneer kun je meestal?', 'When are you usually available?')}
          </legend>
          <table class="utrecht-table utrecht-table--html-table nabij-availability">
            <caption class="utrecht-table__caption">{tr(lang, 'Vink aan wat kan', 'Tick what works')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Dag', 'Day')}
                </th>
                {parts.map((p) => (
                  <th class="utrecht-table__header-cell" scope="col" key={p}>
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {days.map(([d, name]) => (
                <tr class="utrecht-table__row" key={d}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {name}
                  </th>
                  {parts.map((p) => (
                    <td class="utrecht-table__cell" key={p}>
                      <input
                        class="utrecht-checkbox utrecht-checkbox--html-input"
                        type="checkbox"
                        name="moment"
                        value={`${d}-${p}`}
                        id={`veld-moment-${d}-${p}`}
                        aria-label={`${name} ${p}`}
                        checked={(lists.moment ?? []).includes(`${d}-${p}`)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <SelectField
          view={view}
          name="straal"
          label={tr(lang, 'Hoe ver wil je gaan?', 'How far would you go?')}
          errors={errors}
          options={[
            ['0.5', tr(lang, 'tot 500 meter', 'up to 500 metres')],
            ['1', tr(lang, 'tot 1 km', 'up to 1 km')],
            ['2', tr(lang, 'tot 2 km', 'up to 2 km')],
            ['5', tr(lang, 'tot 5 km', 'up to 5 km')],
          ]}
          values={{ straal: '1', ...values }}
        />
        <SelectField
          view={view}
          name="tegelijk"
          label={tr(lang, 'Hoeveel mensen wil je tegelijk helpen?', 'How many people would you help at once?')}
          values={values}
          errors={errors}
          options={[
            ['1', '1'],
            ['2', '2'],
            ['3', '3'],
          ]}
        />
        <TextField view={view} name="talen" label={labels.talen} values={{ talen: 'nl', ...values }} errors={errors} />
        <TextField
          view={view}
          name="grenzen"
          label={labels.grenzen}
          hint={tr(
            lang,
            'Bijvoorbeeld: niet op hoogte werken, geen honden, niet op zondag.',
            'For example: no work at heights, no dogs, not on Sundays.',
          )}
          multiline
          values={values}
          errors={errors}
        />
        <GenderField view={view} values={values} errors={errors} />
        <TextField
          view={view}
          name="vog_datum"
          label={labels.vog_datum}
          hint={tr(
            lang,
            'Schrijf als 2025-03-18. Een VOG is 3 jaar geldig.',
            'Write as 2025-03-18. A VOG is valid for 3 years.',
          )}
          values={values}
          errors={errors}
        />
        <h2 class="utrecht-heading-2">{agreementText.title}</h2>
        <ul class="utrecht-unordered-list">
          {agreementText.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <div id="veld-afspraken-veld">
          {errors?.afspraken ? (
            <p class="utrecht-form-field-error-message">
              {tr(
                lang,
                'Lees de afspraken en vink aan dat je ze goed vindt.',
                'Read the agreement and tick that you accept it.',
              )}
            </p>
          ) : null}
          <CheckboxField
            name="afspraken"
            label={tr(lang, 'Ik heb de afspraken gelezen en vind ze goed', 'I have read the agreement and accept it')}
            values={values}
          />
        </div>
        <SubmitButton>{tr(lang, 'Aanmelden', 'Sign up')}</SubmitButton>
      </Form>
    </>
  );
}

/** Multi-value fields of the form, kept as lists so checked boxes stay checked after an error. */
function keptLists(body: unknown): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) lists[key] = value.map(String);
      else if (typeof value === 'string' && ['biedt', 'rollen', 'moment'].includes(key)) lists[key] = [value];
    }
  }
  return lists;
}

export async function volunteerRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };
  const title = (lang: 'nl' | 'en') => tr(lang, 'Ik wil helpen', 'I want to help');

  app.get('/helpen/aanmelden', async (request, reply) => {
    const view = request.view();
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const values: FormValues = {};
    if (user) {
      const account = await withAccess(
        db,
        { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
        { category: 'account', action: 'read', purpose: 'aanmelden', subjectUserId: user.userId },
        (gated) => findAccount(gated, user.tenantId, user.userId),
      );
      if (account) Object.assign(values, { voornaam: account.displayName.split(' ')[0] ?? '', email: account.email });
    }
    return reply.page(title(view.lang), <SignUpForm view={view} values={values} />);
  });

  app.post('/helpen/aanmelden', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const lists = keptLists(request.body);
    const form = parseForm(signUpSchema, request.body);
    if (!form.ok)
      return reply.page(
        title(view.lang),
        <SignUpForm view={view} values={values} lists={lists} errors={form.errors} />,
        400,
      );
    if (!request.tenant) throw notFound();
    const tenant = request.tenant;
    const d = form.data;
    const signedIn = request.user?.state === 'actief' ? request.user : undefined;
    let userId = signedIn?.userId;
    if (!userId) {
      if (await accountIdByEmail(db, tenant.id, d.email)) {
        return reply.page(
          title(view.lang),
          <SignUpForm view={view} values={values} lists={lists} errors={{ email: 'email_log_eerst_in' }} />,
          400,
        );
      }
      userId = await withAccess(
        db,
        { kind: 'system', tenantId: tenant.id, process: 'aanmelding' },
        { category: 'account', action: 'create', purpose: 'aanmelden', subjectUserId: null },
        (gated) =>
          insertAccount(gated, { tenantId: tenant.id, email: d.email, displayName: d.voornaam, role: 'vrijwilliger' }),
      );
    } else if (needsPasswordAndTotp(signedIn!.role)) {
      throw new DomainError(
        'ongeldige_invoer',
        'Meld je als vrijwilliger aan met een eigen account, niet met je werkaccount.',
      );
    }
    const existing = await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'aanmelding' },
      { category: 'vrijwilliger', action: 'read', purpose: 'aanmelden', subjectUserId: userId },
      (gated) => findOwnVolunteer(gated, tenant.id, userId!),
    );
    if (existing) return reply.redirect('/mijn/vrijwilliger', 303);
    const postcode = d.postcode ? (normalisePostcode(d.postcode) ?? null) : null;
    const point = postcode ? await postcodePoint(db, postcode) : undefined;
    await withAccess(
      db,
      { kind: 'system', tenantId: tenant.id, process: 'aanmelding' },
      { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId: userId },
      (gated) =>
        insertVolunteerProfile(gated, {
          tenantId: tenant.id,
          userId: userId!,
          firstName: d.voornaam,
          postcode,
          point,
          offers: d.biedt,
          roles: d.rollen,
          availability: d.moment,
          radiusKm: Number(d.straal),
          maxMatches: Number(d.tegelijk),
          languages: d.talen
            .split(/[;,]/)
            .map((l) => l.trim())
            .filter(Boolean),
          boundaries: d.grenzen,
          vogDate: d.vog_datum || null,
          agreementAcceptedAt: new Date(),
          gender: d.geslacht || null,
        }),
    );
    volunteersChanged(tenant.id);
    return reply.page(
      title(view.lang),
      <>
        <h1 class="utrecht-heading-1">{tr(view.lang, 'Dank je wel!', 'Thank you!')}</h1>
        <p class="utrecht-paragraph" role="status">
          {tr(
            view.lang,
            'Je bent aangemeld als vrijwilliger. Als iemand in de buurt jouw hulp kan gebruiken, vraagt het wijkteam eerst of jij wilt. Nee zeggen mag altijd.',
            'You have signed up as a volunteer. When someone nearby could use your help, the team first asks whether you want to. Saying no is always fine.',
          )}
        </p>
        <p class="utrecht-paragraph">
          {signedIn ? (
            <a class="utrecht-link" href="/mijn/vrijwilliger">
              {tr(view.lang, 'Naar je vrijwilligerspagina', 'To your volunteer page')}
            </a>
          ) : (
            <a class="utrecht-link" href="/inloggen">
              {tr(
                view.lang,
                'Log in met je e-mailadres om je aanmelding te zien',
                'Sign in with your email address to see your sign-up',
              )}
            </a>
          )}
        </p>
        <TeamContact lang={view.lang} tenant={tenant} />
      </>,
    );
  });

  const own = async (request: Parameters<typeof signedInUser>[0]) => {
    const user = signedInUser(request);
    const actor = { kind: 'user' as const, userId: user.userId, tenantId: user.tenantId, role: user.role };
    const volunteer = await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      (gated) => findOwnVolunteer(gated, user.tenantId, user.userId),
    );
    return { user, actor, volunteer };
  };

  async function ownPage(
    view: View,
    request: Parameters<typeof signedInUser>[0],
    errors?: FormErrors,
    values?: FormValues,
    warning?: string,
    saved?: string,
  ) {
    const { lang } = view;
    const { user, actor, volunteer } = await own(request);
    if (!volunteer) {
      return (
        <>
          <h1 class="utrecht-heading-1">{tr(lang, 'Vrijwilliger worden?', 'Become a volunteer?')}</h1>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/helpen/aanmelden">
              {tr(lang, 'Meld je aan als vrijwilliger', 'Sign up as a volunteer')}
            </a>
          </p>
        </>
      );
    }
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const [hours, sections] = await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      async (gated) =>
        [
          await listHours(gated, user.tenantId, volunteer.id, year),
          await Promise.all(
            sectionsFor('mijn-vrijwilliger').map((s) =>
              s.load(gated, { tenantId: user.tenantId, volunteerId: volunteer.id }),
            ),
          ),
        ] as const,
    );
    const total = checkAllowance(
      hours.map((h) => ({ onDate: h.onDate, allowanceCents: h.allowanceCents })),
      { onDate: today, allowanceCents: 0 },
    );
    const labels = {
      datum: tr(lang, 'Datum', 'Date'),
      uren: tr(lang, 'Uren', 'Hours'),
      vergoeding: tr(lang, 'Vergoeding in euro (mag leeg blijven)', 'Allowance in euros (optional)'),
      omschrijving: tr(lang, 'Wat deed je? (mag leeg blijven)', 'What did you do? (optional)'),
      van: tr(lang, 'Niet beschikbaar van', 'Not available from'),
      tot: tr(lang, 'tot en met', 'until'),
    };
    return (
      <>
        <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
        {warning ? (
          <div class="utrecht-alert utrecht-alert--warning" role="alert">
            <p class="utrecht-paragraph">{warning}</p>
          </div>
        ) : null}
        {saved ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">{saved}</p>
          </div>
        ) : null}
        <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${volunteer.firstName}`, `Hello ${volunteer.firstName}`)}</h1>
        <p class="utrecht-paragraph">
          {tr(lang, 'Je helpt bij', 'You help with')}: {volunteer.offers.map((k) => needLabel(k, lang)).join(', ')}.
        </p>
        {sections.map((render) => render(view))}
        <h2 class="utrecht-heading-2">VOG</h2>
        <p class="utrecht-paragraph">
          {volunteer.vogDate === null
            ? tr(
                lang,
                'Je hebt nog geen VOG bij ons. Die is nodig voor hulp aan kinderen en kwetsbare volwassenen. Het wijkteam helpt je hem aan te vragen.',
                'We have no VOG for you yet. It is needed for helping children and vulnerable adults. The team helps you apply.',
              )
            : isVogValid(volunteer.vogDate, today)
              ? isVogExpiringSoon(volunteer.vogDate, today)
                ? tr(
                    lang,
                    `Let op: je VOG verloopt op ${vogValidUntil(volunteer.vogDate)}. Vraag op tijd een nieuwe aan.`,
                    `Note: your VOG expires on ${vogValidUntil(volunteer.vogDate)}. Apply for a new one in time.`,
                  )
                : tr(
                    lang,
                    `Je VOG is geldig tot ${vogValidUntil(volunteer.vogDate)}.`,
                    `Your VOG is valid until ${vogValidUntil(volunteer.vogDate)}.`,
                  )
              : tr(
                  lang,
                  `Je VOG is verlopen op ${vogValidUntil(volunteer.vogDate)}.`,
                  `Your VOG expired on ${vogValidUntil(volunteer.vogDate)}.`,
                )}
        </p>
        <h2 class="utrecht-heading-2">{tr(lang, 'Even niet', 'Not for a while')}</h2>
        {volunteer.unavailable.length > 0 ? (
          <ul class="utrecht-unordered-list">
            {volunteer.unavailable.map((p) => (
              <li key={p.van}>
                {p.van} – {p.tot}
              </li>
            ))}
          </ul>
        ) : null}
        <Form
          view={view}
          action="/mijn/vrijwilliger/even-niet"
          label={tr(lang, 'Even niet beschikbaar', 'Not available for a while')}
        >
          <TextField
            view={view}
            name="van"
            label={labels.van}
            hint={tr(lang, 'Schrijf als 2026-12-21', 'Write as 2026-12-21')}
            values={values}
            errors={errors}
          />
          <TextField view={view} name="tot" label={labels.tot} values={values} errors={errors} />
          <SubmitButton secondary>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
        </Form>
        <h2 class="utrecht-heading-2">{tr(lang, 'Vrouw of man', 'Woman or man')}</h2>
        <Form view={view} action="/mijn/vrijwilliger/geslacht" label={tr(lang, 'Vrouw of man', 'Woman or man')}>
          <GenderField view={view} values={{ geslacht: volunteer.gender ?? '' }} />
          <SubmitButton secondary>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
        </Form>
        <h2 class="utrecht-heading-2">{tr(lang, 'Uren en vergoeding', 'Hours and allowance')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Dit jaar: ${euros(total.yearCents)} van de ${euros(total.limits.yearCents)} die belastingvrij mag (${euros(total.limits.monthCents)} per maand).`,
            `This year: ${euros(total.yearCents)} of the tax-free ${euros(total.limits.yearCents)} (${euros(total.limits.monthCents)} a month).`,
          )}
          {total.limits.fromYear !== year
            ? tr(
                lang,
                ` Dit zijn de bedragen van ${total.limits.fromYear}.`,
                ` These are the ${total.limits.fromYear} amounts.`,
              )
            : ''}
        </p>
        <Form view={view} action="/mijn/vrijwilliger/uren" label={tr(lang, 'Uren invullen', 'Enter hours')}>
          <TextField
            view={view}
            name="datum"
            label={labels.datum}
            hint={tr(lang, 'Schrijf als 2026-11-23', 'Write as 2026-11-23')}
            values={values ?? { datum: today }}
            errors={errors}
          />
          <TextField view={view} name="uren" label={labels.uren} inputMode="decimal" values={values} errors={errors} />
          <TextField view={view} name="vergoeding" label={labels.vergoeding} values={values} errors={errors} />
          <TextField view={view} name="omschrijving" label={labels.omschrijving} values={values} errors={errors} />
          <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
        </Form>
        {hours.length > 0 ? (
          <ul class="utrecht-unordered-list">
            {hours.map((h, i) => (
              <li key={i}>
                {h.onDate}: {String(h.hours).replace('.', ',')} {tr(lang, 'uur', 'h')}
                {h.allowanceCents > 0 ? ` · ${euros(h.allowanceCents)}` : ''}
                {h.note ? ` · ${h.note}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </>
    );
  }

  app.get('/mijn/vrijwilliger', async (request, reply) => {
    const view = request.view();
    const q = request.query as { boven?: string };
    const over = q.boven === 'jaar' || q.boven === 'maand' ? q.boven : undefined;
    const warning = over ? allowanceWarning(view.lang, over, limitsFor(new Date().getFullYear())) : undefined;
    const query = request.query as { opgeslagen?: string; beantwoord?: string; bewaard?: string };
    const saved = warning
      ? undefined
      : query.opgeslagen === '1'
        ? tr(view.lang, 'Je uren zijn opgeslagen.', 'Your hours have been saved.')
        : query.beantwoord === '1'
          ? tr(view.lang, 'Dank je wel, je antwoord is bewaard.', 'Thank you, your answer has been saved.')
          : query.bewaard === '1'
            ? tr(view.lang, 'Je keuze is bewaard.', 'Your choice has been saved.')
            : undefined;
    return reply.page(
      tr(view.lang, 'Mijn vrijwilligerswerk', 'My volunteering'),
      await ownPage(view, request, undefined, undefined, warning, saved),
    );
  });

  app.post('/mijn/vrijwilliger/uren', async (request, reply) => {
    const view = request.view();
    const form = parseForm(hoursSchema, request.body);
    if (!form.ok)
      return reply.page(
        tr(view.lang, 'Mijn vrijwilligerswerk', 'My volunteering'),
        await ownPage(view, request, form.errors, form.values),
        400,
      );
    const { user, actor, volunteer } = await own(request);
    if (!volunteer) throw notFound('Je vrijwilligersprofiel');
    const cents = form.data.vergoeding ? Math.round(Number(form.data.vergoeding.replace(',', '.')) * 100) : 0;
    const existing = await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      (gated) => listHours(gated, user.tenantId, volunteer.id, Number(form.data.datum.slice(0, 4))),
    );
    const check = checkAllowance(
      existing.map((h) => ({ onDate: h.onDate, allowanceCents: h.allowanceCents })),
      { onDate: form.data.datum, allowanceCents: cents },
    );
    await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'update', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      (gated) =>
        addHours(gated, user.tenantId, volunteer.id, {
          onDate: form.data.datum,
          hours: form.data.uren,
          allowanceCents: cents,
          note: form.data.omschrijving,
        }),
    );
    // Only an entry that adds money can take someone over the limit.
    const over = cents > 0 ? (check.exceedsYear ? '&boven=jaar' : check.exceedsMonth ? '&boven=maand' : '') : '';
    return reply.redirect(`/mijn/vrijwilliger?opgeslagen=1${over}`, 303);
  });

  function allowanceWarning(
    lang: 'nl' | 'en',
    over: 'jaar' | 'maand',
    limits: { monthCents: number; yearCents: number },
  ) {
    return tr(
      lang,
      `Opgeslagen, maar let op: hiermee kom je boven de belastingvrije vergoeding (${over === 'jaar' ? `${euros(limits.yearCents)} per jaar` : `${euros(limits.monthCents)} per maand`}). Over het deel daarboven betaal je belasting. Overleg met het wijkteam.`,
      `Saved, but note: this takes you over the tax-free allowance (${over === 'jaar' ? `${euros(limits.yearCents)} a year` : `${euros(limits.monthCents)} a month`}). You pay tax on the part above it. Talk to the team.`,
    );
  }

  app.post('/mijn/vrijwilliger/geslacht', async (request, reply) => {
    const form = z.object({ geslacht: genderSchema }).safeParse(request.body);
    if (!form.success) throw new DomainError('ongeldige_invoer', 'Kies een van de antwoorden.');
    const { user, actor, volunteer } = await own(request);
    if (!volunteer) throw notFound('Je vrijwilligersprofiel');
    await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'update', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      (gated) => setGender(gated, user.tenantId, volunteer.id, form.data.geslacht || null),
    );
    volunteersChanged(user.tenantId);
    return reply.redirect('/mijn/vrijwilliger?bewaard=1', 303);
  });

  app.post('/mijn/vrijwilliger/even-niet', async (request, reply) => {
    const view = request.view();
    const form = parseForm(awaySchema, request.body);
    if (!form.ok)
      return reply.page(
        tr(view.lang, 'Mijn vrijwilligerswerk', 'My volunteering'),
        await ownPage(view, request, form.errors, form.values),
        400,
      );
    const { user, actor, volunteer } = await own(request);
    if (!volunteer) throw notFound('Je vrijwilligersprofiel');
    await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'update', purpose: 'eigen_gegevens', subjectUserId: user.userId },
      (gated) =>
        setUnavailable(gated, user.tenantId, volunteer.id, [
          ...volunteer.unavailable,
          { van: form.data.van, tot: form.data.tot },
        ]),
    );
    volunteersChanged(user.tenantId);
    return reply.redirect('/mijn/vrijwilliger', 303);
  });
}
