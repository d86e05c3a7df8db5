import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** `npm start`'s entry point running in a child process, as a deployment runs it. */
export interface ChildServer {
  child: ChildProcess;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every JSON log line so far, in order. */
  logs: Array<Record<string, unknown>>;
  /** The exit code (null when killed by a signal); resolves when the process has exited. */
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];
// a test that times out may never reach its afterAll: do not leave servers behind
process.once('exit', () => killChildServers());

/**
 * Starts `src/server/main.ts` (through tsx) on a free port, configured only through `env`
 * (DATABASE_URL defaults to empty: the embedded database), and resolves once it logs its URL.
 * Call `killChildServers` in `afterAll`.
 */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push(child);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const logs: Array<Record<string, unknown>> = [];
  let buffered = '';
  const url = await new Promise<string>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.url === 'string') resolve(entry.url);
      }
    });
  });
  return { child, url, logs, exited };
}

/** Sends SIGTERM and resolves with the exit code. */
export async function stopWithSigterm({ child, exited }: ChildServer): Promise<number | null> {
  child.kill('SIGTERM');
  return exited;
}

/** Kills whatever child servers are still running (afterAll). */
export function killChildServers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
