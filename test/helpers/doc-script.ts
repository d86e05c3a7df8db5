import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { availableOrSkipped } from './optional-tools.js';

/**
 * `npm run --silent <cli> -- <args>` in a documented shell example becomes tsx on the same CLI
 * source (npm would rebuild dist/ for every command); anything else sent to npm fails the script.
 */
export const NPM_SHIM = `npm() { [ "$1" = run ] && [ "$2" = --silent ] && [ "$4" = -- ] || return 99; local cli=$3; shift 4; npx tsx "src/cli/$cli.ts" "$@"; }`;

/** The first ```sh block after `marker` in a markdown document. */
export function shellBlockAfter(markdown: string, marker: string): string {
  const block = markdown.split(marker)[1]?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error(`no sh block after ${marker}`);
  return block;
}

/**
 * Runs a documented shell example as written (bash -euo pipefail, from the repository root)
 * against the server at `url`, and returns what it printed. Rejects when a command fails or the
 * script outlasts `timeoutMs` (each `npm run` is a tsx start-up: slow on a busy machine).
 */
export async function runShellExample(script: string, url: string, timeoutMs = 120_000): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', `${NPM_SHIM}\n${script}`], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, PARKWAY_URL: url },
    timeout: timeoutMs,
  });
  return stdout;
}

/** The pretty-printed JSON objects a script wrote (each from a `{` at a line start to its `}`). */
export function jsonObjectsIn<T = any>(stdout: string): T[] {
  return [...stdout.matchAll(/^\{[\s\S]*?^\}/gm)].map((match) => JSON.parse(match[0]) as T);
}

/**
 * The documented examples drive the API with `curl` and `jq`: whether they are there (tests skip
 * with a notice when not, and fail under `CI=true`).
 */
export function shellToolsForExamples(): boolean {
  const missing = ['bash', 'curl', 'jq'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  return availableOrSkipped(missing.length === 0, `${missing.join(', ')} for the documented shell examples`, 'install it to run these tests');
}
