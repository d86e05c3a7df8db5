/**
 * Loads a deterministic benchmark dataset into PostgreSQL + PostGIS.
 *
 *   npx tsx bench/dataset.ts --url postgres://postgres@127.0.0.1:5432/parkway_bench [--lots 50000] [--seed 1]
 *
 * Creates the database when missing, applies the app's migrations, empties Parkway's tables and
 * loads, for L lots (default 50,000): 50 operators, L lots around six cities, 20 spaces per lot,
 * one general tariff per lot, opening hours for about 10% of lots, a few thousand users with two
 * vehicles each, and 2 bookings per space spread over 30 days centred on the anchor day
 * (non-overlapping per space, so the exclusion constraint never fires). Status follows noon UTC of
 * the anchor day: ended before it COMPLETED (some NO_SHOW, CANCELLED), starting after it
 * CONFIRMED (some CANCELLED), spanning it CHECKED_IN.
 *
 * Everything is generated inside PostgreSQL by `INSERT ... SELECT FROM generate_series` in chunks:
 * every "random" value is `hashint8extended(row number, seed + salt)`, and every id is a uuid
 * the md5 of a table tag and the row number, so the same seed and anchor give the same rows, ids
 * included, on any machine. The occupancy triggers (drizzle/0006) are disabled on `bookings` and
 * `spaces` for the load and re-enabled afterwards; foreign keys and the exclusion constraint stay
 * on (they are checked for every row). Then VACUUM ANALYZE.
 *
 * Prints per-table row counts and seconds; the last line of stdout is the JSON summary (also
 * written to `--out` when given).
 */
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { openPostgres } from '../src/db/client.js';
import { adminUrlOf, ensureDatabase, readOptions } from './lib/args.js';
import { CITIES, METERS_PER_DEGREE } from './lib/cities.js';
import { clearDatasetMeta, writeDatasetMeta } from './lib/dataset-meta.js';

export const SPACES_PER_LOT = 20;
export const BOOKINGS_PER_SPACE = 2;
export const OPERATORS = 50;
const DAYS = 30;
const QUARTERS_PER_SLOT = (DAYS / BOOKINGS_PER_SPACE) * 24 * 4;

const options = readOptions(
  {
    url: { default: process.env.DATABASE_URL, help: 'PostgreSQL URL of the benchmark database (created when missing)' },
    lots: { default: '50000', number: true, help: 'number of lots; spaces = 20 x lots, bookings = 2 x spaces' },
    seed: { default: '1', number: true, help: 'seed of every generated value' },
    anchor: { help: 'UTC day the 30 days of bookings are centred on, YYYY-MM-DD (default today)' },
    users: { number: true, help: 'driver accounts (default lots / 10, between 50 and 5,000), 2 vehicles each' },
    chunk: { default: '250000', number: true, help: 'rows per INSERT statement' },
    out: { help: 'also write the JSON summary to this file' },
  },
  'usage: tsx bench/dataset.ts --url <postgres url> [options]',
);

const url = options.url;
if (!url) throw new Error('--url (or DATABASE_URL) is required');
const lotCount = Math.trunc(options.number('lots'));
const seed = Math.trunc(options.number('seed'));
const chunk = Math.max(1_000, Math.trunc(options.number('chunk')));
const anchor = options.anchor ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) throw new Error(`--anchor must be YYYY-MM-DD, got ${anchor}`);
const userCount = options.users ? Math.trunc(options.number('users')) : Math.min(5_000, Math.max(50, Math.round(lotCount / 10)));
const vehicleCount = userCount * 2;
const spaceCount = lotCount * SPACES_PER_LOT;
const bookingCount = spaceCount * BOOKINGS_PER_SPACE;

// ---- SQL building blocks -------------------------------------------------------------------

/** A deterministic uniform number in [0, 1) for row `expr`, independent per `salt`. */
function rnd(expr: string, salt: number): string {
  return `((hashint8extended((${expr})::bigint, ${seed * 1_000 + salt}) & 4503599627370495)::float8 / 4503599627370496.0)`;
}

/**
 * A deterministic uuid for row `expr` of table `tag`: the md5 of `tag:row`, so ids are spread like
 * the app's random (v4) ids. Not a counter in the low bytes: btree_gist turns a uuid into a double
 * for its split penalty, so ids differing only in their last bytes look equal to it and the
 * (lot_id, period) GiST index degrades (measured: ~145 buffers per lot probe instead of a few).
 */
