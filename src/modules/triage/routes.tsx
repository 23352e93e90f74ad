// The functional administrator's review of triage: the team's corrections of the last month, where proposal and
// decision differ, which words pushed the wrong way, and the municipality's models with a rollback.
import type { FastifyInstance } from 'fastify';
import { AccessDeniedError } from '../../kernel/access/gate.js';
import { scopesFor } from '../../kernel/access/policy.js';
import { actorOf, signedInUser } from '../../kernel/auth/actor.js';
import { needLabel } from '../../kernel/taxonomy/needs.js';
import { Form, SubmitButton } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { type CorrectionRow, type ModelRow, listModels, modelFor, readCorrections, rollBackModel } from './learning.js';
import { routeName } from './model/decision.js';
import { wrongWay } from './model/explain.js';
import { routeClasses } from './model/linear.js';
import { type TriageModel, readText } from './model/model.js';

const DAY_MS = 24 * 3600_000;

function ConfusionTable({ view, corrections }: { view: View; corrections: readonly CorrectionRow[] }) {
  const { lang } = view;
  const count = (proposed: string, chosen: string) =>
    corrections.filter((c) => c.proposedRoute === proposed && c.route === chosen).length;
  return (
    <div class="utrecht-table-container utrecht-table-container--overflow-inline">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">
          {tr(
            lang,
            'Voorstel van Nabij (rij) en besluit van het team (kolom)',
            'Nabij’s proposal (row), team decision (column)',
          )}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {tr(lang, 'Voorstel', 'Proposal')}
            </th>
            {routeClasses.map((r) => (
              <th class="utrecht-table__header-cell" scope="col" key={r}>
                {routeName(lang, r)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {routeClasses.map((p) => (
            <tr class="utrecht-table__row" key={p}>
              <th class="utrecht-table__header-cell" scope="row">
                {routeName(lang, p)}
              </th>
              {routeClasses.map((c) => (
                <td class="utrecht-table__cell utrecht-table__cell--numeric" key={c}>
                  {count(p, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CorrectionList(props: { view: View; corrections: readonly CorrectionRow[]; model?: TriageModel }) {
  const { lang } = props.view;
  const needs = (keys: readonly string[]) => keys.map((k) => needLabel(k, lang).toLowerCase()).join(', ') || '—';
  return (
    <ol class="utrecht-ordered-list nabij-corrections">
      {props.corrections.map((c) => {
        const words =
          props.model && c.proposedRoute !== c.route
            ? wrongWay(props.model, readText(c.text), c.proposedRoute, c.route)
            : [];
        return (
          <li key={c.id}>
            <p class="utrecht-paragraph">
              <time datetime={c.createdAt.toISOString()}>{c.createdAt.toLocaleDateString('nl-NL')}</time>:{' '}
              {routeName(lang, c.proposedRoute)} ({needs(c.proposedNeeds)}) →{' '}
              <strong>
                {routeName(lang, c.route)} ({needs(c.needs)})
              </strong>
            </p>
            <p class="utrecht-paragraph">
              {tr(lang, 'Reden', 'Reason')}: {c.reason}
            </p>
            {words.length ? (
              <p class="utrecht-paragraph">
                {tr(lang, 'Woorden die de verkeerde kant op duwden', 'Words that pushed the wrong way')}:{' '}
                {words.map((w) => `‘${w}’`).join(', ')}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function ModelList({ view, models, inUse }: { view: View; models: readonly ModelRow[]; inUse?: string }) {
  const { lang } = view;
  const own = models.some((m) => m.active);
  return (
    <>
      <p class="utrecht-paragraph">
        {tr(lang, 'In gebruik', 'In use')}: <strong>{inUse ?? tr(lang, 'alleen de vaste regels', 'rules only')}</strong>
        {own ? '' : tr(lang, ' (het basismodel)', ' (the base model)')}
      </p>
      {models.length ? (
        <ul class="utrecht-unordered-list">
          {models.map((m) => (
            <li key={m.version}>
              {m.version}, {tr(lang, 'getraind op', 'trained on')} {m.trainedAt.toLocaleDateString('nl-NL')}{' '}
              {m.corrections === 1
                ? tr(lang, 'met 1 correctie', 'with 1 correction')
                : tr(lang, `met ${m.corrections} correcties`, `with ${m.corrections} corrections`)}
              {m.active ? <strong>{tr(lang, ' (in gebruik)', ' (in use)')}</strong> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Een nieuw model train je met het commando nabij triage train --gemeente en de naam van de gemeente.',
          'Train a new model with the command nabij triage train --gemeente and the municipality’s name.',
        )}
      </p>
      {own ? (
        <Form view={view} action="/beheer/triage/terugzetten" label={tr(lang, 'Model terugzetten', 'Roll back')}>
          <SubmitButton>{tr(lang, 'Zet het vorige model terug', 'Go back to the previous model')}</SubmitButton>
        </Form>
      ) : null}
    </>
  );
}

export async function triageReviewRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  const mayReview = (role: Parameters<typeof scopesFor>[0]) => scopesFor(role, 'triagecorrectie', 'search').length > 0;

  app.get('/beheer/triage', { config: { access: ['beheerder'], data: 'triagecorrectie' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const actor = actorOf(request);
    const since = new Date(Date.now() - 30 * DAY_MS);
    const corrections = await readCorrections(db, actor, actor.tenantId, since);
    const models = await listModels(db, actor.tenantId);
    const model = await modelFor(db, actor.tenantId);
    const rolledBack = (request.query as { teruggezet?: string }).teruggezet;
    const title = tr(lang, 'Triage: correcties en modellen', 'Triage: corrections and models');
    return reply.page(
      title,
      <>
        {rolledBack ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">
              {tr(lang, `Teruggezet. Nu in gebruik: ${rolledBack}.`, `Rolled back. Now in use: ${rolledBack}.`)}
            </p>
          </div>
        ) : null}
        <h1 class="utrecht-heading-1">{title}</h1>
        <h2 class="utrecht-heading-2">
          {tr(lang, 'Correcties van de laatste maand', 'Corrections of the last month')}
        </h2>
        <p class="utrecht-paragraph">
          {corrections.length === 0
            ? tr(lang, 'Het team heeft de laatste maand geen voorstel veranderd.', 'No proposal was changed.')
            : tr(
                lang,
                `Het team veranderde ${corrections.length} keer het voorstel van Nabij.`,
                `The team changed Nabij’s proposal ${corrections.length} times.`,
              )}
        </p>
        {corrections.length ? (
          <>
            <ConfusionTable view={view} corrections={corrections} />
            <CorrectionList view={view} corrections={corrections} model={model} />
          </>
        ) : null}
        <h2 class="utrecht-heading-2">{tr(lang, 'Modellen', 'Models')}</h2>
        <ModelList view={view} models={models} inUse={model?.version} />
      </>,
    );
  });

  app.post(
    '/beheer/triage/terugzetten',
    { config: { access: ['beheerder'], data: 'triagecorrectie' } },
    async (request, reply) => {
      const user = signedInUser(request);
      // The models hold no personal data; the same people who review the corrections may roll back.
      if (!mayReview(user.role)) throw new AccessDeniedError('rol_heeft_geen_recht');
      const now = await rollBackModel(db, user.tenantId);
      return reply.redirect(`/beheer/triage?teruggezet=${encodeURIComponent(now)}`, 303);
    },
  );
}
