import { asc, eq } from 'drizzle-orm';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../src/db/schema/index.js';
import { shellToolsForExamples } from './helpers/doc-script.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { graphql } from './gql/generated/index.js';
import { request } from './gql/request.js';

// The page's own documents are sent as the page writes them (its text is what is tested); the one
// request of the test's own is a graphql() document.
const REFRESH_OTHER = graphql(`
  mutation AccountsDocsRefreshOther($input: RefreshSessionInput!) { refreshSession(input: $input) { userErrors { code } } }
`);

// docs/accounts.md shows the account flows as curl commands: run them, in the page's order, with
// curl against a real server, so the page stays true.

const page = readFileSync(new URL('../docs/accounts.md', import.meta.url), 'utf8');
const steps = new Map([...page.matchAll(/<!-- accounts-step: ([\w-]+) -->\n```sh\n([\s\S]*?)```/g)].map((match) => [match[1]!, match[2]!]));

let server: TestServer;
const env: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  env.API = `${server.url}/graphql`;
});
afterAll(() => server?.stop());

/** Runs a step's commands with bash and returns the JSON they print. */
async function run(step: string): Promise<{ data?: Record<string, Record<string, unknown>>; errors?: unknown[] }> {
  const script = steps.get(step);
  if (!script) throw new Error(`docs/accounts.md has no step "${step}"`);
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { env: { ...process.env, ...env } });
  return JSON.parse(stdout) as { data?: Record<string, Record<string, unknown>>; errors?: unknown[] };
}

async function latestCode(subject: RegExp): Promise<string> {
  const mails = await server.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'ada@example.com')).orderBy(asc(mailOutbox.id));
  return /^[A-Za-z0-9_-]{43}$/m.exec(mails.filter((mail) => subject.test(mail.subject)).at(-1)!.body)![0];
}

type Session = { accessToken: string; refreshToken: string };

function keep(session: unknown): void {
  expect(session).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
  env.ACCESS = (session as Session).accessToken;
  env.REFRESH = (session as Session).refreshToken;
}

describe.skipIf(!shellToolsForExamples())('docs/accounts.md', () => {
  it('runs every flow as the page shows it', async () => {
    expect([...steps.keys()]).toEqual(['sign-up', 'viewer', 'verify-email', 'sign-in', 'refresh', 'change-password', 'request-reset', 'reset', 'sign-out']);

    const signUp = await run('sign-up');
    expect(signUp.data!.signUp!.userErrors).toEqual([]);
    keep(signUp.data!.signUp!.session);
    expect((await run('viewer')).data).toEqual({ viewer: { user: { email: 'ada@example.com', emailVerified: false } } });

    env.CODE = await latestCode(/Confirm/);
    expect((await run('verify-email')).data!.verifyEmail).toMatchObject({ user: { id: expect.any(String) }, userErrors: [] });
    expect((await run('viewer')).data).toEqual({ viewer: { user: { email: 'ada@example.com', emailVerified: true } } });

    const signIn = await run('sign-in');
    const otherDevice = (signIn.data!.signIn!.session as Session).refreshToken;

    const spent = env.REFRESH!;
    const refreshed = await run('refresh');
    keep(refreshed.data!.refreshSession!.session);
    expect(env.REFRESH).not.toBe(spent);

    const changed = await run('change-password');
    expect(changed.data!.changePassword!.userErrors).toEqual([]);
    keep(changed.data!.changePassword!.session);
    // the other device's session ended with the change
    const refreshOther = await request(server, REFRESH_OTHER, { input: { refreshToken: otherDevice } });
    expect(refreshOther.data).toEqual({ refreshSession: { userErrors: [{ code: 'INVALID_TOKEN' }] } });

    expect((await run('request-reset')).data).toEqual({ requestPasswordReset: { ok: true } });
    env.CODE = await latestCode(/Reset/);
    expect((await run('reset')).data).toEqual({ resetPassword: { ok: true, userErrors: [] } });

    expect((await run('sign-out')).data).toEqual({ signOut: { ok: true, userErrors: [] } });
    const afterSignOut = await run('refresh');
    expect(afterSignOut.data!.refreshSession!.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TOKEN' })]);
  });
});
