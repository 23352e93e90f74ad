// Running the sounding board (opbouwwerker, beheerder): members per wijk with their terms, candidates and their
// numbers, closing the list and the draw; meetings with agenda and minutes. And the board's own view of its
// meetings (/raad/vergaderingen).
import { z } from 'zod';
import { DateField, dateInput } from '../../../kernel/ui/date-field.js';
import {
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { Option } from '../queries/account.js';
import type { CandidateRow, DrawRow, MeetingRow, MemberRow } from '../queries/board.js';
import { dateInWords } from './account-words.js';

const idOf = (message: 'wijk_kiezen' | 'account_kiezen') =>
  z.string({ error: message }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

export const memberSchema = z.object({
  wijk: idOf('wijk_kiezen'),
  account: idOf('account_kiezen'),
  van: dateInput(),
  tot: dateInput(),
});

export const listSchema = z.object({ wijk: idOf('wijk_kiezen') });

export const drawSchema = z.object({
  wijk: idOf('wijk_kiezen'),
  zaadje: z.string({ error: 'zaadje_nodig' }).trim().min(1, 'zaadje_nodig').max(200, 'tekst_te_lang'),
  zetels: z
    .string({ error: 'zetels_ongeldig' })
    .trim()
    .regex(/^\d{1,2}$/, 'zetels_ongeldig')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 50, 'zetels_ongeldig'),
  van: dateInput(),
  tot: dateInput(),
});

export const meetingSchema = z.object({
  wijk: idOf('wijk_kiezen'),
  datum: dateInput(),
  plaats: z.string({ error: 'plaats_nodig' }).trim().min(1, 'plaats_nodig').max(200, 'tekst_te_lang'),
  agenda: z.string().trim().max(4000, 'tekst_te_lang').optional().default(''),
});

export const minutesSchema = z.object({
  vergadering: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'waarde_ongeldig'),
  notulen: z.string().trim().max(20000, 'tekst_te_lang').optional().default(''),
  publiceren: z.string().optional(),
});

export const manageLabels = (lang: Lang) => ({
  wijk: tr(lang, 'Wijk', 'Neighbourhood'),
  account: tr(lang, 'Account', 'Account'),
  van: tr(lang, 'Lid vanaf', 'Member from'),
  tot: tr(lang, 'Lid tot', 'Member until'),
  zaadje: tr(lang, 'Zaadje', 'Seed'),
  zetels: tr(lang, 'Aantal plaatsen', 'Number of seats'),
  datum: tr(lang, 'Datum', 'Date'),
  plaats: tr(lang, 'Plaats', 'Place'),
  agenda: tr(lang, 'Agenda', 'Agenda'),
  notulen: tr(lang, 'Verslag', 'Minutes'),
});

const howWords = (lang: Lang, how: 'gekozen' | 'geloot') =>
  how === 'geloot' ? tr(lang, 'geloot', 'drawn') : tr(lang, 'gekozen', 'chosen');

const wijkOptions = (lang: Lang, neighbourhoods: readonly Option[]) => [
  ['', tr(lang, 'Kies een wijk', 'Choose')] as const,
  ...neighbourhoods.map((n) => [n.id, n.name] as const),
];