function uid(tag: number, expr: string): string {
  return `md5('${tag}:' || (${expr})::bigint)::uuid`;
}

const TAG = { operator: 1, lot: 2, space: 3, user: 4, vehicle: 5, booking: 6, tariff: 7, hours: 8 } as const;

/** `(ARRAY[...])[(city index) + 1]` for one city attribute. */
function cityValue(key: 'lat' | 'lng' | 'radiusMeters' | 'name' | 'timeZone' | 'currency', cityIndex: string): string {
  const values = CITIES.map((city) => (typeof city[key] === 'number' ? String(city[key]) : `'${city[key]}'`));
  const type = typeof CITIES[0]![key] === 'number' ? 'float8' : 'text';
  return `(ARRAY[${values.join(', ')}]::${type}[])[(${cityIndex}) + 1]`;
}

const N_CITIES = CITIES.length;
/** Hourly rate of lot `lot` in minor units, shared by its tariff and its bookings' prices. */
const hourlyRate = (lot: string) => `(100 + floor(${rnd(lot, 20)} * 40)::int * 10)`;

function operatorsSql(): string {
  return `
    INSERT INTO operators (id, name, kind, contact_email, created_at)
    SELECT ${uid(TAG.operator, 'i')}, 'Network ' || lpad((i + 1)::text, 2, '0'), 'NETWORK',
      'partners+' || (i + 1) || '@network.example', timestamptz '${anchor}T00:00:00Z' - interval '400 days'
    FROM generate_series(0, ${OPERATORS - 1}) AS i`;
}

function lotsSql(from: number, to: number): string {
  const c = 'i % ' + N_CITIES;
  return `
    INSERT INTO lots (id, operator_id, name, address, location, time_zone, lot_type, amenities,
      max_vehicle_height_cm, covered, access, currency, free_cancellation_minutes, cancellation_fee_amount,
      created_at, updated_at)
    SELECT ${uid(TAG.lot, 'i')}, ${uid(TAG.operator, `floor(${rnd('i', 1)} * ${OPERATORS})`)},
      city || ' ' || initcap(replace(lot_type, '_', ' ')) || ' ' || (i + 1),
      (i % 240 + 1) || ' ' || (ARRAY['High Street', 'Station Road', 'Church Lane', 'Market Square', 'Park Avenue', 'King Street'])[i % 6 + 1] || ', ' || city,
      ST_SetSRID(ST_MakePoint(
        clng + r * sin(theta) / (${METERS_PER_DEGREE} * cos(radians(clat))),
        clat + r * cos(theta) / ${METERS_PER_DEGREE}), 4326)::geography,
      time_zone, lot_type::lot_type,
      (ARRAY['{}', '{CCTV}', '{CCTV,LIGHTING}', '{CCTV,LIGHTING,TOILETS}', '{CCTV,CAR_WASH}'])[floor(${rnd('i', 6)} * 5)::int + 1]::text[],
      CASE WHEN lot_type IN ('MULTI_STOREY', 'UNDERGROUND') THEN 190 + floor(${rnd('i', 7)} * 4)::int * 10 END,
      lot_type IN ('MULTI_STOREY', 'UNDERGROUND'),
      (CASE WHEN a < 0.9 THEN 'PUBLIC' WHEN a < 0.95 THEN 'CUSTOMERS' WHEN a < 0.98 THEN 'PERMIT_HOLDERS' ELSE 'PRIVATE' END)::lot_access,
      currency, 60, CASE WHEN ${rnd('i', 8)} < 0.5 THEN 0 ELSE 200 END,
      timestamptz '${anchor}T00:00:00Z' - interval '365 days', timestamptz '${anchor}T00:00:00Z' - interval '365 days'
    FROM (
      SELECT i, ${cityValue('name', c)} AS city, ${cityValue('lat', c)} AS clat, ${cityValue('lng', c)} AS clng,
        ${cityValue('timeZone', c)} AS time_zone, ${cityValue('currency', c)} AS currency,
        -- denser towards the centre: r = R * u^0.75
        ${cityValue('radiusMeters', c)} * power(${rnd('i', 2)}, 0.75) AS r, 2 * pi() * ${rnd('i', 3)} AS theta,
        CASE WHEN t < 0.45 THEN 'SURFACE' WHEN t < 0.70 THEN 'MULTI_STOREY' WHEN t < 0.85 THEN 'UNDERGROUND'
             WHEN t < 0.93 THEN 'STREET' ELSE 'PRIVATE_YARD' END AS lot_type,
        a
      FROM (SELECT i, ${rnd('i', 4)} AS t, ${rnd('i', 5)} AS a FROM generate_series(${from}, ${to - 1}) AS i) AS base
    ) AS lot`;
}

