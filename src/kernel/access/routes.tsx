// "Wie heeft mijn gegevens bekeken?": a resident's own access log, in plain words: own looks folded per day, Nabij
// being set up shown apart, a filter on who and when, and pages of 25 that work without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../auth/actor.js';
import { ErrorSummary, type FormErrors, type FormValues, keptValues, messageKeyOf, SelectField } from '../ui/forms.js';
import { type Lang, tr } from '../ui/messages.js';
import type { Db } from '../db/database.js';
import { type Actor, withAccess } from './gate.js';
import {
  ACCESS_LOG_PAGE_SIZE,
  type AccessLogLine,
  type AccessLogPage,
  accessLogPage,
  accessLogPeriods,
  accessLogWho,
  type LogSubject,
  type SetUpLine,
} from './log.js';
import { actionInWords, categoryInWords, purposeInWords, roleInWords } from './plain-words.js';
import type { View } from '../ui/view.js';
import { StackedTable } from '../ui/stacked-table.js';

const dateTime = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(at);

const dateOnly = (lang: Lang, at: Date) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(at);

/** "2026-03-12" → "12 mrt 2026". */
const dayLabel = (lang: Lang, day: string) => dateOnly(lang, new Date(`${day}T12:00:00Z`));

const filterSchema = z.object({
  wie: z
    .union([z.literal(''), z.enum(accessLogWho)])
    .optional()
    .default(''),
  periode: z
    .union([z.literal(''), z.enum(accessLogPeriods)])
    .optional()
    .default(''),
  // A page number that is not one shows the first page; there is no field to put a message beside.
  pagina: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
});

const whoOptions = (lang: Lang) =>
  [
    ['', tr(lang, 'Iedereen', 'Everyone')],
    ['zelf', tr(lang, 'Jijzelf', 'You')],
    ['wijkteam', tr(lang, 'Het wijkteam', 'The neighbourhood team')],
    ['beheerder', tr(lang, 'De beheerder', 'The administrator')],
    ['vrijwilligers', tr(lang, 'Vrijwilligers en initiatiefnemers', 'Volunteers and organisers')],
    ['nabij', tr(lang, 'Nabij zelf', 'Nabij itself')],
    ['systemen', tr(lang, 'Gekoppelde systemen', 'Connected systems')],
  ] as const;

const periodOptions = (lang: Lang) =>
  [
    ['', tr(lang, 'Altijd', 'Any time')],
    ['7', tr(lang, 'De laatste 7 dagen', 'The last 7 days')],
    ['31', tr(lang, 'De laatste maand', 'The last month')],
    ['365', tr(lang, 'Het laatste jaar', 'The last year')],
  ] as const;

