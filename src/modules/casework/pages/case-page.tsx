// The case page for the team: who owns it, the deadlines in words, first contact, a note, a hand-over with a
// reason, closing with an outcome (or reopening with a reason), and the timeline, newest first.
import { z } from 'zod';
import type { VNode } from 'preact';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  RadioField,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { type RequestSummary, routeLabel, waitingLabel } from '../../requests/index.js';
import { type CaseDeadlines, type CaseTerms, deadlineLabel, type Deadline } from '../deadlines.js';
import type { Assessment, Instrument } from '../instruments.js';
import type { CaseEvent, CaseView, CaseWorker } from '../queries.js';
import { ProgressSection } from './progress.js';
import { caseOutcomes } from '../states.js';
import { areaLabel, areaOf, eventWords, outcomeLabel, outcomeWords, whenLabel } from './labels.js';
import { type RegieData, RegieSection, regieLabels } from './regie-section.js';
import { dutchDate } from '../../../kernel/time/index.js';

export const noteSchema = z.object({
  notitie: z.string().trim().min(1, 'notitie_nodig').max(5000, 'tekst_te_lang'),
});

export const handOverSchema = z.object({
  aan: z.uuid({ message: 'collega_kiezen' }),
  reden: z.string().trim().min(1, 'overdracht_reden_nodig').max(2000, 'tekst_te_lang'),
});

export const closeSchema = z
  .object({
    uitkomst: z.enum(caseOutcomes, { message: 'casus_uitkomst_kiezen' }),
    toelichting: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  })
  .refine((v) => v.uitkomst !== 'anders' || v.toelichting !== '', {
    message: 'toelichting_nodig',
    path: ['toelichting'],
  });

export const reopenSchema = z.object({
  reden: z.string().trim().min(1, 'heropenen_reden_nodig').max(2000, 'tekst_te_lang'),
});

export const caseTitle = (lang: Lang, reference: string) => `${tr(lang, 'Casus', 'Case')} ${reference}`;

export type CasePageData = {
  found: CaseView;
  request: RequestSummary;
  events: CaseEvent[];
  workers: CaseWorker[];
  deadlines: CaseDeadlines;
  terms: CaseTerms;
  /** The instrument of the latest conversation, or else the municipality's. */
  instrument: Instrument;
  assessments: Assessment[];
  /** The regisseur, the decisions and the referrals (docs/regie.md). */
  regie: RegieData;
  /** What other modules add to the page (the consents), each already read within the page's gate pass. */
  sections: ((view: View) => VNode | null)[];
};

function DeadlineText({ lang, deadline }: { lang: Lang; deadline: Deadline }) {
  const text = deadlineLabel(lang, deadline);
  return deadline.state === 'te_laat' ? <strong>{text}</strong> : <>{text}</>;
}

/** One entry of the timeline: when, what, who, and for a hand-over from whom to whom, with the text. */
export function TimelineEntry({ lang, event, names }: { lang: Lang; event: CaseEvent; names: Map<string, string> }) {
  const words = eventWords[event.kind];
  const from = typeof event.detail.van === 'string' ? names.get(event.detail.van) : undefined;
  const outcome = typeof event.detail.uitkomst === 'string' ? outcomeLabel(lang, event.detail.uitkomst) : undefined;
  return (
    <li class="nabij-tijdlijn__item">
      <p class="utrecht-paragraph">
        <strong>{tr(lang, words[0], words[1])}</strong> · {whenLabel(lang, event.at)}
        {event.actorName ? ` · ${event.actorName}` : ''}
      </p>
      {event.kind === 'overgedragen' ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            `Van ${from ?? 'onbekend'} naar ${event.toName ?? 'onbekend'}.`,
            `From ${from ?? 'unknown'} to ${event.toName ?? 'unknown'}.`,
          )}{' '}
          {tr(lang, 'Reden:', 'Reason:')} {event.text}
        </p>
      ) : null}
      {event.kind === 'regisseur_gekozen' ? (
        <p class="utrecht-paragraph">
          {tr(lang, `Regisseur: ${event.toName ?? 'onbekend'}.`, `Case director: ${event.toName ?? 'unknown'}.`)}
          {from ? tr(lang, ` Was: ${from}.`, ` Was: ${from}.`) : ''} {tr(lang, 'Reden:', 'Reason:')} {event.text}
        </p>
      ) : null}
      {event.kind === 'knoop_doorgehakt' ? (
        <p class="utrecht-paragraph nabij-verhaal">
          {tr(lang, 'Besluit:', 'Decision:')} {event.text} {tr(lang, 'Waarom:', 'Why:')}{' '}
          {String(event.detail.reden ?? '')}
        </p>
      ) : null}
      {typeof event.detail.aanbieder === 'string' ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'Aanbieder:', 'Provider:')} {event.detail.aanbieder}
          {typeof event.detail.uiterlijk === 'string'
            ? tr(
                lang,
                `. Hulp gestart uiterlijk ${dutchDate(event.detail.uiterlijk)}.`,
                `. Help started by ${dutchDate(event.detail.uiterlijk)}.`,
              )
            : ''}
          {event.kind === 'escalatie'
            ? event.detail.aan === 'aanbieder'
              ? tr(lang, '. Stap 1: de aanbieder is aangesproken.', '. Step 1: the provider was contacted.')
              : tr(lang, '. Stap 2: de teammanager is ingeschakeld.', '. Step 2: the team manager was called in.')
            : typeof event.detail.uiterlijk === 'string'
              ? ''
              : '.'}
        </p>
      ) : null}
      {event.kind === 'geopend' && event.toName ? (
        <p class="utrecht-paragraph">{tr(lang, `Eigenaar: ${event.toName}.`, `Owner: ${event.toName}.`)}</p>
      ) : null}
      {outcome ? <p class="utrecht-paragraph">{tr(lang, `Uitkomst: ${outcome}.`, `Outcome: ${outcome}.`)}</p> : null}
      {!['overgedragen', 'regisseur_gekozen', 'knoop_doorgehakt'].includes(event.kind) && event.text ? (
        <p class="utrecht-paragraph nabij-verhaal">{event.text}</p>
      ) : null}
    </li>
  );
}