function spacesSql(from: number, to: number): string {
  return `
    INSERT INTO spaces (id, lot_id, label, kind, level, operator_status, created_at)
    SELECT ${uid(TAG.space, 's')}, ${uid(TAG.lot, `s / ${SPACES_PER_LOT}`)},
      'L' || (s % ${SPACES_PER_LOT}) / 10 || '-' || lpad((s % ${SPACES_PER_LOT} + 1)::text, 3, '0'),
      (CASE WHEN k < 0.80 THEN 'STANDARD' WHEN k < 0.86 THEN 'EV_CHARGING' WHEN k < 0.91 THEN 'ACCESSIBLE'
            WHEN k < 0.94 THEN 'MOTORCYCLE' WHEN k < 0.97 THEN 'VAN' ELSE 'FAMILY' END)::space_kind,
      'L' || (s % ${SPACES_PER_LOT}) / 10,
      (CASE WHEN ${rnd('s', 11)} < 0.02 THEN 'OUT_OF_SERVICE' ELSE 'IN_SERVICE' END)::space_operator_status,
      timestamptz '${anchor}T00:00:00Z' - interval '365 days'
    FROM (SELECT s, ${rnd('s', 10)} AS k FROM generate_series(${from}, ${to - 1}) AS s) AS space`;
}

function tariffsSql(): string {
  return `
    INSERT INTO tariffs (id, lot_id, name, space_kind, hourly_rate_amount, billing_increment_minutes,
      daily_cap_amount, grace_minutes, created_at)
    SELECT ${uid(TAG.tariff, 'i')}, ${uid(TAG.lot, 'i')}, 'Standard', NULL, ${hourlyRate('i')},
      (ARRAY[60, 60, 30, 15])[floor(${rnd('i', 21)} * 4)::int + 1], ${hourlyRate('i')} * 8,
      CASE WHEN ${rnd('i', 22)} < 0.5 THEN 10 ELSE 0 END, timestamptz '${anchor}T00:00:00Z' - interval '365 days'
    FROM generate_series(0, ${lotCount - 1}) AS i`;
}

/** ~5% of lots open 06:00-23:00 daily, ~5% 07:00-19:00 on weekdays only; the rest round the clock. */
function weeklyHoursSql(): string {
  return `
    INSERT INTO lot_weekly_hours (id, lot_id, purpose, day_of_week, opens_at, closes_at)
    SELECT ${uid(TAG.hours, 'i * 8 + d')}, ${uid(TAG.lot, 'i')}, 'OPENING_HOURS', d,
      CASE WHEN weekdays THEN time '07:00' ELSE time '06:00' END,
      CASE WHEN weekdays THEN time '19:00' ELSE time '23:00' END
    FROM (SELECT i, ${rnd('i', 31)} < 0.5 AS weekdays FROM generate_series(0, ${lotCount - 1}) AS i
          WHERE ${rnd('i', 30)} < 0.10) AS lot
    CROSS JOIN generate_series(1, 7) AS d
    WHERE NOT weekdays OR d <= 5`;
}

function usersSql(): string {
  return `
    INSERT INTO users (id, email, display_name, role, created_at)
    SELECT ${uid(TAG.user, 'u')}, 'driver' || u || '@bench.parkway.dev', 'Driver ' || u, 'DRIVER',
      timestamptz '${anchor}T00:00:00Z' - interval '200 days'
    FROM generate_series(0, ${userCount - 1}) AS u`;
}

function vehiclesSql(): string {
  return `
    INSERT INTO vehicles (id, owner_id, plate, country, height_cm, created_at)
    SELECT ${uid(TAG.vehicle, 'v')}, ${uid(TAG.user, 'v / 2')}, 'BK' || lpad(v::text, 6, '0'), 'GB',
      CASE WHEN ${rnd('v', 50)} < 0.2 THEN NULL ELSE 140 + floor(${rnd('v', 51)} * 80)::int END,
      timestamptz '${anchor}T00:00:00Z' - interval '200 days'
    FROM generate_series(0, ${vehicleCount - 1}) AS v`;
}

