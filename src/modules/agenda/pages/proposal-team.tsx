// The team's side of the neighbourhood agenda: the list (overdue first, then waiting, then answered), one proposal
// with its steps (discuss, answer, hide, reopen: only those the table allows from where it stands), the themes from
// signals, and the administrator's answer term.
import { z } from 'zod';
import {
  ErrorSummary,
  fieldMessage,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SelectField,
  SettingsPageTop,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { Neighbourhood } from '../../../kernel/tenancy/queries.js';
import { StackedTable } from '../../../kernel/ui/stacked-table.js';
import type { View } from '../../../kernel/ui/view.js';
import { isOverdue } from '../commands/proposals.js';
import type { ReadyTheme } from '../commands/themes.js';
import type { ProposalRow, TimelineEvent } from '../queries/proposals.js';
import { proposalAnswers, proposalStatuses } from '../schema.js';
import { nextProposalStatuses } from '../states.js';
import { ProposalFacts, Timeline } from './proposal-page.js';
import {
  answerInWords,
  dayInWords,
  fromWhomInWords,
  overdueInWords,
  proposalsInWords,
  statusInWords,
  supportsInWords,
} from './proposal-words.js';

export const teamAgendaTitle = (lang: Lang) => tr(lang, 'Wijkagenda: voorstellen beantwoorden', 'Answer proposals');

/** Overdue first, then waiting (oldest term first), then answered, then hidden. */
export function teamOrder(rows: readonly ProposalRow[], now: Date): ProposalRow[] {
  const rank = (p: ProposalRow) =>
    isOverdue(p, now)
      ? 0
      : p.status === 'ingediend' || p.status === 'besproken'
        ? 1
        : p.status === 'beantwoord'
          ? 2
          : 3;
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.answerDueAt.getTime() - b.answerDueAt.getTime());
}

export function TeamListPage({
  view,
  rows,
  now,
  mayTakeThemes,
}: {
  view: View;
  rows: readonly ProposalRow[];
  now: Date;
  mayTakeThemes: boolean;
}) {
  const { lang } = view;
  const overdue = rows.filter((p) => isOverdue(p, now)).length;
  const headers = [
    tr(lang, 'Voorstel', 'Proposal'),
    tr(lang, 'Wijk', 'Neighbourhood'),
    tr(lang, 'Steun', 'Support'),
    tr(lang, 'Stand', 'State'),
    tr(lang, 'Antwoord uiterlijk', 'Answer by'),
  ];
  return (
    <>
      <h1 class="utrecht-heading-1">{teamAgendaTitle(lang)}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Elk voorstel krijgt binnen de termijn een antwoord: aangenomen, nu niet (met de reden) of al bezig.',
          'Every proposal gets an answer within the term: accepted, not now (with the reason) or already under way.',
        )}
      </p>
      {overdue > 0 ? (
        <div class="utrecht-alert utrecht-alert--warning" role="status">
          <p class="utrecht-paragraph">
            <strong>
              {overdue === 1
                ? tr(lang, '1 voorstel heeft nog geen antwoord, en de termijn is verlopen.', '1 proposal is overdue.')
                : tr(
                    lang,
                    `${overdue} voorstellen hebben nog geen antwoord, en de termijn is verlopen.`,
                    `${overdue} proposals have no answer yet, and the term has passed.`,
                  )}
            </strong>
          </p>
        </div>
      ) : null}
      {mayTakeThemes ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/team/wijkagenda/themas">
            {tr(lang, 'Thema’s uit signalen op de wijkagenda zetten', 'Put themes from signals on the agenda')}
          </a>
        </p>
      ) : null}
      {view.user?.role === 'beheerder' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/beheer/wijkagenda">
            {tr(lang, 'De termijn voor een antwoord instellen', 'Set the answer term')}
          </a>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Er zijn nog geen voorstellen.', 'There are no proposals yet.')}</p>
      ) : (
        <StackedTable caption={proposalsInWords(lang, rows.length)} headers={headers}>
          {rows.map((p) => (
            <tr class="utrecht-table__row" key={p.id}>
              <td class="utrecht-table__cell" data-label={headers[0]}>
                <a class="utrecht-link" href={`/team/wijkagenda/${p.id}`}>
                  {p.title}
                </a>
                <br />
                {p.reference}
              </td>
              <td class="utrecht-table__cell" data-label={headers[1]}>
                {p.neighbourhoodName}
              </td>
              <td class="utrecht-table__cell" data-label={headers[2]}>
                {p.supportCount}
              </td>
              <td class="utrecht-table__cell" data-label={headers[3]}>
                {p.status === 'beantwoord' && p.answer ? answerInWords(lang, p.answer) : statusInWords(lang, p.status)}
              </td>
              <td class="utrecht-table__cell" data-label={headers[4]}>
                {isOverdue(p, now) ? (
                  <strong>{overdueInWords(lang, p.answerDueAt)}</strong>
                ) : p.status === 'beantwoord' || p.status === 'verborgen' ? (
                  '–'
                ) : (
                  dayInWords(p.answerDueAt)
                )}
              </td>
            </tr>
          ))}
        </StackedTable>
      )}
    </>
  );
}

