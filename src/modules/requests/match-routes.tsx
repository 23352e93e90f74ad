// The pages behind the emailed match links: the volunteer's yes or no, the asker's yes or no ("Ik ga erheen",
// optionally with someone the first time), and after two weeks "Hoe gaat het?" with an outcome and a rating.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, notFound } from '../../kernel/errors.js';
import { needLabel } from '../../kernel/taxonomy/needs.js';
import { CheckboxField, CsrfField, ErrorSummary, fieldMessage, Form, type FormErrors, type FormValues, parseForm, SubmitButton, TextField } from '../../kernel/ui/forms.js';
import { tr } from '../../kernel/ui/messages.js';
import type { View } from '../../kernel/ui/view.js';
import { findTenantById } from '../../kernel/tenancy/queries.js';
import { answerAsAsker, answerAsVolunteer, closeMatch, type MatchByLink, matchByToken } from './matching.js';
import { outcomes } from './states.js';

const answerSchema = z.object({ antwoord: z.enum(['ja', 'nee']), maatje: z.string().optional() });
const closingSchema = z
  .object({
    uitkomst: z.enum(outcomes, { message: 'uitkomst_kiezen' }),
    reden: z.string().trim().max(1000, 'tekst_te_lang').default(''),
    cijfer: z.union([z.literal(''), z.enum(['1', '2', '3', '4', '5'])]).default(''),
    opmerking: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  })
  .refine((v) => v.uitkomst !== 'niet_opgelost' || v.reden !== '', { message: 'reden_nodig', path: ['reden'] });

const outcomeLabels: Record<(typeof outcomes)[number], [string, string]> = {
  collectief_opgelost: ['Ja, ik ga nu naar een activiteit of groep in de buurt', 'Yes, I now go to an activity or group nearby'],
  informeel_opgelost: ['Ja, iemand uit de buurt helpt mij', 'Yes, someone from the neighbourhood helps me'],
  doorverwezen: ['Ik word nu geholpen door een professional', 'A professional is helping me now'],
  niet_opgelost: ['Nee, het is niet opgelost', 'No, it has not been solved'],
};

function YesNo({ view, token, yesText, noText, buddy }: { view: View; token: string; yesText: string; noText: string; buddy?: boolean }) {
  return (
    <div class="nabij-yes-no">
      <form method="post" action={`/koppeling/${token}`} class="nabij-form">
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="ja" />
        {buddy ? <CheckboxField name="maatje" label={tr(view.lang, 'Graag gaat er de eerste keer iemand met me mee', 'I would like someone to come with me the first time')} /> : null}
        <SubmitButton>{yesText}</SubmitButton>
      </form>
      <form method="post" action={`/koppeling/${token}`}>
        <CsrfField view={view} />
        <input type="hidden" name="antwoord" value="nee" />
        <SubmitButton secondary>{noText}</SubmitButton>
      </form>
    </div>
  );
}

