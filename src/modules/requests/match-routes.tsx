// The pages behind the emailed match links: the volunteer's yes or no, the asker's yes or no ("Ik ga erheen",
// optionally with someone the first time), and after two weeks "Hoe gaat het?" with an outcome and a rating.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, notFound } from '../../kernel/errors.js';
import { CheckboxField, CsrfField, parseForm, SubmitButton } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { findTenantById } from '../../kernel/tenancy/queries.js';
import { ClosingForm, closingSchema } from './closing-form.js';
import { SharedList } from './sharing.js';
import { answerAsAsker, answerAsVolunteer, closeMatch, matchByToken } from './matching.js';

export const answerSchema = z.object({ antwoord: z.enum(['ja', 'nee']), maatje: z.string().optional() });
/** Two forms, so yes and no are each one button; works without JavaScript. */
/** `buddyKey` keeps the checkbox's id unique when a page shows several proposals. */
export function YesNo({
  view,
  action,
  yesText,
  noText,
  buddy,
  buddyKey = 'ja',
}: {
  view: View;
  action: string;
  yesText: string;
  noText: string;
  buddy?: boolean;
  buddyKey?: string;
}) {
  return (
    <div class="nabij-yes-no">
      <form method="post" action={action} class="nabij-form">
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="ja" />
        {buddy ? (
          <CheckboxField
            name="maatje"
            value={buddyKey}
            label={tr(
              view.lang,
              'Graag gaat er de eerste keer iemand met me mee',
              'I would like someone to come with me the first time',
            )}
          />
        ) : null}
        <SubmitButton>{yesText}</SubmitButton>
      </form>
      <form method="post" action={action}>
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="nee" />
        <SubmitButton secondary>{noText}</SubmitButton>
      </form>
    </div>
  );
}

