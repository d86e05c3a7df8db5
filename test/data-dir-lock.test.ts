import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME, lockDataDir, readOwner, type DataDirLock, type DataDirOwner } from '../src/db/data-dir-lock.js';

// The lock alone (test/data-dir-lock-servers.test.ts runs it with real servers): plain files and
// processes, no database, so it runs on both databases.

const dirs: string[] = [];
const children: ChildProcess[] = [];
const locks: DataDirLock[] = [];
afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parkway-lock-'));
  dirs.push(dir);
  return dir;
}

async function lock(dir: string): Promise<DataDirLock> {
  const taken = await lockDataDir(dir);
  locks.push(taken);
  return taken;
}

function ownerIn(dir: string): DataDirOwner {
  const owner = readOwner(join(dir, LOCK_FILE_NAME));
  if (typeof owner !== 'object') throw new Error(`no lock in ${dir}: ${owner}`);
  return owner;
}

/** A lock file written by hand, as some process would have left it. */
function writeLock(dir: string, owner: Partial<DataDirOwner> & { pid: number }): void {
  const full: DataDirOwner = { hostname: hostname(), createdAt: new Date(0).toISOString(), token: `by-hand-${owner.pid}`, ...owner };
  writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(full));
}

type Outcome = { locked?: true; refused?: string };

/** test/helpers/data-dir-lock-holder.ts in a child process: `go()` makes it try the lock. */
async function startHolder(dir: string, ...flags: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/data-dir-lock-holder.ts', dir, ...flags], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const nextLine = async () => (await lines.next()).value as string;
  expect(await nextLine()).toBe('ready');
  return {
    child,
    exited,
    /** Tries the lock; resolves with what the holder printed. */
    go: async (): Promise<Outcome> => {
      child.stdin!.write('go\n');
      return JSON.parse(await nextLine()) as Outcome;
    },
    /** With --pause-before-takeover: tries the lock and resolves once the holder found it stale. */
    goUntilStale: async (): Promise<void> => {
      child.stdin!.write('go\n');
      expect(await nextLine()).toBe('stale');
    },
    /** Releases a held lock and exits. */
    end: () => child.stdin!.end(),
  };
}

/** The start time /proc gives a process (field 22 of its stat), in the lock's notation. */
function procStartTime(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return `proc:${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
}

describe('the data directory lock', () => {
  it('writes who owns the directory, refuses a second open in this process, and is gone after release', async () => {
    const dir = newDir();
    const taken = await lock(dir);
    expect(ownerIn(dir)).toMatchObject({ pid: process.pid, hostname: hostname(), command: expect.stringContaining('node') });
    expect(ownerIn(dir).createdAt).toBe(taken.owner.createdAt);
    await expect(lockDataDir(dir)).rejects.toThrow(/already open in this process/);

    taken.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    await lock(join(dir, 'created', 'on', 'demand'));
    expect(ownerIn(join(dir, 'created', 'on', 'demand')).pid).toBe(process.pid);
  });

  it('refuses another process at once, naming the directory, the owning pid and its command, and what to do', async () => {
    const dir = newDir();
    await lock(dir);
    const holder = await startHolder(dir);
    const { refused } = await holder.go();
    expect(refused).toContain(`the embedded database in ${dir} is in use by process ${process.pid} (`);
    expect(refused).toContain(ownerIn(dir).command);
    expect(refused).toContain('stop that process first');
    expect(await holder.exited).toBe(1);
    // the owner's lock is untouched
    expect(ownerIn(dir).pid).toBe(process.pid);
  });

  it('takes over the lock of a process killed with SIGKILL', async () => {
    const dir = newDir();
    const holder = await startHolder(dir);
    expect(await holder.go()).toEqual({ locked: true });
    expect(ownerIn(dir).pid).toBe(holder.child.pid);
    holder.child.kill('SIGKILL');
    await holder.exited;
    // the dead process's lock is still there, and no obstacle
    expect(ownerIn(dir).pid).toBe(holder.child.pid);
    await lock(dir);
    expect(ownerIn(dir).pid).toBe(process.pid);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to another process, and keeps one whose start time matches', async () => {
    const dir = newDir();
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(unrelated);
    await once(unrelated, 'spawn');
    const pid = unrelated.pid!;

    // the live process that wrote it: refused
    writeLock(dir, { pid, startTime: procStartTime(pid), command: 'sleep 60' });
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError);
    await expect(lockDataDir(dir)).rejects.toThrow(`in use by process ${pid} (sleep 60)`);

    // the same pid, started at another time: its owner is gone and the pid reused
    writeLock(dir, { pid, startTime: 'proc:1', command: 'node dist/server/main.js' });
    await lock(dir);
    expect(ownerIn(dir).pid).toBe(process.pid);
  });

  it('takes over a lock from before the machine restarted, and one left unreadable', async () => {
    const dir = newDir();
    // pid 1 is alive, but the lock names another boot
    writeLock(dir, { pid: 1, bootId: 'a-boot-before-this-one' });
    (await lock(dir)).release();

    writeFileSync(join(dir, LOCK_FILE_NAME), '');
    await lock(dir);
    expect(ownerIn(dir).pid).toBe(process.pid);
  });

  it('refuses a lock held on another host, and says how to clear it', async () => {
    const dir = newDir();
    writeLock(dir, { pid: 1, hostname: 'another-host' });
    const refusal = await lockDataDir(dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataDirInUseError);
    expect((refusal as Error).message).toContain('on host another-host');
    expect((refusal as Error).message).toContain(`delete ${join(dir, LOCK_FILE_NAME)}`);
  });

  it('lets exactly one of several processes racing for the same stale lock take it', async () => {
    const dir = newDir();
    writeLock(dir, { pid: 1, bootId: 'a-boot-before-this-one' });
    const holders = await Promise.all(Array.from({ length: 5 }, () => startHolder(dir, '--pause-before-takeover')));
    // every one has read the stale lock and decided to replace it; then they go one after
    // another, so all but the first act on a stale lock that someone else has replaced meanwhile
    await Promise.all(holders.map((holder) => holder.goUntilStale()));
    const outcomes: Outcome[] = [];
    for (const holder of holders) outcomes.push(await holder.go());

    const winners = holders.filter((_, i) => outcomes[i]!.locked);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.child.pid!;
    expect(ownerIn(dir).pid).toBe(winner);
    for (const outcome of outcomes.filter((o) => !o.locked)) expect(outcome.refused).toContain(`in use by process ${winner}`);

    // released when its process ends; nothing else left in the directory
    winners[0]!.end();
    expect(await winners[0]!.exited).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
