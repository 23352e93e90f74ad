// "Ik zoek hulp": a help request in plain Dutch, for yourself or for someone else, one question a page,
// with everything typed carried along; then the status page the asker can follow.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Actor, withAccess } from '../../kernel/access/gate.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { findAccount } from '../../kernel/auth/accounts.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import {
  ErrorSummary,
  Form,
  RadioField,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { EmergencyNote } from '../../kernel/ui/emergency.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { needLabel } from '../../kernel/taxonomy/needs.js';
import { knownLanguages, languageName } from '../../kernel/languages/index.js';
import { normalisePostcode } from '../../kernel/geo/index.js';
import { momentsFrom } from './moments.js';
import { dayPartName, dayParts, weekdayName, weekdays } from '../../kernel/time/index.js';
import {
  findHelpRequest,
  listMatches,
  type MatchView,
  recordEvent,
  requestByStatusToken,
  saveMatchShare,
  saveShareChoice,
} from './queries.js';
import {
  type ShareChoice,
  type SharedWithVolunteer,
  SharedList,
  ShareFields,
  sharedFor,
  shareChoiceFromForm,
  shareFormSchema,
  shareFormValues,
} from './sharing.js';
import { ClosingForm, closingSchema } from './closing-form.js';
import { answerSchema, YesNo } from './match-routes.js';
import { type AnsweredBy, askerAnswers, closeFoundMatch, matchOfRequest } from './matching.js';
import { submitHelpRequest } from './submit.js';

const storySchema = z.object({
  tekst: z.string().trim().min(10, 'verhaal_te_kort').max(5000, 'tekst_te_lang'),
  voor_wie: z.enum(['mij', 'ander'], { message: 'voor_wie_kiezen' }),
});
const otherSchema = z.object({
  naam_ander: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  relatie: z.string().trim().min(1, 'relatie_nodig').max(100, 'tekst_te_lang'),
  toestemming: z.enum(['ja', 'nog_vragen', 'nee'], { message: 'toestemming_kiezen' }),
});
const detailsSchema = z.object({
  postcode: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
  ]),
  dag: z.union([z.literal(''), z.enum(weekdays)]).default(''),
  dagdeel: z.union([z.literal(''), z.enum(dayParts)]).default(''),
  taal: z.union([z.literal(''), z.string().regex(/^[a-z]{2}$/)]).default(''),
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: z.union([z.literal(''), z.string().trim().pipe(z.email('email_ongeldig'))]),
  telefoon: z
    .string()
    .trim()
    .max(20, 'telefoon_ongeldig')
    .regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig'),
});

/** Earlier answers travel along as hidden fields, so nothing is lost and no JavaScript or session is needed. */
function Carried({ values, fields }: { values: FormValues; fields: readonly string[] }) {
  return (
    <>
      {fields.map((name) =>
        values[name] !== undefined ? <input type="hidden" name={name} value={values[name]} key={name} /> : null,
      )}
    </>
  );
}

const isRunningVolunteerMatch = (m: MatchView) =>
  m.volunteerId !== null && ['voorgesteld', 'vrijwilliger_akkoord', 'actief', 'opvolging'].includes(m.state);

/** Before the volunteer said yes, the asker does not see their name yet. */
const volunteerName = (lang: 'nl' | 'en', m: MatchView) =>
  m.state === 'voorgesteld'
    ? tr(lang, 'de gevraagde vrijwilliger', 'the volunteer we asked')
    : (m.volunteerFirstName ?? tr(lang, 'de vrijwilliger', 'the volunteer'));

const choiceOfShared = (shared: SharedWithVolunteer): ShareChoice => ({
  voornaam: Boolean(shared.voornaam),
  buurt: Boolean(shared.buurt),
  behoeften: Boolean(shared.behoeften),
  bericht: shared.bericht ?? '',
});

