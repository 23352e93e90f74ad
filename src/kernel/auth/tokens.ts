// Random tokens and their hashes: the database keeps only hashes of anything that grants access.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Six digits a person can type from an email. */
export const newSixDigitCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
