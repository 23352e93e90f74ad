// The start page each role lands on after signing in.
import { residentRoles, socialBaseRoles } from '../../kernel/access/policy.js';
import type { FastifyInstance } from 'fastify';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { withAccess } from '../../kernel/access/gate.js';
import { actorOf, signedInUser } from '../../kernel/auth/actor.js';
import { sectionsFor } from '../../kernel/modules.js';
import type {} from './slots.js';
import { listOwnRequests } from '../requests/index.js';
import type { Role } from '../../kernel/auth/roles.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { TeamContact } from '../../kernel/ui/team-contact.js';

function PrivacyLinks({ view, role }: { view: View; role: Role }) {
  const { lang } = view;
  return (
    <ul class="utrecht-link-list">
      <li class="utrecht-link-list__item">
        <a class="utrecht-link" href="/account">
          {tr(lang, 'Mijn gegevens bekijken of veranderen', 'View or change my details')}
        </a>
      </li>
      {residentRoles.includes(role) ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href="/mijn/toestemmingen">
            {tr(lang, 'Wie mag mijn gegevens zien? Mijn toestemmingen', 'Who may see my data? My consents')}
          </a>
        </li>
      ) : null}
      <li class="utrecht-link-list__item">
        <a class="utrecht-link" href="/account/toegangslog">
          {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
        </a>
      </li>
      {residentRoles.includes(role) ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link" href="/mijn/gegevens-wissen">
            {tr(lang, 'Vraag om je gegevens te wissen', 'Ask to erase your data')}
          </a>
        </li>
      ) : null}
    </ul>
  );
}

type Link = { href: string; text: [string, string]; onlyFor?: Role[] };

const findNearby: Link = {
  href: '/sociale-kaart',
  text: ['Wat is er in de buurt?', 'What is there in the neighbourhood?'],
};

const startPages: { path: string; access: readonly Role[]; intro: [string, string]; links: Link[] }[] = [
  {
    path: '/mijn',
    access: residentRoles,
    intro: [
      'Dit is jouw pagina. Hier zie je je gegevens en wie ze heeft bekeken. Heb je een vraag? Het wijkteam denkt ' +
        'met je mee.',
      'This is your page. Here you see your details and who looked at them. Do you have a question? The ' +
        'neighbourhood team will help you think it through.',
    ],
    links: [
      findNearby,
      { href: '/hulp/vraag', text: ['Ik zoek hulp', 'I am looking for help'] },
      { href: '/signaal', text: ['Ik maak me zorgen om iemand of om de buurt: geef een signaal', 'Give a signal'] },
      { href: '/mijn/signalen', text: ['Mijn signalen', 'My signals'] },
      {
        href: '/mijn/plan',
        text: ['Mijn plan: wat ik wil bereiken en wie helpt', 'My plan: what I want and who helps'],
      },
      {
        href: '/mijn/ondersteuner',
        text: ['Iemand die naast me staat: een cliëntondersteuner', 'Someone beside me: a client supporter'],
      },
      { href: '/mijn/klachten', text: ['Een klacht of bezwaar indienen', 'File a complaint or objection'] },
      {
        href: '/mijn/vrijwilliger',
        text: ['Mijn vrijwilligerswerk: uren, even niet, VOG', 'My volunteering: hours, time off, VOG'],
        onlyFor: ['vrijwilliger'],
      },
      { href: '/helpen/aanmelden', text: ['Ik wil helpen', 'I want to help'], onlyFor: ['bewoner', 'initiatiefnemer'] },
      {
        href: '/mijn/activiteiten',
        text: ['Mijn activiteiten op de sociale kaart', 'My activities on the social map'],
        onlyFor: ['initiatiefnemer'],
      },
    ],
  },
  {
    path: '/opbouw',
    access: socialBaseRoles,
    intro: [
      'Als opbouwwerker houd je de sociale kaart van de wijk bij en steun je bewonersinitiatieven.',
      'As a community worker you keep the social map of the neighbourhood up to date and support residents’ ' +
        'initiatives.',
    ],
    links: [
      findNearby,
      {
        href: '/opbouw/actualiteit',
        text: ['Klopt dit nog? Activiteiten die bevestigd moeten worden', 'Is this still right? Activities to confirm'],
      },
      {
        href: '/opbouw/import',
        text: ['Sociale kaart bijwerken met een bestand', 'Update the social map from a file'],
      },
      { href: '/team/sleutelpersonen', text: ['Sleutelpersonen', 'Key persons'] },
      {
        href: '/team/signalen/themas',
        text: ['Buurtthema’s uit signalen, met een kaart per buurt', 'Neighbourhood themes from signals, with a map'],
        onlyFor: ['opbouwwerker'],
      },
      {
        href: '/team/wijkagenda',
        text: ['Wijkagenda: voorstellen, en thema’s uit signalen erop zetten', 'Neighbourhood agenda and themes'],
      },
      {
        href: '/opbouw/aanbieders',
        text: ['Professionele aanbieders en wachttijden', 'Professional providers and waiting times'],
      },
    ],
  },
  {
    path: '/raad',
    access: ['klankbordgroep', 'wmoraad'],
    intro: [
      'Je ziet hier cijfers over de wijk en wat er met de wijkagenda gebeurt, nooit gegevens van één persoon.',
      'Here you see figures about the neighbourhood and what happens with its agenda, never data about one person.',
    ],
    links: [
      { href: '/raad/monitor', text: ['De monitor: cijfers per wijk, ook wat nog niet openbaar is', 'The monitor'] },
      { href: '/raad/vergaderingen', text: ['Vergaderingen van de klankbordgroep', 'Sounding board meetings'] },
      { href: '/wijkagenda', text: ['De wijkagenda: voorstellen van bewoners', 'The neighbourhood agenda'] },
      { href: '/verantwoording', text: ['Wat het wijkteam deed: de verantwoording', 'What the team did'] },
      findNearby,
    ],
  },
];

