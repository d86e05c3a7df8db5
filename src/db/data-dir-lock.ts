// One owner per embedded data directory, in the spirit of PostgreSQL's postmaster.pid: PGlite
// runs PostgreSQL inside this process with no locking of its own, so a second process opening
// the same files corrupts them (issue 25). Why not a lock-file library: docs/decisions/data-dir-lock.md.
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock's name inside the data directory (PGlite keeps a `postmaster.pid` of its own there, with pid -42). */
export const LOCK_FILE_NAME = 'parkway.lock';

/** Who owns a data directory: the lock file's JSON. */
export interface DataDirOwner {
  pid: number;
  /**
   * When the process started, to tell it from a later process that got the same pid:
   * `proc:<clock ticks since boot>` (/proc/<pid>/stat field 22, Linux) or `ps:<lstart>` elsewhere.
   */
  startTime?: string;
  /** Its command line, for the refusal message (and to compare when no start time is known). */
  command?: string;
  hostname: string;
  /** Linux's boot id: a lock from before a reboot is stale whatever its pid. */
  bootId?: string;
  /** ISO time the lock was taken. */
  createdAt: string;
  /** Unique per lock: release and takeover act only on the lock they read. */
  token: string;
}

/** A held lock. */
export interface DataDirLock {
  /** The lock file's path. */
  readonly file: string;
  readonly owner: DataDirOwner;
  /** Removes the lock file if it is still this lock's; safe to call twice. */
  release(): void;
}

/** Another process (or this one) owns the data directory; the message says who and what to do. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  readonly code = 'DATA_DIR_IN_USE';
  /** Who has it, without the advice: "the embedded database in <dir> is in use by process <pid> (<command>)". */
  readonly holder: string;
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly owner: DataDirOwner | 'this process',
  ) {
    const holder =
      owner === 'this process'
        ? `the embedded database in ${dataDir} is already open in this process`
        : `the embedded database in ${dataDir} is in use by process ${owner.pid}${owner.command ? ` (${owner.command})` : ''}`;
    super(`${holder}${inUseAdvice(lockFile, owner)}`);
    this.holder = holder;
  }
}

export interface LockOptions {
  /**
   * How long to wait while another process replaces a stale lock (a few milliseconds' work);
   * past it the stale lock's takeover is taken to have died half-way and is cleared.
   * @default 2_000
   */
  takeoverWaitMs?: number;
  /** Called when a lock was found stale, before it is replaced (tests widen the race with it). */
  beforeTakeover?: (stale: DataDirOwner | 'unreadable') => Promise<void>;
}

// data directories (real paths) locked by this process: a second open here is refused too
const heldHere = new Set<string>();

/**
 * Takes the data directory (creating it if needed) for this process, or throws
 * DataDirInUseError when a live process owns it. A lock whose process is gone (killed, machine
 * restarted) or whose pid now belongs to another process (different start time) is taken over.
 * The lock is released by `release()` and, failing that, when this process exits normally.
 */
export async function lockDataDir(dataDir: string, { takeoverWaitMs = 2_000, beforeTakeover }: LockOptions = {}): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const directory = realpathSync(dataDir);
  const file = join(directory, LOCK_FILE_NAME);
  if (heldHere.has(directory)) throw new DataDirInUseError(directory, file, 'this process');
  const owner: DataDirOwner = { ...identify(process.pid), hostname: hostname(), bootId: bootId(), createdAt: new Date().toISOString(), token: randomUUID() };

  let waitingSince: number | undefined;
  for (;;) {
    if (createExclusive(file, owner)) break;
    const current = readOwner(file);
    if (current === 'missing') continue;
    if (current !== 'unreadable' && ownerIsAlive(current)) throw new DataDirInUseError(directory, file, current);
    await beforeTakeover?.(current);
    const outcome = removeStale(file, current);
    if (outcome !== 'busy') {
      waitingSince = undefined;
      continue;
    }
    // another process is replacing the same stale lock right now: wait for its lock, or clear a takeover it died in
    waitingSince ??= Date.now();
    if (Date.now() - waitingSince > takeoverWaitMs) {
      rmSync(claimOf(file, current), { force: true });
      waitingSince = undefined;
    }
    await sleep(10);
  }

  heldHere.add(directory);
  const releaseOnExit = () => release();
  process.once('exit', releaseOnExit);
  let released = false;
  function release(): void {
    if (released) return;
    released = true;
    heldHere.delete(directory);
    process.off('exit', releaseOnExit);
    const current = readOwner(file);
    if (typeof current === 'object' && current.token === owner.token) rmSync(file, { force: true });
  }
  return { file, owner, release };
}

