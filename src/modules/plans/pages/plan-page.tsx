// The personal plan, for the resident at /mijn/plan and for the team at /team/casussen/<id>/plan: the same plan,
// goals in the resident's own words per domain, agreements (who does what by when), what went well, every change with
// who made it. Forms work without JavaScript; a refused form shows its message beside the field, typed text kept.
import type { ComponentChildren } from 'preact';
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
import { dutchDate } from '../../../kernel/time/dates.js';
import type { Instrument } from '../../casework/index.js';
import type { Agreement, Goal, PlanData } from '../queries.js';
import { agreementWhos } from '../schema.js';
import { MAX_INVITEES } from './forms.js';
import {
  changedBy,
  changeSentence,
  domainName,
  dueLabel,
  lastChangeOf,
  OTHER_DOMAIN,
  whenLabel,
  whoLabel,
  whoWords,
} from '../words.js';

/** Who is looking: the resident ('mijn'), the team ('team'). The words and the links differ, not the plan. */
export type PlanMode = 'mijn' | 'team';

export type PlanPageData = {
  mode: PlanMode;
  /** Where the plan's routes start: /mijn/plan or /team/casussen/<id>/plan. */
  base: string;
  plan: PlanData | undefined;
  instrument: Instrument;
  /** Domain keys the resident ticked "hier wil ik over praten" in the latest conversation. */
  wishes: string[];
  /** The case's reference, for the team's heading. */
  reference?: string;
  caseId: string;
};

export const planTitle = (lang: Lang, mode: PlanMode, reference?: string) =>
  mode === 'mijn'
    ? tr(lang, 'Mijn plan', 'My plan')
    : tr(lang, `Plan bij casus ${reference ?? ''}`, `Plan of case ${reference ?? ''}`);

/** The domains to choose from: those the resident wants to talk about first, then the rest, then "iets anders". */
export function domainOptions(lang: Lang, instrument: Instrument, wishes: readonly string[]) {
  const first = instrument.domains.filter((d) => wishes.includes(d.key));
  const rest = instrument.domains.filter((d) => !wishes.includes(d.key));
  return [
    ['', tr(lang, 'Kies een onderwerp', 'Choose a topic')] as const,
    ...first.map(
      (d) => [d.key, `${d.name} (${tr(lang, 'hier wil ik over praten', 'I want to talk about this')})`] as const,
    ),
    ...rest.map((d) => [d.key, d.name] as const),
    [OTHER_DOMAIN, tr(lang, 'Iets anders', 'Something else')] as const,
  ];
}

export const domainKeys = (instrument: Instrument) => [...instrument.domains.map((d) => d.key), OTHER_DOMAIN];

export const fieldLabels = (lang: Lang): Record<string, string> => ({
  domein: tr(lang, 'Over welk onderwerp gaat het?', 'Which topic is it about?'),
  doel: tr(
    lang,
    'Wat wil je bereiken? Schrijf het in je eigen woorden.',
    'What do you want to achieve? In your own words.',
  ),
  goed: tr(lang, 'Wat ging al goed? (niet verplicht)', 'What already went well? (optional)'),
  wat: tr(lang, 'Wat gaat er gebeuren?', 'What is going to happen?'),
  wie: tr(lang, 'Wie doet het?', 'Who does it?'),
  naam: tr(lang, 'Naam van de persoon of organisatie', 'Name of the person or organisation'),
  uiterlijk: tr(lang, 'Uiterlijk op welke datum? (niet verplicht)', 'By which date? (optional)'),
});

function Stamp({ view, plan, id }: { view: View; plan: PlanData; id: string }) {
  const last = lastChangeOf(plan.changes, id);
  if (!last) return null;
  return (
    <p class="utrecht-paragraph nabij-plan-stamp">
      {tr(view.lang, 'Laatst gewijzigd door', 'Last changed by')} {changedBy(view.lang, last)},{' '}
      {whenLabel(view.lang, last.at)}
    </p>
  );
}

function PostButton({
  view,
  action,
  name,
  value,
  children,
}: {
  view: View;
  action: string;
  name: string;
  value: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={action} class="nabij-inline-form nabij-no-print">
      <CsrfField view={view} />
      <input type="hidden" name={name} value={value} />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        {children}
      </button>
    </form>
  );
}

