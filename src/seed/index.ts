import type { Database } from '../db/client.js';
import { hasNoOperators, insertCity, replaceEverythingWith, type SeedSummary } from '../db/queries/demo-data.js';
import { buildDemoCity } from './demo-city.js';
import { syntheticHistory } from './history.js';

// The demo data sits above the domain and the database: it is built with the domain's rules
// (plates, opening days) and written through a query module, so db/ never imports domain/.

export type { SeedSummary };

/** Seeds the demo city unless the database already has operators; returns null when it skipped. */
export async function seedIfEmpty(db: Database): Promise<SeedSummary | null> {
  return (await hasNoOperators(db)) ? insertCity(db, demoCityWithHistory()) : null;
}

/** Deletes every row in every Parkway table and seeds the demo city again (`npm run seed`). */
export function reseed(db: Database): Promise<SeedSummary> {
  return replaceEverythingWith(db, demoCityWithHistory());
}

/** The demo city with two days of synthetic occupancy history up to now, so its charts show a curve. */
function demoCityWithHistory() {
  const city = buildDemoCity();
  return { ...city, history: syntheticHistory(city, new Date()) };
}
