// `npm run simulate`: the demo city's drivers, bookings, gates and sensors, simulated.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { openMigratedDatabase } from '../db/open.js';
import { findLotsForSimulation, upsertHistoryRows } from '../db/queries/simulated-history.js';
import { createLogger } from '../logger.js';
import { simulateHistory } from '../simulator/history.js';
import { runLive } from '../simulator/live.js';

const HELP = `usage:
  npm run simulate -- [--url http://localhost:4000] [--speed 60] [--hours N] [--seed 1]
      Drives a running server through its public API: simulated drivers book (some ahead, some
      never come, some overstay), pass the "Simulator entry" and "Simulator exit" gates of gated
      lots (registered on the first run), check in and out at self check-in yards, and the
      council's street bays report sensor status. --speed 60 runs an hour a minute (durations the
      server sees are compressed by the same factor); --hours stops after that many simulated
      hours (default: until Ctrl-C), and the cars still parked then leave.
      The server must accept development tokens (no OIDC_JWKS_URL); with rate limits on, the
      simulator waits when told to (RATE_LIMITS=false for high speeds).

  npm run simulate -- --history [--weeks 52] [--seed 1]
      No server: writes --weeks of simulated occupancy history, ending now, straight into the
      occupancy_history table of the configured database (DATABASE_URL, or the embedded one in
      ./.data with the server stopped) from the same arrival model, for every lot there. Fast
      (a year of the demo city in well under a minute); rows of the same buckets are replaced.
      The forecasts and the backtest (npm run bench:backtest) learn from such history.`;

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    speed: { type: 'string', default: '60' },
    hours: { type: 'string' },
    seed: { type: 'string', default: '1' },
    history: { type: 'boolean', default: false },
    weeks: { type: 'string', default: '52' },
    help: { type: 'boolean', default: false },
  },
});
const logger = createLogger(process.env.LOG_LEVEL);
const seed = Number(values.seed);

if (values.help) {
  console.log(HELP);
} else if (values.history) {
  await writeHistory(Number(values.weeks));
} else {
  const config = loadConfig();
  if (config.auth.kind !== 'hs256') {
    console.error('the simulator signs development tokens: the server must not use an OIDC provider (OIDC_JWKS_URL)');
    process.exit(2);
  }
  const speed = Number(values.speed);
  if (!(speed > 0)) {
    console.error(HELP);
    process.exit(2);
  }
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  const stats = await runLive({
    url: values.url,
    speed,
    seed,
    hours: values.hours === undefined ? undefined : Number(values.hours),
    auth: config.auth,
    log: (line) => console.log(line),
    signal: stop.signal,
  });
  console.log(`done: ${JSON.stringify(stats)}`);
}

async function writeHistory(weeks: number): Promise<void> {
  if (!(weeks > 0 && weeks <= 60)) {
    console.error('--weeks must be between 1 and 60 (history is kept 400 days)');
    process.exit(2);
  }
  try {
    const database = await openMigratedDatabase(loadConfig(), logger);
    try {
      const lots = await findLotsForSimulation(database.db);
      const to = new Date();
      const from = new Date(to.getTime() - weeks * 7 * 86_400_000);
      let rows = 0;
      for (const batch of simulateHistory(lots, from, to, seed)) {
        await upsertHistoryRows(database.db, batch);
        rows += batch.length;
      }
      logger.info({ lots: lots.length, weeks, rows }, 'simulated occupancy history written');
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof DataDirInUseError) logger.fatal(`refused: ${error.holder}. Stop the server first (the embedded database has one owner).`);
    else if (error instanceof ConfigError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'writing simulated history failed');
    process.exitCode = 1;
  }
}