export async function matchRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;
  const db = ctx.database.db;
  const title = (lang: 'nl' | 'en') => tr(lang, 'Hulp in de buurt', 'Help in the neighbourhood');
  const open = async (request: FastifyRequest) => {
    const { token } = request.params as { token: string };
    const found = await matchByToken(db, token);
    if (!found) throw notFound('Deze link');
    return { token, found };
  };
  const done = (view: View, heading: string, text: string) => (
    <>
      <h1 class="utrecht-heading-1">{heading}</h1>
      <p class="utrecht-paragraph" role="status">
        {text}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/">
          {view.t.backHome}
        </a>
      </p>
    </>
  );

  app.get('/koppeling/:token', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const { token, found } = await open(request);
    const state = found.match.state;
    if (found.side === 'vrijwilliger') {
      if (state !== 'voorgesteld')
        return reply.page(
          title(lang),
          done(
            view,
            tr(lang, 'Dank je wel', 'Thank you'),
            tr(lang, 'Je hebt al geantwoord.', 'You have already answered.'),
          ),
        );
      const shared = found.shared;
      return reply.page(
        title(lang),
        <>
          <h1 class="utrecht-heading-1">
            {tr(lang, 'Wil je iemand in de buurt helpen?', 'Would you like to help someone nearby?')}
          </h1>
          <p class="utrecht-paragraph">{tr(lang, 'Dit mogen we je vertellen:', 'This is what we may tell you:')}</p>
          <SharedList lang={lang} shared={shared ?? {}} />
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Meer vertellen we pas als jullie allebei ja zeggen. Nee zeggen is altijd goed: dat is jouw grens.',
              'We only tell more when you both say yes. Saying no is always fine: that is your boundary.',
            )}
          </p>
          <YesNo
            view={view}
            action={`/koppeling/${token}`}
            yesText={tr(lang, 'Ja, ik wil helpen', 'Yes, I want to help')}
            noText={tr(lang, 'Nee, nu niet', 'No, not now')}
          />
        </>,
      );
    }
    if (state === 'opvolging' || state === 'actief')
      return reply.page(
        title(lang),
        <ClosingForm view={view} action={`/koppeling/${token}/afronden`} found={found} values={{}} />,
      );
    if (state !== 'voorgesteld' && state !== 'vrijwilliger_akkoord')
      return reply.page(
        title(lang),
        done(
          view,
          tr(lang, 'Dank je wel', 'Thank you'),
          tr(lang, 'Je hebt al geantwoord.', 'You have already answered.'),
        ),
      );
    const activity = found.activity;
    return reply.page(
      title(lang),
      activity ? (
        <>
          <h1 class="utrecht-heading-1">{tr(lang, `Een idee: ${activity.name}`, `An idea: ${activity.name}`)}</h1>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/sociale-kaart/${activity.id}`}>
              {tr(lang, 'Lees wat het is, wanneer en waar', 'Read what it is, when and where')}
            </a>
          </p>
          <YesNo
            view={view}
            action={`/koppeling/${token}`}
            yesText={tr(lang, 'Ik ga erheen', 'I will go')}
            noText={tr(lang, 'Nee, liever niet', 'No, rather not')}
            buddy
          />
        </>
      ) : (
        <>
          <h1 class="utrecht-heading-1">
            {tr(
              lang,
              `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`,
              `${found.volunteerFirstName ?? 'Someone'} wants to help you`,
            )}
          </h1>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `${found.volunteerFirstName ?? 'Deze persoon'} is vrijwilliger en woont bij jou in de buurt.`,
              `${found.volunteerFirstName ?? 'This person'} is a volunteer who lives near you.`,
            )}
          </p>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              'Vind je dat goed? Dan geeft het wijkteam jullie elkaars gegevens, zodat jullie een afspraak kunnen maken.',
              'Do you agree? Then the team gives you each other’s details, so you can make an appointment.',
            )}
          </p>
          <YesNo
            view={view}
            action={`/koppeling/${token}`}
            yesText={tr(lang, 'Ja, graag', 'Yes, please')}
            noText={tr(lang, 'Nee, liever niet', 'No, rather not')}
          />
        </>
      ),
    );
  });

  app.post('/koppeling/:token', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const { token, found } = await open(request);
    const answer = answerSchema.safeParse(request.body);
    if (!answer.success) throw new DomainError('ongeldige_invoer', 'Kies ja of nee.');
    const yes = answer.data.antwoord === 'ja';
    if (found.side === 'vrijwilliger') {
      const tenant = await findTenantById(db, found.match.tenant_id);
      await answerAsVolunteer(ctx, token, yes, tenant?.name ?? '');
      return reply.page(
        title(lang),
        done(
          view,
          yes
            ? tr(lang, 'Fijn dat je wilt helpen!', 'Great that you want to help!')
            : tr(lang, 'Dank je wel', 'Thank you'),
          yes
            ? tr(
                lang,
                `We vragen nu aan ${found.shared?.voornaam ?? 'de vrager'} of die het ook goed vindt. Je hoort het van het wijkteam.`,
                `We now ask ${found.shared?.voornaam ?? 'the asker'} whether they agree too. The team will let you know.`,
              )
            : tr(
                lang,
                'We vragen iemand anders. Nee zeggen is altijd goed.',
                'We will ask someone else. Saying no is always fine.',
              ),
        ),
      );
    }
    await answerAsAsker(ctx, token, yes, Boolean(answer.data.maatje));
    return reply.page(
      title(lang),
      done(
        view,
        tr(lang, 'Dank je wel', 'Thank you'),
        yes
          ? tr(
              lang,
              'Het wijkteam neemt contact met je op om het verder te regelen. Over twee weken vragen we hoe het gaat.',
              'The team will contact you to arrange the rest. In two weeks we will ask how it is going.',
            )
          : tr(lang, 'Het wijkteam zoekt verder met je mee.', 'The team will keep looking with you.'),
      ),
    );
  });

  app.post('/koppeling/:token/afronden', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const { token, found } = await open(request);
    if (found.side !== 'vrager') throw notFound('Deze link');
    const form = parseForm(closingSchema, request.body);
    if (!form.ok)
      return reply.page(
        title(lang),
        <ClosingForm
          view={view}
          action={`/koppeling/${token}/afronden`}
          found={found}
          values={form.values}
          errors={form.errors}
        />,
        400,
      );
    const d = form.data;
    await closeMatch(ctx, token, {
      outcome: d.uitkomst,
      reason: d.reden || null,
      rating: d.cijfer ? Number(d.cijfer) : null,
      comment: d.opmerking || null,
    });
    return reply.page(
      title(lang),
      done(
        view,
        tr(lang, 'Dank je wel!', 'Thank you!'),
        tr(
          lang,
          'We hebben je antwoord ontvangen. Zo leren we wat goed werkt in de buurt.',
          'We have received your answer. That is how we learn what works in the neighbourhood.',
        ),
      ),
    );
  });
}