function GoalItem({ view, data, goal }: { view: View; data: PlanPageData; goal: Goal }) {
  const { lang } = view;
  const plan = data.plan!;
  return (
    <li class="nabij-card" id={`doel-${goal.id}`}>
      <h3 class="utrecht-heading-3">{domainName(lang, data.instrument, goal.domainKey)}</h3>
      <p class="utrecht-paragraph">{goal.goal}</p>
      {goal.wentWell ? (
        <p class="utrecht-paragraph">
          <strong>{tr(lang, 'Wat ging goed:', 'What went well:')}</strong> {goal.wentWell}
        </p>
      ) : null}
      <Stamp view={view} plan={plan} id={goal.id} />
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={`${data.base}/doelen?doel=${goal.id}`}>
          {tr(lang, 'Doel aanpassen', 'Change goal')}
          <span class="utrecht-visually-hidden">: {domainName(lang, data.instrument, goal.domainKey)}</span>
        </a>
      </p>
      <PostButton view={view} action={`${data.base}/doelen/weghalen`} name="doel_id" value={goal.id}>
        {tr(lang, 'Doel weghalen', 'Remove goal')}
      </PostButton>
    </li>
  );
}

function AgreementItem({ view, data, a }: { view: View; data: PlanPageData; a: Agreement }) {
  const { lang } = view;
  return (
    <li class="nabij-card" id={`afspraak-${a.id}`}>
      <h3 class="utrecht-heading-3">{a.what}</h3>
      <p class="utrecht-paragraph">
        <strong>{tr(lang, 'Wie:', 'Who:')}</strong> {whoLabel(lang, a.who, a.whoName)} ·{' '}
        <strong>{tr(lang, 'Wanneer:', 'When:')}</strong> {dueLabel(lang, a.dueOn)} ·{' '}
        <strong>
          {a.doneAt
            ? tr(lang, `gedaan op ${whenLabel(lang, a.doneAt)}`, `done on ${whenLabel(lang, a.doneAt)}`)
            : tr(lang, 'nog niet gedaan', 'not done yet')}
        </strong>
      </p>
      <Stamp view={view} plan={data.plan!} id={a.id} />
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={`${data.base}/afspraken?afspraak=${a.id}`}>
          {tr(lang, 'Afspraak aanpassen', 'Change agreement')}
          <span class="utrecht-visually-hidden">: {a.what}</span>
        </a>
      </p>
      {a.doneAt ? null : (
        <PostButton view={view} action={`${data.base}/afspraken/gedaan`} name="afspraak_id" value={a.id}>
          {tr(lang, 'Dit is gedaan', 'This is done')}
        </PostButton>
      )}
      <PostButton view={view} action={`${data.base}/afspraken/weghalen`} name="afspraak_id" value={a.id}>
        {tr(lang, 'Afspraak weghalen', 'Remove agreement')}
      </PostButton>
    </li>
  );
}

export function GoalFields({
  view,
  data,
  values,
  errors,
}: {
  view: View;
  data: Pick<PlanPageData, 'instrument' | 'wishes'>;
  values: FormValues;
  errors: FormErrors;
}) {
  const labels = fieldLabels(view.lang);
  return (
    <>
      <SelectField
        view={view}
        name="domein"
        label={labels.domein!}
        options={domainOptions(view.lang, data.instrument, data.wishes)}
        values={values}
        errors={errors}
      />
      <TextField view={view} name="doel" label={labels.doel!} multiline values={values} errors={errors} />
      <TextField view={view} name="goed" label={labels.goed!} multiline values={values} errors={errors} />
    </>
  );
}

export function AgreementFields({ view, values, errors }: { view: View; values: FormValues; errors: FormErrors }) {
  const { lang } = view;
  const labels = fieldLabels(lang);
  return (
    <>
      <TextField view={view} name="wat" label={labels.wat!} multiline values={values} errors={errors} />
      <RadioField
        view={view}
        name="wie"
        legend={labels.wie!}
        options={agreementWhos.map((w) => [w, tr(lang, whoWords[w][0], whoWords[w][1])] as const)}
        values={values}
        errors={errors}
      />
      <TextField
        view={view}
        name="naam"
        label={labels.naam!}
        hint={tr(
          lang,
          'Nodig bij iemand uit je omgeving of een professional. Bijvoorbeeld: mijn zus Ineke, of Schuldhulp Wijkstad.',
          'Needed for someone you know or a professional. For example: my sister Ineke, or Debt Help Wijkstad.',
        )}
        values={values}
        errors={errors}
      />
      <TextField
        view={view}
        name="uiterlijk"
        label={labels.uiterlijk!}
        hint={tr(lang, 'Bijvoorbeeld 18-03-2027.', 'For example 18-03-2027.')}
        values={values}
        errors={errors}
      />
    </>
  );
}

