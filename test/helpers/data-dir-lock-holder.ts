// A process that takes a data directory's lock on cue, for test/data-dir-lock.test.ts:
//   node --import tsx test/helpers/data-dir-lock-holder.ts <dir> [--pause-before-takeover]
// prints `ready`, waits for a line on stdin, tries the lock and prints one JSON line:
// {"locked":true} (then holds it until stdin ends and exits 0) or {"refused":"<message>"} (exits 1).
// With --pause-before-takeover, the first time it finds the lock stale it prints `stale` and
// waits for another line before replacing it: racers all judge the lock stale, then all go.
import { createInterface } from 'node:readline';
import { DataDirInUseError, lockDataDir } from '../../src/db/data-dir-lock.js';

const input = createInterface({ input: process.stdin });
const lines = input[Symbol.asyncIterator]();
process.stdout.write('ready\n');
await lines.next();
try {
  let paused = process.argv[3] !== '--pause-before-takeover';
  const beforeTakeover = async () => {
    if (paused) return;
    paused = true;
    process.stdout.write('stale\n');
    await lines.next();
  };
  const lock = await lockDataDir(process.argv[2]!, { beforeTakeover });
  process.stdout.write(`${JSON.stringify({ locked: true })}\n`);
  while (!(await lines.next()).done);
  lock.release();
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  process.stdout.write(`${JSON.stringify({ refused: error.message })}\n`);
  process.exitCode = 1;
  input.close();
  process.stdin.destroy();
}
