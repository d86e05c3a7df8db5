import { and, asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../src/db/queries/accounts.js';
import { authTokens, mailOutbox, refreshTokens, users } from '../src/db/schema/index.js';
import { createMailTransport, mailSenderJob } from '../src/jobs/index.js';
import { createLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server/app.js';
import { startTestServer, type GraphQLResponse, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import type { AccountsSessionFragment, AccountsSignInMutation, TypedDocumentString } from './gql/generated/graphql.js';
import { payloadOf, request } from './gql/request.js';

// Self-hosted accounts through the public endpoint: sign-up, sign-in, rotating refresh tokens,
// sign-out, password change, mailed verification and reset codes (read from the mail outbox, as
// the mail-sender job would send them), bad input, enumeration, attempt limits, and the
// switch-off under an identity provider.

let server: TestServer;
let counter = 0;
/** Attempt limits far above what this file does, except where a test sets its own. */
const ROOMY = { account: { perSecond: 1, burst: 1_000 }, ip: { perSecond: 1, burst: 1_000 } };
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  server = await startTestServer({ accounts: { attemptLimits: ROOMY } });
});
afterAll(() => server?.stop());

graphql(`
  fragment AccountsSession on Session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id displayName email emailVerified } }
`);
const SIGN_UP = graphql(`
  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { session { ...AccountsSession } userErrors { code field message } } }
`);
const SIGN_IN = graphql(`
  mutation AccountsSignIn($input: SignInInput!) { signIn(input: $input) { session { ...AccountsSession } userErrors { code field message } } }
`);
const REFRESH = graphql(`
  mutation AccountsRefresh($input: RefreshSessionInput!) { refreshSession(input: $input) { session { ...AccountsSession } userErrors { code field message } } }
`);
const SIGN_OUT = graphql(`
  mutation AccountsSignOut($input: SignOutInput!) { signOut(input: $input) { ok userErrors { code field message } } }
`);
const CHANGE = graphql(`
  mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { session { ...AccountsSession } userErrors { code field message } } }
`);
const REQUEST_VERIFICATION = graphql(`
  mutation AccountsRequestVerification { requestEmailVerification { ok userErrors { code field message } } }
`);
const VERIFY = graphql(`
  mutation AccountsVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code field message } } }
`);
const REQUEST_RESET = graphql(`
  mutation AccountsRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code field message } } }
`);
const RESET = graphql(`
  mutation AccountsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code field message } } }
`);
const VIEWER = graphql(`
  query AccountsViewer { viewer { user { email displayName emailVerified } } }
`);

/** A mutation's payload, sent as `as` (failing the test on GraphQL errors). */
async function call<Result extends object, Input>(document: TypedDocumentString<Result, { input: Input }>, input: Input, as?: string): Promise<Result[keyof Result]> {
  return payloadOf(await request(server, document, { input }, { as }));
}

async function requestVerification(as: string) {
  return payloadOf(await request(server, REQUEST_VERIFICATION, {}, { as }));
}

const freshEmail = () => `driver-${(counter += 1)}-${Date.now() % 100_000}@accounts.example`;

async function signUp(email = freshEmail(), password = PASSWORD): Promise<{ email: string; session: AccountsSessionFragment }> {
  const payload = await call(SIGN_UP, { email, password, displayName: 'Ada Driver' });
  expect(payload.userErrors).toEqual([]);
  return { email, session: payload.session! };
}

/** The code in the latest mail to `email` with this subject (the line of 43 base64url characters). */
async function codeMailedTo(email: string, subject: RegExp): Promise<string> {
  const mails = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email)).orderBy(asc(mailOutbox.id));
  const mail = mails.filter((row) => subject.test(row.subject)).at(-1);
  if (!mail) throw new Error(`no mail "${subject}" to ${email}`);
  return /^[A-Za-z0-9_-]{43}$/m.exec(mail.body)![0];
}

async function mailCount(email: string): Promise<number> {
  const [row] = await server.database.db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  return row!.n;
}

async function userCount(): Promise<number> {
  const [row] = await server.database.db.select({ n: count() }).from(users);
  return row!.n;
}