function pageHref(base: string, values: { wie: string; periode: string }, page: number): string {
  const params = new URLSearchParams();
  if (values.wie) params.set('wie', values.wie);
  if (values.periode) params.set('periode', values.periode);
  if (page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return `${base}${query ? `?${query}` : ''}`;
}

function who(lang: Lang, line: AccessLogLine): string {
  if (line.actorIsSubject) return tr(lang, 'Jijzelf', 'You');
  return `${line.actorName ? `${line.actorName}, ` : ''}${roleInWords(lang, line.actorRole)}`;
}

function what(lang: Lang, line: AccessLogLine): string {
  if (line.folded)
    return tr(
      lang,
      `Je hebt zelf je gegevens bekeken, ${line.times} keer`,
      `You looked at your own data, ${line.times} ${line.times === 1 ? 'time' : 'times'}`,
    );
  if (line.outcome === 'geweigerd')
    return tr(
      lang,
      `probeerde ${categoryInWords(lang, line.category)} te bekijken, maar kreeg geen toegang`,
      `tried to access ${categoryInWords(lang, line.category)}, but was refused`,
    );
  return `${actionInWords(lang, line.action)} ${categoryInWords(lang, line.category)}`;
}

function LogTable({ lang, log, page }: { lang: Lang; log: AccessLogPage; page: number }) {
  const first = (page - 1) * ACCESS_LOG_PAGE_SIZE + 1;
  const last = first + log.lines.length - 1;
  const headers = {
    when: tr(lang, 'Wanneer', 'When'),
    who: tr(lang, 'Wie', 'Who'),
    what: tr(lang, 'Wat', 'What'),
    why: tr(lang, 'Waarom', 'Why'),
  };
  return (
    <StackedTable
      caption={tr(
        lang,
        `Regel ${first} tot en met ${last} van ${log.total}`,
        `Lines ${first} to ${last} of ${log.total}`,
      )}
      headers={Object.values(headers)}
    >
      {log.lines.map((line, index) => (
        <tr class="utrecht-table__row" key={index}>
          <td class="utrecht-table__cell" data-label={headers.when}>
            {line.folded ? dateOnly(lang, line.at) : dateTime(lang, line.at)}
          </td>
          <td class="utrecht-table__cell" data-label={headers.who}>
            {who(lang, line)}
          </td>
          <td class="utrecht-table__cell" data-label={headers.what}>
            {what(lang, line)}
          </td>
          <td class="utrecht-table__cell" data-label={headers.why}>
            {purposeInWords(lang, line.purpose)}
          </td>
        </tr>
      ))}
    </StackedTable>
  );
}

function Paging({
  lang,
  base,
  values,
  page,
  total,
}: {
  lang: Lang;
  base: string;
  values: { wie: string; periode: string };
  page: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE));
  if (pages === 1 && page === 1) return null;
  return (
    <nav aria-label={tr(lang, 'Pagina’s', 'Pages')}>
      <p class="utrecht-paragraph nabij-paging">
        {page > 1 ? (
          <a class="utrecht-link" href={pageHref(base, values, Math.min(page - 1, pages))} rel="prev">
            {tr(lang, 'Vorige pagina', 'Previous page')}
          </a>
        ) : null}
        <span>{tr(lang, `Pagina ${page} van ${pages}`, `Page ${page} of ${pages}`)}</span>
        {page < pages ? (
          <a class="utrecht-link" href={pageHref(base, values, page + 1)} rel="next">
            {tr(lang, 'Volgende pagina', 'Next page')}
          </a>
        ) : null}
      </p>
    </nav>
  );
}

