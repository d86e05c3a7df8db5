import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Period } from '../schema/columns.js';
import { LIVE_BOOKING_STATUSES } from '../schema/index.js';

/** The live booking statuses as an SQL list, for `status IN (${LIVE_STATUSES})`. */
export const LIVE_STATUSES = sql.raw(LIVE_BOOKING_STATUSES.map((status) => `'${status}'`).join(', '));

/** `tstzrange` literal for a window, half-open. */
export function windowRange({ start, end }: Period) {
  return sql`tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz, '[)')`;
}

/** The row's lot (its `lot_id` column) is one of the operator's: lists of an operator's activity. */
export function atOperatorLots(lotId: Column, operatorId: string): SQL {
  return sql`${lotId} IN (SELECT id FROM lots WHERE operator_id = ${operatorId})`;
}

/** A uuid[] parameter; both drivers take a `{...}` array literal. */
export function uuidArray(ids: readonly string[]) {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
