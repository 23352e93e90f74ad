// "Ik wil helpen" for someone who is not signed in: nothing becomes an account until they click the link in a mail.
// Whatever the address, the person sees the same page; only the mail, which only the address's owner reads, differs.
import { inGatedTransaction, withAccess } from '../../../kernel/access/gate.js';
import { accountIdByEmail, findSignInAccount } from '../../../kernel/auth/accounts.js';
import { needsPasswordAndTotp } from '../../../kernel/auth/roles.js';
import { newToken } from '../../../kernel/auth/tokens.js';
import type { AppContext } from '../../../kernel/http/context.js';
import type { Mail } from '../../../kernel/mail/mailer.js';
import type { Tenant } from '../../../kernel/tenancy/queries.js';
import { findOwnVolunteer, savePendingSignUp } from '../queries.js';
import { signUpActor, type VolunteerSignUp } from './sign-up-volunteer.js';

/** How long the link in the mail works. */
export const SIGN_UP_LINK_HOURS = 48;

/**
 * An unknown address: the sign-up waits (hashed token, 48 hours) and a mail with a link goes out. A known address:
 * a mail that says there is an account already and how to go on. The caller answers the same in both cases.
 */
export async function requestVolunteerSignUp(
  ctx: AppContext,
  tenant: Tenant,
  { email, ...profile }: VolunteerSignUp,
  now = new Date(),
): Promise<void> {
  const db = ctx.database.db;
  const existing = await accountIdByEmail(db, tenant.id, email);
  if (existing) {
    await ctx.mailer.send(await mailForExistingAccount(ctx, tenant, email, existing));
    return;
  }
  const token = newToken();
  await withAccess(
    db,
    signUpActor(tenant.id),
    { category: 'vrijwilliger', action: 'create', purpose: 'aanmelden', subjectUserId: null },
    (gated) =>
      inGatedTransaction(gated, (trx) =>
        savePendingSignUp(trx, {
          tenantId: tenant.id,
          email,
          profile,
          token,
          expiresAt: new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3600_000),
        }),
      ),
  );
  await ctx.mailer.send({
    to: email,
    subject: 'Maak je aanmelding als vrijwilliger af',
    text:
      `Hallo,\n\nJe wilt vrijwilliger worden bij Nabij ${tenant.name}. Fijn!\n` +
      `Klik op deze link om je aanmelding af te maken:\n` +
      `${ctx.config.baseUrl}/helpen/aanmelden/bevestigen/${token}\n\n` +
      `De link werkt ${SIGN_UP_LINK_HOURS} uur en maar één keer.\n` +
      `Heb je je niet aangemeld? Dan kun je deze e-mail weggooien. ` +
      `Na ${SIGN_UP_LINK_HOURS} uur gooien wij de gegevens weg.\n\nNabij ${tenant.name}`,
  });
}

/** The mail to an address that has an account: how to sign in, and for a resident how to go on as a volunteer. */
async function mailForExistingAccount(ctx: AppContext, tenant: Tenant, email: string, userId: string): Promise<Mail> {
  const db = ctx.database.db;
  const actor = signUpActor(tenant.id);
  const base = ctx.config.baseUrl;
  const account = await withAccess(
    db,
    actor,
    { category: 'account', action: 'read', purpose: 'aanmelden', subjectUserId: userId },
    (gated) => findSignInAccount(gated, tenant.id, userId),
  );
  const opening =
    `Hallo,\n\nIemand wilde zich met dit e-mailadres aanmelden als vrijwilliger bij Nabij ${tenant.name}. ` +
    `Was jij dat? Er is al een account met dit e-mailadres. Je hoeft geen nieuw account te maken.\n\n`;
  const closing = `\nHeb je dit niet zelf gedaan? Dan kun je deze e-mail weggooien.\n\nNabij ${tenant.name}`;
  const subject = 'Je aanmelding als vrijwilliger';
  let steps: string;
  if (!account || account.disabled) {
    steps = `Je account staat uit. Wil je weer meedoen? Neem dan contact op met het wijkteam.\n`;
  } else if (needsPasswordAndTotp(account.role)) {
    steps =
      `Dit is een werkaccount. Een werkaccount kan geen vrijwilliger zijn.\n` +
      `Wil je vrijwilliger worden? Meld je dan aan met je eigen e-mailadres, niet met je werkadres.\n` +
      `Je werkaccount gebruik je zoals altijd: ${base}/inloggen/medewerker\n`;
  } else {
    const volunteer = await withAccess(
      db,
      actor,
      { category: 'vrijwilliger', action: 'read', purpose: 'aanmelden', subjectUserId: userId },
      (gated) => findOwnVolunteer(gated, tenant.id, userId),
    );
    steps = volunteer
      ? `Je bent al aangemeld als vrijwilliger. Log in met je e-mailadres: ${base}/inloggen\n` +
        `Daarna zie je je aanmelding op ${base}/mijn/vrijwilliger\n`
      : `1. Log in met je e-mailadres: ${base}/inloggen\n` +
        `   Je krijgt dan een code in je e-mail.\n` +
        `2. Meld je daarna aan als vrijwilliger: ${base}/helpen/aanmelden\n`;
  }
  return { to: email, subject, text: opening + steps + closing };
}