function ClosingForm({ view, token, found, values, errors }: { view: View; token: string; found: MatchByLink; values: FormValues; errors?: FormErrors }) {
  const { lang } = view;
  const labels = { uitkomst: tr(lang, 'Is je vraag opgelost?', 'Has your question been solved?'), reden: tr(lang, 'Wat ging er mis? (als het niet is opgelost)', 'What went wrong? (if not solved)'), cijfer: tr(lang, 'Hoe tevreden ben je over de hulp?', 'How satisfied are you with the help?'), opmerking: tr(lang, 'Wil je nog iets zeggen? (mag leeg blijven)', 'Anything else to say? (optional)') };
  // Only the outcomes that fit: someone who was helped by a volunteer did not go to a group.
  const fitting = outcomes.filter((o) => (found.activity ? o !== 'informeel_opgelost' : o !== 'collectief_opgelost'));
  const satisfaction: [string, string][] = [
    ['1', tr(lang, '1 – niet tevreden', '1 – not satisfied')],
    ['2', tr(lang, '2 – niet zo tevreden', '2 – not very satisfied')],
    ['3', tr(lang, '3 – gaat wel', '3 – okay')],
    ['4', tr(lang, '4 – tevreden', '4 – satisfied')],
    ['5', tr(lang, '5 – heel tevreden', '5 – very satisfied')],
  ];
  const radio = (name: string, value: string, label: string) => (
    <div class="utrecht-form-field utrecht-form-field--radio" key={value}>
      <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`veld-${name}-${value}`} name={name} value={value} checked={values[name] === value} />
      <label class="utrecht-form-label utrecht-form-label--radio" for={`veld-${name}-${value}`}>
        {label}
      </label>
    </div>
  );
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <h1 class="utrecht-heading-1">{tr(lang, `Hoe gaat het, ${found.askerFirstName}?`, `How are you, ${found.askerFirstName}?`)}</h1>
      <p class="utrecht-paragraph">
        {found.volunteerFirstName
          ? tr(lang, `${found.volunteerFirstName} helpt je nu een tijdje.`, `${found.volunteerFirstName} has been helping you for a while.`)
          : tr(lang, `Je ging naar ${found.activity?.name ?? 'een activiteit'}.`, `You went to ${found.activity?.name ?? 'an activity'}.`)}{' '}
        {tr(lang, 'Vertel ons hoe het gaat. Zo leren we wat goed werkt in de buurt.', 'Tell us how it is going. That is how we learn what works in the neighbourhood.')}
      </p>
      <Form view={view} action={`/koppeling/${token}/afronden`} label={tr(lang, 'Afronden', 'Finish')}>
        <fieldset class={`utrecht-form-fieldset${errors?.uitkomst ? ' utrecht-form-field--invalid' : ''}`} id="veld-uitkomst" tabIndex={-1} aria-describedby={errors?.uitkomst ? 'veld-uitkomst-fout' : undefined}>
          <legend class="utrecht-form-fieldset__legend">{labels.uitkomst}</legend>
          {errors?.uitkomst ? (
            <p class="utrecht-form-field-error-message" id="veld-uitkomst-fout">
              {fieldMessage(lang, errors.uitkomst)}
            </p>
          ) : null}
          {fitting.map((o) => radio('uitkomst', o, tr(lang, outcomeLabels[o][0], outcomeLabels[o][1])))}
        </fieldset>
        <TextField view={view} name="reden" label={labels.reden} multiline values={values} errors={errors} />
        <fieldset class="utrecht-form-fieldset" id="veld-cijfer">
          <legend class="utrecht-form-fieldset__legend">{labels.cijfer}</legend>
          {satisfaction.map(([c, text]) => radio('cijfer', c, text))}
        </fieldset>
        <TextField view={view} name="opmerking" label={labels.opmerking} multiline values={values} errors={errors} />
        <SubmitButton>{tr(lang, 'Versturen', 'Send')}</SubmitButton>
      </Form>
    </>
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
      if (state !== 'voorgesteld') return reply.page(title(lang), done(view, tr(lang, 'Dank je wel', 'Thank you'), tr(lang, 'Je hebt al geantwoord.', 'You have already answered.')));
      const shared = found.shared;
      return reply.page(
        title(lang),
        <>
          <h1 class="utrecht-heading-1">{tr(lang, 'Wil je iemand in de buurt helpen?', 'Would you like to help someone nearby?')}</h1>
          <dl class="utrecht-data-list">
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'Wie', 'Who')}</dt>
              <dd class="utrecht-data-list__item-value">{shared?.voornaam}</dd>
            </div>
            {shared?.buurt ? (
              <div class="utrecht-data-list__item">
                <dt class="utrecht-data-list__item-key">{tr(lang, 'Waar', 'Where')}</dt>
                <dd class="utrecht-data-list__item-value">{tr(lang, `postcodegebied ${shared.buurt}`, `postcode area ${shared.buurt}`)}</dd>
              </div>
            ) : null}
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">{tr(lang, 'Hulp bij', 'Help with')}</dt>
              <dd class="utrecht-data-list__item-value">{(shared?.behoeften ?? []).map((k) => needLabel(k, lang)).join(', ')}</dd>
            </div>
          </dl>
          <p class="utrecht-paragraph">{tr(lang, 'Meer vertellen we pas als jullie allebei ja zeggen. Nee zeggen is altijd goed: dat is jouw grens.', 'We only tell more when you both say yes. Saying no is always fine: that is your boundary.')}</p>
          <YesNo view={view} token={token} yesText={tr(lang, 'Ja, ik wil helpen', 'Yes, I want to help')} noText={tr(lang, 'Nee, nu niet', 'No, not now')} />
        </>,
      );
    }
    if (state === 'opvolging' || state === 'actief') return reply.page(title(lang), <ClosingForm view={view} token={token} found={found} values={{}} />);
    if (state !== 'voorgesteld' && state !== 'vrijwilliger_akkoord') return reply.page(title(lang), done(view, tr(lang, 'Dank je wel', 'Thank you'), tr(lang, 'Je hebt al geantwoord.', 'You have already answered.')));
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
          <YesNo view={view} token={token} yesText={tr(lang, 'Ik ga erheen', 'I will go')} noText={tr(lang, 'Nee, liever niet', 'No, rather not')} buddy />
        </>
      ) : (
        <>
          <h1 class="utrecht-heading-1">{tr(lang, `${found.volunteerFirstName ?? 'Iemand'} wil je helpen`, `${found.volunteerFirstName ?? 'Someone'} wants to help you`)}</h1>
          <p class="utrecht-paragraph">
            {tr(lang, `${found.volunteerFirstName ?? 'Deze persoon'} is vrijwilliger en woont bij jou in de buurt.`, `${found.volunteerFirstName ?? 'This person'} is a volunteer who lives near you.`)}
          </p>
          <p class="utrecht-paragraph">{tr(lang, 'Vind je dat goed? Dan geeft het wijkteam jullie elkaars gegevens, zodat jullie een afspraak kunnen maken.', 'Do you agree? Then the team gives you each other’s details, so you can make an appointment.')}</p>
          <YesNo view={view} token={token} yesText={tr(lang, 'Ja, graag', 'Yes, please')} noText={tr(lang, 'Nee, liever niet', 'No, rather not')} />
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
        done(view, yes ? tr(lang, 'Fijn dat je wilt helpen!', 'Great that you want to help!') : tr(lang, 'Dank je wel', 'Thank you'), yes ? tr(lang, `We vragen nu aan ${found.shared?.voornaam ?? 'de vrager'} of die het ook goed vindt. Je hoort het van het wijkteam.`, `We now ask ${found.shared?.voornaam ?? 'the asker'} whether they agree too. The team will let you know.`) : tr(lang, 'We vragen iemand anders. Nee zeggen is altijd goed.', 'We will ask someone else. Saying no is always fine.')),
      );
    }
    await answerAsAsker(ctx, token, yes, Boolean(answer.data.maatje));
    return reply.page(
      title(lang),
      done(view, tr(lang, 'Dank je wel', 'Thank you'), yes ? tr(lang, 'Het wijkteam neemt contact met je op om het verder te regelen. Over twee weken vragen we hoe het gaat.', 'The team will contact you to arrange the rest. In two weeks we will ask how it is going.') : tr(lang, 'Het wijkteam zoekt verder met je mee.', 'The team will keep looking with you.')),
    );
  });

  app.post('/koppeling/:token/afronden', async (request, reply) => {
    const view = request.view();
    const { lang } = view;
    const { token, found } = await open(request);
    if (found.side !== 'vrager') throw notFound('Deze link');
    const form = parseForm(closingSchema, request.body);
    if (!form.ok) return reply.page(title(lang), <ClosingForm view={view} token={token} found={found} values={form.values} errors={form.errors} />, 400);
    const d = form.data;
    await closeMatch(ctx, token, { outcome: d.uitkomst, reason: d.reden || null, rating: d.cijfer ? Number(d.cijfer) : null, comment: d.opmerking || null });
    return reply.page(title(lang), done(view, tr(lang, 'Dank je wel!', 'Thank you!'), tr(lang, 'We hebben je antwoord ontvangen. Zo leren we wat goed werkt in de buurt.', 'We have received your answer. That is how we learn what works in the neighbourhood.')));
  });
}
