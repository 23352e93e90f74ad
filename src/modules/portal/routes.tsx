// The public face of Nabij: the home page with its three doors, the accessibility statement and the privacy page.
import type { FastifyInstance } from 'fastify';
import { EmergencyNote } from '../../kernel/ui/emergency.js';
import { TeamContact } from '../../kernel/ui/team-contact.js';
import { tr } from '../../kernel/ui/messages.js';

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang, tenant } = view;
    const signedOut = (request.query as { uitgelogd?: string }).uitgelogd === '1';
    return reply.page(
      tr(lang, 'Samen in de buurt', 'Together in the neighbourhood'),
      <>
        {signedOut ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">
            <p class="utrecht-paragraph">{tr(lang, 'Je bent uitgelogd.', 'You are signed out.')}</p>
          </div>
        ) : null}
        <h1 class="utrecht-heading-1">
          {tr(
            lang,
            `Nabij${tenant ? ` in ${tenant.name}` : ''}: samen in de buurt`,
            `Nabij${tenant ? ` in ${tenant.name}` : ''}: together in the neighbourhood`,
          )}
        </h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Heb je een vraag of zit je ergens mee? In de buurt is vaak al veel: een koffieochtend, samen eten, ' +
              'een klussendienst, iemand die even met je meeloopt. Nabij helpt je dat te vinden. En als het nodig ' +
              'is, helpt iemand van het wijkteam je verder.',
            'Do you have a question or a worry? The neighbourhood often has a lot already: a coffee morning, ' +
              'shared meals, an odd-job service, someone to walk along with you. Nabij helps you find it. And when ' +
              'needed, someone from the neighbourhood team helps you further.',
          )}
        </p>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Jij houdt de regie. Wij delen je gegevens alleen als jij dat goed vindt. Je kunt altijd zien wie je ' +
              'gegevens heeft bekeken.',
            'You stay in charge. We only share your data when you agree. You can always see who looked at your data.',
          )}
        </p>
        <ul class="nabij-doors">
          <li class="nabij-door">
            <a class="utrecht-link" href="/hulp">
              {tr(lang, 'Ik zoek hulp', 'I am looking for help')}
            </a>
            <p class="utrecht-paragraph">
              {tr(lang, 'Voor jezelf, of voor iemand anders.', 'For yourself, or for someone else.')}
            </p>
          </li>
          <li class="nabij-door">
            <a class="utrecht-link" href="/helpen">
              {tr(lang, 'Ik wil helpen', 'I want to help')}
            </a>
            <p class="utrecht-paragraph">
              {tr(lang, 'Met wat jij kunt, wanneer het jou uitkomt.', 'With what you can do, when it suits you.')}
            </p>
          </li>
          <li class="nabij-door">
            <a class="utrecht-link" href="/inloggen/medewerker">
              {tr(lang, 'Ik werk in het wijkteam', 'I work in the neighbourhood team')}
            </a>
            <p class="utrecht-paragraph">{tr(lang, 'Inloggen voor medewerkers.', 'Sign in for staff.')}</p>
          </li>
        </ul>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Maak je je zorgen om iemand in je buurt, of om wat er in de buurt speelt?',
            'Are you worried about someone nearby, or about what goes on in the neighbourhood?',
          )}{' '}
          <a class="utrecht-link" href="/signaal">
            {tr(lang, 'Geef een signaal', 'Give a signal')}
          </a>
          .
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(lang, 'Bekijk wat er in de buurt is', 'See what there is in the neighbourhood')}
          </a>
        </p>
        <p class="utrecht-paragraph">
          {tr(lang, 'Wat wil jij in je wijk?', 'What do you want in your neighbourhood?')}{' '}
          <a class="utrecht-link" href="/wijkagenda">
            {tr(lang, 'De wijkagenda', 'The neighbourhood agenda')}
          </a>
        </p>
        <TeamContact lang={lang} tenant={tenant} />
      </>,
    );
  });

  app.get('/hulp', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang, tenant } = view;
    const title = tr(lang, 'Ik zoek hulp', 'I am looking for help');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Vertel ons wat er speelt, in je eigen woorden. Dat mag ook voor iemand anders, zoals je buurvrouw ' +
              'of je vader.',
            'Tell us what is going on, in your own words. You may also do this for someone else, like your ' +
              'neighbour or your father.',
          )}
        </p>
        <EmergencyNote lang={lang} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/sociale-kaart">
            {tr(lang, 'Zoek zelf wat er in de buurt is', 'Find out yourself what there is nearby')}
          </a>
        </p>
        <p class="utrecht-paragraph">
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href="/hulp/vraag"
          >
            {tr(lang, 'Stel je hulpvraag', 'Ask your question')}
          </a>
        </p>
        <TeamContact lang={lang} tenant={tenant} />
      </>,
    );
  });

  app.get('/helpen', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang, tenant } = view;
    const title = tr(lang, 'Ik wil helpen', 'I want to help');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Fijn dat je wilt helpen! Je bepaalt zelf wat je doet en hoeveel: een boodschap doen, een klusje, ' +
              'samen wandelen of een kopje koffie. Sommige dagen wel, sommige dagen niet: dat is goed.',
            'Great that you want to help! You decide what you do and how much: an errand, a small job, a walk ' +
              'together or a cup of coffee. Some days yes, some days no: that is fine.',
          )}
        </p>
        <p class="utrecht-paragraph">
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href="/helpen/aanmelden"
          >
            {tr(lang, 'Meld je aan als vrijwilliger', 'Sign up as a volunteer')}
          </a>
        </p>
        <TeamContact lang={lang} tenant={tenant} />
      </>,
    );
  });

  app.get('/toegankelijkheid', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const title = tr(lang, 'Toegankelijkheidsverklaring', 'Accessibility statement');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Iedereen moet Nabij kunnen gebruiken. Daarom bouwen we Nabij volgens de richtlijnen WCAG 2.2 op ' +
              'niveau AA, zoals de wet vraagt van overheidswebsites. We gebruiken het NL Design System.',
            'Everyone should be able to use Nabij. That is why we build it to WCAG 2.2 level AA, as the law asks ' +
              'of public-sector websites. We use the NL Design System.',
          )}
        </p>
        <h2 class="utrecht-heading-2">{tr(lang, 'Wat we doen', 'What we do')}</h2>
        <ul class="utrecht-unordered-list">
          <li>
            {tr(
              lang,
              'Alle pagina’s werken zonder JavaScript en met het toetsenbord.',
              'All pages work without JavaScript and with the keyboard.',
            )}
          </li>
          <li>
            {tr(lang, 'We schrijven in eenvoudig Nederlands (taalniveau B1).', 'We write in plain Dutch (level B1).')}
          </li>
          <li>
            {tr(
              lang,
              'Elke pagina wordt bij elke wijziging automatisch getest met axe-core.',
              'Every page is tested automatically with axe-core on every change.',
            )}
          </li>
        </ul>
        <h2 class="utrecht-heading-2">{tr(lang, 'Werkt iets niet?', 'Something not working?')}</h2>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Laat het ons weten via het wijkteam. We antwoorden binnen 5 werkdagen.',
            'Let us know through the neighbourhood team. We answer within 5 working days.',
          )}
        </p>
        <TeamContact lang={lang} tenant={view.tenant} />
      </>,
    );
  });

  app.get('/privacy', { config: { access: 'iedereen' } }, async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const title = tr(lang, 'Privacy', 'Privacy');
    return reply.page(
      title,
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Je gegevens zijn van jou. Nabij laat alleen mensen je gegevens zien als dat nodig is voor hun werk, ' +
              'en als jij dat goed vindt. Elke keer dat iemand je gegevens bekijkt of verandert, schrijven we op ' +
              'wie, wanneer en waarom. Die lijst kan niemand veranderen. Jij kunt hem altijd bekijken.',
            'Your data belongs to you. Nabij only shows your data to people who need it for their work, and when ' +
              'you agree. Every time someone views or changes your data, we write down who, when and why. Nobody ' +
              'can change that list. You can always look at it.',
          )}
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/account/toegangslog">
            {tr(lang, 'Wie heeft mijn gegevens bekeken?', 'Who looked at my data?')}
          </a>
        </p>
      </>,
    );
  });
}