describe('sign-up, sign-in and the session', () => {
  it('signs up, signs in, and the access token works on viewer', async () => {
    const { email, session } = await signUp(`  Ada.${(counter += 1)}@Accounts.EXAMPLE `);
    const normalised = email.trim().toLowerCase();
    // sent anonymously: the user's private fields are not shown until the new token is used
    expect(session.user).toMatchObject({ displayName: 'Ada Driver', email: null, emailVerified: null });
    expect(Date.parse(session.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(session.refreshTokenExpiresAt)).toBeGreaterThan(Date.parse(session.accessTokenExpiresAt));

    const viewer = await request(server, VIEWER, {}, { as: session.accessToken });
    expect(viewer).toEqual({ data: { viewer: { user: { email: normalised, displayName: 'Ada Driver', emailVerified: false } } } });

    const signedIn = await call(SIGN_IN, { email: normalised.toUpperCase(), password: PASSWORD });
    expect(signedIn.userErrors).toEqual([]);
    expect(signedIn.session!.user.id).toBe(session.user.id);
    expect(signedIn.session!.refreshToken).not.toBe(session.refreshToken);

    // the password is stored as argon2id, the refresh token only as a hash, and a verification mail waits
    const [row] = await server.database.db.select().from(users).where(eq(users.email, normalised));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const stored = await server.database.db.select().from(refreshTokens).where(eq(refreshTokens.userId, row!.id));
    expect(stored).toHaveLength(2);
    expect(stored.map((token) => token.tokenHash)).not.toContain(session.refreshToken);
    expect(await codeMailedTo(normalised, /Confirm/)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('rotates refresh tokens: the old one is refused, and reusing it revokes the whole family', async () => {
    const { email, session } = await signUp();
    const other = (await call(SIGN_IN, { email, password: PASSWORD })).session!;

    const second = await call(REFRESH, { refreshToken: session.refreshToken });
    expect(second.userErrors).toEqual([]);
    expect(second.session!.user.id).toBe(session.user.id);
    expect((await request(server, VIEWER, {}, { as: second.session!.accessToken })).data).toMatchObject({ viewer: { user: { email } } });

    // the first token again: refused, and the family (the second token too) is revoked
    const replay = await call(REFRESH, { refreshToken: session.refreshToken });
    expect(replay).toEqual({ session: null, userErrors: [expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'refreshToken'] })] });
    expect((await call(REFRESH, { refreshToken: second.session!.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');

    // another sign-in of the same user is another family: untouched
    expect((await call(REFRESH, { refreshToken: other.refreshToken })).userErrors).toEqual([]);
  });

  it('lets one of two concurrent refreshes with the same token win, and treats the other as reuse', async () => {
    const { session } = await signUp();
    const results = await Promise.all([1, 2].map(() => call(REFRESH, { refreshToken: session.refreshToken })));
    const winners = results.filter((result) => result.session);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.userErrors[0]?.code === 'INVALID_TOKEN')).toHaveLength(1);
    // the loser presented a spent token: the family is revoked, the winner's new token included
    expect((await call(REFRESH, { refreshToken: winners[0]!.session!.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
  });

  it('refuses an unknown or expired refresh token', async () => {
    const { email, session } = await signUp();
    expect((await call(REFRESH, { refreshToken: 'x'.repeat(43) })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    const user = await findUserByEmail(server.database.db, email);
    await server.database.db
      .update(refreshTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(refreshTokens.userId, user!.id));
    expect((await call(REFRESH, { refreshToken: session.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
  });

  it('signs out: the refresh token and its family stop working', async () => {
    const { session } = await signUp();
    const refreshed = (await call(REFRESH, { refreshToken: session.refreshToken })).session!;
    expect(await call(SIGN_OUT, { refreshToken: refreshed.refreshToken })).toEqual({ ok: true, userErrors: [] });
    expect((await call(REFRESH, { refreshToken: refreshed.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(SIGN_OUT, { refreshToken: 'y'.repeat(43) })).userErrors[0]!.code).toBe('INVALID_TOKEN');
  });

  it('changes the password: the old one and every other session stop working', async () => {
    const { email, session } = await signUp();
    const otherDevice = (await call(SIGN_IN, { email, password: PASSWORD })).session!;
    const as = session.accessToken;

    const wrong = await call(CHANGE, { currentPassword: 'not the password', newPassword: 'a new long passphrase' }, as);
    expect(wrong).toEqual({ session: null, userErrors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] })] });
    const weak = await call(CHANGE, { currentPassword: PASSWORD, newPassword: 'short' }, as);
    expect(weak.userErrors).toEqual([expect.objectContaining({ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] })]);
    // the refusals changed nothing: the password still signs in
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors).toEqual([]);

    const changed = await call(CHANGE, { currentPassword: PASSWORD, newPassword: 'a new long passphrase' }, as);
    expect(changed.userErrors).toEqual([]);
    expect((await call(REFRESH, { refreshToken: otherDevice.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(REFRESH, { refreshToken: session.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(REFRESH, { refreshToken: changed.session!.refreshToken })).userErrors).toEqual([]);
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    expect((await call(SIGN_IN, { email, password: 'a new long passphrase' })).userErrors).toEqual([]);
  });

  it('asks anonymous callers of changePassword and requestEmailVerification to sign in', async () => {
    for (const response of [
      await request(server, CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'another long one' } }),
      await request(server, REQUEST_VERIFICATION, {}),
    ]) {
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('no user enumeration at sign-in', () => {
  it('answers an unknown email, a wrong password and a password-less account alike', async () => {
    const { email } = await signUp();
    const wrongPassword = await request(server, SIGN_IN, { input: { email, password: 'wrong password!' } });
    const unknownEmail = await request(server, SIGN_IN, { input: { email: freshEmail(), password: 'wrong password!' } });
    // seeded users have no password: they sign in through tokens only
    const noPassword = await request(server, SIGN_IN, { input: { email: 'ops@citypark.example', password: 'wrong password!' } });
    const malformed = await request(server, SIGN_IN, { input: { email: 'not an email', password: 'wrong password!' } });
    expect(wrongPassword).toEqual({
      data: { signIn: { session: null, userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: 'The email or password is wrong' }] } },
    });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(noPassword).toEqual(wrongPassword);
    expect(malformed).toEqual(wrongPassword);
  });

  it('answers a reset request the same for unknown addresses, and mails only real ones', async () => {
    const { email } = await signUp();
    const unknown = freshEmail();
    const known = await request(server, REQUEST_RESET, { input: { email } });
    const stranger = await request(server, REQUEST_RESET, { input: { email: unknown } });
    expect(known).toEqual({ data: { requestPasswordReset: { ok: true, userErrors: [] } } });
    expect(stranger).toEqual(known);
    expect(await codeMailedTo(email, /Reset/)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await mailCount(unknown)).toBe(0);
  });
});

describe('bad sign-up input changes nothing', () => {
  it.each([
    ['a short password', { password: 'short1234' }, 'WEAK_PASSWORD', ['input', 'password']],
    ['a password of one repeated letter', { password: 'aaaaaaaaaaaa' }, 'WEAK_PASSWORD', ['input', 'password']],
    ['the email as password', { email: 'Same.As.Password@accounts.example', password: 'same.as.password@accounts.example' }, 'WEAK_PASSWORD', ['input', 'password']],
    ['an overlong password', { password: 'x1'.repeat(200) }, 'WEAK_PASSWORD', ['input', 'password']],
    ['a malformed email', { email: 'ada@' }, 'INVALID_EMAIL', ['input', 'email']],
    ['an email with spaces inside', { email: 'ada lovelace@accounts.example' }, 'INVALID_EMAIL', ['input', 'email']],
    ['an email without a domain dot', { email: 'ada@localhost' }, 'INVALID_EMAIL', ['input', 'email']],
    ['an empty display name', { displayName: '   ' }, 'INVALID_INPUT', ['input', 'displayName']],
  ])('%s', async (_name, change, code, field) => {
    const input = { email: freshEmail(), password: PASSWORD, displayName: 'Ada', ...change };
    const before = { users: await userCount(), mails: await mailCount(input.email.trim().toLowerCase()) };
    const payload = await call(SIGN_UP, input);
    expect(payload.session).toBeNull();
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect({ users: await userCount(), mails: await mailCount(input.email.trim().toLowerCase()) }).toEqual(before);
  });

  it('refuses a taken address whatever its case or width (EMAIL_TAKEN), writing nothing', async () => {
    const { email } = await signUp();
    const [local, domain] = email.split('@') as [string, string];
    // full-width letters are the same address after NFKC
    const fullWidth = [...local].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');
    const before = { users: await userCount(), mails: await mailCount(email) };
    for (const variant of [email.toUpperCase(), `${fullWidth}@${domain}`, 'ops@citypark.example']) {
      const payload = await call(SIGN_UP, { email: variant, password: 'another passphrase', displayName: 'Impostor' });
      expect(payload).toEqual({ session: null, userErrors: [expect.objectContaining({ code: 'EMAIL_TAKEN', field: ['input', 'email'] })] });
    }
    expect({ users: await userCount(), mails: await mailCount(email) }).toEqual(before);
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors).toEqual([]);
  });
});

describe('email verification', () => {
  it('verifies with the mailed code once; the code is single use', async () => {
    const { email, session } = await signUp();
    const code = await codeMailedTo(email, /Confirm/);
    expect((await call(VERIFY, { token: code })).user!.id).toBe(session.user.id);
    expect((await request(server, VIEWER, {}, { as: session.accessToken })).data).toMatchObject({ viewer: { user: { emailVerified: true } } });
    expect(await call(VERIFY, { token: code })).toEqual({ user: null, userErrors: [expect.objectContaining({ code: 'INVALID_TOKEN', field: ['input', 'token'] })] });
    // verified: asking again sends nothing
    const mails = await mailCount(email);
    expect(await requestVerification(session.accessToken)).toEqual({ ok: true, userErrors: [] });
    expect(await mailCount(email)).toBe(mails);
  });

  it('refuses an expired code and leaves the address unverified', async () => {
    const { email, session } = await signUp();
    expect(await requestVerification(session.accessToken)).toEqual({ ok: true, userErrors: [] });
    const code = await codeMailedTo(email, /Confirm/);
    await server.database.db
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(authTokens.email, email), eq(authTokens.purpose, 'VERIFY_EMAIL')));
    expect((await call(VERIFY, { token: code })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await request(server, VIEWER, {}, { as: session.accessToken })).data).toMatchObject({ viewer: { user: { emailVerified: false } } });
  });
});

describe('password reset', () => {
  it('resets with the mailed code: once, after a weak attempt, revoking every session', async () => {
    const { email, session } = await signUp();
    await call(REQUEST_RESET, { email: email.toUpperCase() });
    const code = await codeMailedTo(email, /Reset/);

    const weak = await call(RESET, { token: code, newPassword: 'weak' });
    expect(weak).toEqual({ ok: false, userErrors: [expect.objectContaining({ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] })] });
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors).toEqual([]); // nothing changed

    expect(await call(RESET, { token: code, newPassword: 'a brand new passphrase' })).toEqual({ ok: true, userErrors: [] });
    expect((await call(REFRESH, { refreshToken: session.refreshToken })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    const signedIn = await call(SIGN_IN, { email, password: 'a brand new passphrase' });
    // the code proved the mailbox
    expect((await request(server, VIEWER, {}, { as: signedIn.session!.accessToken })).data).toMatchObject({ viewer: { user: { emailVerified: true } } });

    expect((await call(RESET, { token: code, newPassword: 'yet another passphrase' })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(SIGN_IN, { email, password: 'a brand new passphrase' })).userErrors).toEqual([]);
  });

  it('refuses an expired reset code and keeps the password', async () => {
    const { email } = await signUp();
    await call(REQUEST_RESET, { email });
    const code = await codeMailedTo(email, /Reset/);
    await server.database.db
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(authTokens.email, email), eq(authTokens.purpose, 'RESET_PASSWORD')));
    expect((await call(RESET, { token: code, newPassword: 'a brand new passphrase' })).userErrors[0]!.code).toBe('INVALID_TOKEN');
    expect((await call(SIGN_IN, { email, password: PASSWORD })).userErrors).toEqual([]);
  });

  it('retires older reset codes once one is used', async () => {
    const { email } = await signUp();
    await call(REQUEST_RESET, { email });
    const older = await codeMailedTo(email, /Reset/);
    await call(REQUEST_RESET, { email });
    const newer = await codeMailedTo(email, /Reset/);
    expect(newer).not.toBe(older);
    expect((await call(RESET, { token: newer, newPassword: 'a brand new passphrase' })).userErrors).toEqual([]);
    expect((await call(RESET, { token: older, newPassword: 'an attacker passphrase' })).userErrors[0]!.code).toBe('INVALID_TOKEN');
  });
});

describe('attempt limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({
      database: server.database,
      // X-Forwarded-For names the client (one trusted proxy), so a test can speak from several addresses
      limits: { trustedProxyHops: 1 },
      accounts: { attemptLimits: { account: { perSecond: 1 / 3600, burst: 3 }, ip: { perSecond: 1 / 3600, burst: 5 } } },
    });
  });
  afterAll(() => limited?.stop());

  async function signInFrom(ip: string, email: string, password: string): Promise<GraphQLResponse<AccountsSignInMutation>> {
    const response = await fetch(`${limited.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: SIGN_IN.toString(), variables: { input: { email, password } } }),
    });
    return (await response.json()) as GraphQLResponse<AccountsSignInMutation>;
  }

  it('limits sign-in per account, whichever address the attempts come from', async () => {
    const { email } = await signUp();
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await signInFrom(ip, email, 'wrong password!')).data!.signIn!.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    }
    // now even the right password is refused, from a fresh address
    const refused = await signInFrom('198.51.100.4', email, PASSWORD);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.data?.signIn ?? null).toBeNull();
    // another account is not affected
    const { email: other } = await signUp();
    expect((await signInFrom('198.51.100.4', other, PASSWORD)).data!.signIn!.userErrors).toEqual([]);
  });

  it('limits sign-in per client address, whichever accounts it tries', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signInFrom('203.0.113.9', freshEmail(), 'wrong password!')).data!.signIn!.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    }
    const { email } = await signUp();
    expect((await signInFrom('203.0.113.9', email, PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await signInFrom('203.0.113.10', email, PASSWORD)).data!.signIn!.userErrors).toEqual([]);
  });

  it('limits password-reset requests per account', async () => {
    const { email } = await signUp();
    const request = (ip: string) =>
      fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: REQUEST_RESET.toString(), variables: { input: { email } } }),
      }).then((response) => response.json() as Promise<GraphQLResponse>);
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) expect((await request(ip)).errors).toBeUndefined();
    expect((await request('192.0.2.4')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await mailCount(email)).toBe(1 + 3); // the sign-up's verification and three reset codes
  });
});

describe('with an identity provider configured', () => {
  let oidc: RunningServer;
  beforeAll(async () => {
    oidc = await startServer({
      database: server.database,
      logger: createLogger('silent'),
      // never fetched: the refusal comes before any token is looked at
      auth: { kind: 'oidc', jwksUrl: 'http://127.0.0.1:9/jwks', issuer: 'https://idp.example', audience: 'parkway-api' },
      port: 0,
      host: '127.0.0.1',
      scheduler: false,
      limits: { rateLimits: false },
    });
  });
  afterAll(() => oidc?.stop());

  it('answers every self-hosted account mutation SELF_HOSTED_ACCOUNTS_DISABLED and writes nothing', async () => {
    const before = await userCount();
    // only the refusal is read: every response's errors, whatever its document's data
    const post = async (query: { toString(): string }, input: Record<string, unknown>) => {
      const response = await fetch(`${oidc.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: query.toString(), variables: { input } }),
      });
      return (await response.json()) as GraphQLResponse;
    };
    const email = freshEmail();
    for (const [query, input] of [
      [SIGN_UP, { email, password: PASSWORD, displayName: 'Ada' }],
      [SIGN_IN, { email, password: PASSWORD }],
      [REFRESH, { refreshToken: 'x'.repeat(43) }],
      [SIGN_OUT, { refreshToken: 'x'.repeat(43) }],
      [VERIFY, { token: 'x'.repeat(43) }],
      [REQUEST_RESET, { email }],
      [RESET, { token: 'x'.repeat(43), newPassword: 'a brand new passphrase' }],
    ] as const) {
      const response = await post(query, input);
      expect(response.errors?.[0]?.extensions?.code, query.toString()).toBe('SELF_HOSTED_ACCOUNTS_DISABLED');
    }
    expect(await userCount()).toBe(before);
    expect(await mailCount(email)).toBe(0);
  });
});

describe('mail without SMTP_URL', () => {
  it('is written to the log by the mail-sender job, then marked sent without its body', async () => {
    const { email } = await signUp();
    const code = await codeMailedTo(email, /Confirm/);
    const lines: Array<{ msg: string; mail?: { to: string; subject: string; text: string } }> = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    const job = mailSenderJob({ db: server.database.db, logger, send: createMailTransport({ smtpUrl: undefined, from: 'Parkway <x@parkway.example>', logger }) });
    // the outbox holds this file's earlier mail too: a few rounds of 20
    for (let round = 0; round < 20 && !lines.some((line) => line.mail?.to === email); round += 1) {
      await job.run({ signal: new AbortController().signal });
    }
    const logged = lines.find((line) => line.mail?.to === email);
    expect(logged).toMatchObject({ msg: 'mail (SMTP_URL is not set: logged, not sent)', mail: { subject: 'Confirm your Parkway email address' } });
    expect(logged!.mail!.text).toContain(code);
    const [row] = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    expect(row).toMatchObject({ body: '', attempts: 1 });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });
});
