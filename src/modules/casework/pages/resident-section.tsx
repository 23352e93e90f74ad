// What a resident sees of their own open case on /mijn, in plain words (B1): their regisseur and how to reach them,
// the regisseur's decisions, the provider they chose and, when the help is late, that the regisseur is pushing.
import { dutchDate } from '../../../kernel/time/index.js';
import { TeamContact } from '../../../kernel/ui/team-contact.js';
import { tr } from '../../../kernel/ui/messages.js';
import type { View } from '../../../kernel/ui/view.js';
import type { CaseEvent } from '../queries.js';
import type { ReferralView, RegisseurView } from '../queries/regie.js';

export type ResidentCase = {
  caseId: string;
  reference: string;
  regisseur: RegisseurView | undefined;
  decisions: CaseEvent[];
  referrals: ReferralView[];
  escalations: CaseEvent[];
};

const dayOf = (at: Date) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(at);
const dayOfEn = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(at);

export function ResidentCaseSection({ view, found }: { view: View; found: ResidentCase }) {
  const { lang } = view;
  const { regisseur } = found;
  return (
    <section aria-labelledby="regisseur-kop">
      <h2 class="utrecht-heading-2" id="regisseur-kop">
        {tr(lang, 'Jouw regisseur', 'Your case director')}
      </h2>
      {regisseur ? (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `${regisseur.name} is jouw regisseur bij hulpvraag ${found.reference}. Je regisseur zorgt dat je ` +
                'hulp op tijd komt. Loopt het vast? Dan mag je regisseur een besluit nemen.',
              `${regisseur.name} is your case director for help request ${found.reference}. Your case director ` +
                'makes sure your help arrives on time, and may take a decision when things are stuck.',
            )}
          </p>
          <p class="utrecht-paragraph">
            {tr(lang, 'Zo bereik je je regisseur:', 'How to reach your case director:')}{' '}
            {regisseur.phone ? (
              <>
                <a class="utrecht-link utrecht-link--telephone" href={`tel:${regisseur.phone.replace(/[^\d+]/g, '')}`}>
                  {regisseur.phone}
                </a>
                {tr(lang, ' of ', ' or ')}
              </>
            ) : null}
            <a class="utrecht-link" href={`mailto:${regisseur.email}`}>
              {regisseur.email}
            </a>
            .
          </p>
        </>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {tr(
              lang,
              `Bij hulpvraag ${found.reference} is nog geen regisseur gekozen. Het wijkteam helpt je verder.`,
              `No case director has been chosen yet for help request ${found.reference}. The team helps you further.`,
            )}
          </p>
          <TeamContact lang={lang} tenant={view.tenant} />
        </>
      )}
      {found.decisions.map((d, i) => (
        <div class="utrecht-alert utrecht-alert--info" key={i}>
          <div class="utrecht-alert__content">
            <div class="utrecht-alert__message">
              <p class="utrecht-paragraph">
                {tr(
                  lang,
                  `Je regisseur heeft op ${dayOf(d.at)} een besluit genomen: ${d.text ?? ''}`,
                  `On ${dayOfEn(d.at)} your case director took a decision: ${d.text ?? ''}`,
                )}
              </p>
              <p class="utrecht-paragraph">
                {tr(lang, 'Waarom:', 'Why:')} {String(d.detail.reden ?? '')}
              </p>
            </div>
          </div>
        </div>
      ))}
      <h3 class="utrecht-heading-3">{tr(lang, 'Wie helpt je?', 'Who helps you?')}</h3>
      {found.referrals.length === 0 ? (
        <p class="utrecht-paragraph">
          {tr(
            lang,
            'Je hebt nog geen aanbieder gekozen. Je mag zelf kiezen wie je helpt.',
            'You have not chosen a provider yet. You may choose who helps you.',
          )}
        </p>
      ) : (
        <ul class="utrecht-unordered-list">
          {found.referrals.map((r) => {
            const steps = found.escalations.filter((e) => e.detail.verwijzing === r.id);
            const first = steps.find((e) => e.detail.stap === 1);
            const second = steps.find((e) => e.detail.stap === 2);
            return (
              <li key={r.id}>
                <p class="utrecht-paragraph">
                  {tr(lang, `Je koos voor ${r.providerName}.`, `You chose ${r.providerName}.`)}{' '}
                  {r.status === 'gestart'
                    ? tr(lang, 'De hulp is gestart.', 'The help has started.')
                    : r.status === 'gestopt'
                      ? tr(lang, 'Deze hulp is gestopt.', 'This help has stopped.')
                      : r.startBy
                        ? tr(
                            lang,
                            `De hulp moet uiterlijk ${dutchDate(r.startBy)} starten.`,
                            `The help must start by ${dutchDate(r.startBy)}.`,
                          )
                        : ''}
                </p>
                {r.status === 'open' && first ? (
                  <p class="utrecht-paragraph">
                    <strong>
                      {tr(
                        lang,
                        `De hulp is te laat. Je regisseur heeft de aanbieder op ${dayOf(first.at)} aangesproken.`,
                        `The help is late. Your case director contacted the provider on ${dayOfEn(first.at)}.`,
                      )}
                    </strong>
                    {second
                      ? tr(
                          lang,
                          ` Op ${dayOf(second.at)} is ook de teammanager ingeschakeld.`,
                          ` On ${dayOfEn(second.at)} the team manager was called in as well.`,
                        )
                      : ''}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/aanbieder">
          {found.referrals.length === 0
            ? tr(lang, 'Kies zelf wie je helpt', 'Choose who helps you')
            : tr(lang, 'Een andere aanbieder kiezen', 'Choose another provider')}
        </a>
      </p>
    </section>
  );
}
