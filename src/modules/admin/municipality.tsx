// The municipality's own details (/beheer/gemeente): how residents reach the team (shown on their pages and in
// mails) and the province, which the open data of the social map (HSDS) needs in every address. None of it is
// personal data: it is the team's public contact.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signedInUser } from '../../kernel/auth/actor.js';
import {
  findTenantById,
  type Province,
  provinces,
  setProvince,
  setTeamContact,
  type Tenant,
} from '../../kernel/tenancy/queries.js';
import {
  optionalEmailInput,
  phoneInput,
  SettingsPageTop,
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  parseForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../kernel/ui/forms.js';
import { type Lang, tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';

const PATH = '/beheer/gemeente';

const detailsSchema = z.object({
  telefoon: phoneInput(),
  email: optionalEmailInput(),
  provincie: z.union([z.literal(''), z.enum(provinces)], { message: 'provincie_kiezen' }),
});

const title = (lang: Lang) => tr(lang, 'Gegevens van de gemeente', 'The municipality’s details');

const valuesOf = (tenant: Tenant): FormValues => ({
  telefoon: tenant.teamPhone ?? '',
  email: tenant.teamEmail ?? '',
  provincie: tenant.province ?? '',
});

function MunicipalityPage({
  view,
  tenant,
  values,
  errors,
  saved,
}: {
  view: View;
  tenant: Tenant;
  values: FormValues;
  errors?: FormErrors;
  saved?: boolean;
}) {
  const { lang } = view;
  const labels = {
    telefoon: tr(lang, 'Telefoonnummer van het wijkteam', 'The team’s phone number'),
    email: tr(lang, 'E-mailadres van het wijkteam', 'The team’s email address'),
    provincie: tr(lang, 'Provincie', 'Province'),
  };
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labels}
        title={title(lang)}
        saved={saved ? tr(lang, 'De gegevens zijn opgeslagen.', 'The details have been saved.') : undefined}
      />
      {tenant.province ? null : (
        <p class="utrecht-paragraph">
          <strong>
            {tr(
              lang,
              'De provincie ontbreekt nog. Zonder provincie zijn de open gegevens van de sociale kaart (HSDS) niet ' +
                'compleet.',
              'The province is missing. Without it, the open data of the social map (HSDS) is not complete.',
            )}
          </strong>
        </p>
      )}
      <Form view={view} action={PATH} label={title(lang)}>
        <TextField
          view={view}
          name="telefoon"
          type="tel"
          label={labels.telefoon}
          hint={tr(
            lang,
            'Bewoners zien dit op hun pagina’s en in e-mails. Mag leeg blijven.',
            'Residents see this on their pages and in emails. Optional.',
          )}
          values={values}
          errors={errors}
        />
        <TextField
          view={view}
          name="email"
          type="email"
          label={labels.email}
          hint={tr(lang, 'Mag leeg blijven.', 'Optional.')}
          values={values}
          errors={errors}
        />
        <SelectField
          view={view}
          name="provincie"
          label={labels.provincie}
          options={[
            ['', tr(lang, 'Kies een provincie', 'Choose a province')],
            ...provinces.map((p) => [p, p] as const),
          ]}
          values={values}
          errors={errors}
        />
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

export async function municipalityRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const ownTenant = async (tenantId: string): Promise<Tenant> => {
    const tenant = await findTenantById(db, tenantId);
    if (!tenant) throw new Error('the signed-in administrator’s municipality is gone');
    return tenant;
  };

  app.get(PATH, { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const tenant = await ownTenant(signedInUser(request).tenantId);
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      title(view.lang),
      <MunicipalityPage view={view} tenant={tenant} values={valuesOf(tenant)} saved={saved} />,
    );
  });

  app.post(PATH, { config: { access: ['beheerder'] } }, async (request, reply) => {
    const view = request.view();
    const tenant = await ownTenant(signedInUser(request).tenantId);
    const form = parseForm(detailsSchema, request.body);
    if (!form.ok)
      return reply.page(
        title(view.lang),
        <MunicipalityPage view={view} tenant={tenant} values={keptValues(request.body)} errors={form.errors} />,
        400,
      );
    await db.transaction().execute(async (trx) => {
      await setTeamContact(trx, tenant.id, {
        phone: form.data.telefoon || null,
        email: form.data.email || null,
      });
      if (form.data.provincie) await setProvince(trx, tenant.id, form.data.provincie as Province);
    });
    return reply.redirect(`${PATH}?opgeslagen=1`, 303);
  });
}
