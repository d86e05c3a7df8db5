import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// Account mail over real SMTP: an SMTP server (smtp-server, by nodemailer's author) runs in this
// process, SMTP_URL points at it, and the scheduler's mail-sender job delivers the outbox.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let server: TestServer;
const received: Received[] = [];
/** How many of the next recipients the SMTP server refuses with a temporary error. */
let refuseNext = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuseNext > 0) {
        refuseNext -= 1;
        return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer({
    scheduler: { intervalMs: 100 },
    accounts: { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Parkway <accounts@parkway.example>', attemptLimits: false },
  });
});
afterAll(async () => {
  await server?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
});

/** Waits (up to 30 s) until `check` returns something. */
async function eventually<T>(check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 300; tries += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
}

/** The code in a message as it arrived (quoted-printable soft breaks undone). */
function codeIn(raw: string): string {
  return /^[A-Za-z0-9_-]{43}\r?$/m.exec(raw.replace(/=\r?\n/g, ''))![0].trim();
}

const SIGN_UP = graphql(`
  mutation SmtpSignUp($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }
`);
const VERIFY = graphql(`
  mutation SmtpVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code } } }
`);
const REQUEST_RESET = graphql(`
  mutation SmtpRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }
`);
const RESET = graphql(`
  mutation SmtpReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }
`);

describe('account mail over SMTP', () => {
  it('delivers the verification code, which then verifies the address', async () => {
    const email = `smtp-${Date.now() % 100_000}@accounts.example`;
    const signUp = await request(server, SIGN_UP, { input: { email, password: 'correct horse battery', displayName: 'Smtp Driver' } });
    expect(signUp.errors).toBeUndefined();

    const mail = await eventually(() => received.find((message) => message.to.includes(email)));
    expect(mail.from).toBe('accounts@parkway.example');
    expect(mail.raw).toMatch(/^Subject: Confirm your Parkway email address\r?$/m);
    const verified = await request(server, VERIFY, { input: { token: codeIn(mail.raw) } });
    expect(verified.data).toMatchObject({ verifyEmail: { user: { id: expect.any(String) }, userErrors: [] } });

    // sent: the outbox row says so (once the job has recorded it), and no longer holds the code
    const row = await eventually(async () => {
      const [current] = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
      return current?.sentAt ? current : undefined;
    });
    expect(row).toMatchObject({ attempts: 1, body: '', lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it('retries a message the SMTP server refused, and delivers it once it is due again', async () => {
    const email = `smtp-retry-${Date.now() % 100_000}@accounts.example`;
    await request(server, SIGN_UP, { input: { email, password: 'correct horse battery', displayName: 'Retry Driver' } });
    await eventually(() => received.find((message) => message.to.includes(email)));

    refuseNext = 1;
    await request(server, REQUEST_RESET, { input: { email } });
    const failed = await eventually(async () => {
      const rows = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
      return rows.find((row) => row.subject.startsWith('Reset') && row.lastError !== null);
    });
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(failed.lastError).toMatch(/451/);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now()); // backs off
    expect(received.filter((message) => message.to.includes(email))).toHaveLength(1);

    // make it due now instead of waiting out the backoff
    await server.database.db.update(mailOutbox).set({ nextAttemptAt: new Date() }).where(eq(mailOutbox.id, failed.id));
    const reset = await eventually(() => received.find((message) => message.to.includes(email) && /Subject: Reset/.test(message.raw)));
    // the SMTP server has the message a moment before the job records it as sent
    const row = await eventually(async () => {
      const [current] = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, failed.id));
      return current?.sentAt ? current : undefined;
    });
    expect(row).toMatchObject({ attempts: 2, body: '', lastError: null });

    const done = await request(server, RESET, { input: { token: codeIn(reset.raw), newPassword: 'a brand new passphrase' } });
    expect(done.data).toEqual({ resetPassword: { ok: true, userErrors: [] } });
  });
});
