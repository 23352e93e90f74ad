// API keys for connected systems (/beheer/api-sleutels): the administrator makes one with a name, rights and an
// optional end date, sees it once, and can revoke it at once. Only a hash is kept (src/kernel/auth/api-tokens.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signedInUser } from '../../kernel/auth/actor.js';
import {
  type ApiTokenRow,
  createApiToken,
  endOfDutchDay,
  listApiTokens,
  revokeApiToken,
  type TokenScope,
  tokenScopes,
  tokenScopeWords,
} from '../../kernel/auth/api-tokens.js';
import { notFound } from '../../kernel/errors.js';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { DateField, optionalDateInput } from '../../kernel/ui/date-field.js';
import { type Lang, tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';

const PATH = '/beheer/api-sleutels';

export const apiKeysTitle = (lang: Lang) => tr(lang, 'API-sleutels', 'API keys');

const newKeySchema = z.object({
  naam: z.string().trim().min(1, 'naam_systeem_nodig').max(100, 'tekst_te_lang'),
  rechten: z
    .union([z.array(z.enum(tokenScopes)), z.enum(tokenScopes)], { message: 'rechten_kiezen' })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .refine((v) => v.length > 0, 'rechten_kiezen'),
  // Piped, so only a real date reaches the check of the day (a refine would also run on a refused string).
  geldig_tot: optionalDateInput().pipe(
    z
      .string()
      .nullable()
      .refine((d) => d === null || endOfDutchDay(d) > new Date(), 'datum_voorbij'),
  ),
});

const day = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
const dayAndTime = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
// An end date is stored as the midnight after it: the day shown is the last day the key works.
const lastDay = (lang: Lang, expiresAt: Date) => day(lang, new Date(expiresAt.getTime() - 1));

const stateWords: Record<ApiTokenRow['state'], [string, string]> = {
  actief: ['Werkt', 'Works'],
  verlopen: ['Verlopen', 'Expired'],
  ingetrokken: ['Ingetrokken', 'Revoked'],
};

function KeyTable({ view, keys }: { view: View; keys: readonly ApiTokenRow[] }) {
  const { lang } = view;
  if (keys.length === 0)
    return <p class="utrecht-paragraph">{tr(lang, 'Er zijn nog geen API-sleutels.', 'There are no API keys yet.')}</p>;
  const headers = [
    tr(lang, 'Systeem', 'System'),
    tr(lang, 'Rechten', 'Rights'),
    tr(lang, 'Gemaakt', 'Created'),
    tr(lang, 'Geldig tot en met', 'Valid up to and including'),
    tr(lang, 'Laatst gebruikt', 'Last used'),
    tr(lang, 'Status', 'Status'),
  ];
  return (
    <div class="utrecht-table-container utrecht-table-container--overflow-inline">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">
          {keys.length === 1
            ? tr(lang, '1 sleutel', '1 key')
            : tr(lang, `${keys.length} sleutels`, `${keys.length} keys`)}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {headers.map((h) => (
              <th class="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Actie', 'Action')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {keys.map((key) => (
            <tr class="utrecht-table__row" key={key.id}>
              <th class="utrecht-table__header-cell" scope="row">
                {key.name}
              </th>
              <td class="utrecht-table__cell">{key.scopes.join(', ')}</td>
              <td class="utrecht-table__cell">
                {day(lang, key.createdAt)}
                {key.createdByName
                  ? tr(lang, `, door ${key.createdByName}`, `, by ${key.createdByName}`)
                  : tr(lang, ', met het commando nabij token', ', with the command nabij token')}
              </td>
              <td class="utrecht-table__cell">
                {key.expiresAt ? lastDay(lang, key.expiresAt) : tr(lang, 'tot intrekken', 'until revoked')}
              </td>
              <td class="utrecht-table__cell">
                {key.lastUsedAt ? dayAndTime(lang, key.lastUsedAt) : tr(lang, 'nog nooit', 'never')}
              </td>
              <td class="utrecht-table__cell">
                {tr(lang, ...stateWords[key.state])}
                {key.revokedAt ? ` (${day(lang, key.revokedAt)})` : ''}
              </td>
              <td class="utrecht-table__cell">
                {key.state === 'ingetrokken' ? null : (
                  <form method="post" action={`${PATH}/${key.id}/intrekken`} class="nabij-inline-form">
                    <CsrfField view={view} />
                    <button
                      type="submit"
                      class="utrecht-button utrecht-button--secondary-action"
                      aria-label={tr(lang, `Intrekken: ${key.name}`, `Revoke: ${key.name}`)}
                    >
                      {tr(lang, 'Intrekken', 'Revoke')}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const formLabels = (lang: Lang) => ({
  naam: tr(lang, 'Welk systeem gebruikt de sleutel?', 'Which system uses the key?'),
  rechten: tr(lang, 'Wat mag het systeem?', 'What may the system do?'),
  geldig_tot: tr(lang, 'Geldig tot en met (mag leeg blijven)', 'Valid up to and including (optional)'),
});

function NewKeyForm({ view, values, errors }: { view: View; values?: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = formLabels(lang);
  const chosen = new Set(values?.rechten?.split(',') ?? []);
  return (
    <>
      <h2 class="utrecht-heading-2">{tr(lang, 'Nieuwe API-sleutel', 'New API key')}</h2>
      <Form view={view} action={PATH} label={tr(lang, 'Nieuwe API-sleutel', 'New API key')}>
        <TextField
          view={view}
          name="naam"
          label={labels.naam}
          hint={tr(
            lang,
            'Bewoners zien deze naam in hun toegangslog, bijvoorbeeld: Zorgportaal van de gemeente.',
            'Residents see this name in their access log, for example: the municipality’s care portal.',
          )}
          values={values}
          errors={errors}
          required
        />
        <fieldset
          class={`utrecht-form-fieldset${errors?.rechten ? ' utrecht-form-field--invalid' : ''}`}
          id="veld-rechten"
          tabIndex={-1}
          aria-describedby={errors?.rechten ? 'veld-rechten-fout' : undefined}
        >
          <legend class="utrecht-form-fieldset__legend">{labels.rechten}</legend>
          {errors?.rechten ? (
            <p class="utrecht-form-field-error-message" id="veld-rechten-fout">
              {tr(lang, 'Kies minstens één recht.', 'Choose at least one right.')}
            </p>
          ) : null}
          {tokenScopes.map((scope) => (
            <CheckboxField
              key={scope}
              name="rechten"
              value={scope}
              label={`${scope}: ${tr(lang, ...tokenScopeWords[scope])}`}
              checked={chosen.has(scope)}
            />
          ))}
        </fieldset>
        <DateField
          view={view}
          name="geldig_tot"
          label={labels.geldig_tot}
          hint={tr(
            lang,
            'Bijvoorbeeld 31-12-2027. Leeg: de sleutel werkt tot je hem intrekt.',
            'For example 31-12-2027. Empty: the key works until you revoke it.',
          )}
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Sleutel maken', 'Create key')}</SubmitButton>
      </Form>
    </>
  );
}

/** The new key, shown this once: the page is not cached and the key is in no address. */
function NewKey({ view, name, token }: { view: View; name: string; token: string }) {
  const { lang } = view;
  return (
    <div class="utrecht-alert utrecht-alert--ok" role="status">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="utrecht-heading-2">
            {tr(lang, `De sleutel voor ${name} is gemaakt`, `The key for ${name} is ready`)}
          </h2>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Kopieer de sleutel nu en zet hem in het andere systeem. Je ziet hem hierna nooit meer: Nabij bewaart ' +
                'alleen een controlegetal. Kwijt? Trek hem in en maak een nieuwe.',
              'Copy the key now and put it in the other system. You will never see it again: Nabij only keeps a ' +
                'checksum. Lost it? Revoke it and create a new one.',
            )}
          </p>
          <div class="utrecht-form-field utrecht-form-field--text">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="nieuwe-sleutel">
                {tr(lang, 'Sleutel', 'Key')}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-textbox utrecht-textbox--html-input nabij-token"
                id="nieuwe-sleutel"
                type="text"
                readOnly
                value={token}
                autoComplete="off"
                spellcheck={false}
              />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

export async function apiKeyRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  const page = async (
    view: View,
    tenantId: string,
    parts: {
      created?: { name: string; token: string };
      revoked?: boolean;
      form?: { values: FormValues; errors: FormErrors };
    },
  ) => {
    const { lang } = view;
    const keys = await listApiTokens(db, tenantId);
    return (
      <>
        {parts.revoked ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">
              {tr(lang, 'De sleutel is ingetrokken. Hij werkt niet meer.', 'The key is revoked. It no longer works.')}
            </p>
          </div>
        ) : null}
        {parts.created ? <NewKey view={view} {...parts.created} /> : null}
        <ErrorSummary view={view} errors={parts.form?.errors ?? {}} labels={formLabels(lang)} />
        <h1 class="utrecht-heading-1">{apiKeysTitle(lang)}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Een ander systeem (een portaal, een registratiesysteem) kan de API van Nabij gebruiken met een sleutel. ' +
              'De sleutel mag alleen wat je hieronder aanvinkt, alleen voor deze gemeente. Alles wat het systeem ' +
              'over een persoon leest, staat in het toegangslog van die persoon, met de naam van het systeem.',
            'Another system (a portal, a case system) can use the Nabij API with a key. The key may only do what ' +
              'you tick below, only for this municipality. Everything the system reads about a person shows in that ' +
              'person’s access log, with the name of the system.',
          )}
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/api/v1/openapi.json">
            {tr(lang, 'Beschrijving van de API (OpenAPI)', 'Description of the API (OpenAPI)')}
          </a>
        </p>
        <h2 class="utrecht-heading-2">{tr(lang, 'Sleutels', 'Keys')}</h2>
        <KeyTable view={view} keys={keys} />
        <NewKeyForm view={view} values={parts.form?.values} errors={parts.form?.errors} />
      </>
    );
  };

  app.get(PATH, { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    const revoked = (request.query as { ingetrokken?: string }).ingetrokken === '1';
    return reply.page(apiKeysTitle(view.lang), await page(view, user.tenantId, { revoked }));
  });

  app.post(PATH, { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const user = signedInUser(request);
    const form = parseForm(newKeySchema, request.body);
    if (!form.ok) {
      const rechten = (request.body as { rechten?: unknown } | undefined)?.rechten;
      const values = { ...keptValues(request.body), rechten: [rechten ?? []].flat().map(String).join(',') };
      return reply.page(
        apiKeysTitle(view.lang),
        await page(view, user.tenantId, { form: { values, errors: form.errors } }),
        400,
      );
    }
    const { naam, rechten, geldig_tot } = form.data;
    const created = await createApiToken(db, {
      tenantId: user.tenantId,
      name: naam,
      scopes: rechten as TokenScope[],
      expiresAt: geldig_tot ? endOfDutchDay(geldig_tot) : null,
      createdBy: user.userId,
    });
    return reply.page(
      apiKeysTitle(view.lang),
      await page(view, user.tenantId, { created: { name: naam, token: created.token } }),
    );
  });

  app.post(`${PATH}/:id/intrekken`, { config: { access: ['beheerder'] } }, async (request, reply) => {
    const user = signedInUser(request);
    const id = z.uuid().safeParse((request.params as { id: string }).id);
    if (!id.success) throw notFound('Deze sleutel');
    // Revoking twice is harmless; a key of another municipality is not found.
    if (!(await revokeApiToken(db, user.tenantId, id.data, user.userId))) throw notFound('Deze sleutel');
    return reply.redirect(`${PATH}?ingetrokken=1`, 303);
  });
}
