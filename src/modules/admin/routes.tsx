// The administrator's pages: the municipality's neighbourhoods and the accounts of residents and volunteers.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AccessDeniedError, withAccess } from '../../kernel/access/gate.js';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { accountIdByEmail, insertAccount } from '../../kernel/auth/accounts.js';
import { actorOf, signedInUser } from '../../kernel/auth/actor.js';
import { needsPasswordAndTotp, roles } from '../../kernel/auth/roles.js';
import { scopesFor } from '../../kernel/access/policy.js';
import { listNeighbourhoods } from '../../kernel/tenancy/queries.js';
import {
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { findAllowanceLimits } from '../volunteers/index.js';

/** Accounts made here sign in with a code by email; professionals get theirs with `nabij user create`. */
const codeSignInRoles = roles.filter((role) => !needsPasswordAndTotp(role));

const newAccountSchema = z.object({
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: z.string().trim().min(1, 'email_nodig').max(254, 'email_ongeldig').pipe(z.email('email_ongeldig')),
  rol: z.enum(codeSignInRoles as [string, ...string[]], { message: 'rol_ongeldig' }),
});

function NewAccountForm({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = {
    naam: tr(lang, 'Naam', 'Name'),
    email: tr(lang, 'E-mailadres', 'Email address'),
    rol: tr(lang, 'Rol', 'Role'),
  };
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h2 class="utrecht-heading-2">{tr(lang, 'Account maken', 'Create an account')}</h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Voor bewoners, vrijwilligers, initiatiefnemers, de klankbordgroep en de Wmo-raad. Zij loggen in met een ' +
            'code per e-mail. Medewerkers voeg je toe bij Accounts van medewerkers.',
          'For residents, volunteers, initiative organisers, the sounding board and the Wmo council. They sign in ' +
            'with a code by email. Add staff under Staff accounts.',
        )}
      </p>
      <Form view={view} action="/beheer/accounts" label={tr(lang, 'Account maken', 'Create an account')}>
        <TextField view={view} name="naam" label={labels.naam} values={values} errors={errors} required />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          values={values}
          errors={errors}
          required
        />
        <div class={`utrecht-form-field${errors?.rol ? ' utrecht-form-field--invalid' : ''}`}>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-rol">
              {labels.rol}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-rol" name="rol">
              {codeSignInRoles.map((role) => (
                <option value={role} selected={values?.rol === role} key={role}>
                  {roleInWords(lang, role)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <SubmitButton>{tr(lang, 'Account maken', 'Create account')}</SubmitButton>
      </Form>
    </>
  );
}

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  async function adminPage(
    view: View,
    tenantId: string,
    form?: { values: FormValues; errors: FormErrors },
    created?: boolean,
  ) {
    const { lang } = view;
    const neighbourhoods = await listNeighbourhoods(db, tenantId);
    const year = new Date().getFullYear();
    const allowanceMissing = (await findAllowanceLimits(db, year)) === undefined;
    return (
      <>
        {created ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">{tr(lang, 'Het account is gemaakt.', 'The account has been created.')}</p>
          </div>
        ) : null}
        <h1 class="utrecht-heading-1">
          {tr(lang, `Beheer van ${view.tenant?.name ?? ''}`, `Administration of ${view.tenant?.name ?? ''}`)}
        </h1>
        {allowanceMissing ? (
          <div class="utrecht-alert utrecht-alert--warning" role="alert">
            <p class="utrecht-paragraph">
              {tr(
                lang,
                `De bedragen van de vrijwilligersvergoeding voor ${year} staan nog niet in Nabij. `,
                `The volunteer allowance amounts for ${year} are not in Nabij yet. `,
              )}
              <a class="utrecht-link" href="/beheer/vrijwilligersvergoeding">
                {tr(lang, `Vul de bedragen van ${year} in`, `Enter the ${year} amounts`)}
              </a>
            </p>
          </div>
        ) : null}
        {view.tenant && !view.tenant.province ? (
          <div class="utrecht-alert utrecht-alert--warning" role="alert">
            <p class="utrecht-paragraph">
              {tr(
                lang,
                'De provincie van de gemeente ontbreekt: de open gegevens van de sociale kaart zijn niet compleet. ',
                'The municipality’s province is missing: the open data of the social map is not complete. ',
              )}
              <a class="utrecht-link" href="/beheer/gemeente">
                {tr(lang, 'Kies de provincie', 'Choose the province')}
              </a>
            </p>
          </div>
        ) : null}
        <h2 class="utrecht-heading-2">{tr(lang, 'Wijken en buurten', 'Neighbourhoods and areas')}</h2>
        <ul class="utrecht-unordered-list">
          {neighbourhoods.map((n) => (
            <li key={n.id}>
              <strong>{n.name}</strong>
              {n.areas.length > 0
                ? `: ${n.areas.map((a) => (a.cbsCode ? `${a.name} (${a.cbsCode})` : a.name)).join(', ')}`
                : ''}
            </li>
          ))}
        </ul>
        <ul class="utrecht-link-list">
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/gemeente">
              {tr(
                lang,
                'Gegevens van de gemeente: telefoon, e-mail, provincie',
                'Municipality details: phone, email, province',
              )}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/monitor">
              {tr(lang, 'De monitor: wat openbaar is, open data, cijfers bijwerken', 'The monitor: publishing')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/wijkagenda">
              {tr(lang, 'De wijkagenda: termijn voor een antwoord', 'The neighbourhood agenda: answer term')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/klankbordgroep">
              {tr(lang, 'De klankbordgroep: leden, aanmeldingen, loting, vergaderingen', 'The sounding board')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/postcodes">
              {tr(lang, 'Postcodes per buurt, voor de monitor', 'Postcodes per area, for the monitor')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/accounts">
              {tr(lang, 'Accounts van medewerkers', 'Staff accounts')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/api-sleutels">
              {tr(lang, 'API-sleutels voor gekoppelde systemen', 'API keys for connected systems')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/termijnen">
              {tr(lang, 'Termijnen van casussen: eerste contact en plan', 'Case terms: first contact and plan')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/signaaltermijnen">
              {tr(lang, 'Termijnen van signalen per soort en urgentie', 'Signal deadlines per kind and urgency')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/team/klachten">
              {tr(lang, 'Klachten en bezwaren van bewoners', 'Complaints and objections of residents')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/bewaartermijnen">
              {tr(
                lang,
                'Bewaartermijnen: hoe lang Nabij gegevens bewaart',
                'Retention terms: how long Nabij keeps data',
              )}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/vrijwilligersvergoeding">
              {tr(lang, 'Vrijwilligersvergoeding per jaar', 'Volunteer allowance per year')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/beheer/triage">
              {tr(lang, 'Triage: correcties en modellen', 'Triage: corrections and models')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/opbouw/import">
              {tr(lang, 'Sociale kaart bijwerken met een bestand', 'Update the social map from a file')}
            </a>
          </li>
          <li class="utrecht-link-list__item">
            <a class="utrecht-link" href="/opbouw/actualiteit">
              {tr(
                lang,
                'Klopt dit nog? Activiteiten die bevestigd moeten worden',
                'Is this still right? Activities to confirm',
              )}
            </a>
          </li>
        </ul>
        <NewAccountForm view={view} values={form?.values} errors={form?.errors} />
      </>
    );
  }

  app.get('/beheer', { config: { access: ['beheerder'], data: 'account' } }, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    // The page itself holds no personal data; it only offers what the gate would allow this role.
    if (scopesFor(user.role, 'account', 'create').length === 0) throw new AccessDeniedError('rol_heeft_geen_recht');
    const created = (request.query as { gemaakt?: string }).gemaakt === '1';
    return reply.page(
      tr(view.lang, 'Beheer', 'Administration'),
      await adminPage(view, user.tenantId, undefined, created),
    );
  });

  app.post('/beheer/accounts', { config: { access: ['beheerder'], data: 'account' } }, async (request, reply) => {
    const view = request.view();
    const actor = actorOf(request);
    const form = parseForm(newAccountSchema, request.body);
    if (!form.ok)
      return reply.page(tr(view.lang, 'Beheer', 'Administration'), await adminPage(view, actor.tenantId, form), 400);
    if (await accountIdByEmail(db, actor.tenantId, form.data.email)) {
      const errors: FormErrors = { email: 'email_bestaat_al' };
      return reply.page(
        tr(view.lang, 'Beheer', 'Administration'),
        await adminPage(view, actor.tenantId, { values: keptValues(request.body), errors }),
        400,
      );
    }
    await withAccess(
      db,
      actor,
      { category: 'account', action: 'create', purpose: 'accountbeheer', subjectUserId: null },
      (gated) =>
        insertAccount(gated, {
          tenantId: actor.tenantId,
          email: form.data.email,
          displayName: form.data.naam,
          role: form.data.rol as (typeof codeSignInRoles)[number],
        }),
    );
    return reply.redirect('/beheer?gemaakt=1', 303);
  });
}
