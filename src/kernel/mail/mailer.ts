// Outgoing mail: over SMTP when configured, otherwise into an outbox folder that /dev/outbox shows.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export function outboxMailer(outboxDir: string): Mailer {
  let sequence = 0;
  return {
    async send(mail) {
      mkdirSync(outboxDir, { recursive: true });
      const sentAt = new Date().toISOString();
      const file = `${sentAt.replace(/[:.]/g, '-')}-${process.pid}-${++sequence}.json`;
      writeFileSync(join(outboxDir, file), JSON.stringify({ ...mail, sentAt }, null, 2));
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
