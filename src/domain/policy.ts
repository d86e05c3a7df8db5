/**
 * Authorization, in one place: services ask here before they read or change anything that is
 * not public. Lots, spaces, prices, availability and occupancy (now and its history) are public;
 * bookings, vehicles, accounts, reports and inventory changes are not.
 */
import type { ApiKeyScope } from './auth/api-keys.js';
import type { MemberRole, Viewer } from './auth/viewer.js';

/** The request needs a signed-in user (or key) and has none: the API answers UNAUTHENTICATED. */
export class AuthenticationRequiredError extends Error {
  override readonly name = 'AuthenticationRequiredError';
  constructor(message = 'Sign in to do this') {
    super(message);
  }
}

export type UserViewer = Extract<Viewer, { kind: 'user' }>;

const ROLE_RANK: Record<MemberRole, number> = { STAFF: 1, MANAGER: 2, OWNER: 3 };

/** Anonymous requests get UNAUTHENTICATED; a user or an API key may go on to the policy checks. */
export function requireSignedIn(viewer: Viewer): Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') throw new AuthenticationRequiredError('Sign in or send an API key to do this');
  return viewer;
}

/** The signed-in user, or UNAUTHENTICATED for anonymous requests and API keys. */
export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== 'user') throw new AuthenticationRequiredError('Sign in as a user to do this');
  return viewer;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'user' && viewer.user.role === 'ADMIN';
}

/** The viewer's role at an operator, if they are a member. */
export function roleAt(viewer: Viewer, operatorId: string): MemberRole | undefined {
  return viewer.kind === 'user' ? viewer.memberships.find((member) => member.operatorId === operatorId)?.role : undefined;
}

/**
 * May the viewer act for an operator: a member with at least `role`, an admin, or one of the
 * operator's API keys carrying `scope` (when the action is open to keys at all).
 */
export function canActForOperator(viewer: Viewer, operatorId: string, role: MemberRole, scope?: ApiKeyScope): boolean {
  if (isAdmin(viewer)) return true;
  if (viewer.kind === 'apiKey') {
    return scope !== undefined && viewer.key.operatorId === operatorId && viewer.key.scopes.includes(scope);
  }
  const own = roleAt(viewer, operatorId);
  return own !== undefined && ROLE_RANK[own] >= ROLE_RANK[role];
}

/** Inventory (lots, spaces, tariffs, hours, policy): managers and owners, or a `lots:write` key. */
export function canManageInventory(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'MANAGER', 'lots:write');
}

/** API keys are the owner's: only OWNERs (and admins) list, create, rotate and revoke them. */
export function canManageApiKeys(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'OWNER');
}

/** The team: OWNERs (and admins) invite members, change their roles and remove them; never a key. */
export function canManageMembers(viewer: Viewer, operatorId: string): boolean {
  return viewer.kind === 'user' && canActForOperator(viewer, operatorId, 'OWNER');
}

/** Who works for an operator (`Operator.members`): its members of any role, and admins. */
export function canSeeMembers(viewer: Viewer, operatorId: string): boolean {
  return viewer.kind === 'user' && canActForOperator(viewer, operatorId, 'STAFF');
}

/** Bookings at an operator's lots (plate and times): any member, or a `bookings:read` key. */
export function canSeeOperatorBookings(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'STAFF', 'bookings:read');
}

/** A booking itself: its driver, an admin, or whoever may see the bookings of its lot's operator. */
export function canSeeBooking(viewer: Viewer, booking: { driverId: string }, lotOperatorId: string): boolean {
  return isDriverOrAdmin(viewer, booking.driverId) || canSeeOperatorBookings(viewer, lotOperatorId);
}

/** Cancelling, extending, and a booking's driver details: the driver (or an admin) only. */
export function canActOnBooking(viewer: Viewer, booking: { driverId: string }): boolean {
  return isDriverOrAdmin(viewer, booking.driverId);
}

/** A driver's own account data: vehicles, email, bookings list. */
export function isDriverOrAdmin(viewer: Viewer, userId: string): boolean {
  return isAdmin(viewer) || isSelf(viewer, userId);
}

/** The viewer is this user: for what only they may see or use (a vehicle's nickname, booking with it). */
export function isSelf(viewer: Viewer, userId: string): boolean {
  return viewer.kind === 'user' && viewer.user.id === userId;
}

/**
 * Plate reads at a gate: a key of the operator with `gates:write` that is either the gate's own
 * device key or a key not tied to any gate (a partner's central ANPR system); or staff on site.
 */
export function canReportPlateReads(viewer: Viewer, gate: { id: string }, operatorId: string): boolean {
  if (viewer.kind === 'apiKey') {
    return canActForOperator(viewer, operatorId, 'STAFF', 'gates:write') && (viewer.key.gateId === null || viewer.key.gateId === gate.id);
  }
  return canActForOperator(viewer, operatorId, 'STAFF');
}

/** Sensor and count reports for an operator's lots: managers, or an `availability:write` key. */
export function canReportAvailability(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'MANAGER', 'availability:write');
}

/** An operator's money (refunds, marking invoices paid, monthly statements): its managers and owners, or an admin. */
export function canHandleOperatorMoney(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'MANAGER');
}

/** An operator's reports (utilisation, no-shows, revenue by lot and day): as its money, managers and owners, or an admin. */
export function canSeeOperatorReports(viewer: Viewer, operatorId: string): boolean {
  return canHandleOperatorMoney(viewer, operatorId);
}

/** A payment: its driver, an admin, or whoever may see the bookings of its operator. */
export function canSeePayment(viewer: Viewer, payment: { driverId: string | null; operatorId: string }): boolean {
  return (payment.driverId !== null && isDriverOrAdmin(viewer, payment.driverId)) || canSeeOperatorBookings(viewer, payment.operatorId);
}

/** The plate-read audit log and parking sessions (plates are personal data): as for bookings. */
export function canSeeGateActivity(viewer: Viewer, operatorId: string): boolean {
  return canSeeOperatorBookings(viewer, operatorId);
}

/** Webhook endpoints and their delivery log: managers and owners, or a `webhooks:manage` key. */
export function canManageWebhooks(viewer: Viewer, operatorId: string): boolean {
  return canActForOperator(viewer, operatorId, 'MANAGER', 'webhooks:manage');
}

/**
 * Resolving by hand what a camera could not (admitting a car under REVIEW, closing a stay whose
 * exit was missed): a member of the lot's operator (STAFF or above) or an admin; never an API
 * key, so every such action names the person who took it.
 */
export function canResolveAtGates(viewer: Viewer, operatorId: string): boolean {
  return viewer.kind === 'user' && canActForOperator(viewer, operatorId, 'STAFF');
}
