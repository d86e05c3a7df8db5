import type { Database } from '../../db/client.js';
import { enqueueMail } from '../../db/queries/mail-outbox.js';

/**
 * The messages accounts send. Each carries its token on a line of its own (clients may turn it
 * into a link of their own app); the mutation that takes it back is named so a developer on the
 * embedded default, reading the log, knows what to do with it.
 */
export const accountMail = {
  emailVerification: (token: string, hours: number) => ({
    subject: 'Confirm your Parkway email address',
    body: lines(
      'Confirm that this address is yours by sending this code with the verifyEmail mutation:',
      token,
      `It works once, for ${hours} hours. If you did not sign up for Parkway, ignore this message.`,
    ),
  }),
  passwordReset: (token: string, minutes: number) => ({
    subject: 'Reset your Parkway password',
    body: lines(
      'Someone asked to reset the password of the Parkway account with this address. To choose a new',
      'password, send this code with the resetPassword mutation:',
      token,
      `It works once, for ${minutes} minutes. If it was not you, ignore this message: your password stays as it is.`,
    ),
  }),
  invitation: (token: string, operatorName: string, role: string, days: number) => ({
    subject: `You are invited to ${operatorName} on Parkway`,
    body: lines(
      `You are invited to join ${operatorName} on Parkway as ${role}. Sign in (or sign up) with this`,
      'address, then send this code with the acceptInvitation mutation:',
      token,
      `It works once, for ${days} days.`,
    ),
  }),
};

/** Queues `message` to `toAddress` in the caller's transaction. */
export function sendLater(db: Database, toAddress: string, message: { subject: string; body: string }): Promise<void> {
  return enqueueMail(db, { toAddress, ...message });
}

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