/** Reads a lock file: `missing` when there is none, `unreadable` when it holds no owner (truncated by a crash). */
export function readOwner(file: string): DataDirOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<DataDirOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.token === 'string' && typeof parsed.hostname === 'string') {
      return parsed as DataDirOwner;
    }
  } catch {
    // not JSON: fall through
  }
  return 'unreadable';
}

/**
 * True while the process the lock names may still be running. A lock from another host cannot
 * be checked from here and counts as alive; so does a live pid whose start time cannot be read.
 */
export function ownerIsAlive(owner: DataDirOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  const bootNow = bootId();
  if (owner.bootId && bootNow && owner.bootId !== bootNow) return false;
  // locked by this pid but not by this process (checked before): a previous process that had
  // the same pid, as after a container restart where the server is always pid 1
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists, run by another user
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = identify(owner.pid);
  if (owner.startTime && now.startTime) return owner.startTime === now.startTime;
  if (owner.command && now.command) return owner.command === now.command;
  return true;
}

/** Writes the lock with all its content at once (a hard link of a finished file); false when one exists. */
function createExclusive(file: string, owner: DataDirOwner): boolean {
  const draft = `${file}.${owner.token}.tmp`;
  const fd = openSync(draft, 'wx');
  try {
    writeSync(fd, `${JSON.stringify(owner, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Removes a stale lock unless it changed since it was read. Whoever links the lock to the claim
 * name of the stale lock's token first does the removal; the claim is a link to the very file
 * being removed, so reading it says whether that file is still the stale lock. `busy`: another
 * process holds the claim.
 */
function removeStale(file: string, stale: DataDirOwner | 'unreadable'): 'removed' | 'changed' | 'busy' {
  const claim = claimOf(file, stale);
  try {
    linkSync(file, claim);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'busy';
    if (code === 'ENOENT') return 'changed';
    throw error;
  }
  try {
    const claimed = readOwner(claim);
    const same = stale === 'unreadable' ? claimed === 'unreadable' : typeof claimed === 'object' && claimed.token === stale.token;
    if (!same) return 'changed';
    // only the holder of this claim removes this lock, and the lock's owner is gone
    unlinkSync(file);
    return 'removed';
  } finally {
    rmSync(claim, { force: true });
  }
}

function claimOf(file: string, stale: DataDirOwner | 'unreadable'): string {
  return `${file}.takeover-${stale === 'unreadable' ? 'unreadable' : stale.token}`;
}

/** The start time and command line of a process, as far as this platform tells them. */
function identify(pid: number): { pid: number; startTime?: string; command?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces and parentheses) start at ") " with field 3
    const startTicks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { pid, startTime: `proc:${startTicks}`, command };
  } catch {
    // no /proc (macOS, BSD) or the process is gone: ask ps, where there is one
  }
  const startTime = psField(pid, 'lstart');
  const command = psField(pid, 'command');
  return { pid, ...(startTime && { startTime: `ps:${startTime}` }), ...(command && { command }) };
}

function psField(pid: number, field: 'lstart' | 'command'): string | undefined {
  try {
    const value = execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return value || undefined;
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

function inUseAdvice(lockFile: string, owner: DataDirOwner | 'this process'): string {
  if (owner === 'this process') return '';
  if (owner.hostname !== hostname()) {
    return (
      ` on host ${owner.hostname} since ${owner.createdAt}; this machine cannot tell whether it still runs. ` +
      `Stop it; if that host is gone (a replaced container), delete ${lockFile} and try again.`
    );
  }
  return (
    ` since ${owner.createdAt}. PGlite allows one process per data directory: ` +
    `stop that process first (Ctrl-C in its terminal, or kill ${owner.pid}), or work through its GraphQL API ` +
    `instead of opening the files. Lock file: ${lockFile}`
  );
}
