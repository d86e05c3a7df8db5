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

/**
 * PENDING_PAYMENT (waiting for the card provider to hold the price), CONFIRMED and CHECKED_IN are
 * "live": they hold the space (see the exclusion constraint).
 */
export const bookingStatus = pgEnum('booking_status', [
  'PENDING_PAYMENT',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
]);

/**
 * The statuses that no longer hold a space; every other one is live (the exclusion constraint and
 * availability count those). The database's predicates name these (`status NOT IN (...)`), not
 * the live ones: a value added to an enum cannot be used in the migration run that adds it
 * (drizzle applies all pending migrations in one transaction).
 */
export const ENDED_BOOKING_STATUSES = ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;

/** Which way a gate lets vehicles through; BOTH gates tell entry from exit by the open session. */
export const gateDirection = pgEnum('gate_direction', ['ENTRY', 'EXIT', 'BOTH']);

/** A lot's plate list entry: a permit lets the plate in, a deny entry keeps it out. */
export const plateRuleKind = pgEnum('plate_rule_kind', ['PERMIT', 'DENY']);

/** What a gate is told to do with a vehicle. REVIEW: a person decides (never opens by itself). */
export const gateDecision = pgEnum('gate_decision', ['OPEN', 'DENY', 'REVIEW']);

/** Why a gate decision was made (see domain/gates/decide.ts). */
export const gateDecisionReason = pgEnum('gate_decision_reason', [
  'BOOKING',
  'PERMIT',
  'WALK_IN',
  'EXIT',
  'LOW_CONFIDENCE',
  'DENY_LISTED',
  'NO_BOOKING',
  'TOO_EARLY',
  'LOT_FULL',
  'ALREADY_INSIDE',
  'NO_SESSION',
  'PAYMENT_PENDING',
]);

/** How a vehicle came to be parked: against a booking, on a permit, or as a walk-in. */
export const sessionKind = pgEnum('session_kind', ['BOOKING', 'PERMIT', 'WALK_IN']);

/** What a space sensor last saw. */
export const sensorStatus = pgEnum('sensor_status', ['OCCUPIED', 'FREE']);

/**
 * Where a lot's live availability comes from: its spaces (bookable here), counts a partner reports
 * for the lot as a whole, or nothing live (declared capacity only, e.g. open data).
 */
export const availabilitySource = pgEnum('availability_source', ['SPACES', 'REPORTED_COUNTS', 'NONE']);

/**
 * How a lot observes that a booked driver arrived: a gate camera, the driver's own check-in, a bay
 * sensor, or not at all. Only lots that observe arrival mark bookings NO_SHOW.
 */
export const arrivalObservation = pgEnum('arrival_observation', ['GATE', 'SELF_CHECK_IN', 'SENSOR', 'NONE']);

/** A barrier with a camera, or a lot's self check-in point (no barrier, no camera, no device key). */
export const gateKind = pgEnum('gate_kind', ['BARRIER', 'SELF_CHECK_IN_POINT']);

/** What a member of staff did by hand where a camera could not decide. */
export const staffActionKind = pgEnum('staff_action_kind', ['ADMIT_VEHICLE', 'CLOSE_SESSION']);
