import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openPostgres } from '../../src/db/client.js';
import { seedIfEmpty } from '../../src/seed/index.js';
import { withAdmin } from './postgres-admin.js';

const run = promisify(execFile);
const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL server of a test's own, to restart or kill without disturbing the machine's
 * shared server (other test files run on it in parallel). initdb refuses to run as root, so
 * the cluster belongs to the `postgres` OS user; it lives in a temp folder and listens on a
 * free port on 127.0.0.1 only. Call `destroy()` in afterAll.
 */
export interface ThrowawayCluster {
  port: number;
  /** A migrated database with the demo city. */
  databaseUrl: string;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when it resolves. */
  restart(): Promise<void>;
  /**
   * A streaming replica of this cluster (PostgreSQL's own replication: a base backup with
   * `pg_basebackup -R`, then a hot standby on another free port), destroyed with the cluster.
   */
  startReplica(): Promise<ThrowawayReplica>;
  destroy(): Promise<void>;
}

export interface ThrowawayReplica {
  /** The replica's `parkway` database (read-only). */
  databaseUrl: string;
  /** `pg_wal_replay_pause()`: the replica keeps answering but stops applying the primary's changes. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** `pg_ctl stop -m immediate`: the replica goes away. */
  stop(): Promise<void>;
}

/** True when this machine can run a cluster of its own (PostgreSQL 15 binaries and a postgres user). */
export async function canStartThrowawayCluster(): Promise<boolean> {
  try {
    await run('id', ['postgres']);
    await run(join(POSTGRES_BIN, 'pg_ctl'), ['--version']);
    return true;
  } catch {
    return false;
  }
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const folder = await mkdtemp(join(tmpdir(), 'parkway-fault-'));
  const dataDir = join(folder, 'data');
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await chown(folder, Number(uid), Number(gid));
  const asPostgres = (command: string, args: string[]) =>
    process.getuid?.() === 0
      ? run('runuser', ['-u', 'postgres', '--', join(POSTGRES_BIN, command), ...args])
      : run(join(POSTGRES_BIN, command), args);

  const port = await freePort();
  await asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const serverOptions = (listenOn: number) => `-p ${listenOn} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on`;
  const pgCtlOf =
    (directory: string, listenOn: number, log: string) =>
    (...args: string[]) =>
      asPostgres('pg_ctl', ['-D', directory, '-o', serverOptions(listenOn), '-l', join(folder, log), '-w', ...args]);
  const pgCtl = pgCtlOf(dataDir, port, 'server.log');
  await pgCtl('start');
  const replicaControls: Array<ReturnType<typeof pgCtlOf>> = [];

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await withAdmin(adminUrl, (client) => client.query('CREATE DATABASE parkway'));
  const databaseUrl = `postgres://postgres@127.0.0.1:${port}/parkway`;
  const database = await openPostgres({ url: databaseUrl });
  try {
    await database.migrate();
    await seedIfEmpty(database.db);
  } finally {
    await database.close();
  }

  return {
    port,
    databaseUrl,
    restart: async () => {
      await pgCtl('restart', '-m', 'fast');
    },
    startReplica: async () => {
      const replicaPort = await freePort();
      const replicaDir = join(folder, `replica-${replicaControls.length + 1}`);
      await asPostgres('pg_basebackup', ['-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres']);
      const replicaCtl = pgCtlOf(replicaDir, replicaPort, `replica-${replicaControls.length + 1}.log`);
      replicaControls.push(replicaCtl);
      await replicaCtl('start');
      const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/parkway`;
      const onReplica = (statement: string) => withAdmin(replicaUrl, (client) => client.query(statement));
      return {
        databaseUrl: replicaUrl,
        pauseReplay: async () => {
          await onReplica('SELECT pg_wal_replay_pause()');
        },
        resumeReplay: async () => {
          await onReplica('SELECT pg_wal_replay_resume()');
        },
        stop: async () => {
          await replicaCtl('stop', '-m', 'immediate');
        },
      };
    },
    destroy: async () => {
      for (const replicaCtl of replicaControls) await replicaCtl('stop', '-m', 'immediate').catch(() => {});
      await pgCtl('stop', '-m', 'immediate').catch(() => {});
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
