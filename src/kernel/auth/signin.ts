// Signing in: a one-time code by email for residents and volunteers; password plus TOTP for professionals.
import { randomUUID } from 'node:crypto';
import { type Actor, withAccess } from '../access/gate.js';
import type { AppContext } from '../http/context.js';
import type { Tenant } from '../tenancy/queries.js';
import {
  accountIdByEmail,
  claimTotpStep,
  clearSignInFailures,
  findSignInAccount,
  recordSignInFailure,
  type SignInAccount,
} from './accounts.js';
import { CODE_MINUTES, issueLoginCode } from './login-codes.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { needsPasswordAndTotp } from './roles.js';
import { totpStep } from './totp.js';

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

/** Wrong passwords and codes in a row before a staff account locks, and for how long. */
export const SIGN_IN_FAILURE_LIMIT = 5;
export const LOCK_MINUTES = 15;

/** First step for professionals. Unknown address, wrong password and a locked account take equally long and answer
 * the same; the owner of a locked account hears it by mail. */
export async function checkPassword(
  ctx: AppContext,
  tenant: Tenant,
  email: string,
  password: string,
): Promise<PasswordCheck> {
  const account = await signInAccount(ctx, tenant.id, email);
  const usable = account && needsPasswordAndTotp(account.role) && account.passwordHash ? account : undefined;
  const matches = await verifyPassword(password, usable?.passwordHash ?? dummyPasswordHash);
  if (!usable || usable.lockedUntil) return { ok: false };
  if (!matches) {
    await countFailure(ctx, tenant, usable);
    return { ok: false };
  }
  return { ok: true, userId: usable.id, hasTotp: usable.totpSecret !== null };
}

export type TotpCheck = { ok: true } | { ok: false; reason: 'onjuist' | 'al_gebruikt' | 'geblokkeerd' };

/**
 * Second step: the code from the app (of the secret being set up, when `enrolling`). A code is accepted once: its
 * 30-second step is stored, so the same code cannot open a second session. Wrong codes count towards the lock.
 */
export async function checkTotp(
  ctx: AppContext,
  tenant: Tenant,
  userId: string,
  code: string,
  enrolling: string | null,
): Promise<TotpCheck> {
  const account = await withAccess(
    ctx.database.db,
    signInActor(tenant.id),
    { category: 'account', action: 'read', purpose: 'inloggen', subjectUserId: userId },
    (gated) => findSignInAccount(gated, tenant.id, userId),
  );
  if (!account || account.disabled) return { ok: false, reason: 'onjuist' };
  if (account.lockedUntil) return { ok: false, reason: 'geblokkeerd' };
  const secret = enrolling ?? account.totpSecret;
  const step = secret ? totpStep(secret, code) : null;
  if (step === null) {
    const { lockedNow } = await countFailure(ctx, tenant, account);
    return { ok: false, reason: lockedNow ? 'geblokkeerd' : 'onjuist' };
  }
  const fresh = await withAccess(
    ctx.database.db,
    signInActor(tenant.id),
    { category: 'account', action: 'update', purpose: 'inloggen', subjectUserId: userId },
    async (gated) => {
      const claimed = await claimTotpStep(gated, tenant.id, userId, step);
      if (claimed) await clearSignInFailures(gated, tenant.id, userId);
      return claimed;
    },
  );
  return fresh ? { ok: true } : { ok: false, reason: 'al_gebruikt' };
}

async function countFailure(ctx: AppContext, tenant: Tenant, account: SignInAccount): Promise<{ lockedNow: boolean }> {
  const result = await withAccess(
    ctx.database.db,
    signInActor(tenant.id),
    { category: 'account', action: 'update', purpose: 'inloggen', subjectUserId: account.id },
    (gated) => recordSignInFailure(gated, tenant.id, account.id, SIGN_IN_FAILURE_LIMIT, LOCK_MINUTES),
  );
  if (result.lockedNow)
    await ctx.mailer.send({
      to: account.email,
      subject: 'Je account bij Nabij is even geblokkeerd',
      text:
        `Hallo,\n\nEr is ${SIGN_IN_FAILURE_LIMIT} keer achter elkaar een verkeerd wachtwoord of een verkeerde code ` +
        `gebruikt om in te loggen op je account bij Nabij ${tenant.name}. ` +
        `Daarom kun je de komende ${LOCK_MINUTES} minuten niet inloggen.\n\n` +
        'Was jij dit? Wacht dan even en probeer het opnieuw.\n' +
        'Was jij dit niet? Meld het dan bij de beheerder van Nabij in je gemeente, ' +
        'en verander je wachtwoord als je denkt dat iemand anders het kent.\n\n' +
        `Nabij ${tenant.name}`,
    });
  return result;
}
