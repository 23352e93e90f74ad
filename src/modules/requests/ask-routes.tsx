// "Ik zoek hulp": a help request in plain Dutch, for yourself or for someone else, one question a page,
// with everything typed carried along; then the status page the asker can follow.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Actor, withAccess } from '../../kernel/access/gate.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { findAccount } from '../../kernel/auth/accounts.js';
import { notFound } from '../../kernel/errors.js';
import { ErrorSummary, type FieldMessageKey, fieldMessage, Form, type FormErrors, type FormValues, keptValues, parseForm, SelectField, SubmitButton, TextField } from '../../kernel/ui/forms.js';
import { EmergencyNote } from '../../kernel/ui/emergency.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { needLabel } from '../../kernel/taxonomy/needs.js';
import { knownLanguages, languageName } from '../socialbase/pages/activity-card.js';
import { normalisePostcode } from '../socialbase/postcodes.js';
import { formDays, formParts, momentsFrom } from './moments.js';
import { findHelpRequest, listMatches, requestByStatusToken } from './queries.js';
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
  postcode: z.union([z.literal(''), z.string().trim().refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig')]),
  dag: z.union([z.literal(''), z.enum(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'])]).default(''),
  dagdeel: z.union([z.literal(''), z.enum(['ochtend', 'middag', 'avond'])]).default(''),
  taal: z.union([z.literal(''), z.string().regex(/^[a-z]{2}$/)]).default(''),
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: z.union([z.literal(''), z.string().trim().pipe(z.email('email_ongeldig'))]),
  telefoon: z.string().trim().max(20, 'telefoon_ongeldig').regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig'),
});

/** Earlier answers travel along as hidden fields, so nothing is lost and no JavaScript or session is needed. */
function Carried({ values, fields }: { values: FormValues; fields: readonly string[] }) {
  return (
    <>
      {fields.map((name) => (values[name] !== undefined ? <input type="hidden" name={name} value={values[name]} key={name} /> : null))}
    </>
  );
}


function Radios({ view, name, legend, options, values, errors }: { view: View; name: string; legend: string; options: readonly (readonly [string, string])[]; values: FormValues; errors?: FormErrors }) {
  const error = errors?.[name];
  return (
    <fieldset class={`utrecht-form-fieldset${error ? ' utrecht-form-field--invalid' : ''}`} id={`veld-${name}`} tabIndex={-1} aria-describedby={error ? `veld-${name}-fout` : undefined}>
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {error ? (
        <p class="utrecht-form-field-error-message" id={`veld-${name}-fout`}>
          {errorText(view, error)}
        </p>
      ) : null}
      {options.map(([value, label]) => (
        <div class="utrecht-form-field utrecht-form-field--radio" key={value}>
          <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`veld-${name}-${value}`} name={name} value={value} checked={values[name] === value} />
          <label class="utrecht-form-label utrecht-form-label--radio" for={`veld-${name}-${value}`}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

const errorText = (view: View, key: string) => fieldMessage(view.lang, key as FieldMessageKey);

const storyFields = ['tekst', 'voor_wie'] as const;
const otherFields = ['naam_ander', 'relatie', 'toestemming'] as const;

function StoryStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = { tekst: tr(lang, 'Vertel in je eigen woorden wat er speelt', 'Tell us in your own words what is going on'), voor_wie: tr(lang, 'Voor wie is de hulp?', 'Who is the help for?') };
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
          hint={tr(lang, 'Schrijf het zoals je het zou zeggen. Bijvoorbeeld: "Sinds mijn man is overleden zie ik bijna niemand meer."', 'Write it the way you would say it. For example: "Since my husband died I hardly see anyone."')}
          multiline
          values={values}
          errors={errors}
          required
        />
        <Radios view={view} name="voor_wie" legend={labels.voor_wie} values={values} errors={errors} options={[['mij', tr(lang, 'Voor mijzelf', 'For myself')], ['ander', tr(lang, 'Voor iemand anders, bijvoorbeeld mijn buurvrouw of mijn vader', 'For someone else, for example my neighbour or my father')]]} />
        <SubmitButton>{tr(lang, 'Verder', 'Continue')}</SubmitButton>
      </Form>
    </>
  );
}

function OtherStep({ view, values, errors }: { view: View; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = { naam_ander: tr(lang, 'Voornaam van die persoon', 'First name of that person'), relatie: tr(lang, 'Wie is die persoon voor jou?', 'Who is that person to you?'), toestemming: tr(lang, 'Weet die persoon dat je dit vraagt, en vindt die het goed?', 'Does that person know you are asking, and agree?') };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Voor wie vraag je hulp?', 'Who are you asking help for?')}</h1>
      <p class="utrecht-paragraph">{tr(lang, 'Wij helpen alleen als de persoon het zelf ook wil. Het wijkteam vraagt het ook nog zelf na.', 'We only help when the person wants it too. The team will also check with them.')}</p>
      <Form view={view} action="/hulp/ander" label={tr(lang, 'Voor wie', 'For whom')}>
        <Carried values={values} fields={storyFields} />
        <TextField view={view} name="naam_ander" label={labels.naam_ander} values={values} errors={errors} required />
        <TextField view={view} name="relatie" label={labels.relatie} hint={tr(lang, 'Bijvoorbeeld: buurvrouw, dochter, vriend', 'For example: neighbour, daughter, friend')} values={values} errors={errors} required />
        <Radios
          view={view}
          name="toestemming"
          legend={labels.toestemming}
          values={values}
          errors={errors}
          options={[['ja', tr(lang, 'Ja, die persoon vindt het goed', 'Yes, that person agrees')], ['nog_vragen', tr(lang, 'Dat heb ik nog niet gevraagd', 'I have not asked yet')], ['nee', tr(lang, 'Nee, maar ik maak me zorgen', 'No, but I am worried')]]}
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
      <p class="utrecht-paragraph">{tr(lang, 'Zo kunnen we hulp vinden die dichtbij is en die past. Je mag vragen overslaan.', 'This helps us find help that is close by and fits. You may skip questions.')}</p>
      <Form view={view} action="/hulp/versturen" label={tr(lang, 'Gegevens', 'Details')}>
        <Carried values={values} fields={[...storyFields, ...otherFields]} />
        <TextField view={view} name="postcode" label={labels.postcode} autoComplete="postal-code" values={values} errors={errors} />
        <SelectField view={view} name="dag" label={labels.dag} values={values} errors={errors} options={[['', any], ...formDays.map(([v, nl, en]) => [v, tr(lang, nl, en)] as const)]} />
        <SelectField view={view} name="dagdeel" label={labels.dagdeel} values={values} errors={errors} options={[['', any], ...formParts.map(([v, nl, en]) => [v, tr(lang, nl, en)] as const)]} />
        <SelectField view={view} name="taal" label={labels.taal} values={values} errors={errors} options={[['', tr(lang, 'Nederlands is goed', 'Dutch is fine')], ...knownLanguages.filter((l) => l !== 'nl').map((l) => [l, languageName(lang, l)] as const)]} />
        <h2 class="utrecht-heading-2">{tr(lang, 'Hoe kunnen we je bereiken?', 'How can we reach you?')}</h2>
        <p class="utrecht-paragraph">{tr(lang, 'Vul je e-mailadres of je telefoonnummer in. Eén is genoeg.', 'Enter your email address or your phone number. One is enough.')}</p>
        <TextField view={view} name="naam" label={labels.naam} autoComplete="name" values={values} errors={errors} required />
        <TextField view={view} name="email" type="email" label={labels.email} autoComplete="email" values={values} errors={errors} />
        <TextField view={view} name="telefoon" type="tel" label={labels.telefoon} autoComplete="tel" values={values} errors={errors} />
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
    const account = await withAccess(db, { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role }, { category: 'account', action: 'read', purpose: 'hulpvraag_behandelen', subjectUserId: user.userId }, (gated) =>
      findAccount(gated, user.tenantId, user.userId),
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
    if (!form.ok) return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={form.errors} />, 400);
    if (form.data.voor_wie === 'ander') return reply.page(title(view.lang), <OtherStep view={view} values={values} />);
    return reply.page(title(view.lang), <DetailsStep view={view} values={{ ...(await prefilled(request)), ...values }} />);
  });

  app.post('/hulp/ander', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok) return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const form = parseForm(otherSchema, request.body);
    if (!form.ok) return reply.page(title(view.lang), <OtherStep view={view} values={values} errors={form.errors} />, 400);
    return reply.page(title(view.lang), <DetailsStep view={view} values={{ ...(await prefilled(request)), ...values }} />);
  });

  app.post('/hulp/versturen', { config: limited }, async (request, reply) => {
    const view = request.view();
    const values = keptValues(request.body);
    const story = parseForm(storySchema, request.body);
    if (!story.ok) return reply.page(title(view.lang), <StoryStep view={view} values={values} errors={story.errors} />, 400);
    const other = story.data.voor_wie === 'ander' ? parseForm(otherSchema, request.body) : undefined;
    if (other && !other.ok) return reply.page(title(view.lang), <OtherStep view={view} values={values} errors={other.errors} />, 400);
    const details = parseForm(detailsSchema, request.body);
    if (!details.ok) return reply.page(title(view.lang), <DetailsStep view={view} values={values} errors={details.errors} />, 400);
    const d = details.data;
    if (!d.email && !d.telefoon) return reply.page(title(view.lang), <DetailsStep view={view} values={values} errors={{ email: 'bereikbaar_nodig' }} />, 400);
    if (!request.tenant) throw notFound('Deze gemeente');
    const user = request.user?.state === 'actief' ? request.user : undefined;
    const o = other?.ok ? other.data : undefined;
    const submitted = await submitHelpRequest(
      ctx,
      request.tenant,
      user ? { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role } : { kind: 'system', tenantId: request.tenant.id, process: 'hulpvraag' },
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

  app.get('/hulp/status/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const found = await requestByStatusToken(db, token);
    if (!found) throw notFound('Deze hulpvraag');
    // The status link is the asker's key; reading through it is logged like any other read of the request.
    return statusPage(request, reply, { kind: 'system', tenantId: found.tenant_id, process: 'hulpvraag' }, found);
  });

  app.get('/mijn/hulpvragen/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params as { id: string };
    if (!z.uuid().safeParse(id).success) throw notFound('Deze hulpvraag');
    // Only the asker's own request: the gate refuses anyone else's (self scope), and the query filters on them too.
    return statusPage(request, reply, actor, { id, tenant_id: actor.tenantId, asker_user_id: actor.userId });
  });

  async function statusPage(request: FastifyRequest, reply: FastifyReply, actor: Actor, found: { id: string; tenant_id: string; asker_user_id: string | null }) {
    const view = request.view();
    const { lang } = view;
    const read = { category: 'hulpvraag' as const, action: 'read' as const, purpose: 'hulpvraag_behandelen', subjectUserId: found.asker_user_id };
    const [helpRequest, matches] = await withAccess(db, actor, read, async (gated) => [await findHelpRequest(gated, found.tenant_id, found.id), await listMatches(gated, found.tenant_id, found.id)] as const);
    if (!helpRequest || (actor.kind === 'user' && helpRequest.askerUserId !== actor.userId)) throw notFound('Deze hulpvraag');
    const spoed = helpRequest.route === 'spoed';
    const stateText: Record<string, [string, string]> = {
      nieuw: ['Je hulpvraag is binnen. Iemand van het wijkteam kijkt ernaar, meestal binnen 2 werkdagen.', 'Your request has arrived. Someone from the team will look at it, usually within 2 working days.'],
      in_behandeling: ['Het wijkteam is met je hulpvraag bezig.', 'The team is working on your request.'],
      gekoppeld: ['Er is hulp gevonden. Het wijkteam belt of mailt je om het verder af te spreken.', 'Help has been found. The team will call or email you to arrange the rest.'],
      afgesloten: ['Je hulpvraag is afgerond.', 'Your request has been completed.'],
    };
    const text = spoed && helpRequest.state === 'nieuw' ? (['Het wijkteam neemt vandaag nog contact met je op.', 'The team will contact you today.'] as [string, string]) : (stateText[helpRequest.state] ?? stateText.nieuw!);
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
                <a class="utrecht-link" href="tel:112"><strong>112</strong></a> – {tr(lang, 'bij direct gevaar', 'in immediate danger')}
              </li>
              <li>
                <a class="utrecht-link" href="tel:08002000"><strong>Veilig Thuis 0800-2000</strong></a> – {tr(lang, 'huiselijk geweld en kindermishandeling, dag en nacht, gratis', 'domestic violence and child abuse, day and night, free')}
              </li>
              <li>
                <a class="utrecht-link" href="tel:08000113"><strong>113 Zelfmoordpreventie 0800-0113</strong></a> – {tr(lang, 'als je aan zelfdoding denkt, dag en nacht, gratis', 'if you think about suicide, day and night, free')}
              </li>
            </ul>
            <p class="utrecht-paragraph">{tr(lang, 'We hebben het wijkteam meteen gewaarschuwd. Zij nemen vandaag nog contact met je op.', 'We have alerted the neighbourhood team at once. They will contact you today.')}</p>
            </div>
            </div>
          </div>
        ) : null}
        {spoed ? <h2 class="utrecht-heading-2">{tr(lang, 'Je hulpvraag', 'Your help request')}</h2> : <h1 class="utrecht-heading-1">{tr(lang, 'Je hulpvraag', 'Your help request')}</h1>}
        <p class="utrecht-paragraph">
          {tr(lang, 'Nummer', 'Number')}: <strong>{helpRequest.reference}</strong>
        </p>
        <p class="utrecht-paragraph" role="status">
          {tr(lang, text[0], text[1])}
        </p>
        {helpRequest.needKeys.length > 0 && !spoed ? (
          <p class="utrecht-paragraph">
            {tr(lang, 'We kijken naar', 'We are looking at')}: {helpRequest.needKeys.map((k) => needLabel(k, lang)).join(', ')}.
          </p>
        ) : null}
        {matches.filter((m) => m.state === 'actief' || m.state === 'opvolging').map((m) => (
          <p class="utrecht-paragraph" key={m.id}>
            {m.volunteerFirstName ? tr(lang, `${m.volunteerFirstName} helpt je.`, `${m.volunteerFirstName} is helping you.`) : tr(lang, `Je gaat naar: ${m.activityName ?? ''}.`, `You are going to: ${m.activityName ?? ''}.`)}
          </p>
        ))}
        <p class="utrecht-paragraph nabij-muted">{tr(lang, 'Bewaar deze pagina (of de link in je e-mail) om later te kijken hoe het staat.', 'Keep this page (or the link in your email) to check later how it is going.')}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(lang, 'Kijk intussen wat er in de buurt is', 'Meanwhile, see what there is in the neighbourhood')}
          </a>
        </p>
      </>,
    );
  }
}