export async function startPageRoutes(app: FastifyInstance): Promise<void> {
  const db = app.ctx.database.db;
  for (const page of startPages) {
    app.get(page.path, { config: { access: page.access } }, async (request, reply) => {
      const view = request.view();
      const user = signedInUser(request);
      const { own, sections } =
        page.path === '/mijn'
          ? await withAccess(
              db,
              { kind: 'user', userId: user.userId, tenantId: user.tenantId, role: user.role },
              { category: 'hulpvraag', action: 'read', purpose: 'eigen_gegevens', subjectUserId: user.userId },
              async (gated) => {
                const own = await listOwnRequests(gated, user.tenantId, user.userId);
                const context = { tenantId: user.tenantId, actor: actorOf(request), ownRequests: own };
                const sections = await Promise.all(sectionsFor('mijn-start').map((s) => s.load(gated, context)));
                return { own, sections };
              },
            )
          : { own: [], sections: [] };
      const OwnRequests = ({ view }: { view: View }) =>
        own.length === 0 ? null : (
          <>
            <h2 class="utrecht-heading-2">{tr(view.lang, 'Mijn hulpvragen', 'My help requests')}</h2>
            <ul class="utrecht-unordered-list">
              {own.map((r) => (
                <li key={r.id}>
                  <a class="utrecht-link" href={`/mijn/hulpvragen/${r.id}`}>
                    {r.reference}
                  </a>{' '}
                  · {r.state === 'afgesloten' ? tr(view.lang, 'afgerond', 'completed') : tr(view.lang, 'loopt', 'open')}
                </li>
              ))}
            </ul>
          </>
        );
      const { lang } = view;
      return reply.page(
        tr(lang, 'Mijn startpagina', 'My start page'),
        <>
          <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${user.displayName}`, `Hello ${user.displayName}`)}</h1>
          <p class="utrecht-paragraph nabij-muted">
            {tr(lang, 'Je bent ingelogd als', 'You are signed in as')} {roleInWords(lang, user.role)}.
          </p>
          <p class="utrecht-paragraph">{tr(lang, page.intro[0], page.intro[1])}</p>
          <ul class="utrecht-link-list">
            {page.links
              .filter((link) => !link.onlyFor || link.onlyFor.includes(user.role))
              .map((link) => (
                <li class="utrecht-link-list__item" key={link.href}>
                  <a class="utrecht-link" href={link.href}>
                    {tr(lang, link.text[0], link.text[1])}
                  </a>
                </li>
              ))}
          </ul>
          {page.path === '/mijn' ? <OwnRequests view={view} /> : null}
          {sections.map((render) => render(view))}
          <h2 class="utrecht-heading-2">{tr(lang, 'Je gegevens', 'Your details')}</h2>
          <PrivacyLinks view={view} role={user.role} />
          <TeamContact lang={lang} tenant={view.tenant} />
        </>,
      );
    });
  }
}
