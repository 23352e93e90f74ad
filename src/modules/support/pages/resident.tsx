// The resident's pages: inviting a client supporter and stopping the support; complaints and objections, filed and
// followed step by step.
import { z } from 'zod';
import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  Form,
  type FormErrors,
  type FormValues,
  optionalEmailInput,
  RadioField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Complaint, ComplaintStep, Invitation } from '../queries.js';
import { complaintKinds } from '../schema.js';
import {
  complaintKindShort,
  complaintKindWords,
  complaintStatusWords,
  dayLabel,
  sharedLabel,
  words,
} from '../words.js';

export const supportTitle = (lang: Lang) => tr(lang, 'Cliëntondersteuning', 'Client support');

/** The invitation form: someone from the list (their id) or `zelf` with a name and address; what to share. */
export function inviteSchema(supporterIds: readonly string[], categories: readonly string[]) {
  return z
    .object({
      wie: z.string().refine((v) => v === 'zelf' || supporterIds.includes(v), 'ondersteuner_kiezen'),
      naam: z.string().trim().max(200, 'naam_te_lang').default(''),
      email: optionalEmailInput().default(''),
      delen: z
        .union([z.array(z.string()), z.string()], { message: 'delen_kiezen' })
        .optional()
        .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
        .refine((v) => v.length > 0 && v.every((c) => categories.includes(c)), 'delen_kiezen'),
    })
    .superRefine((v, ctx) => {
      if (v.wie !== 'zelf') return;
      if (v.naam === '') ctx.addIssue({ code: 'custom', message: 'naam_nodig', path: ['naam'] });
      if (v.email === '') ctx.addIssue({ code: 'custom', message: 'email_nodig', path: ['email'] });
    });
}

const inviteLabels = (lang: Lang) => ({
  wie: tr(lang, 'Wie wil je uitnodigen?', 'Who do you want to invite?'),
  naam: tr(lang, 'Naam van de cliëntondersteuner', 'Name of the client supporter'),
  email: tr(lang, 'E-mailadres van de cliëntondersteuner', 'Email address of the client supporter'),
  delen: tr(lang, 'Wat mag de cliëntondersteuner zien?', 'What may the client supporter see?'),
});

function InvitationItem({ view, i }: { view: View; i: Invitation }) {
  const { lang } = view;
  return (
    <li class="nabij-card">
      <p class="utrecht-paragraph" id={`ondersteuning-${i.id}`}>
        <strong>{i.supporterName}</strong>{' '}
        {i.acceptedAt
          ? tr(
              lang,
              `helpt je sinds ${dayLabel(lang, i.acceptedAt)}.`,
              `has helped you since ${dayLabel(lang, i.acceptedAt)}.`,
            )
          : tr(
              lang,
              `is uitgenodigd op ${dayLabel(lang, i.createdAt)} en heeft nog niet gereageerd.`,
              `was invited on ${dayLabel(lang, i.createdAt)} and has not answered yet.`,
            )}
      </p>
      <p class="utrecht-paragraph">{tr(lang, 'Je deelt:', 'You share:')}</p>
      <ul class="utrecht-unordered-list">
        {i.categories.map((c) => (
          <li key={c}>{sharedLabel(lang, c)}</li>
        ))}
      </ul>
      <form method="post" action={`/mijn/ondersteuner/${i.id}/stoppen`} class="nabij-form">
        <input type="hidden" name="_csrf" value={view.csrfToken} />
        <button
          type="submit"
          class="utrecht-button utrecht-button--secondary-action"
          aria-describedby={`ondersteuning-${i.id}`}
        >
          {tr(lang, 'Stoppen en niets meer delen', 'Stop and share nothing more')}
        </button>
      </form>
    </li>
  );
}

