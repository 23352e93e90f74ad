// Signing in: a one-time code by email for residents and volunteers; password plus TOTP for professionals.
import { randomUUID } from 'node:crypto';
import { type Actor, withAccess } from '../access/gate.js';
import type { AppContext } from '../http/context.js';
import type { Tenant } from '../tenancy/queries.js';
import { accountIdByEmail, findSignInAccount, type SignInAccount } from './accounts.js';
import { CODE_MINUTES, issueLoginCode } from './login-codes.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { needsPasswordAndTotp } from './roles.js';

const signInActor = (tenantId: string): Actor => ({ kind: 'system', tenantId, process: 'inloggen' });

async function signInAccount(ctx: AppContext, tenantId: string, email: string): Promise<SignInAccount | undefined> {
  const db = ctx.database.db;
  const userId = await accountIdByEmail(db, tenantId, email);
  if (!userId) return undefined;
  const account = await withAccess(
    db,
    signInActor(tenantId),
    { category: 'account', action: 'read', purpose: 'inloggen', subjectUserId: userId },
    (gated) => findSignInAccount(gated, tenantId, userId),
  );
  return account && !account.disabled ? account : undefined;
}

/**
 * Sends a code and a link to the address when it belongs to a resident's account. The answer looks the same
 * whether or not the address is known, so nobody can find out who uses Nabij.
 */
export async function sendLoginCode(ctx: AppContext, tenant: Tenant, email: string): Promise<{ attemptId: string }> {
  const account = await signInAccount(ctx, tenant.id, email);
  if (!account) return { attemptId: randomUUID() };
  if (needsPasswordAndTotp(account.role)) {
    await ctx.mailer.send({
      to: email,
      subject: 'Inloggen bij Nabij',
      text:
        'Hallo,\n\nJe probeerde in te loggen met een code. ' +
        'Jouw account werkt met een wachtwoord en een code uit je app.\n' +
        `Log in via ${ctx.config.baseUrl}/inloggen/medewerker\n\nNabij ${tenant.name}`,
    });
    return { attemptId: randomUUID() };
  }
  const issued = await issueLoginCode(ctx.database.db, { userId: account.id, tenantId: tenant.id });
  await ctx.mailer.send({
    to: email,
    subject: `Je code om in te loggen: ${issued.code}`,
    text:
      `Hallo,\n\nJe code om in te loggen bij Nabij ${tenant.name} is:\n\n    ${issued.code}\n\n` +
      `Of klik op deze link:\n${ctx.config.baseUrl}/inloggen/link/${issued.linkToken}\n\n` +
      `De code en de link werken ${CODE_MINUTES} minuten en maar één keer.\n` +
      `Heb je niet geprobeerd in te loggen? Dan kun je deze e-mail weggooien.\n\nNabij ${tenant.name}`,
  });
  return { attemptId: issued.attemptId };
}

export type PasswordCheck = { ok: true; userId: string; hasTotp: boolean } | { ok: false };

/** First step for professionals. Unknown address and wrong password take equally long and answer the same. */
export async function checkPassword(
  ctx: AppContext,
  tenant: Tenant,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const account = await signInAccount(ctx, tenant.id, email);
  const usable = account && needsPasswordAndTotp(account.role) && account.passwordHash ? account : undefined;
  const matches = await verifyPassword(password, usable?.passwordHash ?? dummyPasswordHash);
  if (!usable || !matches) return { ok: false };
  return { ok: true, userId: usable.id, hasTotp: usable.totpSecret !== null };
}

export async function totpSecretOf(ctx: AppContext, tenantId: string, userId: string): Promise<string | null> {
  const account = await withAccess(
    ctx.database.db,
    signInActor(tenantId),
    { category: 'account', action: 'read', purpose: 'inloggen', subjectUserId: userId },
    (gated) => findSignInAccount(gated, tenantId, userId),
  );
  return account?.totpSecret ?? null;
}