/**
 * Booking g is booking (g % 2) of space g / 2: the 30 days are cut into one slot per booking of a
 * space and each booking (1 to 10 hours, on quarter hours) lies inside its slot, so no two
 * bookings of a space overlap whatever their status. Status follows noon UTC of the anchor day.
 */
function bookingsSql(from: number, to: number): string {
  const firstDay = `timestamptz '${anchor}T00:00:00Z' - interval '${DAYS / 2} days'`;
  const statusAt = `(timestamptz '${anchor}T00:00:00Z' + interval '12 hours')`;
  return `
    INSERT INTO bookings (id, driver_id, vehicle_id, lot_id, space_id, period, status, price_amount, currency,
      cancelled_at, cancellation_fee_amount, created_at, updated_at)
    SELECT ${uid(TAG.booking, 'g')}, ${uid(TAG.user, 'v / 2')}, ${uid(TAG.vehicle, 'v')},
      ${uid(TAG.lot, 'lot')}, ${uid(TAG.space, 'space')},
      tstzrange(starts, ends, '[)'), status::booking_status,
      ${hourlyRate('lot')} * ceil(quarters / 4.0)::int, ${cityValue('currency', `lot % ${N_CITIES}`)},
      CASE WHEN status = 'CANCELLED' THEN starts - interval '1 day' END,
      CASE WHEN status = 'CANCELLED' THEN 0 END,
      starts - interval '2 days', starts - interval '2 days'
    FROM (
      SELECT g, space, lot, v, quarters, starts, ends,
        CASE WHEN ends <= ${statusAt} THEN
               CASE WHEN x < 0.90 THEN 'COMPLETED' WHEN x < 0.94 THEN 'NO_SHOW' ELSE 'CANCELLED' END
             WHEN starts >= ${statusAt} THEN
               CASE WHEN x < 0.93 THEN 'CONFIRMED' ELSE 'CANCELLED' END
             ELSE 'CHECKED_IN' END AS status
      FROM (
        SELECT g, space, lot, v, quarters, x,
          ${firstDay} + (g % ${BOOKINGS_PER_SPACE}) * interval '${DAYS / BOOKINGS_PER_SPACE} days'
            + floor(offset_u * (${QUARTERS_PER_SLOT} - quarters))::int * interval '15 minutes' AS starts,
          ${firstDay} + (g % ${BOOKINGS_PER_SPACE}) * interval '${DAYS / BOOKINGS_PER_SPACE} days'
            + (floor(offset_u * (${QUARTERS_PER_SLOT} - quarters))::int + quarters) * interval '15 minutes' AS ends
        FROM (
          SELECT g, g / ${BOOKINGS_PER_SPACE} AS space, g / ${BOOKINGS_PER_SPACE * SPACES_PER_LOT} AS lot,
            floor(${rnd('g', 42)} * ${vehicleCount})::bigint AS v,
            4 + floor(${rnd('g', 40)} * 37)::int AS quarters, ${rnd('g', 41)} AS offset_u, ${rnd('g', 43)} AS x
          FROM generate_series(${from}::bigint, ${to - 1}::bigint) AS g
        ) AS picked
      ) AS timed
    ) AS booking`;
}

// ---- the load ------------------------------------------------------------------------------

const PARKWAY_TABLES = [
  'parking_events', 'bookings', 'tariff_flat_rates', 'tariffs', 'lot_weekly_hours', 'lot_blackouts',
  'api_keys', 'operator_members', 'vehicles', 'spaces', 'lots', 'users', 'operators',
];

interface TableLoad {
  table: string;
  rows: number;
  seconds: number;
}