function SetUpSection({ lang, lines, total }: { lang: Lang; lines: SetUpLine[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="klaarzetten">
      <h2 class="utrecht-heading-2" id="klaarzetten">
        {tr(lang, 'Klaarzetten door Nabij zelf', 'Set up by Nabij itself')}
      </h2>
      <p class="utrecht-paragraph">
        {tr(
          lang,
          'Bij het klaarzetten van Nabij (een demo, een bestand dat is ingelezen) komen je gegevens ook langs. ' +
            'Dat staat hier apart, per dag.',
          'Setting Nabij up (a demo, a file being imported) also touches your data. That is listed here apart, ' +
            'per day.',
        )}
      </p>
      <details>
        <summary class="utrecht-paragraph">
          {tr(lang, `Bekijk wat er is klaargezet (${total} keer)`, `See what was set up (${total} times)`)}
        </summary>
        <ul class="utrecht-unordered-list">
          {lines.map((line) => (
            <li key={`${line.day}-${line.actorRole}-${line.action}-${line.category}-${line.purpose}`}>
              {`${dayLabel(lang, line.day)}: ${roleInWords(lang, line.actorRole)} ` +
                `${actionInWords(lang, line.action)} ${categoryInWords(lang, line.category)}, ` +
                `${line.times} ${tr(lang, 'keer', line.times === 1 ? 'time' : 'times')} ` +
                `(${purposeInWords(lang, line.purpose)})`}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** A link back to where the list was opened from (the status page of a request). */
type BackLink = { href: string; nl: string; en: string };

function AccessLogView({
  view,
  base,
  back,
  values,
  errors,
  log,
  page,
}: {
  view: View;
  base: string;
  back?: BackLink | undefined;
  values: FormValues;
  errors: FormErrors;
  log: AccessLogPage | undefined;
  page: number;
}) {
  const { lang } = view;
  const title = tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?');
  const labels = { wie: tr(lang, 'Wie', 'Who'), periode: tr(lang, 'Wanneer', 'When') };
  const filter = { wie: values.wie ?? '', periode: values.periode ?? '' };
  return (
    <>
      <ErrorSummary view={view} errors={errors} labels={labels} />
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
      <form method="get" action={base} class="nabij-search" aria-label={tr(lang, 'Filter', 'Filter')}>
        <div class="nabij-filters">
          <SelectField
            view={view}
            name="wie"
            label={labels.wie}
            options={whoOptions(lang)}
            values={values}
            errors={errors}
          />
          <SelectField
            view={view}
            name="periode"
            label={labels.periode}
            options={periodOptions(lang)}
            values={values}
            errors={errors}
          />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {tr(lang, 'Toon', 'Show')}
        </button>
      </form>
      {log && log.lines.length > 0 ? (
        <>
          <LogTable lang={lang} log={log} page={page} />
          <Paging lang={lang} base={base} values={filter} page={page} total={log.total} />
        </>
      ) : log ? (
        <p class="utrecht-paragraph">
          {page > 1 ? (
            <a class="utrecht-link" href={pageHref(base, filter, 1)}>
              {tr(lang, 'Deze pagina is leeg. Ga naar de eerste pagina.', 'This page is empty. Go to the first page.')}
            </a>
          ) : (
            tr(lang, 'Hier staat (nog) niets.', 'Nothing here (yet).')
          )}
        </p>
      ) : null}
      {log ? <SetUpSection lang={lang} lines={log.setUp} total={log.setUpTotal} /> : null}
      {back ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={back.href}>
            {tr(lang, back.nl, back.en)}
          </a>
        </p>
      ) : null}
    </>
  );
}

/**
 * Answers a request for "Wie heeft mijn gegevens bekeken?" about `subject`, at `base`: the filter checked, the list
 * read through the gate (reading it is itself logged), the page rendered. Used for a signed-in person and, by the
 * requests module, for the asker of a request by its status link.
 */
export async function accessLogAnswer(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  who: { actor: Actor; tenantId: string; subject: LogSubject; base: string; back?: BackLink },
) {
  const view = request.view();
  const { lang } = view;
  const raw = request.query as Record<string, unknown>;
  const values = keptValues(raw);
  const title = tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?');
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: FormErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] = messageKeyOf(issue.message);
    return reply.page(
      title,
      <AccessLogView
        view={view}
        base={who.base}
        back={who.back}
        values={values}
        errors={errors}
        log={undefined}
        page={1}
      />,
      400,
    );
  }
  const { wie, periode, pagina } = parsed.data;
  const { subject } = who;
  // Looking at the list is itself logged (the law asks it); the page folds those looks into one line per day.
  const log = await withAccess(
    db,
    who.actor,
    {
      category: 'toegangslog',
      action: 'read',
      purpose: 'inzage',
      subjectUserId: 'userId' in subject ? subject.userId : subject.askerUserId,
      subjectRequestId: 'requestId' in subject ? subject.requestId : null,
    },
    (gated) =>
      accessLogPage(gated, who.tenantId, subject, {
        who: wie || undefined,
        periodDays: periode ? Number(periode) : undefined,
        page: pagina,
      }),
  );
  return reply.page(
    title,
    <AccessLogView
      view={view}
      base={who.base}
      back={who.back}
      values={{ ...values, wie, periode }}
      errors={{}}
      log={log}
      page={pagina}
    />,
  );
}

export async function accessLogRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  app.get('/account/toegangslog', { config: { access: 'ingelogd' } }, async (request, reply) => {
    const actor = actorOf(request);
    return accessLogAnswer(db, request, reply, {
      actor,
      tenantId: actor.tenantId,
      subject: { userId: actor.userId },
      base: '/account/toegangslog',
    });
  });
}
