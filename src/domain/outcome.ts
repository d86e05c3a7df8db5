/**
 * Expected failures of a mutation (not available, forbidden for this viewer, invalid window) are
 * results, not exceptions: the API returns them as `userErrors` beside a null result.
 */
export type UserErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'INVALID_WINDOW'
  | 'NOT_AVAILABLE'
  | 'OUTSIDE_OPENING_HOURS'
  | 'OUTSIDE_BOOKABLE_HOURS'
  | 'LOT_CLOSED'
  | 'VEHICLE_TOO_HIGH'
  | 'NO_TARIFF'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOT_CANCELLABLE'
  | 'NOT_EXTENDABLE'
  | 'DUPLICATE_PLATE'
  // arrival without cameras (schema/arrivals.graphql)
  | 'SELF_CHECK_IN_NOT_OFFERED'
  | 'OUTSIDE_CHECK_IN_WINDOW'
  | 'OUTSIDE_GEOFENCE'
  | 'WRONG_BOOKING_STATUS'
  // payments (schema/payments.graphql)
  | 'PAYMENT_DECLINED'
  | 'REFUND_EXCEEDS_CAPTURE'
  | 'NOTHING_TO_REFUND'
  | 'NOTHING_TO_RECEIVE'
  | 'PAYMENT_PENDING'
  // self-hosted accounts (schema/accounts.graphql)
  | 'INVALID_EMAIL'
  | 'EMAIL_TAKEN'
  | 'WEAK_PASSWORD'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  // teams (schema/teams.graphql)
  | 'ALREADY_MEMBER'
  | 'LAST_OWNER'
  // webhooks (schema/webhooks.graphql)
  | 'UNSAFE_URL'
  | 'ENDPOINT_DISABLED';

export interface UserError {
  code: UserErrorCode;
  message: string;
  /** Path of the input field at fault, e.g. `['input', 'window']`. */
  field?: string[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export function succeed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: UserErrorCode, message: string, field?: string[]): Outcome<T> {
  return { ok: false, errors: [{ code, message, ...(field && { field }) }] };
}