export function PlanPage({
  view,
  data,
  values = {},
  errors = {},
  notice,
}: {
  view: View;
  data: PlanPageData;
  values?: FormValues;
  errors?: FormErrors;
  notice?: string | undefined;
}) {
  const { lang } = view;
  const { plan, base, mode } = data;
  const mine = mode === 'mijn';
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={fieldLabels(lang)} />
      <p class="utrecht-paragraph nabij-no-print">
        <a class="utrecht-link" href={mine ? '/mijn' : `/team/casussen/${data.caseId}`}>
          {mine
            ? tr(lang, 'Terug naar Mijn Nabij', 'Back to My Nabij')
            : tr(lang, 'Terug naar de casus', 'Back to the case')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{planTitle(lang, mode, data.reference)}</h1>
      {notice ? (
        <p class="utrecht-paragraph" role="status">
          {notice}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        {mine
          ? tr(
              lang,
              'Dit is jouw plan. Je schrijft zelf op wat je wilt bereiken en wie je daarbij helpt. Het wijkteam ziet ' +
                'hetzelfde plan en schrijft mee. Bij elke wijziging staat wie het deed.',
              'This is your plan. You write down what you want to achieve and who helps you. The team sees the same ' +
                'plan and writes along. Every change shows who made it.',
            )
          : tr(
              lang,
              'Het plan is van de bewoner: schrijf doelen in de woorden van de bewoner. Bij elke wijziging staat wie ' +
                'het deed; de bewoner ziet hetzelfde plan.',
              'The plan belongs to the resident: write goals in their words. Every change shows who made it; the ' +
                'resident sees the same plan.',
            )}
      </p>
      <p class="utrecht-paragraph">
        <strong>
          {plan?.status === 'vastgesteld' && plan.setAt
            ? tr(lang, `Vastgesteld op ${whenLabel(lang, plan.setAt)}.`, `Set on ${whenLabel(lang, plan.setAt)}.`)
            : tr(lang, 'Dit plan is nog niet vastgesteld.', 'This plan has not been set yet.')}
        </strong>
      </p>
      {!mine && plan && plan.status !== 'vastgesteld' && plan.goals.length > 0 ? (
        <Form view={view} action={`${base}/vaststellen`} label={tr(lang, 'Plan vaststellen', 'Set the plan')}>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Vastgesteld betekent: de bewoner en het team zijn het eens over dit plan. De termijn voor het plan is ' +
                'dan gehaald. Daarna kan iedereen het plan nog aanvullen.',
              'Set means: the resident and the team agree on this plan. The plan term is then met. Everyone can ' +
                'still add to it afterwards.',
            )}
          </p>
          <SubmitButton secondary>{tr(lang, 'Plan vaststellen', 'Set the plan')}</SubmitButton>
        </Form>
      ) : null}
      <ul class="utrecht-link-list nabij-no-print">
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href={`${base}/afdrukken`}>
            {tr(lang, 'Plan afdrukken', 'Print the plan')}
          </a>
        </li>
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href={`${base}/plan.pdf`} download>
            {tr(lang, 'Plan downloaden als PDF', 'Download the plan as PDF')}
          </a>
        </li>
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href={`${base}/beraad`}>
            {tr(lang, 'Netwerkberaad plannen', 'Plan a network meeting')}
          </a>
        </li>
      </ul>

      <section aria-labelledby="doelen-kop">
        <h2 class="utrecht-heading-2" id="doelen-kop">
          {mine ? tr(lang, 'Mijn doelen', 'My goals') : tr(lang, 'Doelen', 'Goals')}
        </h2>
        {plan && plan.goals.length > 0 ? (
          <ul class="nabij-plain-list">
            {plan.goals.map((g) => (
              <GoalItem key={g.id} view={view} data={data} goal={g} />
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{tr(lang, 'Nog geen doelen.', 'No goals yet.')}</p>
        )}
        <h3 class="utrecht-heading-3 nabij-no-print">{tr(lang, 'Een doel toevoegen', 'Add a goal')}</h3>
        <div class="nabij-no-print">
          <Form view={view} action={`${base}/doelen`} label={tr(lang, 'Een doel toevoegen', 'Add a goal')}>
            <GoalFields view={view} data={data} values={values} errors={errors} />
            <SubmitButton>{tr(lang, 'Doel opslaan', 'Save goal')}</SubmitButton>
          </Form>
        </div>
      </section>

      <section aria-labelledby="afspraken-kop">
        <h2 class="utrecht-heading-2" id="afspraken-kop">
          {tr(lang, 'Afspraken: wie doet wat', 'Agreements: who does what')}
        </h2>
        {plan && plan.agreements.length > 0 ? (
          <ul class="nabij-plain-list">
            {plan.agreements.map((a) => (
              <AgreementItem key={a.id} view={view} data={data} a={a} />
            ))}
          </ul>
        ) : (
          <p class="utrecht-paragraph">{tr(lang, 'Nog geen afspraken.', 'No agreements yet.')}</p>
        )}
        <h3 class="utrecht-heading-3 nabij-no-print">{tr(lang, 'Een afspraak toevoegen', 'Add an agreement')}</h3>
        <div class="nabij-no-print">
          <Form view={view} action={`${base}/afspraken`} label={tr(lang, 'Een afspraak toevoegen', 'Add an agreement')}>
            <AgreementFields view={view} values={values} errors={errors} />
            <SubmitButton>{tr(lang, 'Afspraak opslaan', 'Save agreement')}</SubmitButton>
          </Form>
        </div>
      </section>

      {plan && plan.meetings.length > 0 ? <Meetings view={view} data={data} values={values} errors={errors} /> : null}

      <section aria-labelledby="wijzigingen-kop">
        <h2 class="utrecht-heading-2" id="wijzigingen-kop">
          {tr(lang, 'Wijzigingen', 'Changes')}
        </h2>
        {plan && plan.changes.length > 0 ? (
          <ol class="utrecht-ordered-list nabij-plan-changes">
            {plan.changes.map((c, i) => (
              <li key={i}>
                <span class="nabij-plan-when">{whenLabel(lang, c.at)}</span>: {changeSentence(lang, c)}
              </li>
            ))}
          </ol>
        ) : (
          <p class="utrecht-paragraph">{tr(lang, 'Nog geen wijzigingen.', 'No changes yet.')}</p>
        )}
      </section>
    </>
  );
}

/** The network meetings: when, where, who is invited, and (after it) what each one will do. */
export function Meetings({
  view,
  data,
  values,
  errors,
}: {
  view: View;
  data: PlanPageData;
  values: FormValues;
  errors: FormErrors;
}) {
  const { lang } = view;
  const plan = data.plan!;
  // One outcome form at a time (its fields have fixed names): the latest meeting with someone still open.
  const withOpen = plan.meetings.filter((m) => m.invitees.some((i) => !i.agreementId)).at(-1);
  return (
    <section aria-labelledby="beraad-kop">
      <h2 class="utrecht-heading-2" id="beraad-kop">
        {tr(lang, 'Netwerkberaad', 'Network meeting')}
      </h2>
      {plan.meetings.map((m) => {
        const open = m.invitees.filter((i) => !i.agreementId);
        return (
          <div class="nabij-card" key={m.id}>
            <h3 class="utrecht-heading-3">
              {dutchDate(m.meetsOn)}, {m.place}
            </h3>
            <ul class="utrecht-unordered-list">
              {m.invitees.map((i) => {
                const task = plan.agreements.find((a) => a.id === i.agreementId);
                return (
                  <li key={i.id}>
                    {i.name}
                    {task ? `: ${task.what}` : ''}
                  </li>
                );
              })}
            </ul>
            {m === withOpen ? (
              <div class="nabij-no-print">
                <Form
                  view={view}
                  action={`${data.base}/beraad/uitkomst`}
                  label={tr(lang, 'Wat gaat ieder doen?', 'What will each one do?')}
                >
                  <input type="hidden" name="beraad_id" value={m.id} />
                  <p class="utrecht-paragraph">
                    {tr(
                      lang,
                      'Na het beraad: schrijf op wat ieder gaat doen. Het wordt een afspraak in het plan.',
                      'After the meeting: write down what each one will do. It becomes an agreement in the plan.',
                    )}
                  </p>
                  {open.slice(0, MAX_INVITEES).map((i, n) => (
                    <div key={i.id}>
                      <input type="hidden" name={`genodigde_${n + 1}`} value={i.id} />
                      <TextField
                        view={view}
                        name={`taak_${n + 1}`}
                        label={tr(lang, `Wat gaat ${i.name} doen?`, `What will ${i.name} do?`)}
                        values={values}
                        errors={errors}
                      />
                    </div>
                  ))}
                  <SubmitButton secondary>{tr(lang, 'Afspraken opslaan', 'Save agreements')}</SubmitButton>
                </Form>
              </div>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}

/** For a resident without an open case: what a plan is, and that the team starts one with them. */
export function NoPlanPage({ view }: { view: View }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn">
          {tr(lang, 'Terug naar Mijn Nabij', 'Back to My Nabij')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Mijn plan', 'My plan')}</h1>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Je hebt nog geen plan. Een plan maak je samen met het wijkteam, als je hulp nodig hebt die langer duurt. ' +
            'In het plan schrijf je in je eigen woorden wat je wilt bereiken, en wie je daarbij helpt: jijzelf, ' +
            'mensen om je heen, een vrijwilliger of een professional.',
          'You have no plan yet. You make a plan together with the team when you need help for a longer time. In ' +
            'the plan you write in your own words what you want to achieve, and who helps you.',
        )}
      </p>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Heb je een vraag gesteld? Dan neemt het wijkteam contact met je op. Jullie beginnen het plan samen.',
          'Did you ask a question? Then the team will contact you. You start the plan together.',
        )}
      </p>
    </>
  );
}