/** Proposals waiting for the asker's answer, and running help with "Hoe gaat het?": also for askers without email. */
function Proposals({ view, base, matches }: { view: View; base: string; matches: readonly MatchView[] }) {
  const { lang } = view;
  const section = (m: MatchView, heading: string, body: preact.ComponentChildren) => (
    <section key={m.id} aria-labelledby={`voorstel-${m.id}`}>
      <h2 class="utrecht-heading-2" id={`voorstel-${m.id}`}>
        {heading}
      </h2>
      {body}
    </section>
  );
  return (
    <>
      {matches.map((m) => {
        const action = `${base}/koppelingen/${m.id}`;
        if (m.state === 'vrijwilliger_akkoord' && m.volunteerFirstName)
          return section(
            m,
            tr(lang, `${m.volunteerFirstName} wil je helpen`, `${m.volunteerFirstName} wants to help you`),
            <>
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  `${m.volunteerFirstName} is vrijwilliger en woont bij jou in de buurt. Vind je het goed? Dan geeft het wijkteam jullie elkaars gegevens.`,
                  `${m.volunteerFirstName} is a volunteer who lives near you. Do you agree? Then the team gives you each other’s details.`,
                )}
              </p>
              <YesNo
                view={view}
                action={action}
                yesText={tr(lang, 'Ja, graag', 'Yes, please')}
                noText={tr(lang, 'Nee, liever niet', 'No, rather not')}
              />
            </>,
          );
        if (m.state === 'voorgesteld' && m.activityId)
          return section(
            m,
            tr(lang, `Een idee: ${m.activityName ?? ''}`, `An idea: ${m.activityName ?? ''}`),
            <>
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href={`/sociale-kaart/${m.activityId}`}>
                  {tr(lang, 'Lees wat het is, wanneer en waar', 'Read what it is, when and where')}
                </a>
              </p>
              <YesNo
                view={view}
                action={action}
                yesText={tr(lang, 'Ik ga erheen', 'I will go')}
                noText={tr(lang, 'Nee, liever niet', 'No, rather not')}
                buddy
                buddyKey={m.id}
              />
            </>,
          );
        if (m.state === 'actief' || m.state === 'opvolging')
          return section(
            m,
            m.volunteerFirstName
              ? tr(lang, `${m.volunteerFirstName} helpt je`, `${m.volunteerFirstName} is helping you`)
              : tr(lang, `Je gaat naar ${m.activityName ?? ''}`, `You are going to ${m.activityName ?? ''}`),
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`${action}/afronden`}>
                {tr(lang, 'Vertel ons hoe het gaat', 'Tell us how it is going')}
              </a>
            </p>,
          );
        return null;
      })}
    </>
  );
}

