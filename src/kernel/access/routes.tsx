// "Wie heeft mijn gegevens bekeken?": a resident's own access log, in plain words.
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/actor.js';
import { tr } from '../ui/messages.js';
import { withAccess } from './gate.js';
import { listAccessLogAbout } from './log.js';
import { actionInWords, categoryInWords, purposeInWords, roleInWords } from './plain-words.js';

const dateTime = (lang: 'nl' | 'en', at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);

export async function accessLogRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  app.get('/account/toegangslog', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const actor = actorOf(request);
    const entries = await withAccess(
      db,
      actor,
      { category: 'toegangslog', action: 'read', purpose: 'inzage', subjectUserId: actor.userId },
      (gated) => listAccessLogAbout(gated, actor.tenantId, actor.userId),
    );
    const title = tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Hier zie je wie je gegevens heeft bekeken of veranderd, wanneer en waarom. Ook als iemand het ' +
              'probeerde en geen toegang kreeg. Niemand kan deze lijst veranderen.',
            'Here you see who viewed or changed your data, when and why. Also when someone tried and was ' +
              'refused. Nobody can change this list.',
          )}
        </p>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Klopt er iets niet? Neem contact op met het wijkteam.',
            'Something not right? Contact the neighbourhood team.',
          )}
        </p>
        <div class="utrecht-table-container utrecht-table-container--overflow-inline">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">
              {tr(lang, `Laatste ${entries.length} keer`, `Last ${entries.length} times`)}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Wanneer', 'When')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Wie', 'Who')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Wat', 'What')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {tr(lang, 'Waarom', 'Why')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {entries.map((entry, index) => (
                <tr class="utrecht-table__row" key={index}>
                  <td class="utrecht-table__cell">{dateTime(lang, entry.at)}</td>
                  <td class="utrecht-table__cell">
                    {entry.actorIsSubject
                      ? tr(lang, 'Jijzelf', 'You')
                      : `${entry.actorName ? `${entry.actorName}, ` : ''}${roleInWords(lang, entry.actorRole)}`}
                  </td>
                  <td class="utrecht-table__cell">
                    {entry.outcome === 'geweigerd'
                      ? tr(
                          lang,
                          `probeerde ${categoryInWords(lang, entry.category)} te bekijken, maar kreeg geen toegang`,
                          `tried to access ${categoryInWords(lang, entry.category)}, but was refused`,
                        )
                      : `${actionInWords(lang, entry.action)} ${categoryInWords(lang, entry.category)}`}
                  </td>
                  <td class="utrecht-table__cell">{purposeInWords(lang, entry.purpose)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>,
    );
  });
}
