/** The whole database schema; drizzle-kit reads this file to generate migrations. */
export * from './enums.js';
export * from './operators.js';
export * from './users.js';
export * from './operator-members.js';
export * from './lots.js';
export * from './spaces.js';
export * from './vehicles.js';
export * from './bookings.js';
export * from './tariffs.js';
export * from './lot-hours.js';
export * from './api-keys.js';
export * from './parking-events.js';
export * from './gates.js';
export * from './plate-rules.js';
export * from './parking-sessions.js';
export * from './plate-reads.js';
export * from './user-identities.js';
export type { Period } from './columns.js';