export function SupportPage({
  view,
  invitations,
  supporters,
  categories,
  values,
  errors,
  sent,
  stopped,
}: {
  view: View;
  invitations: Invitation[];
  supporters: { id: string; displayName: string }[];
  categories: readonly string[];
  values: FormValues;
  errors?: FormErrors;
  sent?: { name: string; email: string; link: string } | undefined;
  stopped?: boolean;
}) {
  const { lang } = view;
  const labels = inviteLabels(lang);
  const current = invitations.filter((i) => i.endedAt === null);
  const chosen = new Set((values.delen ?? '').split(',').filter(Boolean));
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn">
          {tr(lang, 'Terug naar mijn pagina', 'Back to my page')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{supportTitle(lang)}</h1>
      {sent ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div>
            <p class="utrecht-paragraph">
              {tr(
                lang,
                `We hebben ${sent.name} een e-mail gestuurd met een link. Je kunt de link ook zelf doorsturen:`,
                `We sent ${sent.name} an email with a link. You can also pass the link on yourself:`,
              )}
            </p>
            <p class="utrecht-paragraph nabij-link-breekbaar">
              <code>{sent.link}</code>
            </p>
          </div>
        </div>
      ) : null}
      {stopped ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'De ondersteuning is gestopt. Vanaf nu ziet die cliëntondersteuner niets meer van je gegevens.',
              'The support has stopped. From now on that client supporter sees none of your data.',
            )}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Een cliëntondersteuner staat naast je. Hij of zij denkt met je mee, helpt je je plan te schrijven en ' +
            'helpt als je een klacht of bezwaar hebt. De cliëntondersteuner hoort niet bij het wijkteam en is ' +
            'gratis. Hij of zij ziet alleen wat jij deelt, en je kunt altijd stoppen.',
          'A client supporter stands beside you. They think along with you, help you write your plan and help when ' +
            'you have a complaint or objection. The client supporter is not part of the neighbourhood team and is ' +
            'free. They only see what you share, and you can always stop.',
        )}
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Mijn cliëntondersteuners', 'My client supporters')}</h2>
      {current.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Je hebt nog niemand uitgenodigd.', 'You have not invited anyone yet.')}
        </p>
      ) : (
        <ul class="nabij-plain-list">
          {current.map((i) => (
            <InvitationItem view={view} i={i} key={i.id} />
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{tr(lang, 'Een cliëntondersteuner uitnodigen', 'Invite a client supporter')}</h2>
      <Form view={view} action="/mijn/ondersteuner" label={tr(lang, 'Uitnodigen', 'Invite')}>
        <RadioField
          view={view}
          name="wie"
          legend={labels.wie}
          hint={tr(
            lang,
            'De gemeente heeft een lijst van onafhankelijke cliëntondersteuners. Je mag ook iemand anders kiezen.',
            'The municipality has a list of independent client supporters. You may also choose someone else.',
          )}
          values={values}
          errors={errors}
          options={[
            ...supporters.map((s) => [s.id, s.displayName] as const),
            ['zelf', tr(lang, 'Iemand anders, die ik zelf kies', 'Someone else, whom I choose myself')] as const,
          ]}
        />
        <TextField
          view={view}
          name="naam"
          label={labels.naam}
          hint={tr(lang, 'Alleen als je iemand anders kiest.', 'Only when you choose someone else.')}
          values={values}
          errors={errors}
          autoComplete="off"
        />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          hint={tr(lang, 'Alleen als je iemand anders kiest.', 'Only when you choose someone else.')}
          values={values}
          errors={errors}
          autoComplete="off"
        />
        <fieldset
          class={`utrecht-form-fieldset${errors?.delen ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-delen"
          tabIndex={-1}
          aria-describedby={errors?.delen ? 'veld-delen-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{labels.delen}</legend>
          <FieldError view={view} name="delen" errors={errors} />
          {categories.map((c) => (
            <CheckboxField key={c} name="delen" value={c} label={sharedLabel(lang, c)} checked={chosen.has(c)} />
          ))}
        </fieldset>
        <SubmitButton>{tr(lang, 'Uitnodiging versturen', 'Send invitation')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/toestemmingen">
          {tr(lang, 'Wie mag mijn gegevens zien? Mijn toestemmingen', 'Who may see my data? My consents')}
        </a>
      </p>
    </>
  );
}

export const complaintSchema = z.object({
  soort: z.enum(complaintKinds, { message: 'klacht_soort_kiezen' }),
  over: z.string().trim().min(1, 'klacht_over_nodig').max(300, 'tekst_te_lang'),
  wat: z.string().trim().min(1, 'klacht_wat_nodig').max(5000, 'tekst_te_lang'),
  wens: z.string().trim().max(2000, 'tekst_te_lang').default(''),
});

export const complaintsTitle = (lang: Lang) => tr(lang, 'Klachten en bezwaren', 'Complaints and objections');

export function ComplaintForm({
  view,
  action,
  forName,
  values,
  errors,
}: {
  view: View;
  action: string;
  forName?: string;
  values: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = {
    soort: tr(lang, 'Wat wil je indienen?', 'What do you want to file?'),
    over: tr(lang, 'Waar gaat het over?', 'What is it about?'),
    wat: tr(lang, 'Wat is er gebeurd?', 'What happened?'),
    wens: tr(lang, 'Wat wil je dat er gebeurt? (niet verplicht)', 'What do you want to happen? (optional)'),
  };
  const title = forName
    ? tr(lang, `Klacht of bezwaar indienen voor ${forName}`, `File a complaint or objection for ${forName}`)
    : tr(lang, 'Klacht of bezwaar indienen', 'File a complaint or objection');
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Schrijf het op in je eigen woorden. Het wijkteam leest het en laat binnen zes weken weten wat het ermee ' +
            'doet. Je ziet op je eigen pagina hoe het ervoor staat.',
          'Write it down in your own words. The team reads it and lets you know within six weeks what it does with ' +
            'it. You see on your own page how it stands.',
        )}
      </p>
      <Form view={view} action={action} label={title}>
        <RadioField
          view={view}
          name="soort"
          legend={labels.soort}
          values={values}
          errors={errors}
          options={complaintKinds.map((k) => [k, words(lang, complaintKindWords[k])] as const)}
        />
        <TextField view={view} name="over" label={labels.over} values={values} errors={errors} required />
        <TextField view={view} name="wat" label={labels.wat} values={values} errors={errors} required multiline />
        <TextField view={view} name="wens" label={labels.wens} values={values} errors={errors} multiline />
        <SubmitButton>{tr(lang, 'Indienen', 'File')}</SubmitButton>
      </Form>
    </>
  );
}

export function ComplaintsPage({ view, complaints, filed }: { view: View; complaints: Complaint[]; filed: boolean }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn">
          {tr(lang, 'Terug naar mijn pagina', 'Back to my page')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{complaintsTitle(lang)}</h1>
      {filed ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">
            {tr(lang, 'Je klacht of bezwaar is ontvangen.', 'Your complaint or objection has been received.')}
          </p>
        </div>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Ben je niet tevreden over het wijkteam, of ben je het niet eens met een besluit? Dien dan een klacht of ' +
            'bezwaar in. Je cliëntondersteuner kan je daarbij helpen.',
          'Are you not happy with the team, or do you disagree with a decision? Then file a complaint or objection. ' +
            'Your client supporter can help you.',
        )}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/klachten/nieuw">
          {tr(lang, 'Klacht of bezwaar indienen', 'File a complaint or objection')}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat je hebt ingediend', 'What you filed')}</h2>
      {complaints.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog niets.', 'Nothing yet.')}</p>
      ) : (
        <ComplaintList view={view} complaints={complaints} base="/mijn/klachten" />
      )}
    </>
  );
}

export function ComplaintList({ view, complaints, base }: { view: View; complaints: Complaint[]; base: string }) {
  const { lang } = view;
  return (
    <ul class="nabij-plain-list">
      {complaints.map((c) => (
        <li class="nabij-card" key={c.id}>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${base}/${c.id}`}>
              {words(lang, complaintKindShort[c.kind])}: {c.about}
            </a>
          </p>
          <p class="utrecht-paragraph">
            {tr(lang, 'Ingediend op', 'Filed on')} {dayLabel(lang, c.createdAt)} ·{' '}
            <strong>{words(lang, complaintStatusWords[c.status])}</strong>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** What was filed and every step of its handling, as the resident (and the team) reads it. */
export function ComplaintDetail({ view, c, steps }: { view: View; c: Complaint; steps: ComplaintStep[] }) {
  const { lang } = view;
  return (
    <>
      <h1 class="utrecht-heading-1">
        {words(lang, complaintKindShort[c.kind])}: {c.about}
      </h1>
      <p class="utrecht-paragraph">
        {tr(lang, 'Ingediend op', 'Filed on')} {dayLabel(lang, c.createdAt)}{' '}
        {c.filedByUserId === c.residentUserId
          ? ''
          : tr(
              lang,
              `door ${c.filedByName}, samen met ${c.residentName}`,
              `by ${c.filedByName}, with ${c.residentName}`,
            )}
        . {tr(lang, 'Nu:', 'Now:')} <strong>{words(lang, complaintStatusWords[c.status])}</strong>.
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat er gebeurd is', 'What happened')}</h2>
      <p class="utrecht-paragraph nabij-verhaal">{c.whatHappened}</p>
      {c.wish ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Wat er moet gebeuren', 'What should happen')}</h2>
          <p class="utrecht-paragraph nabij-verhaal">{c.wish}</p>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Hoe het ervoor staat', 'How it stands')}</h2>
      <ol class="utrecht-ordered-list nabij-tijdlijn">
        {steps.map((s, i) => (
          <li class="nabij-tijdlijn__item" key={i}>
            <p class="utrecht-paragraph">
              <strong>{words(lang, complaintStatusWords[s.status])}</strong> · {dayLabel(lang, s.at)}
              {s.actorName ? ` · ${s.actorName}` : ''}
            </p>
            {s.message ? <p class="utrecht-paragraph nabij-verhaal">{s.message}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
