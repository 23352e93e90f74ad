// Time-based one-time passwords (RFC 6238) for the professionals' second factor.
import { Secret, TOTP } from 'otpauth';

function totpFor(secretBase32: string, label = 'Nabij'): TOTP {
  return new TOTP({
    issuer: 'Nabij',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The 30-second step a code belongs to, or null for a wrong code. Accepts the current code and the one before or
 * after, to forgive a phone clock that is a little off; the caller makes sure a step is used only once.
 */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

export const isValidTotp = (secretBase32: string, code: string): boolean => totpStep(secretBase32, code) !== null;

export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32).generate();
}

export function totpUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString();
}
