// The team's start page: find a resident of the municipality and see their contact details, always through the gate.
import { caseRoles, teamRoles } from '../../kernel/access/policy.js';
import type { Role } from '../../kernel/auth/roles.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { searchWithAccess, withAccess } from '../../kernel/access/gate.js';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { findAccount, searchAccounts } from '../../kernel/auth/accounts.js';
import { actorOf, signedInUser } from '../../kernel/auth/actor.js';
import { notFound } from '../../kernel/errors.js';
import { ErrorSummary, type FormErrors, TextField } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';

/** The start page's links, each shown only to the roles that may open it (a link that answers 403 helps nobody). */
const teamLinks: readonly { href: string; nl: string; en: string; roles: readonly Role[] }[] = [
  { href: '/team/hulpvragen', nl: 'Hulpvragen (wachtrij)', en: 'Help requests (queue)', roles: caseRoles },
  {
    href: '/team/casussen',
    nl: 'Casussen: eigenaar, buurt en termijnen',
    en: 'Cases: owner, area and deadlines',
    roles: caseRoles,
  },
  {
    href: '/team/signalen',
    nl: 'Signalen: zorgen om iemand en over de buurt, met termijnen',
    en: 'Signals: worries about someone and about the neighbourhood, with deadlines',
    roles: [...caseRoles, 'opbouwwerker'],
  },
  {
    href: '/team/signalen/themas',
    nl: 'Buurtthema’s uit signalen, met een kaart per buurt',
    en: 'Neighbourhood themes from signals, with a map per area',
    roles: [...caseRoles, 'opbouwwerker'],
  },
  {
    href: '/team/wijkagenda',
    nl: 'Wijkagenda: voorstellen van bewoners beantwoorden',
    en: 'Neighbourhood agenda: answer residents’ proposals',
    roles: teamRoles,
  },
  {
    href: '/team/verwijzingen',
    nl: 'Verwijzingen: eigen organisaties en andere aanbieders',
    en: 'Referrals: own organisations and other providers',
    roles: ['wijkteamlid', 'regisseur', 'beheerder'],
  },
  {
    href: '/team/vrijwilligers',
    nl: 'Vrijwilligers: VOG’s om te bekijken',
    en: 'Volunteers: VOGs to check',
    roles: caseRoles,
  },
  {
    href: '/sociale-kaart',
    nl: 'Wat is er in de buurt? (sociale kaart)',
    en: 'What is there in the neighbourhood? (social map)',
    roles: teamRoles,
  },
  { href: '/team/sleutelpersonen', nl: 'Sleutelpersonen', en: 'Key persons', roles: teamRoles },
  {
    href: '/team/klachten',
    nl: 'Klachten en bezwaren van bewoners',
    en: 'Complaints and objections of residents',
    roles: ['regisseur', 'beheerder'],
  },
];

const searchSchema = z.object({ zoek: z.string().trim().min(2, 'zoekterm_te_kort').max(100, 'zoekterm_te_kort') });

export async function teamRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;

  app.get('/team', { config: { access: teamRoles, data: 'account' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const user = signedInUser(request);
    const query = request.query as { zoek?: string };
    const asked = query.zoek !== undefined;
    const parsed = searchSchema.safeParse({ zoek: query.zoek ?? '' });
    const errors: FormErrors = asked && !parsed.success ? { zoek: 'zoekterm_te_kort' } : {};
    const actor = actorOf(request);
    const results = parsed.success
      ? await searchWithAccess(db, actor, { category: 'account', purpose: 'contact_opnemen' }, (gated) =>
          searchAccounts(gated, actor.tenantId, parsed.data.zoek),
        )
      : [];
    const label = tr(lang, 'Zoek een bewoner op naam of e-mailadres', 'Find a resident by name or email address');
    return reply.page(
      tr(lang, 'Wijkteam', 'Neighbourhood team'),
      <>
        <ErrorSummary view={view} errors={errors} labels={{ zoek: label }} />
        <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${user.displayName}`, `Hello ${user.displayName}`)}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Elke keer dat je iemand opzoekt of bekijkt, wordt dat vastgelegd. De bewoner kan dat zien.',
            'Every time you look someone up or view them, it is recorded. The resident can see that.',
          )}
        </p>
        <ul class="utrecht-link-list">
          {teamLinks
            .filter((link) => link.roles.includes(user.role))
            .map((link) => (
              <li class="utrecht-link-list__item" key={link.href}>
                <a class="utrecht-link" href={link.href}>
                  {tr(lang, link.nl, link.en)}
                </a>
              </li>
            ))}
        </ul>
        <form method="get" action="/team" class="nabij-form" role="search">
          <TextField
            view={view}
            name="zoek"
            type="search"
            label={label}
            values={{ zoek: query.zoek ?? '' }}
            errors={errors}
          />
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {tr(lang, 'Zoeken', 'Search')}
          </button>
        </form>
        {parsed.success ? (
          <>
            <h2 class="utrecht-heading-2">{tr(lang, `${results.length} gevonden`, `${results.length} found`)}</h2>
            <ul class="utrecht-unordered-list">
              {results.map((account) => (
                <li key={account.id}>
                  <a class="utrecht-link" href={`/team/personen/${account.id}`}>
                    {account.displayName}
                  </a>{' '}
                  ({roleInWords(lang, account.role)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>,
    );
  });

  app.get(
    '/team/personen/:id',
    { config: { access: teamRoles, data: 'account', person: 'id' } },
    async (request, reply) => {
      const view = request.view();
      const { lang } = view;
      const { id } = request.params as { id: string };
      if (!z.uuid().safeParse(id).success) throw notFound('Deze persoon');
      const actor = actorOf(request);
      const account = await withAccess(
        db,
        actor,
        { category: 'account', action: 'read', purpose: 'contact_opnemen', subjectUserId: id },
        (gated) => findAccount(gated, actor.tenantId, id),
      );
      if (!account) throw notFound('Deze persoon');
      return reply.page(
        account.displayName,
        <>
          <h1 class="utrecht-heading-1">{account.displayName}</h1>
          <dl class="utrecht-data-list">
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'Rol', 'Role')}</dt>
              <dd class="utrecht-data-list__item-value">{roleInWords(lang, account.role)}</dd>
            </div>
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'E-mailadres', 'Email address')}</dt>
              <dd class="utrecht-data-list__item-value">{account.email}</dd>
            </div>
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'Telefoon', 'Phone')}</dt>
              <dd class="utrecht-data-list__item-value">{account.phone ?? tr(lang, 'onbekend', 'unknown')}</dd>
            </div>
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'Wijk', 'Neighbourhood')}</dt>
              <dd class="utrecht-data-list__item-value">
                {account.neighbourhoodName ?? tr(lang, 'onbekend', 'unknown')}
              </dd>
            </div>
          </dl>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/team">
              {tr(lang, 'Terug naar zoeken', 'Back to search')}
            </a>
          </p>
        </>,
      );
    },
  );
}
