import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';

/** The machine a figure was measured on, printed and stored beside every result. */
export function machineInfo() {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** 1, 5 and 15 minute load averages (the machine is shared: they say how busy it was). */
export function loadAverages(): number[] {
  return os.loadavg().map((value) => Math.round(value * 100) / 100);
}

/** Clock ticks per second of /proc's CPU times: 100 on every Linux x86-64 build. */
const CLOCK_TICKS = 100;

/** User + system CPU seconds from a /proc/<pid>/stat line. */
function cpuSecondsOf(stat: string): number {
  // fields after the command name (which may hold spaces) start at ") "
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds (user + system) and resident memory of another process, from /proc (Linux). */
export async function processUsage(pid: number): Promise<{ cpuSeconds: number; rssBytes: number }> {
  const cpuSeconds = cpuSecondsOf(await readFile(`/proc/${pid}/stat`, 'utf8'));
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssBytes: rssKb * 1024 };
}

/** CPU seconds (user + system) of each `postgres` process on this machine, by pid, from /proc. */
export async function postgresCpuByProcess(): Promise<Map<number, number>> {
  const byPid = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    if (!stat || !stat.includes('(postgres)')) continue;
    byPid.set(Number(entry), cpuSecondsOf(stat));
  }
  return byPid;
}

/**
 * PostgreSQL's CPU seconds since `before` (a `postgresCpuByProcess()`): the growth of every
 * process alive at both ends, plus all of those started since. With the database on this
 * machine that is its CPU for what ran in between; a backend that exited in between takes its
 * share with it (the benchmarks' pools keep theirs open while they measure).
 */
export async function postgresCpuSince(before: ReadonlyMap<number, number>): Promise<number> {
  let total = 0;
  for (const [pid, seconds] of await postgresCpuByProcess()) total += seconds - (before.get(pid) ?? 0);
  return total;
}
