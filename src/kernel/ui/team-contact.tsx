// How to reach the municipality's neighbourhood team by phone or mail, on every page that may need it.
import type { Tenant } from '../tenancy/queries.js';
import { type Lang, tr } from './messages.js';

export function TeamContact({ lang, tenant }: { lang: Lang; tenant: Tenant | undefined }) {
  if (!tenant?.teamPhone && !tenant?.teamEmail) return null;
  return (
    <p class="utrecht-paragraph">
      {tr(lang, 'Je kunt het wijkteam ook bellen of mailen', 'You can also call or email the neighbourhood team')}
      {tenant.teamPhone ? (
        <>
          {': '}
          <a class="utrecht-link utrecht-link--telephone" href={`tel:${tenant.teamPhone.replace(/[^\d+]/g, '')}`}>
            {tenant.teamPhone}
          </a>
        </>
      ) : null}
      {tenant.teamEmail ? (
        <>
          {tenant.teamPhone ? tr(lang, ' of ', ' or ') : ': '}
          <a class="utrecht-link" href={`mailto:${tenant.teamEmail}`}>
            {tenant.teamEmail}
          </a>
        </>
      ) : null}
      .
    </p>
  );
}
