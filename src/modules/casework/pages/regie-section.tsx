// The regisseur's part of the team's case page: who the one regisseur is (and choosing one), the decisions that ended
// a stalemate, the referrals to the providers the resident chose with their deadline and escalation, and the forms
// for each step. Only the case's own regisseur sees the forms that are theirs alone.
import { z } from 'zod';
import {
  CsrfField,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { tr, type Lang } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { dutchDate } from '../../../kernel/time/index.js';
import type { CaseEvent } from '../queries.js';
import type { ReferralView, RegisseurView } from '../queries/regie.js';
import type { ReferralChosenHow } from '../schema.js';
import { whenLabel } from './labels.js';

export const regisseurSchema = z.object({
  regisseur: z.uuid({ message: 'regisseur_kiezen' }),
  regisseur_reden: z.string().trim().min(1, 'regisseur_reden_nodig').max(2000, 'tekst_te_lang'),
});

export const knotSchema = z.object({
  besluit: z.string().trim().min(1, 'besluit_nodig').max(2000, 'tekst_te_lang'),
  besluit_reden: z.string().trim().min(1, 'besluit_reden_nodig').max(2000, 'tekst_te_lang'),
});

export const referralStatusSchema = z.object({
  verwijzing: z.uuid({ message: 'waarde_ongeldig' }),
  status: z.enum(['gestart', 'gestopt'], { message: 'waarde_ongeldig' }),
});

export const regieLabels = (lang: Lang) => ({
  regisseur: tr(lang, 'Wie wordt de regisseur?', 'Who becomes the case director?'),
  regisseur_reden: tr(lang, 'Waarom deze regisseur?', 'Why this case director?'),
  besluit: tr(lang, 'Wat besluit je?', 'What do you decide?'),
  besluit_reden: tr(lang, 'Waarom?', 'Why?'),
});

export type RegieData = {
  regisseur: RegisseurView | undefined;
  /** The active regisseurs of the municipality, for the choice. */
  regisseurs: { id: string; displayName: string }[];
  referrals: ReferralView[];
  /** The signed-in team member is this case's regisseur: the decision and the deadlines are theirs. */
  isCaseRegisseur: boolean;
  /** A regisseur or the case's owner may choose the regisseur. */
  mayChooseRegisseur: boolean;
  /** The escalation entries of the timeline, per referral, oldest first. */
  escalations: CaseEvent[];
  today: string;
};

export const chosenHowWords: Record<ReferralChosenHow, [string, string]> = {
  bewoner_in_nabij: ['de bewoner koos zelf in Nabij', 'the resident chose in Nabij'],
  in_gesprek: ['de bewoner koos in een gesprek', 'the resident chose in a conversation'],
  telefonisch: ['de bewoner gaf de keuze door aan de telefoon', 'the resident chose on the phone'],
  schriftelijk: ['de bewoner gaf de keuze schriftelijk door', 'the resident chose in writing'],
};

const statusWords = {
  open: ['loopt, hulp nog niet gestart', 'open, help not started yet'],
  gestart: ['hulp gestart', 'help started'],
  gestopt: ['gestopt', 'stopped'],
} as const;

/** One referral: provider, own organisation or not, reason, how chosen, deadline, escalation history, status. */
function ReferralItem({
  view,
  caseId,
  referral,
  escalations,
  isCaseRegisseur,
  today,
  open,
}: {
  view: View;
  caseId: string;
  referral: ReferralView;
  escalations: CaseEvent[];
  isCaseRegisseur: boolean;
  today: string;
  open: boolean;
}) {
  const { lang } = view;
  const late = referral.status === 'open' && referral.startBy !== null && referral.startBy < today;
  const steps = escalations.filter((e) => e.detail.verwijzing === referral.id);
  return (
    <li class="nabij-verwijzing">
      <h3 class="utrecht-heading-3">
        {referral.providerName}
        {referral.serviceName ? ` · ${referral.serviceName}` : ''}
      </h3>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Hoort bij het wijkteam', 'Team’s own organisation')}</dt>
          <dd class="utrecht-data-list__item-value">
            {referral.ownOrganisation
              ? tr(lang, 'ja, een eigen organisatie van het wijkteam', 'yes, one of the team’s own')
              : tr(lang, 'nee, een aanbieder buiten het wijkteam', 'no, a provider outside the team')}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Gekozen', 'Chosen')}</dt>
          <dd class="utrecht-data-list__item-value">
            {whenLabel(lang, referral.chosenAt)} ·{' '}
            {tr(lang, chosenHowWords[referral.chosenHow][0], chosenHowWords[referral.chosenHow][1])}
            {referral.chosenByName ? ` · ${referral.chosenByName}` : ''}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Waarom deze aanbieder', 'Why this provider')}</dt>
          <dd class="utrecht-data-list__item-value nabij-verhaal">{referral.reason}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Hulp gestart uiterlijk', 'Help started by')}</dt>
          <dd class="utrecht-data-list__item-value">
            {referral.startBy === null ? (
              tr(lang, 'nog geen termijn gezet', 'no deadline set yet')
            ) : late ? (
              <strong>
                {tr(lang, `${dutchDate(referral.startBy)}: te laat`, `${dutchDate(referral.startBy)}: late`)}
              </strong>
            ) : (
              dutchDate(referral.startBy)
            )}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">{tr(lang, 'Contact bij de aanbieder', 'Provider contact')}</dt>
          <dd class="utrecht-data-list__item-value">
            {referral.contactEmail ?? tr(lang, 'geen e-mailadres bekend', 'no email address known')}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Status</dt>
          <dd class="utrecht-data-list__item-value">
            {tr(lang, statusWords[referral.status][0], statusWords[referral.status][1])}
          </dd>
        </div>
      </dl>
      {steps.length > 0 ? (
        <>
          <p class="utrecht-paragraph">
            <strong>{tr(lang, 'Escalatie', 'Escalation')}</strong>
          </p>
          <ol class="utrecht-ordered-list">
            {steps.map((e, i) => (
              <li key={i}>
                {whenLabel(lang, e.at)}:{' '}
                {e.detail.aan === 'aanbieder'
                  ? tr(lang, 'stap 1, de aanbieder is aangesproken', 'step 1, the provider was contacted')
                  : tr(lang, 'stap 2, de teammanager is ingeschakeld', 'step 2, the team manager was called in')}
                {e.detail.gemaild === false
                  ? tr(lang, ' (geen e-mailadres: neem zelf contact op)', ' (no email address: get in touch yourself)')
                  : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/team/casussen/${caseId}/verwijzingen/${referral.id}/brief`}>
          {tr(lang, `Verwijsbrief voor ${referral.providerName}`, `Referral letter for ${referral.providerName}`)}
        </a>
      </p>
      {open && referral.status === 'open' ? (
        <div class="nabij-knoppen">
          {isCaseRegisseur ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/team/casussen/${caseId}/verwijzingen/${referral.id}`}>
                {tr(lang, `Termijn en contact zetten voor ${referral.providerName}`, 'Set deadline and contact')}
              </a>
            </p>
          ) : null}
          {(['gestart', 'gestopt'] as const).map((status) => (
            <form method="post" action={`/team/casussen/${caseId}/verwijzing-status`} class="nabij-form" key={status}>
              <CsrfField view={view} />
              <input type="hidden" name="verwijzing" value={referral.id} />
              <input type="hidden" name="status" value={status} />
              <SubmitButton secondary>
                {status === 'gestart'
                  ? tr(
                      lang,
                      `Hulp van ${referral.providerName} is gestart`,
                      `Help from ${referral.providerName} started`,
                    )
                  : tr(lang, `Verwijzing naar ${referral.providerName} stoppen`, `Stop the referral`)}
              </SubmitButton>
            </form>
          ))}
        </div>
      ) : null}
    </li>
  );
}

export function RegieSection({
  view,
  caseId,
  open,
  data,
  decisions,
  values,
  errors,
}: {
  view: View;
  caseId: string;
  open: boolean;
  data: RegieData;
  decisions: CaseEvent[];
  values?: FormValues;
  errors?: FormErrors;
}) {
  const { lang } = view;
  const labels = regieLabels(lang);
  const base = `/team/casussen/${caseId}`;
  const choices = data.regisseurs.filter((r) => r.id !== data.regisseur?.userId);
  return (
    <section aria-labelledby="regie-kop">
      <h2 class="utrecht-heading-2" id="regie-kop">
        {tr(lang, 'Regie', 'Case direction')}
      </h2>
      <p class="utrecht-paragraph">
        {data.regisseur
          ? tr(
              lang,
              `Regisseur: ${data.regisseur.name}. De regisseur zorgt dat de hulp op tijd komt ` +
                'en mag knopen doorhakken.',
              `Case director: ${data.regisseur.name}. The case director makes sure help arrives on time.`,
            )
          : tr(
              lang,
              'Deze casus heeft nog geen regisseur. Kies er een: de regisseur zorgt dat de hulp op tijd komt.',
              'This case has no case director yet. Choose one.',
            )}
      </p>
      {open && data.mayChooseRegisseur && (choices.length > 0 || errors?.regisseur || errors?.regisseur_reden) ? (
        <Form view={view} action={`${base}/regisseur`} label={tr(lang, 'Regisseur kiezen', 'Choose the case director')}>
          <SelectField
            view={view}
            name="regisseur"
            label={labels.regisseur}
            values={values}
            errors={errors}
            options={[
              ['', tr(lang, 'Kies een regisseur', 'Choose a case director')],
              ...choices.map((r) => [r.id, r.displayName] as const),
            ]}
          />
          <TextField
            view={view}
            name="regisseur_reden"
            label={labels.regisseur_reden}
            multiline
            values={values}
            errors={errors}
          />
          <SubmitButton secondary>
            {data.regisseur ? tr(lang, 'Regisseur wijzigen', 'Change') : tr(lang, 'Regisseur kiezen', 'Choose')}
          </SubmitButton>
        </Form>
      ) : null}

      <h3 class="utrecht-heading-3">{tr(lang, 'Knopen doorgehakt', 'Deadlocks broken')}</h3>
      {decisions.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen besluiten.', 'No decisions yet.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {decisions.map((d, i) => (
            <li key={i}>
              {whenLabel(lang, d.at)} · {d.actorName}: {d.text} {tr(lang, 'Waarom:', 'Why:')}{' '}
              {String(d.detail.reden ?? '')}
            </li>
          ))}
        </ul>
      )}
      {open && data.isCaseRegisseur ? (
        <Form view={view} action={`${base}/knoop`} label={tr(lang, 'Knoop doorhakken', 'Break the deadlock')}>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Zit de hulp vast? Als regisseur neem je een besluit. De bewoner leest wat je besluit en waarom.',
              'Is the help stuck? As case director you decide. The resident reads what you decide and why.',
            )}
          </p>
          <TextField view={view} name="besluit" label={labels.besluit} multiline values={values} errors={errors} />
          <TextField
            view={view}
            name="besluit_reden"
            label={labels.besluit_reden}
            multiline
            values={values}
            errors={errors}
          />
          <SubmitButton>{tr(lang, 'Knoop doorhakken', 'Break the deadlock')}</SubmitButton>
        </Form>
      ) : null}

      <h3 class="utrecht-heading-3">{tr(lang, 'Verwijzingen', 'Referrals')}</h3>
      {data.referrals.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(lang, 'De bewoner heeft nog geen aanbieder gekozen.', 'The resident has not chosen a provider yet.')}
        </p>
      ) : (
        <ul class="nabij-verwijzingen">
          {data.referrals.map((r) => (
            <ReferralItem
              key={r.id}
              view={view}
              caseId={caseId}
              referral={r}
              escalations={data.escalations}
              isCaseRegisseur={data.isCaseRegisseur}
              today={data.today}
              open={open}
            />
          ))}
        </ul>
      )}
      {open ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`${base}/verwijzing`}>
            {tr(lang, 'Keuze van de bewoner voor een aanbieder vastleggen', 'Record the resident’s choice of provider')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
