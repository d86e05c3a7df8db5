import { fork, type Serializable } from 'node:child_process';
import type os from 'node:os';

/** Busy fraction of all cores between two `os.cpus()` readings. */
export function cpuBusy(before: os.CpuInfo[], after: os.CpuInfo[]): number {
  let busy = 0;
  let total = 0;
  after.forEach((cpu, i) => {
    const was = before[i]!.times;
    const now = cpu.times;
    const idle = now.idle - was.idle;
    const all = now.user - was.user + now.nice - was.nice + now.sys - was.sys + now.irq - was.irq + idle;
    busy += all - idle;
    total += all;
  });
  return total ? Math.round((busy / total) * 1000) / 1000 : 0;
}

/**
 * Runs a load-runner script (`bench/lib/*.mjs`) in a child process, so the load generator never
 * shares the server's event loop, sends it `job` and resolves with the result it posts back.
 */
export function runInChildProcess<Result>(runnerPath: string, job: Serializable): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const child = fork(runnerPath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
    let settled = false;
    child.once('message', (message: { result?: Result; error?: string }) => {
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(`load runner failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load runner exited with ${code} before answering`));
    });
    child.send(job);
  });
}