/** On the status page: what each volunteer sees now, and what new ones will see, each with a link to change it. */
function Sharing({
  lang,
  base,
  matches,
  choice,
  saved,
}: {
  lang: 'nl' | 'en';
  base: string;
  matches: readonly MatchView[];
  choice: SharedWithVolunteer;
  saved: boolean;
}) {
  const running = matches.filter(isRunningVolunteerMatch);
  return (
    <section id="delen" aria-labelledby="delen-kop">
      <h2 class="utrecht-heading-2" id="delen-kop">
        {tr(lang, 'Wat ziet een vrijwilliger van je?', 'What does a volunteer see of you?')}
      </h2>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          <strong>{tr(lang, 'Je keuze is bewaard.', 'Your choice has been saved.')}</strong>
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je verhaal zelf lezen alleen mensen van het wijkteam. Een vrijwilliger ziet alleen wat jij goedvindt.',
          'Only the team reads your story itself. A volunteer sees only what you agree to.',
        )}
      </p>
      {running.map((m) => (
        <div key={m.id}>
          <h3 class="utrecht-heading-3">
            {tr(lang, `Dit ziet ${volunteerName(lang, m)}`, `This is what ${volunteerName(lang, m)} sees`)}
          </h3>
          <SharedList lang={lang} shared={m.sharedWithVolunteer} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/delen?koppeling=${m.id}`}>
              {tr(lang, `Verander wat ${volunteerName(lang, m)} ziet`, `Change what ${volunteerName(lang, m)} sees`)}
            </a>
          </p>
        </div>
      ))}
      <h3 class="utrecht-heading-3">
        {running.length
          ? tr(lang, 'Dit ziet een nieuwe vrijwilliger', 'This is what a new volunteer sees')
          : tr(lang, 'Dit ziet een vrijwilliger', 'This is what a volunteer sees')}
      </h3>
      <SharedList lang={lang} shared={choice} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`${base}/delen`}>
          {tr(lang, 'Verander wat een vrijwilliger mag zien', 'Change what a volunteer may see')}
        </a>
      </p>
    </section>
  );
}

const storyFields = ['tekst', 'voor_wie'] as const;
const otherFields = ['naam_ander', 'relatie', 'toestemming'] as const;

function StoryStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    tekst: tr(lang, 'Vertel in je eigen woorden wat er speelt', 'Tell us in your own words what is going on'),
    voor_wie: tr(lang, 'Voor wie is de hulp?', 'Who is the help for?'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Ik zoek hulp', 'I am looking for help')}</h1>
      <EmergencyNote lang={lang} />
      <Form view={view} action="/hulp/vraag" label={tr(lang, 'Je hulpvraag', 'Your help request')}>
        <TextField
          view={view}
          name="tekst"
          label={labels.tekst}
          hint={tr(
            lang,
            'Schrijf het zoals je het zou zeggen. Bijvoorbeeld: "Sinds mijn man is overleden zie ik bijna niemand meer."',
            'Write it the way you would say it. For example: "Since my husband died I hardly see anyone."',
          )}
          multiline
          values={values}
          errors={errors}
          required
        />
        <RadioField
          view={view}
          name="voor_wie"
          legend={labels.voor_wie}
          values={values}
          errors={errors}
          options={[
            ['mij', tr(lang, 'Voor mijzelf', 'For myself')],
            [
              'ander',
              tr(
                lang,
                'Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader',
                'For someone else, for example my neighbour or my father',
              ),
            ],
          ]}
        />
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

function OtherStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    naam_ander: tr(lang, 'Voornaam van die persoon', 'First name of that person'),
    relatie: tr(lang, 'Wie is die persoon voor jou?', 'Who is that person to you?'),
    toestemming: tr(
      lang,
      'Weet die persoon dat je dit vraagt, en vindt die het goed?',
      'Does that person know you are asking, and agree?',
    ),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Voor wie vraag je hulp?', 'Who are you asking help for?')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Wij helpen alleen als de persoon het zelf ook wil. Het wijkteam vraagt het ook nog zelf na.',
          'We only help when the person wants it too. The team will also check with them.',
        )}
      </p>
      <Form view={view} action="/hulp/ander" label={tr(lang, 'Voor wie', 'For whom')}>
        <Carried values={values} fields={storyFields} />
        <TextField view={view} name="naam_ander" label={labels.naam_ander} values={values} errors={errors} required />
        <TextField
          view={view}
          name="relatie"
          label={labels.relatie}
          hint={tr(lang, 'Bijvoorbeeld: buurvrouw, dochter, vriend', 'For example: neighbour, daughter, friend')}
          values={values}
          errors={errors}
          required
        />
        <RadioField
          view={view}
          name="toestemming"
          legend={labels.toestemming}
          values={values}
          errors={errors}
          options={[
            ['ja', tr(lang, 'Ja, die persoon vindt het goed', 'Yes, that person agrees')],
            ['nog_vragen', tr(lang, 'Dat heb ik nog niet gevraagd', 'I have not asked yet')],
            ['nee', tr(lang, 'Nee, maar ik maak me zorgen', 'No, but I am worried')],
          ]}
        />
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

function DetailsStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    postcode: tr(lang, 'Postcode (mag leeg blijven)', 'Postcode (optional)'),
    dag: tr(lang, 'Welke dag komt het beste uit?', 'Which day suits best?'),
    dagdeel: tr(lang, 'Welk deel van de dag?', 'Which part of the day?'),
    taal: tr(lang, 'In welke taal praat je het liefst?', 'Which language do you prefer?'),
    naam: tr(lang, 'Je naam', 'Your name'),
    email: tr(lang, 'Je e-mailadres', 'Your email address'),
    telefoon: tr(lang, 'Je telefoonnummer', 'Your phone number'),
  };
  const any = tr(lang, 'Maakt niet uit', 'Any');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Nog een paar vragen', 'A few more questions')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Zo kunnen we hulp vinden die dichtbij is en die past. Je mag vragen overslaan.',
          'This helps us find help that is close by and fits. You may skip questions.',
        )}
      </p>
      <Form view={view} action="/hulp/versturen" label={tr(lang, 'Gegevens', 'Details')}>
        <Carried values={values} fields={[...storyFields, ...otherFields]} />
        <TextField
          view={view}
          name="postcode"
          label={labels.postcode}
          autoComplete="postal-code"
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="dag"
          label={labels.dag}
          values={values}
          errors={errors}
          options={[['', any], ...weekdays.map((d) => [d, weekdayName(d, lang)] as const)]}
        />
        <SelectField
          view={view}
          name="dagdeel"
          label={labels.dagdeel}
          values={values}
          errors={errors}
          options={[['', any], ...dayParts.map((p) => [p, dayPartName(p, lang)] as const)]}
        />
        <SelectField
          view={view}
          name="taal"
          label={labels.taal}
          values={values}
          errors={errors}
          options={[
            ['', tr(lang, 'Nederlands is goed', 'Dutch is fine')],
            ...knownLanguages.filter((l) => l !== 'nl').map((l) => [l, languageName(lang, l)] as const),
          ]}
        />
        <h2 class="utrecht-heading-2">{tr(lang, 'Hoe kunnen we je bereiken?', 'How can we reach you?')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Vul je e-mailadres of je telefoonnummer in. Eén is genoeg.',
            'Enter your email address or your phone number. One is enough.',
          )}
        </p>
        <TextField
          view={view}
          name="naam"
          label={labels.naam}
          autoComplete="name"
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
        />
        <TextField
          view={view}
          name="telefoon"
          type="tel"
          label={labels.telefoon}
          autoComplete="tel"
          values={values}
          errors={errors}
        />
        <ShareFields view={view} values={values} errors={errors} forSomeoneElse={values.voor_wie === 'ander'} />
        <SubmitButton>{tr(lang, 'Hulpvraag versturen', 'Send help request')}</SubmitButton>
      </Form>
    </>
  );
}

export async function askRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const title = (lang: 'nl' | 'en') => tr(lang, 'Ik zoek hulp', 'I am looking for help');
  const limited = { rateLimit: { max: ctx.config.formRateLimit, timeWindow: '15 minutes' } };

  async function prefilled(request: FastifyRequest): Promise<FormValues> {
    const user = request.user?.state === 'actief' ? request.user : undefined;
    if (!user) return {};
    const account = await withAccess(
      db,
      { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
      { category: 'account', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: user.userId },
      (gated) => findAccount(gated, user.tenantId, user.userId),
    );
    return account ? { naam: account.displayName, email: account.email, telefoon: account.phone ?? '' } : {};
  }

  app.get('/hulp/vraag', async (request, reply) => {
    const view = request.view();
    return reply.page(title(view.lang), <StoryStep view={view} values={{}} />);
  });

  app.post('/hulp/vraag', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const form = parseForm(storySchema, request.body);
    if (!form.ok)
      return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={form.errors} />, 400);
    if (form.data.voor_wie === 'ander') return reply.page(title(view.lang), <OtherStep view={view} values={values} />);
    return reply.page(
      title(view.lang),
      <DetailsStep view={view} values={{ ...(await prefilled(request)), ...values }} />,
    );
  });

  app.post('/hulp/ander', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok)
      return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const form = parseForm(otherSchema, request.body);
    if (!form.ok)
      return reply.page(title(view.lang), <OtherStep view={view} values={values} errors={form.errors} />, 400);
    return reply.page(
      title(view.lang),
      <DetailsStep view={view} values={{ ...(await prefilled(request)), ...values }} />,
    );
  });

  app.post('/hulp/versturen', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok)
      return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const other = story.data.voor_wie === 'ander' ? parseForm(otherSchema, request.body) : undefined;
    if (other && !other.ok)
      return reply.page(title(view.lang), <OtherStep view={view} values={values} errors={other.errors} />, 400);
    const details = parseForm(detailsSchema.extend(shareFormSchema.shape), request.body);
    if (!details.ok)
      return reply.page(title(view.lang), <DetailsStep view={view} values={values} errors={details.errors} />, 400);
    const d = details.data;
    if (!d.email && !d.telefoon)
      return reply.page(
        title(view.lang),
        <DetailsStep view={view} values={values} errors={{ email: 'bereikbaar_nodig' }} />,
        400,
      );
    if (!request.tenant) throw notFound('Deze gemeente');
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const o = other?.ok ? other.data : undefined;
    const submitted = await submitHelpRequest(
      ctx,
      request.tenant,
      user
        ? { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role }
        : { kind: 'system', tenantId: request.tenant.id, process: 'hulpvraag' },
      {
        channel: 'web',
        askerUserId: user?.userId ?? null,
        enteredByUserId: null,
        forSomeoneElse: Boolean(o),
        askerName: d.naam,
        subjectName: o?.naam_ander ?? null,
        relation: o?.relatie ?? null,
        subjectConsent: o?.toestemming ?? 'zelf',
        text: story.data.tekst,
        postcode: d.postcode || null,
        moments: momentsFrom(d.dag, d.dagdeel),
        language: d.taal || null,
        contactEmail: d.email || null,
        contactPhone: d.telefoon || null,
        shareWithVolunteer: shareChoiceFromForm(d),
      },
    );
    if (d.email) {
      await ctx.mailer.send({
        to: d.email,
        subject: `Je hulpvraag ${submitted.reference} is binnen`,
        text: `Hallo ${d.naam},\n\nWe hebben je hulpvraag ontvangen. Iemand van het wijkteam kijkt ernaar.\nJe kunt hier volgen wat er gebeurt:\n${ctx.config.baseUrl}/hulp/status/${submitted.statusToken}\n\nNabij ${request.tenant.name}`,
      });
    }
    return reply.redirect(`/hulp/status/${submitted.statusToken}`, 303);
  });

  type Owner = { actor: Actor; found: { id: string; tenant_id: string; asker_user_id: string | null }; base: string };

  /** The status link is the asker's key; reading through it is logged like any other read of the request. */
  async function byStatusLink(request: FastifyRequest): Promise<Owner> {
    const { token } = request.params as { token: string };
    const found = await requestByStatusToken(db, token);
    if (!found) throw notFound('Deze hulpvraag');
    return {
      actor: { kind: 'system', tenantId: found.tenant_id, process: 'hulpvraag' },
      found,
      base: `/hulp/status/${token}`,
    };
  }

  /** Only the asker's own request: the gate refuses anyone else's (self scope), and the query filters on them too. */
  function asSignedInAsker(request: FastifyRequest): Owner {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    if (!z.uuid().safeParse(id).success) throw notFound('Deze hulpvraag');
    return {
      actor,
      found: { id, tenant_id: actor.tenantId, asker_user_id: actor.userId },
      base: `/mijn/hulpvragen/${id}`,
    };
  }

  app.get('/hulp/status/:token', async (request, reply) => statusPage(request, reply, await byStatusLink(request)));
  app.get('/mijn/hulpvragen/:id', async (request, reply) => statusPage(request, reply, asSignedInAsker(request)));
  app.get('/hulp/status/:token/delen', async (request, reply) =>
    sharingPage(request, reply, await byStatusLink(request)),
  );
  app.get('/mijn/hulpvragen/:id/delen', async (request, reply) =>
    sharingPage(request, reply, asSignedInAsker(request)),
  );
  app.post('/hulp/status/:token/delen', { config: limited }, async (request, reply) =>
    changeSharing(request, reply, await byStatusLink(request)),
  );
  app.post('/mijn/hulpvragen/:id/delen', async (request, reply) =>
    changeSharing(request, reply, asSignedInAsker(request)),
  );

  /** Reads the asker's own request and its matches through the gate; anyone else's is "not found". */
  async function ownRequest({ actor, found }: Owner) {
    const read = {
      category: 'hulpvraag' as const,
      action: 'read' as const,
      purpose: 'hulpvraag_behandelen',
      subjectUserId: found.asker_user_id,
    };
    const own = actor.kind === 'user' ? actor.userId : undefined;
    const result = await withAccess(db, actor, read, async (gated) => {
      const helpRequest = await findHelpRequest(gated, found.tenant_id, found.id, own);
      return helpRequest ? { helpRequest, matches: await listMatches(gated, found.tenant_id, found.id) } : undefined;
    });
    if (!result) throw notFound('Deze hulpvraag');
    return result;
  }

  /** One form: what the volunteer of one match sees, or what volunteers of proposals still to come may see. */
  async function sharingPage(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    failed?: { values: FormValues; errors: FormErrors },
  ) {
    const view = request.view();
    const { lang } = view;
    const { helpRequest, matches } = await ownRequest(owner);
    const matchId = failed?.values.koppeling ?? (request.query as { koppeling?: string }).koppeling ?? '';
    const match = matchId ? matches.find((m) => m.id === matchId && isRunningVolunteerMatch(m)) : undefined;
    if (matchId && !match) throw notFound('Dit voorstel');
    const values = failed?.values ?? {
      ...(match
        ? shareFormValues(choiceOfShared(match.sharedWithVolunteer))
        : shareFormValues(helpRequest.shareWithVolunteer)),
      koppeling: matchId,
    };
    const heading = match
      ? tr(lang, `Wat ziet ${volunteerName(lang, match)}?`, `What does ${volunteerName(lang, match)} see?`)
      : tr(lang, 'Wat mag een vrijwilliger zien?', 'What may a volunteer see?');
    return reply.page(
      heading,
      <>
        <ErrorSummary
          view={view}
          errors={failed?.errors ?? {}}
          labels={{ bericht_helper: tr(lang, 'Bericht voor de vrijwilliger', 'Message for the volunteer') }}
        />
        <h1 class="utrecht-heading-1">{heading}</h1>
        <p class="utrecht-paragraph">
          {match
            ? tr(
                lang,
                'Vink aan wat deze vrijwilliger over je mag weten. Wat je uitvinkt, ziet die niet meer.',
                'Tick what this volunteer may know about you. What you untick, they no longer see.',
              )
            : tr(
                lang,
                'Dit geldt voor vrijwilligers die het wijkteam vanaf nu aan je voorstelt.',
                'This applies to volunteers the team proposes to you from now on.',
              )}
        </p>
        <Form view={view} action={`${owner.base}/delen`} label={heading}>
          <input type="hidden" name="koppeling" value={matchId} />
          <ShareFields
            view={view}
            values={values}
            errors={failed?.errors}
            forSomeoneElse={helpRequest.forSomeoneElse}
          />
          <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
        </Form>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={owner.base}>
            {tr(lang, 'Terug naar je hulpvraag', 'Back to your help request')}
          </a>
        </p>
      </>,
      failed ? 400 : 200,
    );
  }

  app.post('/hulp/status/:token/koppelingen/:matchId', { config: limited }, async (request, reply) =>
    answerOnStatusPage(request, reply, await byStatusLink(request)),
  );
  app.post('/mijn/hulpvragen/:id/koppelingen/:matchId', async (request, reply) =>
    answerOnStatusPage(request, reply, asSignedInAsker(request)),
  );
  app.get('/hulp/status/:token/koppelingen/:matchId/afronden', async (request, reply) =>
    closingOnStatusPage(request, reply, await byStatusLink(request)),
  );
  app.get('/mijn/hulpvragen/:id/koppelingen/:matchId/afronden', async (request, reply) =>
    closingOnStatusPage(request, reply, asSignedInAsker(request)),
  );
  app.post('/hulp/status/:token/koppelingen/:matchId/afronden', { config: limited }, async (request, reply) =>
    closingOnStatusPage(request, reply, await byStatusLink(request)),
  );
  app.post('/mijn/hulpvragen/:id/koppelingen/:matchId/afronden', async (request, reply) =>
    closingOnStatusPage(request, reply, asSignedInAsker(request)),
  );

  /** A match of the asker's own request, opened as the asker; with how their answer is recorded. */
  async function ownMatch(request: FastifyRequest, owner: Owner) {
    const { matchId } = request.params as { matchId: string };
    if (!z.uuid().safeParse(matchId).success) throw notFound('Dit voorstel');
    const { matches } = await ownRequest(owner);
    if (!matches.some((m) => m.id === matchId)) throw notFound('Dit voorstel');
    const found = await matchOfRequest(
      db,
      owner.actor,
      owner.found.tenant_id,
      owner.found.id,
      matchId,
      owner.found.asker_user_id,
    );
    if (!found) throw notFound('Dit voorstel');
    const by: AnsweredBy = {
      actor: owner.actor,
      recordedBy: owner.actor.kind === 'user' ? owner.actor.userId : null,
      via: 'statuspagina',
      subjectUserId: owner.found.asker_user_id,
    };
    return { found, by };
  }

  /** The asker's yes or no on their own status page: for someone without email, the same step as the mailed link. */
  async function answerOnStatusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const { found, by } = await ownMatch(request, owner);
    if (found.side !== 'vrager')
      throw new DomainError('ongeldige_invoer', 'De vrijwilliger heeft nog niet geantwoord.');
    const answer = answerSchema.safeParse(request.body);
    if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
    await askerAnswers(ctx, found, answer.data.antwoord === 'ja', Boolean(answer.data.maatje), by);
    return reply.redirect(`${owner.base}?beantwoord=1`, 303);
  }

  async function closingOnStatusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const view = request.view();
    const { found, by } = await ownMatch(request, owner);
    if (found.match.state !== 'actief' && found.match.state !== 'opvolging')
      throw new DomainError('ongeldige_invoer', 'Dit voorstel loopt niet (meer).');
    const action = `${owner.base}/koppelingen/${found.match.id}/afronden`;
    const title = tr(view.lang, 'Hoe gaat het?', 'How is it going?');
    if (request.method === 'GET')
      return reply.page(title, <ClosingForm view={view} action={action} found={found} values={{}} />);
    const form = parseForm(closingSchema, request.body);
    if (!form.ok)
      return reply.page(
        title,
        <ClosingForm view={view} action={action} found={found} values={form.values} errors={form.errors} />,
        400,
      );
    const d = form.data;
    await closeFoundMatch(
      ctx,
      found,
      {
        outcome: d.uitkomst,
        reason: d.reden || null,
        rating: d.cijfer ? Number(d.cijfer) : null,
        comment: d.opmerking || null,
      },
      by,
    );
    return reply.redirect(`${owner.base}?beantwoord=1`, 303);
  }

  const shareChangeSchema = shareFormSchema.extend({ koppeling: z.union([z.literal(''), z.uuid()]).default('') });

  /** The asker changes what a volunteer may see: for one running match, or for proposals still to come. */
  async function changeSharing(request: FastifyRequest, reply: FastifyReply, { actor, found, base }: Owner) {
    const form = parseForm(shareChangeSchema, request.body);
    if (!form.ok)
      return sharingPage(request, reply, { actor, found, base }, { values: form.values, errors: form.errors });
    const choice = shareChoiceFromForm(form.data);
    const matchId = form.data.koppeling;
    const update = {
      category: 'hulpvraag' as const,
      action: 'update' as const,
      purpose: 'hulpvraag_behandelen',
      subjectUserId: found.asker_user_id,
    };
    await withAccess(db, actor, update, async (gated) => {
      const own = await findHelpRequest(
        gated,
        found.tenant_id,
        found.id,
        actor.kind === 'user' ? actor.userId : undefined,
      );
      if (!own) throw notFound('Deze hulpvraag');
      const row = {
        asker_name: own.askerName,
        subject_name: own.subjectName,
        postcode: own.postcode,
        need_keys: own.needKeys,
      };
      if (matchId) {
        if (!(await saveMatchShare(gated, found.tenant_id, found.id, matchId, sharedFor(choice, row))))
          throw notFound('Dit voorstel');
      } else await saveShareChoice(gated, found.tenant_id, found.id, choice);
      await recordEvent(
        gated,
        found.tenant_id,
        found.id,
        actor.kind === 'user' ? actor.userId : null,
        'deelkeuze_gewijzigd',
        matchId ? { koppeling: matchId } : {},
      );
    });
    return reply.redirect(`${base}?opgeslagen=1#delen`, 303);
  }

  async function statusPage(request: FastifyRequest, reply: FastifyReply, owner: Owner) {
    const view = request.view();
    const { lang } = view;
    const { helpRequest, matches } = await ownRequest(owner);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    const spoed = helpRequest.route === 'spoed';
    const stateText: Record<string, [string, string]> = {
      nieuw: [
        'Je hulpvraag is binnen. Iemand van het wijkteam kijkt ernaar, meestal binnen 2 werkdagen.',
        'Your request has arrived. Someone from the team will look at it, usually within 2 working days.',
      ],
      in_behandeling: ['Het wijkteam is met je hulpvraag bezig.', 'The team is working on your request.'],
      gekoppeld: [
        'Er is hulp gevonden. Het wijkteam belt of mailt je om het verder af te spreken.',
        'Help has been found. The team will call or email you to arrange the rest.',
      ],
      afgesloten: ['Je hulpvraag is afgerond.', 'Your request has been completed.'],
    };
    const text =
      spoed && helpRequest.state === 'nieuw'
        ? (['Het wijkteam neemt vandaag nog contact met je op.', 'The team will contact you today.'] as [
            string,
            string,
          ])
        : (stateText[helpRequest.state] ?? stateText.nieuw!);
    return reply.page(
      tr(lang, 'Je hulpvraag', 'Your help request'),
      <>
        {spoed ? (
          <div class="utrecht-alert utrecht-alert--error nabij-spoed" role="alert">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <h1 class="utrecht-heading-1">{tr(lang, 'Bel nu als er gevaar is', 'Call now if there is danger')}</h1>
                <ul class="utrecht-unordered-list nabij-spoed-numbers">
                  <li>
                    <a class="utrecht-link" href="tel:112">
                      <strong>112</strong>
                    </a>{' '}
                    – {tr(lang, 'bij direct gevaar', 'in immediate danger')}
                  </li>
                  <li>
                    <a class="utrecht-link" href="tel:08002000">
                      <strong>Veilig Thuis 0800-2000</strong>
                    </a>{' '}
                    –{' '}
                    {tr(
                      lang,
                      'huiselijk geweld en kindermishandeling, dag en nacht, gratis',
                      'domestic violence and child abuse, day and night, free',
                    )}
                  </li>
                  <li>
                    <a class="utrecht-link" href="tel:08000113">
                      <strong>113 Zelfmoordpreventie 0800-0113</strong>
                    </a>{' '}
                    –{' '}
                    {tr(
                      lang,
                      'als je aan zelfdoding denkt, dag en nacht, gratis',
                      'if you think about suicide, day and night, free',
                    )}
                  </li>
                </ul>
                <p class="utrecht-paragraph">
                  {tr(
                    lang,
                    'We hebben het wijkteam meteen gewaarschuwd. Zij nemen vandaag nog contact met je op.',
                    'We have alerted the neighbourhood team at once. They will contact you today.',
                  )}
                </p>
              </div>
            </div>
          </div>
        ) : null}
        {spoed ? (
          <h2 class="utrecht-heading-2">{tr(lang, 'Je hulpvraag', 'Your help request')}</h2>
        ) : (
          <h1 class="utrecht-heading-1">{tr(lang, 'Je hulpvraag', 'Your help request')}</h1>
        )}
        <p class="utrecht-paragraph">
          {tr(lang, 'Nummer', 'Number')}: <strong>{helpRequest.reference}</strong>
        </p>
        <p class="utrecht-paragraph" role="status">
          {tr(lang, text[0], text[1])}
        </p>
        {helpRequest.needKeys.length > 0 && !spoed ? (
          <p class="utrecht-paragraph">
            {tr(lang, 'We kijken naar', 'We are looking at')}:{' '}
            {helpRequest.needKeys.map((k) => needLabel(k, lang)).join(', ')}.
          </p>
        ) : null}
        {(request.query as { beantwoord?: string }).beantwoord === '1' ? (
          <p class="utrecht-paragraph" role="status">
            <strong>
              {tr(lang, 'Dank je wel, je antwoord is bewaard.', 'Thank you, your answer has been saved.')}
            </strong>
          </p>
        ) : null}
        <Proposals view={view} base={owner.base} matches={matches} />
        {spoed || helpRequest.state === 'afgesloten' ? null : (
          <Sharing
            lang={lang}
            base={owner.base}
            matches={matches}
            choice={sharedFor(helpRequest.shareWithVolunteer, {
              asker_name: helpRequest.askerName,
              subject_name: helpRequest.subjectName,
              postcode: helpRequest.postcode,
              need_keys: helpRequest.needKeys,
            })}
            saved={saved}
          />
        )}
        <p class="utrecht-paragraph nabij-muted">
          {tr(
            lang,
            'Bewaar deze pagina (of de link in je e-mail) om later te kijken hoe het staat.',
            'Keep this page (or the link in your email) to check later how it is going.',
          )}
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(lang, 'Kijk intussen wat er in de buurt is', 'Meanwhile, see what there is in the neighbourhood')}
          </a>
        </p>
      </>,
    );
  }
}