const stepText = (max: number) => z.string().trim().max(max, 'tekst_te_lang').default('');
const seen = z.enum(proposalStatuses, { message: 'agenda_stap_verouderd' });

export const discussSchema = z.object({
  gezien: seen,
  wie: z.enum(['klankbordgroep', 'team'], { message: 'agenda_bespreking_kiezen' }),
  verslag: stepText(3000).refine((v) => v !== '', 'agenda_verslag_nodig'),
});
export const answerSchema = z.object({
  gezien: seen,
  antwoord: z.enum(proposalAnswers, { message: 'agenda_antwoord_kiezen' }),
  antwoordtekst: stepText(3000).refine((v) => v !== '', 'agenda_antwoordtekst_nodig'),
});
export const hideSchema = z.object({
  gezien: seen,
  reden_verbergen: stepText(1000).refine((v) => v !== '', 'agenda_reden_nodig'),
});
export const reopenSchema = z.object({
  gezien: seen,
  reden_heropenen: stepText(1000).refine((v) => v !== '', 'agenda_reden_nodig'),
});

/** The team's steps, each a form and a route of its own. */
export type TeamStep = 'bespreken' | 'beantwoorden' | 'verbergen' | 'heropenen';

export const discussedByWords = (lang: Lang, who: 'klankbordgroep' | 'team') =>
  who === 'klankbordgroep'
    ? tr(lang, 'Besproken in de klankbordgroep', 'Discussed by the sounding board')
    : tr(lang, 'Besproken in het wijkteam', 'Discussed by the team');

