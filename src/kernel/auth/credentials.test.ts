// Passwords, app codes and one-time tokens.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';
import { currentTotp, isValidTotp, newTotpSecret } from './totp.js';
import { hashToken, newSixDigitCode, newToken } from './tokens.js';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct paard batterij nietje');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct paard batterij nietje', hash)).toBe(true);
    expect(await verifyPassword('correct paard batterij nietj', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('zelfde')).not.toBe(await hashPassword('zelfde'));
  });

  it('refuses a stored value that is not a hash it knows', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('app codes (TOTP)', () => {
  it('accepts the current code and refuses others', () => {
    const secret = newTotpSecret();
    const code = currentTotp(secret);
    expect(isValidTotp(secret, code)).toBe(true);
    expect(isValidTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    expect(isValidTotp(secret, String((Number(code) + 1) % 1_000_000).padStart(6, '0'))).toBe(false);
    expect(isValidTotp(secret, 'abcdef')).toBe(false);
    expect(isValidTotp(newTotpSecret(), code)).toBe(false);
  });
});

describe('tokens', () => {
  it('makes six-digit codes and long random tokens, stored only as hashes', () => {
    for (let i = 0; i < 50; i++) expect(newSixDigitCode()).toMatch(/^\d{6}$/);
    const token = newToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});
