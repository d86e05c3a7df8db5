#!/usr/bin/env node
// drizzle-kit quotes custom column types it does not know ("geography(Point,4326)"), which
// PostgreSQL rejects as an unknown type name. `npm run db:generate` runs this with --fix after
// drizzle-kit; CI runs it with --check so a quoted type never reaches a migration.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const QUOTED_CUSTOM_TYPE = /"((?:geography|geometry)\([A-Za-z]+,\s*\d+\))"/g;
const folder = new URL('../drizzle/', import.meta.url).pathname;
const fix = process.argv.includes('--fix');
let offending = 0;

for (const file of readdirSync(folder).filter((name) => name.endsWith('.sql'))) {
  const path = join(folder, file);
  const sql = readFileSync(path, 'utf8');
  const matches = sql.match(QUOTED_CUSTOM_TYPE) ?? [];
  if (matches.length === 0) continue;
  if (fix) {
    writeFileSync(path, sql.replace(QUOTED_CUSTOM_TYPE, '$1'));
    console.log(`unquoted ${matches.length} custom type(s) in ${file}`);
  } else {
    offending += matches.length;
    console.error(`${file}: quoted custom type(s) ${matches.join(', ')}; run npm run db:generate`);
  }
}
if (offending > 0) process.exit(1);