export function ManageBoardPage({
  view,
  neighbourhoods,
  members,
  candidates,
  accounts,
  draws,
  values,
  errors,
  saved,
}: {
  view: View;
  neighbourhoods: readonly Option[];
  members: readonly MemberRow[];
  candidates: readonly CandidateRow[];
  accounts: readonly Option[];
  draws: readonly DrawRow[];
  values: FormValues;
  errors: FormErrors;
  saved: string | null;
}) {
  const { lang } = view;
  const labels = manageLabels(lang);
  const action = '/beheer/klankbordgroep';
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, 'Klankbordgroep beheren', 'Manage the sounding board')}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {saved}
        </p>
      ) : null}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer/klankbordgroep/vergaderingen">
          {tr(lang, 'Vergaderingen', 'Meetings')}
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href="/klankbordgroep">
          {tr(lang, 'De openbare pagina', 'The public page')}
        </a>
      </p>
      {neighbourhoods.map((n) => {
        const wijkMembers = members.filter((m) => m.neighbourhoodId === n.id);
        const wijkCandidates = candidates.filter((c) => c.neighbourhoodId === n.id && !c.withdrawn);
        return (
          <section key={n.id} aria-labelledby={`beheer-${n.id}`}>
            <h2 class="utrecht-heading-2" id={`beheer-${n.id}`}>
              {n.name}
            </h2>
            <h3 class="utrecht-heading-3">{tr(lang, 'Leden', 'Members')}</h3>
            {wijkMembers.length === 0 ? (
              <p class="utrecht-paragraph">{tr(lang, 'Nog geen leden.', 'No members yet.')}</p>
            ) : (
              <ul class="utrecht-unordered-list">
                {wijkMembers.map((m) => (
                  <li key={m.id}>
                    {m.name}, {howWords(lang, m.chosenHow)}, {dateInWords(lang, m.fromOn)} {tr(lang, 'tot', 'to')}{' '}
                    {dateInWords(lang, m.untilOn)}
                    {m.endedOn ? (
                      ` (${tr(lang, 'gestopt op', 'ended on')} ${dateInWords(lang, m.endedOn)})`
                    ) : (
                      <form method="post" action={action} class="nabij-inline-form">
                        <CsrfField view={view} />
                        <input type="hidden" name="actie" value="einde" />
                        <input type="hidden" name="lid" value={m.id} />{' '}
                        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                          {tr(lang, `Beëindig lidmaatschap van ${m.name}`, `End membership of ${m.name}`)}
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <h3 class="utrecht-heading-3">{tr(lang, 'Aanmeldingen', 'Candidates')}</h3>
            {wijkCandidates.length === 0 ? (
              <p class="utrecht-paragraph">{tr(lang, 'Geen aanmeldingen.', 'No candidates.')}</p>
            ) : (
              <ul class="utrecht-unordered-list">
                {wijkCandidates.map((c) => (
                  <li key={c.id}>
                    {c.number !== null ? `${tr(lang, 'Nummer', 'Number')} ${c.number}: ` : ''}
                    {c.name}
                    {c.motivation ? ` — ${c.motivation}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {wijkCandidates.some((c) => c.number === null) ? (
              <form method="post" action={action} class="nabij-form">
                <CsrfField view={view} />
                <input type="hidden" name="actie" value="lijst" />
                <input type="hidden" name="wijk" value={n.id} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {tr(lang, `Sluit de lijst van ${n.name}: geef nummers`, `Close the list of ${n.name}`)}
                </button>
              </form>
            ) : null}
          </section>
        );
      })}

      <h2 class="utrecht-heading-2">{tr(lang, 'Voeg een lid toe', 'Add a member')}</h2>
      <Form view={view} action={action} label={tr(lang, 'Lid toevoegen', 'Add a member')}>
        <input type="hidden" name="actie" value="lid" />
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk}
          options={wijkOptions(lang, neighbourhoods)}
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="account"
          label={labels.account}
          options={[
            ['', tr(lang, 'Kies een account', 'Choose an account')],
            ...accounts.map((a) => [a.id, a.name] as const),
          ]}
          values={values}
          errors={errors}
        />
        <DateField view={view} name="van" label={labels.van} values={values} errors={errors} />
        <DateField view={view} name="tot" label={labels.tot} values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Voeg toe', 'Add')}</SubmitButton>
      </Form>

      <h2 class="utrecht-heading-2">{tr(lang, 'Loting', 'Draw')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Maak het zaadje bekend vóór de loting, bijvoorbeeld: ' +
            '"de uitslag van de Staatsloterij van 10 januari" of een zin ' +
            'die je op een openbare bijeenkomst typt. Iedereen kan de loting daarna nadoen.',
          'Announce the seed before the draw. Anyone can redo the draw afterwards.',
        )}
      </p>
      <Form view={view} action={action} label={tr(lang, 'Loting', 'Draw')}>
        <input type="hidden" name="actie" value="loting" />
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk}
          options={wijkOptions(lang, neighbourhoods)}
          values={values}
          errors={errors}
        />
        <TextField view={view} name="zaadje" label={labels.zaadje} values={values} errors={errors} />
        <TextField
          view={view}
          name="zetels"
          label={labels.zetels}
          inputMode="numeric"
          values={values}
          errors={errors}
        />
        <DateField view={view} name="van" label={labels.van} values={values} errors={errors} />
        <DateField view={view} name="tot" label={labels.tot} values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Loot', 'Draw')}</SubmitButton>
      </Form>
      {draws.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {draws.map((d) => (
            <li key={d.id}>
              <a class="utrecht-link" href={`/klankbordgroep/loting/${d.id}`}>
                {d.wijk}, {dateInWords(lang, d.drawnAt)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function MeetingsManagePage({
  view,
  neighbourhoods,
  meetings,
  values,
  errors,
  saved,
}: {
  view: View;
  neighbourhoods: readonly Option[];
  meetings: readonly MeetingRow[];
  values: FormValues;
  errors: FormErrors;
  saved: string | null;
}) {
  const { lang } = view;
  const labels = manageLabels(lang);
  const action = '/beheer/klankbordgroep/vergaderingen';
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer/klankbordgroep">
          {tr(lang, 'Terug naar de klankbordgroep', 'Back to the sounding board')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Vergaderingen van de klankbordgroep', 'Meetings of the board')}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {saved}
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">{tr(lang, 'Nieuwe vergadering', 'New meeting')}</h2>
      <Form view={view} action={action} label={tr(lang, 'Nieuwe vergadering', 'New meeting')}>
        <input type="hidden" name="actie" value="nieuw" />
        <SelectField
          view={view}
          name="wijk"
          label={labels.wijk}
          options={wijkOptions(lang, neighbourhoods)}
          values={values}
          errors={errors}
        />
        <DateField view={view} name="datum" label={labels.datum} values={values} errors={errors} />
        <TextField view={view} name="plaats" label={labels.plaats} values={values} errors={errors} />
        <TextField view={view} name="agenda" label={labels.agenda} values={values} errors={errors} multiline />
        <SubmitButton>{tr(lang, 'Plan de vergadering', 'Plan the meeting')}</SubmitButton>
      </Form>
      <h2 class="utrecht-heading-2">{tr(lang, 'Alle vergaderingen', 'All meetings')}</h2>
      {meetings.map((m) => (
        <section key={m.id} aria-labelledby={`verg-${m.id}`} class="nabij-card">
          <h3 class="utrecht-heading-3" id={`verg-${m.id}`}>
            {m.wijk}, {dateInWords(lang, m.heldOn)}
          </h3>
          <p class="utrecht-paragraph">{m.place}</p>
          {m.agenda ? <p class="utrecht-paragraph">{m.agenda}</p> : null}
          <form method="post" action={action} class="nabij-form" aria-label={tr(lang, 'Verslag', 'Minutes')}>
            <CsrfField view={view} />
            <input type="hidden" name="actie" value="verslag" />
            <input type="hidden" name="vergadering" value={m.id} />
            <div class="utrecht-form-field utrecht-form-field--text">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={`notulen-${m.id}`}>
                  {labels.notulen}
                </label>
              </div>
              <div class="utrecht-form-field__input">
                <textarea class="utrecht-textarea" id={`notulen-${m.id}`} name="notulen" rows={5}>
                  {m.minutes}
                </textarea>
              </div>
            </div>
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <div class="utrecht-form-field__input">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id={`publiceren-${m.id}`}
                  name="publiceren"
                  value="ja"
                  checked={m.published}
                />
              </div>
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`publiceren-${m.id}`}>
                  {tr(lang, 'Verslag openbaar maken', 'Publish the minutes')}
                </label>
              </div>
            </div>
            <SubmitButton secondary>{tr(lang, 'Bewaar het verslag', 'Save the minutes')}</SubmitButton>
          </form>
        </section>
      ))}
    </>
  );
}

export function BoardMeetingsPage({ view, meetings }: { view: View; meetings: readonly MeetingRow[] }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/raad">
          {tr(lang, 'Terug', 'Back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{tr(lang, 'Vergaderingen', 'Meetings')}</h1>
      {meetings.length === 0 ? (
        <p class="utrecht-paragraph">{tr(lang, 'Nog geen vergaderingen.', 'No meetings yet.')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <a class="utrecht-link" href={`/raad/vergaderingen/${m.id}`}>
                {m.wijk}, {dateInWords(lang, m.heldOn)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function BoardMeetingPage({ view, meeting }: { view: View; meeting: MeetingRow }) {
  const { lang } = view;
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/raad/vergaderingen">
          {tr(lang, 'Terug naar de vergaderingen', 'Back to the meetings')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">
        {meeting.wijk}, {dateInWords(lang, meeting.heldOn)}
      </h1>
      <p class="utrecht-paragraph">
        {tr(lang, 'Plaats', 'Place')}: {meeting.place}
      </p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Agenda', 'Agenda')}</h2>
      <p class="utrecht-paragraph">{meeting.agenda || tr(lang, 'Nog geen agenda.', 'No agenda yet.')}</p>
      <h2 class="utrecht-heading-2">{tr(lang, 'Verslag', 'Minutes')}</h2>
      <p class="utrecht-paragraph">{meeting.minutes || tr(lang, 'Nog geen verslag.', 'No minutes yet.')}</p>
      <p class="utrecht-paragraph nabij-muted">
        {meeting.published
          ? tr(lang, 'Het verslag is openbaar.', 'The minutes are public.')
          : tr(lang, 'Het verslag is nog niet openbaar.', 'The minutes are not public yet.')}
      </p>
    </>
  );
}