export function CasePage({
  view,
  data,
  values,
  errors,
  now,
}: {
  view: View;
  data: CasePageData;
  values?: FormValues;
  errors?: FormErrors;
  now: Date;
}) {
  const { lang } = view;
  const { found, request, events, workers, deadlines, terms, sections } = data;
  const open = found.status === 'open';
  const names = new Map(workers.map((w) => [w.id, w.displayName]));
  const colleagues = workers.filter((w) => w.id !== found.ownerUserId);
  const labels = {
    notitie: tr(lang, 'Notitie', 'Note'),
    aan: tr(lang, 'Aan wie draag je de casus over?', 'Who do you hand the case over to?'),
    reden: open
      ? tr(lang, 'Waarom draag je de casus over?', 'Why do you hand the case over?')
      : tr(lang, 'Waarom open je de casus weer?', 'Why do you open the case again?'),
    uitkomst: tr(lang, 'Hoe loopt de casus af?', 'How does the case end?'),
    toelichting: tr(lang, 'Toelichting', 'Explanation'),
    ...regieLabels(lang),
  };
  const base = `/team/casussen/${found.id}`;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/team/casussen">
          {tr(lang, 'Terug naar de casussen', 'Back to the cases')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{caseTitle(lang, request.reference)}</h1>
      <p class="utrecht-paragraph">
        {open
          ? tr(lang, 'Deze casus is open.', 'This case is open.')
          : tr(
              lang,
              `Deze casus is gesloten: ${outcomeLabel(lang, found.outcome ?? '')}.`,
              `This case is closed: ${outcomeLabel(lang, found.outcome ?? '')}.`,
            )}
      </p>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Eigenaar', 'Owner')}</dt>
          <dd class="utrecht-data-list__item-value">{found.ownerName}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Hulpvraag', 'Help request')}</dt>
          <dd class="utrecht-data-list__item-value">
            <a class="utrecht-link" href={`/team/hulpvragen/${request.id}`}>
              {request.reference}
            </a>{' '}
            · {request.askerName}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Buurt', 'Area')}</dt>
          <dd class="utrecht-data-list__item-value">{areaLabel(lang, areaOf(request.postcode))}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Route</dt>
          <dd class="utrecht-data-list__item-value">{routeLabel(lang, request.route)}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Binnengekomen', 'Received')}</dt>
          <dd class="utrecht-data-list__item-value">
            {whenLabel(lang, request.createdAt)} ({waitingLabel(lang, request.createdAt, now)})
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">
            {tr(
              lang,
              deadlines.spoed
                ? 'Eerste contact (spoed: dezelfde dag)'
                : `Eerste contact (binnen ${terms.firstContactWorkingDays} werkdagen)`,
              deadlines.spoed
                ? 'First contact (urgent: the same day)'
                : `First contact (within ${terms.firstContactWorkingDays} working days)`,
            )}
          </dt>
          <dd class="utrecht-data-list__item-value">
            {found.firstContactAt ? (
              tr(
                lang,
                `gehad op ${whenLabel(lang, found.firstContactAt)}`,
                `made on ${whenLabel(lang, found.firstContactAt)}`,
              )
            ) : (
              <DeadlineText lang={lang} deadline={deadlines.firstContact} />
            )}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">
            {tr(lang, `Plan (binnen ${terms.planWeeks} weken)`, `Plan (within ${terms.planWeeks} weeks)`)}
          </dt>
          <dd class="utrecht-data-list__item-value">
            <DeadlineText lang={lang} deadline={deadlines.plan} />
          </dd>
        </div>
      </dl>
      {open && !found.firstContactAt ? (
        <form method="post" action={`${base}/eerste-contact`} class="nabij-form">
          <CsrfField view={view} />
          <SubmitButton secondary>{tr(lang, 'Eerste contact gehad', 'First contact made')}</SubmitButton>
        </form>
      ) : null}

      <RegieSection
        view={view}
        caseId={found.id}
        open={open}
        data={data.regie}
        decisions={events.filter((e) => e.kind === 'knoop_doorgehakt')}
        values={values}
        errors={errors}
      />
      <ProgressSection lang={lang} caseId={found.id} instrument={data.instrument} assessments={data.assessments} />
      {sections.map((render) => render(view))}

      <h2 class="utrecht-heading-2" id="notitie-kop">
        {tr(lang, 'Notitie maken', 'Write a note')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Alleen wijkteamleden en regisseurs van de gemeente lezen de notities. De bewoner ziet in het toegangslog ' +
            'wie het dossier bekeek.',
          'Only team members and case directors of the municipality read the notes. The resident sees in the access ' +
            'log who looked at the file.',
        )}
      </p>
      <Form view={view} action={`${base}/notities`} label={tr(lang, 'Notitie maken', 'Write a note')}>
        <TextField view={view} name="notitie" label={labels.notitie} multiline values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Notitie opslaan', 'Save note')}</SubmitButton>
      </Form>

      {open ? (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Overdragen aan een collega', 'Hand over to a colleague')}</h2>
          {colleagues.length === 0 ? (
            <p class="utrecht-paragraph">
              {tr(
                lang,
                'Er is geen andere collega om aan over te dragen.',
                'There is no other colleague to hand over to.',
              )}
            </p>
          ) : (
            <Form view={view} action={`${base}/overdragen`} label={tr(lang, 'Overdragen', 'Hand over')}>
              <SelectField
                view={view}
                name="aan"
                label={labels.aan}
                values={values}
                errors={errors}
                options={[
                  ['', tr(lang, 'Kies een collega', 'Choose a colleague')],
                  ...colleagues.map((w) => [w.id, w.displayName] as const),
                ]}
              />
              <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
              <SubmitButton>{tr(lang, 'Overdragen', 'Hand over')}</SubmitButton>
            </Form>
          )}
          <h2 class="utrecht-heading-2">{tr(lang, 'Casus sluiten', 'Close the case')}</h2>
          <Form view={view} action={`${base}/sluiten`} label={tr(lang, 'Casus sluiten', 'Close the case')}>
            <RadioField
              view={view}
              name="uitkomst"
              legend={labels.uitkomst}
              values={values ?? {}}
              errors={errors}
              options={caseOutcomes.map((o) => [o, tr(lang, outcomeWords[o][0], outcomeWords[o][1])] as const)}
            />
            <TextField
              view={view}
              name="toelichting"
              label={labels.toelichting}
              hint={tr(lang, 'Nodig bij "anders".', 'Needed with "other".')}
              multiline
              values={values}
              errors={errors}
            />
            <SubmitButton>{tr(lang, 'Casus sluiten', 'Close the case')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <h2 class="utrecht-heading-2">{tr(lang, 'Casus weer openen', 'Open the case again')}</h2>
          <Form view={view} action={`${base}/heropenen`} label={tr(lang, 'Casus weer openen', 'Open the case again')}>
            <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
            <SubmitButton>{tr(lang, 'Weer openen', 'Open again')}</SubmitButton>
          </Form>
        </>
      )}

      <h2 class="utrecht-heading-2">{tr(lang, 'Tijdlijn', 'Timeline')}</h2>
      <ol class="utrecht-ordered-list nabij-tijdlijn" reversed>
        {events.map((e, i) => (
          <TimelineEntry key={i} lang={lang} event={e} names={names} />
        ))}
      </ol>
    </>
  );
}
