// The outbox holds sign-in codes: its folder and files are readable by their owner only.
import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outboxMailer, readOutbox } from './mailer.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const mail = { to: 'buur@voorbeeld.nl', subject: 'Uw inlogcode', text: 'Uw code is 123456.' };

describe('outbox mailer', () => {
  it('creates the folder with mode 0700 and each mail with mode 0600, and reads them back', async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), 'nabij-outbox-')), 'outbox');
    await outboxMailer(outbox).send(mail);
    expect(modeOf(outbox)).toBe(0o700);
    const [file] = readdirSync(outbox);
    expect(modeOf(join(outbox, file!))).toBe(0o600);
    expect(readOutbox(outbox)).toMatchObject([mail]);
  });

  it('closes an outbox folder that was made open to others', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'nabij-outbox-'));
    chmodSync(outbox, 0o755);
    await outboxMailer(outbox).send(mail);
    expect(modeOf(outbox)).toBe(0o700);
  });
});
