import nodemailer from 'nodemailer';
import type { Database } from '../db/client.js';
import { leaseDueMail, markMailFailed, markMailSent } from '../db/queries/mail-outbox.js';
import type { Logger } from '../logger.js';
import type { Job } from './scheduler.js';

/** One message on its way out. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Delivers a message or throws; the job retries what throws. */
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

/**
 * SMTP through nodemailer when `smtpUrl` is set (`smtp://`, `smtps://`, with user and password in
 * the URL); else each message is logged at info level, which is how the embedded default (and a
 * developer without a mail server) sees verification and reset codes. Never log in production
 * what a stranger could use: set SMTP_URL there.
 */
export function createMailTransport({ smtpUrl, from, logger }: { smtpUrl: string | undefined; from: string; logger: Logger }): MailTransport {
  if (!smtpUrl) {
    return async (mail) => {
      logger.info({ mail }, 'mail (SMTP_URL is not set: logged, not sent)');
    };
  }
  const transporter = nodemailer.createTransport(smtpUrl);
  return async (mail) => {
    await transporter.sendMail({ from, ...mail });
  };
}

/** Attempts per message before it is given up (failed_at set). */
export const MAX_MAIL_ATTEMPTS = 8;

/**
 * Sends due mail from the outbox, at least once: each round leases a batch (so a second sender
 * skips it), sends each message, and marks it sent (clearing its body) or failed with a retry
 * after 30 s, 1, 2, 4 ... minutes, up to an hour; after {@link MAX_MAIL_ATTEMPTS} it stops trying.
 * A crash between sending and marking sends that message again when its lease (5 minutes) ends.
 */
export function mailSenderJob({
  db,
  send,
  logger,
  batchSize = 20,
}: {
  db: Database;
  send: MailTransport;
  logger: Logger;
  batchSize?: number;
}): Job {
  return {
    name: 'mail-sender',
    run: async ({ signal }) => {
      for (const mail of await leaseDueMail(db, batchSize, 300)) {
        if (signal.aborted) return;
        try {
          await send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
          await markMailSent(db, mail.id);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const retry = mail.attempts < MAX_MAIL_ATTEMPTS ? Math.min(3600, 30 * 2 ** (mail.attempts - 1)) : undefined;
          logger.warn({ mailId: mail.id, attempts: mail.attempts, retryInSeconds: retry, err: message }, 'mail not sent');
          await markMailFailed(db, mail.id, message, retry);
        }
      }
    },
  };
}
