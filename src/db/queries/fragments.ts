import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Period } from '../schema/columns.js';
import { ENDED_BOOKING_STATUSES } from '../schema/index.js';

const ENDED_STATUSES = sql.raw(ENDED_BOOKING_STATUSES.map((status) => `'${status}'`).join(', '));

/**
 * The booking (its `status` column) holds its space: written exactly as the exclusion
 * constraint's and the (lot_id, period) index's predicate (drizzle/0023), so the planner can use
 * that partial index.
 */
export function liveBooking(status: SQL | Column): SQL {
  return sql`${status} NOT IN (${ENDED_STATUSES})`;
}

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
