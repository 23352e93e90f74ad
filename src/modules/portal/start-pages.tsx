// The start page each role lands on after signing in.
import type { FastifyInstance } from 'fastify';
import { roleInWords } from '../../kernel/access/plain-words.js';
import { signedInUser } from '../../kernel/auth/actor.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { TeamContact } from './routes.js';

function PrivacyLinks({ view }: { view: View }) {
  const { lang } = view;
  return (
    <ul class="utrecht-link-list">
      <li class="utrecht-link-list__item">
        <a class="utrecht-link" href="/account">
          {tr(lang, 'Mijn gegevens bekijken of veranderen', 'View or change my details')}
        </a>
      </li>
      <li class="utrecht-link-list__item">
        <a class="utrecht-link" href="/account/toegangslog">
          {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
        </a>
      </li>
    </ul>
  );
}

const startPages: { path: string; intro: [string, string] }[] = [
  {
    path: '/mijn',
    intro: [
      'Dit is jouw pagina. Hier zie je je gegevens en wie ze heeft bekeken. Heb je een vraag? Het wijkteam denkt met je mee.',
      'This is your page. Here you see your details and who looked at them. Do you have a question? The neighbourhood team will help you think it through.',
    ],
  },
  {
    path: '/ondersteuner',
    intro: [
      'Als onafhankelijke cliëntondersteuner zie je alleen wat een bewoner met jou deelt.',
      'As an independent client supporter you only see what a resident shares with you.',
    ],
  },
  {
    path: '/opbouw',
    intro: [
      'Als opbouwwerker houd je de sociale kaart van de wijk bij en steun je bewonersinitiatieven.',
      'As a community worker you keep the social map of the neighbourhood up to date and support residents’ initiatives.',
    ],
  },
  {
    path: '/raad',
    intro: [
      'Als lid van de klankbordgroep zie je cijfers over de wijk, nooit gegevens van één persoon.',
      'As a member of the residents’ council you see figures about the neighbourhood, never data about one person.',
    ],
  },
];

export async function startPageRoutes(app: FastifyInstance): Promise<void> {
  for (const page of startPages) {
    app.get(page.path, async (request, reply) => {
      const view = request.view();
      const user = signedInUser(request);
      const { lang } = view;
      return reply.page(
        tr(lang, 'Mijn startpagina', 'My start page'),
        <>
          <h1 class="utrecht-heading-1">{tr(lang, `Hallo ${user.displayName}`, `Hello ${user.displayName}`)}</h1>
          <p class="utrecht-paragraph nabij-muted">
            {tr(lang, 'Je bent ingelogd als', 'You are signed in as')} {roleInWords(lang, user.role)}.
          </p>
          <p class="utrecht-paragraph">{tr(lang, page.intro[0], page.intro[1])}</p>
          <h2 class="utrecht-heading-2">{tr(lang, 'Je gegevens', 'Your details')}</h2>
          <PrivacyLinks view={view} />
          <TeamContact lang={lang} tenant={view.tenant} />
        </>,
      );
    });
  }
}