export function TeamProposalPage({
  view,
  p,
  events,
  values,
  errors,
  now,
  message,
  retry,
}: {
  view: View;
  p: ProposalRow;
  events: readonly TimelineEvent[];
  values: FormValues;
  errors: FormErrors;
  now: Date;
  message: string | null;
  /** The step that was refused because the proposal moved on: its form stays, with what was typed. */
  retry?: TeamStep | null;
}) {
  const { lang } = view;
  const next = nextProposalStatuses(p.status);
  const shows = (step: TeamStep, allowed: boolean) => allowed || retry === step;
  const labels: Record<string, string> = {
    wie: tr(lang, 'Wie besprak het?', 'Who discussed it?'),
    verslag: tr(lang, 'Korte samenvatting van het gesprek', 'Short summary of the discussion'),
    antwoord: tr(lang, 'Het antwoord', 'The answer'),
    antwoordtekst: tr(lang, 'Uitleg bij het antwoord', 'Explanation of the answer'),
    reden_verbergen: tr(lang, 'Waarom verbergen?', 'Why hide it?'),
    reden_heropenen: tr(lang, 'Waarom opnieuw bekijken?', 'Why look again?'),
    gezien: tr(lang, 'Stand', 'State'),
  };
  const action = (step: string) => `/team/wijkagenda/${p.id}/${step}`;
  const Seen = () => <input type="hidden" name="gezien" value={p.status} />;
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/wijkagenda">
          {tr(lang, 'Terug naar alle voorstellen', 'Back to all proposals')}
        </a>
      </p>
      {message ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{message}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{p.title}</h1>
      <p class="utrecht-paragraph nabij-muted">
        {fromWhomInWords(lang, p.origin, p.neighbourhoodName)} · {p.reference} · {supportsInWords(lang, p.supportCount)}
      </p>
      <p class="utrecht-paragraph">
        <span class="nabij-tags">
          {p.status === 'beantwoord' && p.answer ? answerInWords(lang, p.answer) : statusInWords(lang, p.status)}
        </span>
        {isOverdue(p, now) ? (
          <>
            {' · '}
            <strong>{overdueInWords(lang, p.answerDueAt)}</strong>
          </>
        ) : null}
      </p>
      {p.status === 'verborgen' && p.hiddenReason ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Verborgen omdat:', 'Hidden because:')} {p.hiddenReason}
        </p>
      ) : null}
      {p.status === 'beantwoord' ? <p class="utrecht-paragraph">{p.answerText}</p> : null}
      <ProposalFacts view={view} p={p} />
      {errors.gezien ? (
        <p class="utrecht-form-field-error-message" id="veld-gezien">
          {tr(
            lang,
            'Iemand anders heeft dit voorstel net een stap verder gezet. Kijk opnieuw en kies dan.',
            'Someone else just moved this proposal on. Look again, then choose.',
          )}
        </p>
      ) : null}
      {shows('beantwoorden', next.includes('beantwoord')) ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Beantwoorden', 'Answer')}</h2>
          <Form view={view} action={action('beantwoorden')} label={tr(lang, 'Beantwoorden', 'Answer')}>
            <Seen />
            <RadioField
              view={view}
              name="antwoord"
              legend={labels.antwoord!}
              options={proposalAnswers.map((a) => [a, answerInWords(lang, a)] as const)}
              values={values}
              errors={errors}
            />
            <TextField
              view={view}
              name="antwoordtekst"
              label={labels.antwoordtekst!}
              hint={tr(
                lang,
                'Dit is openbaar. Bij "nu niet" schrijf je waarom. Noem geen namen.',
                'This is public. With "not now" write why. Do not name anyone.',
              )}
              values={values}
              errors={errors}
              multiline
            />
            <SubmitButton>{tr(lang, 'Antwoord geven', 'Give the answer')}</SubmitButton>
          </Form>
        </>
      ) : null}
      {shows('bespreken', next.includes('besproken') && p.status !== 'beantwoord') ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Bespreking vastleggen', 'Record a discussion')}</h2>
          <Form
            view={view}
            action={action('bespreken')}
            label={tr(lang, 'Bespreking vastleggen', 'Record a discussion')}
          >
            <Seen />
            <RadioField
              view={view}
              name="wie"
              legend={labels.wie!}
              options={[
                ['klankbordgroep', tr(lang, 'De klankbordgroep', 'The sounding board')],
                ['team', tr(lang, 'Het wijkteam', 'The team')],
              ]}
              values={values}
              errors={errors}
            />
            <TextField
              view={view}
              name="verslag"
              label={labels.verslag!}
              hint={tr(lang, 'Dit is openbaar. Noem geen namen.', 'This is public. Do not name anyone.')}
              values={values}
              errors={errors}
              multiline
            />
            <SubmitButton secondary>{tr(lang, 'Bespreking opslaan', 'Save the discussion')}</SubmitButton>
          </Form>
        </>
      ) : null}
      {shows('heropenen', p.status === 'beantwoord' || p.status === 'verborgen') ? (
        <>
          <h2 class="utrecht-heading-2">
            {p.status === 'verborgen'
              ? tr(lang, 'Weer zichtbaar maken', 'Make visible again')
              : tr(lang, 'Antwoord opnieuw bekijken', 'Reconsider the answer')}
          </h2>
          <Form view={view} action={action('heropenen')} label={tr(lang, 'Heropenen', 'Reopen')}>
            <Seen />
            <TextField
              view={view}
              name="reden_heropenen"
              label={labels.reden_heropenen!}
              values={values}
              errors={errors}
              multiline
            />
            <SubmitButton secondary>{tr(lang, 'Heropenen', 'Reopen')}</SubmitButton>
          </Form>
        </>
      ) : null}
      {shows('verbergen', next.includes('verborgen')) ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Verbergen', 'Hide')}</h2>
          <Form view={view} action={action('verbergen')} label={tr(lang, 'Verbergen', 'Hide')}>
            <Seen />
            <TextField
              view={view}
              name="reden_verbergen"
              label={labels.reden_verbergen!}
              hint={tr(
                lang,
                'Verberg een voorstel dat iemand noemt of kwetsend is. De reden ziet alleen het team.',
                'Hide a proposal that names someone or is hurtful. Only the team sees the reason.',
              )}
              values={values}
              errors={errors}
              multiline
            />
            <SubmitButton secondary>{tr(lang, 'Verbergen', 'Hide')}</SubmitButton>
          </Form>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Wat er gebeurde', 'What happened')}</h2>
      <Timeline view={view} events={events} />
      {p.status !== 'verborgen' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/wijkagenda/${p.id}`}>
            {tr(lang, 'Zo ziet de wijk het voorstel', 'How the neighbourhood sees it')}
          </a>
        </p>
      ) : null}
    </>
  );
}

export const themeSchema = z.object({
  thema: z.uuid('agenda_thema_weg'),
  wijk: z.uuid('agenda_wijk_kiezen'),
});

export const themesTitle = (lang: Lang) => tr(lang, 'Thema’s uit signalen', 'Themes from signals');

export function ThemesToAgendaPage({
  view,
  themes,
  neighbourhoods,
  errors,
  errorTheme,
}: {
  view: View;
  themes: readonly ReadyTheme[];
  neighbourhoods: readonly Neighbourhood[];
  errors: FormErrors;
  /** The theme whose form the errors belong to. */
  errorTheme: string | null;
}) {
  const { lang } = view;
  return (
    <>
      <ErrorSummary
        view={view}
        errors={errors}
        labels={{ wijk: tr(lang, 'Wijk', 'Neighbourhood'), thema: tr(lang, 'Thema', 'Theme') }}
      />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/wijkagenda">
          {tr(lang, 'Terug naar de voorstellen', 'Back to the proposals')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{themesTitle(lang)}</h1>
      {errors.thema ? (
        <p class="utrecht-form-field-error-message" id="veld-thema">
          {fieldMessage(lang, errors.thema)}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Deze thema’s maakte je van signalen over de buurt. Zet een thema op de wijkagenda: het wordt een voorstel ' +
            'dat bewoners kunnen steunen, en het team geeft er een antwoord op.',
          'You made these themes from signals about the neighbourhood. Put one on the agenda: it becomes a proposal ' +
            'residents can support, and the team answers it.',
        )}
      </p>
      {themes.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Er wachten geen thema’s.', 'No themes are waiting.')}{' '}
          <a class="utrecht-link" href="/team/signalen/themas">
            {tr(lang, 'Naar de thema’s in de buurt', 'To the neighbourhood themes')}
          </a>
        </p>
      ) : (
        <ul class="nabij-plain-list">
          {themes.map((theme) => {
            // One wijk choice on the page at a time (a field's id is its name): the theme that had an error, else
            // the first theme whose signals had no buurt.
            const withChoice = errorTheme ?? themes.find((t) => !t.neighbourhoodId)?.id;
            return (
              <li class="nabij-card" key={theme.id}>
                <h2 class="utrecht-heading-3">{theme.title}</h2>
                <p class="utrecht-paragraph">{theme.summary}</p>
                <p class="utrecht-paragraph nabij-muted">
                  {[theme.areaName, theme.neighbourhoodName].filter(Boolean).join(', ') ||
                    tr(lang, 'Geen buurt bekend', 'No area known')}{' '}
                  · {tr(lang, `${theme.signalCount} signalen`, `${theme.signalCount} signals`)}
                </p>
                <Form view={view} action="/team/wijkagenda/themas" label={theme.title}>
                  <input type="hidden" name="thema" value={theme.id} />
                  {withChoice === theme.id ? (
                    <SelectField
                      view={view}
                      name="wijk"
                      label={tr(lang, 'Voor welke wijk?', 'For which neighbourhood?')}
                      options={[
                        ['', tr(lang, 'Kies een wijk', 'Choose a neighbourhood')],
                        ...neighbourhoods.map((n) => [n.id, n.name] as const),
                      ]}
                      values={{
                        wijk: theme.neighbourhoodId ?? (neighbourhoods.length === 1 ? neighbourhoods[0]!.id : ''),
                      }}
                      errors={errorTheme === theme.id ? errors : {}}
                    />
                  ) : theme.neighbourhoodId ? (
                    <input type="hidden" name="wijk" value={theme.neighbourhoodId} />
                  ) : (
                    <p class="utrecht-paragraph">
                      {tr(
                        lang,
                        'Zet eerst het thema hierboven op de agenda.',
                        'First put the theme above on the agenda.',
                      )}
                    </p>
                  )}
                  <SubmitButton>{tr(lang, 'Zet op de wijkagenda', 'Put on the agenda')}</SubmitButton>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export const termSchema = z.object({
  dagen: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, 'agenda_termijn_ongeldig')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 365, 'agenda_termijn_ongeldig'),
});

export const termTitle = (lang: Lang) => tr(lang, 'Wijkagenda: termijn voor een antwoord', 'Agenda: answer term');

export function TermPage({
  view,
  values,
  errors,
  saved,
}: {
  view: View;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const label = tr(lang, 'Binnen hoeveel dagen antwoordt het team?', 'Within how many days does the team answer?');
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={{ dagen: label }}
        title={termTitle(lang)}
        saved={saved ? tr(lang, 'De termijn is opgeslagen.', 'The term was saved.') : undefined}
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Elk voorstel op de wijkagenda krijgt binnen deze termijn een antwoord. Daarna staat het voorstel openbaar ' +
            'als "nog geen antwoord, termijn verlopen". Een nieuwe termijn geldt voor nieuwe voorstellen.',
          'Every proposal gets an answer within this term. After it, the proposal is shown publicly as "no answer ' +
            'yet, term ended". A new term applies to new proposals.',
        )}
      </p>
      <Form view={view} action="/beheer/wijkagenda" label={termTitle(lang)}>
        <TextField
          view={view}
          name="dagen"
          label={label}
          hint={tr(lang, 'Van 1 tot en met 365 dagen. Standaard 42 (zes weken).', 'From 1 to 365 days. Default 42.')}
          inputMode="numeric"
          values={values}
          errors={errors ?? {}}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}
