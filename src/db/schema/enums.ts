import { pgEnum } from 'drizzle-orm/pg-core';

/** A parking network integrating as a partner, or a private land owner listing a yard. */
export const operatorKind = pgEnum('operator_kind', ['NETWORK', 'PRIVATE']);

/** Platform-wide role of a user; operator roles live in `operator_members`. */
export const userRole = pgEnum('user_role', ['DRIVER', 'ADMIN']);

/** What a member may do for an operator: OWNER > MANAGER > STAFF. */
export const memberRole = pgEnum('member_role', ['OWNER', 'MANAGER', 'STAFF']);

export const lotType = pgEnum('lot_type', ['SURFACE', 'MULTI_STOREY', 'UNDERGROUND', 'PRIVATE_YARD', 'STREET']);

/** Who may park: anyone, customers of a venue, permit holders, or by private arrangement. */
export const lotAccess = pgEnum('lot_access', ['PUBLIC', 'CUSTOMERS', 'PERMIT_HOLDERS', 'PRIVATE']);

export const spaceKind = pgEnum('space_kind', [
  'STANDARD',
  'EV_CHARGING',
  'ACCESSIBLE',
  'MOTORCYCLE',
  'VAN',
  'FAMILY',
]);

/** The operator's say over a space; whether a car is in it is tracked elsewhere. */
export const spaceOperatorStatus = pgEnum('space_operator_status', ['IN_SERVICE', 'OUT_OF_SERVICE']);

/** CONFIRMED and CHECKED_IN are "live": they hold the space (see the exclusion constraint). */
export const bookingStatus = pgEnum('booking_status', [
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
]);

/** Booking statuses that hold a space; the exclusion constraint and availability count only these. */
export const LIVE_BOOKING_STATUSES = ['CONFIRMED', 'CHECKED_IN'] as const;
