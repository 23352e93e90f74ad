// Which postcodes belong to which buurt (/beheer/postcodes): a help request has a postcode and no wijk, so this is
// how the monitor counts it in its wijk. Set by the administrator; no personal data.
import type { FastifyInstance } from 'fastify';
import { signedInUser } from '../../../kernel/auth/actor.js';
import { listNeighbourhoods, type NeighbourhoodWithAreas } from '../../../kernel/tenancy/queries.js';
import {
  Form,
  type FormErrors,
  type FormValues,
  keptValues,
  SettingsPageTop,
  SubmitButton,
  TextField,
} from '../../../kernel/ui/forms.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import { parsePostcodeList, postcodeInWords } from '../postcodes.js';
import { postcodesByArea, replacePostcodes, unplacedRequestCount } from '../queries/postcodes.js';

const PATH = '/beheer/postcodes';
const title = (lang: Lang) => tr(lang, 'Postcodes per buurt', 'Postcodes per area');
const fieldOf = (areaId: string) => `buurt-${areaId}`;

function PostcodesPage({
  view,
  neighbourhoods,
  values,
  errors,
  unplaced,
  saved,
}: {
  view: View;
  neighbourhoods: NeighbourhoodWithAreas[];
  values: FormValues;
  errors?: FormErrors;
  unplaced: number;
  saved?: boolean;
}) {
  const { lang } = view;
  const labels = Object.fromEntries(
    neighbourhoods.flatMap((n) => n.areas.map((a) => [fieldOf(a.id), `${a.name} (${n.name})`])),
  );
  return (
    <>
      <SettingsPageTop
        view={view}
        errors={errors}
        labels={labels}
        title={title(lang)}
        saved={saved ? tr(lang, 'De postcodes zijn opgeslagen.', 'The postcodes have been saved.') : undefined}
      />
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Een hulpvraag heeft een postcode, geen wijk. Met deze lijst telt de monitor elke hulpvraag in de goede ' +
            'wijk. Schrijf per buurt de 4 cijfers van de postcode (3581). Ligt een postcode in twee buurten? ' +
            'Schrijf dan de hele postcode (3581 AB) bij de goede buurt.',
          'A help request has a postcode, not a neighbourhood. With this list the monitor counts each request in ' +
            'its neighbourhood. Per area, write the 4 digits of the postcode (3581), or the whole postcode ' +
            '(3581 AB) where a postcode lies in two areas.',
        )}
      </p>
      <p class="utrecht-paragraph" role="status">
        {unplaced === 0
          ? tr(lang, 'Elke hulpvraag valt nu in een buurt.', 'Every help request now falls in an area.')
          : tr(
              lang,
              `${unplaced} ${unplaced === 1 ? 'hulpvraag valt' : 'hulpvragen vallen'} nog in geen enkele buurt. ` +
                'De monitor telt ze als "wijk onbekend".',
              `${unplaced} help ${unplaced === 1 ? 'request falls' : 'requests fall'} in no area yet. The monitor ` +
                'counts them as "neighbourhood unknown".',
            )}
      </p>
      <Form view={view} action={PATH} label={title(lang)}>
        {neighbourhoods.map((n) => (
          <fieldset class="utrecht-form-fieldset" key={n.id}>
            <legend class="utrecht-form-fieldset__legend">{n.name}</legend>
            {n.areas.map((a) => (
              <TextField
                key={a.id}
                view={view}
                name={fieldOf(a.id)}
                label={labels[fieldOf(a.id)]!}
                hint={tr(lang, 'Bijvoorbeeld: 3581, 3582 AB', 'For example: 3581, 3582 AB')}
                values={values}
                errors={errors}
              />
            ))}
          </fieldset>
        ))}
        <SubmitButton>{tr(lang, 'Opslaan', 'Save')}</SubmitButton>
      </Form>
    </>
  );
}

/** Reads the form: every buurt's postcodes, a message next to a buurt whose list cannot be read or repeats one. */
function readForm(
  neighbourhoods: NeighbourhoodWithAreas[],
  body: unknown,
): { ok: true; rows: { areaId: string; prefix: string }[] } | { ok: false; errors: FormErrors } {
  const fields = (body ?? {}) as Record<string, unknown>;
  const errors: FormErrors = {};
  const rows: { areaId: string; prefix: string }[] = [];
  const seen = new Set<string>();
  for (const area of neighbourhoods.flatMap((n) => n.areas)) {
    const text = fields[fieldOf(area.id)];
    const parsed = parsePostcodeList(typeof text === 'string' ? text.slice(0, 5000) : '');
    if (!parsed.ok) {
      errors[fieldOf(area.id)] = 'postcodes_ongeldig';
      continue;
    }
    for (const prefix of parsed.prefixes) {
      if (seen.has(prefix)) errors[fieldOf(area.id)] = 'postcode_dubbel';
      seen.add(prefix);
      rows.push({ areaId: area.id, prefix });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows };
}

export async function postcodeRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const admin = { config: { access: ['beheerder' as const] } };

  app.get(PATH, admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const [neighbourhoods, byArea, unplaced] = await Promise.all([
      listNeighbourhoods(db, tenantId),
      postcodesByArea(db, tenantId),
      unplacedRequestCount(db, tenantId),
    ]);
    const values = Object.fromEntries(
      neighbourhoods.flatMap((n) =>
        n.areas.map((a) => [fieldOf(a.id), (byArea.get(a.id) ?? []).map(postcodeInWords).join(', ')]),
      ),
    );
    const saved = (request.query as { opgeslagen?: string }).opgeslagen === '1';
    return reply.page(
      title(view.lang),
      <PostcodesPage view={view} neighbourhoods={neighbourhoods} values={values} unplaced={unplaced} saved={saved} />,
    );
  });

  app.post(PATH, admin, async (request, reply) => {
    const view = request.view();
    const { tenantId } = signedInUser(request);
    const neighbourhoods = await listNeighbourhoods(db, tenantId);
    const form = readForm(neighbourhoods, request.body);
    if (!form.ok)
      return reply.page(
        title(view.lang),
        <PostcodesPage
          view={view}
          neighbourhoods={neighbourhoods}
          values={keptValues(request.body)}
          errors={form.errors}
          unplaced={await unplacedRequestCount(db, tenantId)}
        />,
        400,
      );
    await replacePostcodes(db, tenantId, form.rows);
    return reply.redirect(`${PATH}?opgeslagen=1`, 303);
  });
}