async function main(): Promise<void> {
  const started = performance.now();
  const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;
  const log = (line: string) => console.log(line);

  const created = await ensureDatabase(url!);
  log(`${created ? 'created' : 'using'} database ${adminUrlOf(url!).database}`);
  let phase = performance.now();
  const handle = await openPostgres({ url: url!, poolMax: 1 });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  const migrateSeconds = seconds(phase);
  log(`migrations applied in ${migrateSeconds} s`);

  const client = new pg.Client({ connectionString: url, application_name: 'parkway-bench-dataset' });
  await client.connect();
  const loads: TableLoad[] = [];
  const run = async (table: string, statements: string[]) => {
    const since = performance.now();
    let rows = 0;
    for (const statement of statements) {
      rows += (await client.query(statement)).rowCount ?? 0;
      if (statements.length > 1) process.stdout.write(`\r  ${table}: ${rows.toLocaleString('en')} rows, ${seconds(since)} s`);
    }
    if (statements.length > 1) process.stdout.write('\n');
    loads.push({ table, rows, seconds: seconds(since) });
    log(`${table.padEnd(16)} ${rows.toLocaleString('en').padStart(11)} rows  ${seconds(since).toFixed(2).padStart(7)} s`);
  };
  const chunked = (total: number, build: (from: number, to: number) => string) => {
    const statements: string[] = [];
    for (let from = 0; from < total; from += chunk) statements.push(build(from, Math.min(total, from + chunk)));
    return statements;
  };

  let analyzeSeconds = 0;
  let loadSeconds = 0;
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await clearDatasetMeta(client);
    phase = performance.now();
    await client.query(`TRUNCATE ${PARKWAY_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    log(`truncated ${PARKWAY_TABLES.length} tables in ${seconds(phase)} s`);

    // the occupancy triggers would append an event per lot per statement and bump versions:
    // not wanted for a bulk load (foreign-key and exclusion checks stay on)
    await client.query(`ALTER TABLE bookings DISABLE TRIGGER USER`);
    await client.query(`ALTER TABLE spaces DISABLE TRIGGER USER`);
    log('occupancy triggers on bookings and spaces DISABLED for the load');
    phase = performance.now();
    try {
      await run('operators', [operatorsSql()]);
      await run('lots', chunked(lotCount, lotsSql));
      await run('spaces', chunked(spaceCount, spacesSql));
      await run('tariffs', [tariffsSql()]);
      await run('lot_weekly_hours', [weeklyHoursSql()]);
      await run('users', [usersSql()]);
      await run('vehicles', [vehiclesSql()]);
      await run('bookings', chunked(bookingCount, bookingsSql));
    } finally {
      await client.query(`ALTER TABLE bookings ENABLE TRIGGER USER`);
      await client.query(`ALTER TABLE spaces ENABLE TRIGGER USER`);
      log('occupancy triggers on bookings and spaces re-enabled');
    }
    loadSeconds = seconds(phase);

    phase = performance.now();
    await client.query(`VACUUM (ANALYZE) ${PARKWAY_TABLES.join(', ')}`);
    analyzeSeconds = seconds(phase);
    log(`VACUUM ANALYZE in ${analyzeSeconds} s`);

    const counts: Record<string, number> = {};
    for (const table of PARKWAY_TABLES) {
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    const byStatus = await client.query<{ status: string; n: string }>(
      `SELECT status, count(*) AS n FROM bookings GROUP BY status ORDER BY status`,
    );
    const size = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);

    const summary = {
      dataset: {
        url: redact(url!),
        seed,
        anchor,
        lots: lotCount,
        spacesPerLot: SPACES_PER_LOT,
        bookingsPerSpace: BOOKINGS_PER_SPACE,
        bookingDays: DAYS,
        cities: CITIES.map((city) => city.name),
      },
      rows: counts,
      bookingsByStatus: Object.fromEntries(byStatus.rows.map((row) => [row.status, Number(row.n)])),
      seconds: {
        migrate: migrateSeconds,
        load: loadSeconds,
        vacuumAnalyze: analyzeSeconds,
        total: seconds(started),
        perTable: Object.fromEntries(loads.map((load) => [load.table, load.seconds])),
      },
      databaseSize: size.rows[0]!.size,
      triggersDisabledDuringLoad: ['bookings', 'spaces'],
    };
    await writeDatasetMeta(client, { lots: lotCount, seed, anchor, users: userCount, rows: counts, loadedAt: new Date().toISOString() });
    log(`bookings by status: ${JSON.stringify(summary.bookingsByStatus)}`);
    log(`database size ${summary.databaseSize}; total ${summary.seconds.total} s`);
    if (options.out) await writeFile(options.out, JSON.stringify(summary, null, 2) + '\n');
    console.log(JSON.stringify(summary));
  } finally {
    await client.end();
  }
}

function redact(value: string): string {
  const parsed = new URL(value);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

await main();
