import { spawn } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { onPostgres } from './helpers/database.js';
import { urlOfDatabase, withAdmin } from './helpers/postgres-admin.js';

// `npm run db:migrate` / the Kubernetes migration Job: migrates and exits, never serves.
async function runMigrate(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, 'exit');
  return { code: code as number | null, output };
}

describe('the migrate-only entry point', () => {
  it('refuses to run without DATABASE_URL', async () => {
    const { code, output } = await runMigrate({ DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL is required');
  });

  it.runIf(onPostgres)('migrates an empty PostgreSQL database and exits 0', async () => {
    const run = inject('postgresRun')!;
    // the run's prefix: the global teardown drops it with the others
    const name = `${run.prefix}_migrate_cli`;
    await withAdmin(run.adminUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
    const url = urlOfDatabase(run.adminUrl, name);

    const { code, output } = await runMigrate({ DATABASE_URL: url });
    expect(code).toBe(0);
    expect(output).toContain('migrations applied');
    const tables = await withAdmin(url, (client) =>
      client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('lots', 'bookings', 'parking_events')"),
    );
    expect(tables.rows[0]!.n).toBe(3);
  });
});
