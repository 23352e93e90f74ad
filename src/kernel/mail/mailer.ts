// Outgoing mail: over SMTP when configured, otherwise into an outbox folder that /dev/outbox shows.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export type OutboxMail = Mail & { sentAt: string; file: string };

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/** Mail holds sign-in codes and links: the outbox folder and its files are for the owner only (0700, 0600). */
export function outboxMailer(outboxDir: string): Mailer {
  let sequence = 0;
  return {
    async send(mail) {
      mkdirSync(outboxDir, { recursive: true, mode: 0o700 });
      // A folder made before this rule, or by another tool, is closed as well.
      chmodSync(outboxDir, 0o700);
      const sentAt = new Date().toISOString();
      const file = `${sentAt.replace(/[:.]/g, '-')}-${process.pid}-${++sequence}.json`;
      writeFileSync(join(outboxDir, file), JSON.stringify({ ...mail, sentAt }, null, 2), { mode: 0o600 });
    },
  };
}

/** The outbox, newest first. */
export function readOutbox(outboxDir: string): OutboxMail[] {
  let files: string[];
  try {
    files = readdirSync(outboxDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .sort()
    .reverse()
    .map((file) => ({
      ...(JSON.parse(readFileSync(join(outboxDir, file), 'utf8')) as Mail & { sentAt: string }),
      file,
    }));
}

export function mailerFor(config: { smtpUrl: string | undefined; mailFrom: string; outboxDir: string }): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : outboxMailer(config.outboxDir);
}
