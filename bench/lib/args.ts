import { parseArgs } from 'node:util';
import pg from 'pg';

/** Reads `--name value` options; numbers are checked, unknown options are refused. */
export function readOptions<const Names extends string>(
  spec: Record<Names, { default?: string; number?: boolean; help: string }>,
  usage: string,
): Record<Names, string | undefined> & { number(name: Names): number } {
  const { values } = parseArgs({
    options: Object.fromEntries(
      [...Object.keys(spec), 'help'].map((name) => [name, { type: name === 'help' ? 'boolean' : 'string' }] as const),
    ),
    strict: true,
  }) as { values: Record<string, string | boolean | undefined> };
  if (values.help) {
    console.log(usage);
    for (const [name, option] of Object.entries(spec) as [string, { default?: string; help: string }][]) {
      console.log(`  --${name.padEnd(14)} ${option.help}${option.default === undefined ? '' : ` (default ${option.default})`}`);
    }
    process.exit(0);
  }
  const result: Record<string, string | undefined> = {};
  for (const [name, option] of Object.entries(spec) as [string, { default?: string; number?: boolean }][]) {
    const value = (values[name] as string | undefined) ?? option.default;
    if (option.number && value !== undefined && !Number.isFinite(Number(value))) {
      throw new Error(`--${name} must be a number, got "${value}"`);
    }
    result[name] = value;
  }
  return Object.assign(result as Record<Names, string | undefined>, {
    number(name: Names) {
      const value = result[name];
      if (value === undefined) throw new Error(`--${name} is required`);
      return Number(value);
    },
  });
}

/** The URL of the cluster's maintenance database (`postgres`) next to the one given. */
export function adminUrlOf(url: string): { adminUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`--url must name a database: ${url}`);
  parsed.pathname = '/postgres';
  return { adminUrl: parsed.toString(), database };
}

/** Creates the database the URL names when it does not exist; true when it created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const { adminUrl, database } = adminUrlOf(databaseUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount) return false;
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    return true;
  } finally {
    await admin.end();
  }
}
