import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LotRow, SpaceRow } from '../resolvers/lots/mappers.js';
import type { OperatorRow, ApiKeyRow } from '../resolvers/operators/mappers.js';
import type { LotAvailabilityParent, LotOccupancyParent, LotWeeklyHoursRow } from '../resolvers/availability/mappers.js';
import type { LotQuote, QuoteLineParent } from '../resolvers/pricing/mappers.js';
import type { BookingRow } from '../resolvers/bookings/mappers.js';
import type { VehicleRow, UserRow, UserViewer } from '../resolvers/accounts/mappers.js';
import type { TariffWithFlatRates, FlatRateParent, LotBlackoutRow, MembershipParent } from '../resolvers/inventory/mappers.js';
import type { LotUpdate, SpaceStatusRow } from '../resolvers/realtime/mappers.js';
import type { GateRow, PlateRuleRow, PlateReadRow, ParkingSessionRow } from '../resolvers/gates/mappers.js';
import type { UpsertedLotParent } from '../resolvers/partners/mappers.js';
import type { MemberWithUser, InvitationRow } from '../resolvers/teams/mappers.js';
import type { StaffActionRow } from '../resolvers/arrivals/mappers.js';
import type { WebhookEndpointRow, WebhookDeliveryRow, WebhookAttemptRow } from '../resolvers/webhooks/mappers.js';
import type { ConnectorSourceRow } from '../resolvers/connectors/mappers.js';
import type { PaymentRow, BookingPaymentView, ReceiptParent, ReceiptLineParent, OperatorStatementParent, StatementTotalParent } from '../resolvers/payments/mappers.js';
import type { OccupancyHistoryPointParent, OccupancyHistoryKindParent, OperatorReportParent, OperatorReportRowParent } from '../resolvers/history/mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant as an ISO 8601 string with a UTC offset, e.g. "2026-11-27T09:00:00Z" or
   * "2026-11-27T09:00:00+01:00". Strings without an offset are rejected: a wall-clock time alone is
   * ambiguous. Output is always UTC ("...Z") with milliseconds.
   */
  DateTime: { input: Date; output: Date; }
};

/** An invitation code to accept. */
export type AcceptInvitationInput = {
  /** The code from the invitation mail. */
  token: Scalars['String']['input'];
};

/** The result of an account action that returns nothing else. */
export type AccountActionPayload = {
  __typename?: 'AccountActionPayload';
  /** True when the action was taken (or, for requests that must not tell, accepted). */
  ok: Scalars['Boolean']['output'];
  /** Why the action was not taken; empty on success. */
  userErrors: Array<UserError>;
};

/** A closure to add. */
export type AddBlackoutInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Why, shown to drivers. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When the lot is closed. */
  window: TimeWindowInput;
};

/** A plate to put on a lot's list. */
export type AddPlateRuleInput = {
  /** Which list. */
  kind: PlateRuleKind;
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Up to 200 characters for staff. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The plate (any spelling). */
  plate: Scalars['String']['input'];
  /** From when it applies; omit for now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Until when it applies; omit for no expiry. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Spaces to add to a lot. */
export type AddSpacesInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** The new spaces, 1 to 1000. */
  spaces: Array<NewSpaceInput>;
};

/** A vehicle to add. */
export type AddVehicleInput = {
  /** ISO 3166-1 alpha-2 country of registration, e.g. "GB". */
  country: Scalars['String']['input'];
  /** Height in centimetres (1 to 1000). */
  heightCm?: InputMaybe<Scalars['Int']['input']>;
  /** A name for it, at most 60 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
  /** The number plate as written; spaces, dashes and case do not matter. */
  plate: Scalars['String']['input'];
};

/** A vehicle for staff to admit: `plateReadId`, or `gateId` and `plate`. */
export type AdmitVehicleInput = {
  /** Global id of the gate the vehicle is at (without `plateReadId`). */
  gateId?: InputMaybe<Scalars['ID']['input']>;
  /** The plate, any spelling (without `plateReadId`). */
  plate?: InputMaybe<Scalars['String']['input']>;
  /** Global id of a plate read the gate sent to REVIEW. */
  plateReadId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, for the audit log: 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** A partner API key, without its secret. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the key. */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the owner called it, e.g. "Availability feed". */
  name: Scalars['String']['output'];
  /** The key's public start, e.g. "pk_3f9a1c2e", to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
};

/** The result of revoking a key. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key after the change; null when `userErrors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** What a partner API key may do. */
export type ApiKeyScope =
  /** Report live availability and space status. */
  | 'AVAILABILITY_WRITE'
  /** Read bookings at the operator's lots. */
  | 'BOOKINGS_READ'
  /** Report plate reads at the operator's gates. */
  | 'GATES_WRITE'
  /** Create and change the operator's lots, spaces, prices and hours. */
  | 'LOTS_WRITE'
  /** Manage the operator's webhook endpoints and read their delivery logs. */
  | 'WEBHOOKS_MANAGE';

/** A key with its secret, shown this once. */
export type ApiKeySecretPayload = {
  __typename?: 'ApiKeySecretPayload';
  /** The key; null when `userErrors` is not empty. */
  apiKey?: Maybe<ApiKey>;
  /** The whole key to send as `Authorization: Bearer <secret>`. Store it now: it is not kept. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the key was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** The lot to archive. */
export type ArchiveLotInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
};

/**
 * How a lot observes that a booked driver arrived. Only lots that observe arrival mark a booking
 * NO_SHOW when its driver does not come; at the others a booking is completed at its end.
 */
export type ArrivalObservation =
  /** A number-plate camera at the barrier checks bookings in. */
  | 'GATE'
  /** Arrival is not observed: bookings are never marked NO_SHOW, and are completed at their end. */
  | 'NONE'
  /** Drivers check in and out themselves (`checkIn`, `checkOut`); the default for new lots. */
  | 'SELF_CHECK_IN'
  /** A bay sensor seeing a vehicle in the booked bay counts as arrival. */
  | 'SENSOR';

/** Where a lot's live numbers come from. */
export type AvailabilitySource =
  /** Nothing live (e.g. open data with a declared capacity): shown, not bookable here. */
  | 'NONE'
  /** Free counts the partner reports for the lot as a whole: shown, not bookable here. */
  | 'REPORTED_COUNTS'
  /** Counted from the lot's spaces, bookings, gate sessions and sensors: bookable here. */
  | 'SPACES';

/** A one-off closure of a lot. */
export type Blackout = Node & {
  __typename?: 'Blackout';
  /** Global id of the closure, for removeBlackout. */
  id: Scalars['ID']['output'];
  /** Why, e.g. "Closed on Christmas Eve". */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the lot is closed, half-open. */
  window: TimeWindow;
};

/** A driver's claim on one space for a time window. */
export type Booking = Node & {
  __typename?: 'Booking';
  /** The fee charged for a late cancellation; null unless cancelled. */
  cancellationFee?: Maybe<Money>;
  /** When it was cancelled; null unless cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the booking was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The driver; visible to the driver and admins only (null for operators). */
  driver?: Maybe<User>;
  /** Global id of the booking. */
  id: Scalars['ID']['output'];
  /** The lot. */
  lot: Lot;
  /** The stay at the lot made on this booking (entry, exit, charge), once the driver drove in. */
  parkingSession?: Maybe<ParkingSession>;
  /**
   * The money of this booking: what is held, charged and refunded; null for a booking made before
   * payments existed.
   */
  payment?: Maybe<BookingPayment>;
  /** The price locked when booking (or extending). */
  price: Money;
  /** The space held for the driver. */
  space: Space;
  /** Where the booking is in its life. */
  status: BookingStatus;
  /** The vehicle the booking is for (its plate opens the barrier). */
  vehicle: Vehicle;
  /** The booked window, half-open. */
  window: TimeWindow;
};

/** A page of bookings. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  /** The bookings of this page with their cursors. */
  edges: Array<BookingEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A booking in a page, with its cursor. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  /** Opaque cursor of this booking; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: Booking;
};

/** The result of a booking mutation. */
export type BookingPayload = {
  __typename?: 'BookingPayload';
  /** The booking after the change; null when `userErrors` is not empty. */
  booking?: Maybe<Booking>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** What a booking's money looks like, over all of its payments. */
export type BookingPayment = {
  __typename?: 'BookingPayment';
  /** Held on the driver's payment method (and anything charged beyond the hold). */
  authorized: Money;
  /** Charged. */
  captured: Money;
  /** A PENDING_PAYMENT booking not settled by then is cancelled and its space released. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The payments themselves: the booking's hold first, then what its stay cost beyond it. */
  payments: Array<Payment>;
  /** Given back. */
  refunded: Money;
  /** Where the booking's payment is; PENDING_PAYMENT while the provider has not answered. */
  status: PaymentStatus;
};

/** Where a booking is in its life. */
export type BookingStatus =
  /** Cancelled by the driver; the space is free again. */
  | 'CANCELLED'
  /** The vehicle has arrived; the space is occupied. */
  | 'CHECKED_IN'
  /** The vehicle has left; the stay is over. */
  | 'COMPLETED'
  /** Booked; the space is held. */
  | 'CONFIRMED'
  /** The vehicle did not arrive within the lot's arrival grace; the space was released. */
  | 'NO_SHOW'
  /**
   * Booked, waiting for the card provider to hold the price: the space is held, but the booking
   * does not open a gate and cannot be checked in. It becomes CONFIRMED when the hold succeeds, or
   * CANCELLED (the space freed) when it is declined or not answered by `payment.expiresAt`.
   */
  | 'PENDING_PAYMENT';

/** A map viewport in WGS84 degrees. */
export type BoundsInput = {
  /** Eastern edge longitude, -180 to 180; less than `west` when the box crosses the antimeridian. */
  east: Scalars['Float']['input'];
  /** Northern edge latitude, -90 to 90. */
  north: Scalars['Float']['input'];
  /** Southern edge latitude, -90 to 90, at most `north`. */
  south: Scalars['Float']['input'];
  /** Western edge longitude, -180 to 180. */
  west: Scalars['Float']['input'];
};

/** The booking to cancel. */
export type CancelBookingInput = {
  /** Global id of the booking. */
  bookingId: Scalars['ID']['input'];
};

/** Cancellation terms and arrival grace of a lot. */
export type CancellationPolicy = {
  __typename?: 'CancellationPolicy';
  /** A booking not checked in this many minutes after its start is a no-show and its space released. */
  arrivalGraceMinutes: Scalars['Int']['output'];
  /** The fee after that (never more than the booking's price). */
  cancellationFee: Money;
  /** Cancelling is free until this many minutes before the booking starts. */
  freeCancellationMinutes: Scalars['Int']['output'];
};

/** A member's new role. */
export type ChangeMemberRoleInput = {
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** The new role. */
  role: MemberRole;
  /** Global id of the member's User. */
  userId: Scalars['ID']['input'];
};

/** A password change. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** The new password (same rules as at sign-up). */
  newPassword: Scalars['String']['input'];
};

/** A stay for staff to close. */
export type CloseSessionInput = {
  /** When the vehicle left, if known; now when omitted. Between the entry and now. */
  exitedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why, for the audit log: 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Global id of the open parking session. */
  sessionId: Scalars['ID']['input'];
};

/** Why a lot cannot take a booking for a window. */
export type ClosedReason =
  /** A one-off closure (a holiday, maintenance) overlaps the window. */
  | 'BLACKOUT'
  /** The owner's bookable hours do not cover the whole window. */
  | 'OUTSIDE_BOOKABLE_HOURS'
  /** The lot's opening hours do not cover the whole window. */
  | 'OUTSIDE_OPENING_HOURS';

/** Why a poll failed; nothing of a failed poll is stored. */
export type ConnectorErrorCode =
  /**
   * The feed's host resolves to a private, loopback or other non-public address (refused unless
   * CONNECTORS_ALLOW_PRIVATE_NETWORKS is set).
   */
  | 'ADDRESS_REFUSED'
  /** The feed answered with an HTTP status other than 2xx (redirects are not followed). */
  | 'HTTP_STATUS'
  /** Our fault; logged with the source's id. */
  | 'INTERNAL'
  /** Some items carry wrong values (see `problems`). */
  | 'INVALID_ITEMS'
  /** Not well-formed XML or JSON, or not the format the source names. */
  | 'MALFORMED'
  /** The feed could not be reached (DNS, connection refused or reset). */
  | 'NETWORK'
  /** No whole answer within the source's timeout. */
  | 'TIMEOUT'
  /** The feed is larger than 8 MiB. */
  | 'TOO_LARGE';

/** The feed formats a connector reads. */
export type ConnectorFormat =
  /** DATEX II v3 ParkingStatusPublication, XML (`parkingRecordStatus` with `parkingRecordReference/@id`). */
  | 'DATEX2_V3_STATUS_XML'
  /** ParkAPI v3 parking sites, JSON (`items` with `uid` and `realtime_free_capacity`). */
  | 'PARKAPI_V3_JSON';

/** Another network's live feed that a connector pulls into an operator's count-only lots. */
export type ConnectorSource = Node & {
  __typename?: 'ConnectorSource';
  /** False: not polled. */
  enabled: Scalars['Boolean']['output'];
  /** What the feed is written in. */
  format: ConnectorFormat;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** Seconds between polls after a success, 1 to 86,400. */
  pollIntervalSeconds: Scalars['Int']['output'];
  /** How the last polls went. */
  status: ConnectorStatus;
  /** How long one poll may take, connecting to the last byte, in milliseconds (100 to 60,000). */
  timeoutMs: Scalars['Int']['output'];
  /** Where it is fetched from (http or https). */
  url: Scalars['String']['output'];
};

/** A page of connector sources. */
export type ConnectorSourceConnection = {
  __typename?: 'ConnectorSourceConnection';
  /** The sources on this page. */
  edges: Array<ConnectorSourceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A source and its cursor. */
export type ConnectorSourceEdge = {
  __typename?: 'ConnectorSourceEdge';
  /** Pass as `after` to continue after this source. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: ConnectorSource;
};

/** The result of creating, changing or deleting a connector source. */
export type ConnectorSourcePayload = {
  __typename?: 'ConnectorSourcePayload';
  /** The source as stored (as it was, for a delete); null when `userErrors` is not empty. */
  source?: Maybe<ConnectorSource>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** What the connector last did with a source. */
export type ConnectorStatus = {
  __typename?: 'ConnectorStatus';
  /** Of those, counts that were stored (newer than what the lot had). */
  appliedCount?: Maybe<Scalars['Int']['output']>;
  /** Failed polls in a row; each doubles the wait before the next (at most an hour). */
  consecutiveFailures: Scalars['Int']['output'];
  /** True when the latest poll succeeded. */
  healthy: Scalars['Boolean']['output'];
  /** Items in the last feed read whole. */
  itemCount?: Maybe<Scalars['Int']['output']>;
  /** When the last poll started; null before the first. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** What went wrong, in words. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a poll last failed (nothing of it was stored). */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last failed poll failed. */
  lastErrorCode?: Maybe<ConnectorErrorCode>;
  /** When a poll last succeeded (the feed was read whole and its counts stored in one transaction). */
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the source is polled next. */
  nextPollAt: Scalars['DateTime']['output'];
  /**
   * Items of the latest poll that were not stored, and why (up to 100): after a success, the
   * items skipped (unknown lot, lot counted from its spaces, no live count); after an
   * INVALID_ITEMS failure, the items at fault.
   */
  problems: Array<FeedItemProblem>;
};

/** A key to create. */
export type CreateApiKeyInput = {
  /** A name to recognise it by, 1 to 60 characters. */
  name: Scalars['String']['input'];
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** What it may do (at least one). */
  scopes: Array<ApiKeyScope>;
};

/** What to book. */
export type CreateBookingInput = {
  /**
   * A key the client chooses (1 to 200 characters): sending the same request again with it returns
   * the same booking instead of making a second one.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /**
   * The driver's payment method at the lot operator's card provider (a Stripe PaymentMethod id,
   * e.g. `pm_...`). Not needed where the operator bills by invoice.
   */
  paymentMethod?: InputMaybe<Scalars['String']['input']>;
  /** A particular space (global id) instead of any free one of the kind. */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of space wanted; ignored when `spaceId` is given. */
  spaceKind?: InputMaybe<SpaceKind>;
  /** Global id of one of the driver's vehicles. */
  vehicleId: Scalars['ID']['input'];
  /** When to park. */
  window: TimeWindowInput;
};

/** A new connector source. */
export type CreateConnectorSourceInput = {
  /** False to add it paused; true when omitted. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the feed is written in. */
  format: ConnectorFormat;
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Global id of the operator whose lots the feed fills. */
  operatorId: Scalars['ID']['input'];
  /** Seconds between polls, 1 to 86,400; 60 when omitted. */
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Milliseconds one poll may take, 100 to 60,000; 10,000 when omitted. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** http or https URL of the feed, without credentials. */
  url: Scalars['String']['input'];
};

/** The lot to create. */
export type CreateLotInput = {
  /** Who may park; PUBLIC when omitted. */
  access?: InputMaybe<LotAccess>;
  /** Postal address. */
  address: Scalars['String']['input'];
  /** Facilities, e.g. ["CCTV", "LIGHTING"]. */
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the lot observes arrival; SELF_CHECK_IN when omitted. */
  arrivalObservation?: InputMaybe<ArrivalObservation>;
  /** Self check-in and check-out must send the driver's position; false when omitted. */
  checkInPositionRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when spaces are under a roof. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency of its prices, e.g. "GBP". */
  currency: Scalars['String']['input'];
  /** Geofence radius for self check-in, 10 to 5000 metres; 200 when omitted. */
  geofenceRadiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** The entrance. */
  location: LatLngInput;
  /** What kind of place it is. */
  lotType: LotType;
  /** Height limit in centimetres; omit for none. */
  maxVehicleHeightCm?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** Global id of the operator that runs it. */
  operatorId: Scalars['ID']['input'];
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: Scalars['String']['input'];
};

/** The operator to create. */
export type CreateOperatorInput = {
  /** Public contact address. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** PRIVATE for a land owner (anyone); NETWORK for a parking network (admins only). */
  kind: OperatorKind;
  /** Display name, 1 to 120 characters. */
  name: Scalars['String']['input'];
};

/** An endpoint to register. */
export type CreateWebhookEndpointInput = {
  /** A note for your own use, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to receive; at least one. */
  eventTypes: Array<WebhookEventType>;
  /** `lot.occupancy` at most once per lot per this many seconds, 1 to 86400. Default 60. */
  occupancyIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** An absolute `https://` URL with a public host. */
  url: Scalars['String']['input'];
};

/** Where a lot's live numbers last came from. */
export type DataFreshness = {
  __typename?: 'DataFreshness';
  /**
   * True when that report is older than its source's time-to-live (SENSOR_STATUS_TTL for
   * sensors, REPORTED_COUNTS_TTL for partner counts): what it said now shows as UNKNOWN. Events
   * (gate reads, check-ins, staff actions) do not expire.
   */
  expired: Scalars['Boolean']['output'];
  /** When it reported (the source's clock for sensors, partner counts and gate reads). */
  reportedAt: Scalars['DateTime']['output'];
  /** The source of the newest report. */
  source: LiveDataSource;
};

/** The source to delete. */
export type DeleteConnectorSourceInput = {
  /** Global id of the source. */
  sourceId: Scalars['ID']['input'];
};

/** The endpoint to delete. */
export type DeleteWebhookEndpointInput = {
  /** Global id of the endpoint. */
  endpointId: Scalars['ID']['input'];
};

/** The booking to extend and its new end. */
export type ExtendBookingInput = {
  /** Global id of the booking. */
  bookingId: Scalars['ID']['input'];
  /** The new end of the window, after the current one. */
  end: Scalars['DateTime']['input'];
};

/** One item of a feed that was not stored. */
export type FeedItemProblem = {
  __typename?: 'FeedItemProblem';
  /** Why. */
  reason: FeedItemProblemReason;
  /** The item's id in the feed (empty when it had none). */
  ref: Scalars['String']['output'];
};

/** Why an item of a feed was not stored. */
export type FeedItemProblemReason =
  /** The observation time is not an ISO 8601 instant with a zone (the poll is refused). */
  | 'BAD_TIME'
  /** More free spaces than spaces in all, or more than 100,000 (the poll is refused). */
  | 'FREE_EXCEEDS_TOTAL'
  /** The observation time is more than 5 minutes ahead of our clock (the poll is refused). */
  | 'FUTURE_TIME'
  /** The lot is counted from its own spaces (skipped). */
  | 'HAS_SPACE_DATA'
  /** The item has no id (the poll is refused). */
  | 'MISSING_ID'
  /** A count is negative (the poll is refused). */
  | 'NEGATIVE_COUNT'
  /** A count is not a whole number (the poll is refused). */
  | 'NOT_A_COUNT'
  /** The feed has no live count for the site (skipped). */
  | 'NO_LIVE_COUNT'
  /** No lot of the operator has this `externalRef` (skipped). */
  | 'UNKNOWN_LOT';

/** A fixed price for a stay that fits a recurring local time band. */
export type FlatRate = {
  __typename?: 'FlatRate';
  /** ISO weekdays (1 = Monday) the band starts on; null for every day. */
  daysOfWeek?: Maybe<Array<Scalars['Int']['output']>>;
  /** Local "HH:MM" after which arriving qualifies. */
  entryAfter: Scalars['String']['output'];
  /** Local "HH:MM" before which leaving qualifies; at or before `entryAfter` means the next day. */
  exitBefore: Scalars['String']['output'];
  /** Display name, e.g. "Overnight". */
  name: Scalars['String']['output'];
  /** The fixed price. */
  price: Money;
};

/** A flat rate for a time band. */
export type FlatRateInput = {
  /** Minor units, 0 or more. */
  amount: Scalars['Int']['input'];
  /** ISO weekdays the band starts on; omit for every day. */
  daysOfWeek?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Local "HH:MM". */
  entryAfter: Scalars['String']['input'];
  /** Local "HH:MM" ("24:00" for midnight). */
  exitBefore: Scalars['String']['input'];
  /** Display name, e.g. "Overnight". */
  name: Scalars['String']['input'];
};

/** The length of a forecast point. Buckets start at UTC multiples of their length. */
export type ForecastBucket =
  /** Fifteen minutes, the resolution occupancy history is kept at. */
  | 'FIFTEEN_MINUTES'
  /** One hour: the four quarters' history pooled. */
  | 'HOUR';

/** Where a forecast's numbers come from. */
export type ForecastMethod =
  /** The lot's own history alone: 3 or more weeks of it (or fewer when its network has none). */
  | 'LOT_HISTORY'
  /**
   * The lot's own history (1 or 2 weeks of it) blended with its network's, weighted by how many weeks
   * the lot has.
   */
  | 'NETWORK_BLEND'
  /** No history of the lot itself: its network's occupancy as shares of capacity, scaled to this lot. */
  | 'NETWORK_HISTORY'
  /**
   * Neither the lot nor its network has history at these times: every space is taken as free, with
   * `probabilityFree` 0.5 as "unknown" and the widest interval (0 to capacity).
   */
  | 'NO_HISTORY';

/** The forecast for one bucket. */
export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  /** The bucket's first instant. */
  bucketStart: Scalars['DateTime']['output'];
  /** Expected free spaces (a recency-weighted mean; fractional). */
  expectedFree: Scalars['Float']['output'];
  /** 90th percentile of free spaces. */
  freeHigh: Scalars['Float']['output'];
  /** 10th percentile of free spaces: in 9 of 10 comparable past buckets at least this many were free. */
  freeLow: Scalars['Float']['output'];
  /**
   * The chance, 0 to 1, that at least one space is free throughout the bucket (from the most
   * occupied moment of comparable past buckets).
   */
  probabilityFree: Scalars['Float']['output'];
};

/** A future window `[from, to)` to forecast. */
export type ForecastWindowInput = {
  /** First instant to forecast; not before the start of the current 15-minute bucket. */
  from: Scalars['DateTime']['input'];
  /** The end of the window (not included); after `from` and at most 7 days later. */
  to: Scalars['DateTime']['input'];
};

/** A barrier with a number-plate camera. */
export type Gate = Node & {
  __typename?: 'Gate';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Which way it lets vehicles through. */
  direction: GateDirection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** A camera barrier, or the lot's self check-in point. */
  kind: GateKind;
  /** The lot it belongs to. */
  lot: Lot;
  /** Reads below this confidence (0 to 1) go to REVIEW and never open the barrier. */
  minConfidence: Scalars['Float']['output'];
  /** Display name, e.g. "North entrance". */
  name: Scalars['String']['output'];
  /** When it was removed; null while in use. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What the gate should do. */
export type GateDecision =
  /** Keep it closed. */
  | 'DENY'
  /** Open the barrier. */
  | 'OPEN'
  /** Ask a person (intercom, staff): the API will not open on this read by itself. */
  | 'REVIEW';

/** Why the gate decided as it did. */
export type GateDecisionReason =
  /** The plate is already inside (a missed exit, or a cloned plate). */
  | 'ALREADY_INSIDE'
  /** The plate has a booking whose window (opened early by the lot's early-arrival minutes) covers the read. */
  | 'BOOKING'
  /** The plate is on the lot's deny list. */
  | 'DENY_LISTED'
  /** The vehicle inside is leaving; its stay is closed and charged. */
  | 'EXIT'
  /** No free space for a walk-in or permit holder (or for a booked driver whose bay is taken). */
  | 'LOT_FULL'
  /** The read's confidence is below the gate's threshold. */
  | 'LOW_CONFIDENCE'
  /** No booking, permit or walk-in applies. */
  | 'NO_BOOKING'
  /** An exit read for a vehicle with no open stay (a missed entry). */
  | 'NO_SESSION'
  /** The plate's booking is still waiting for its payment to be confirmed (PENDING_PAYMENT). */
  | 'PAYMENT_PENDING'
  /** The plate is on the lot's permit list. */
  | 'PERMIT'
  /** The plate's booking starts later than the early-arrival allowance. */
  | 'TOO_EARLY'
  /** The lot takes walk-ins and has a free space. */
  | 'WALK_IN';

/** Which way a gate lets vehicles through. */
export type GateDirection =
  /** Both ways: a vehicle already inside is leaving, any other is arriving. */
  | 'BOTH'
  /** Into the lot. */
  | 'ENTRY'
  /** Out of the lot. */
  | 'EXIT';

/** What a gate is. */
export type GateKind =
  /** A barrier with a number-plate camera. */
  | 'BARRIER'
  /** A lot's self check-in point: no barrier, no camera; drivers' own check-ins enter and leave through it. */
  | 'SELF_CHECK_IN_POINT';

/** The result of a gate change. */
export type GatePayload = {
  __typename?: 'GatePayload';
  /** The gate; null when `userErrors` is not empty. */
  gate?: Maybe<Gate>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * How long each point of a history is. The history is kept in 15-minute buckets; coarser ones
 * merge them.
 */
export type HistoryBucket =
  /** A day of the lot's own clock (from local midnight). A range may be up to 400 days long. */
  | 'DAY'
  /** 15 minutes, as stored (UTC quarter hours). A range may be up to 7 days long. */
  | 'FIFTEEN_MINUTES'
  /** An hour of the lot's own clock. A range may be up to 93 days long. */
  | 'HOUR';

/** A past range of instants, half-open: `[from, to)`. */
export type HistoryRangeInput = {
  /** First instant of the range. */
  from: Scalars['DateTime']['input'];
  /** The instant the range ends (not included); after `from`. */
  to: Scalars['DateTime']['input'];
};

/** An invitation to join an operator, without its code (the code only goes by mail). */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited address. */
  email: Scalars['String']['output'];
  /** When the code stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The operator to join. */
  operator: Operator;
  /** The role the invitee gets on accepting. */
  role: MemberRole;
};

/** The result of an invitation. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The invitation; null when `userErrors` is not empty. */
  invitation?: Maybe<Invitation>;
  /** Why no invitation was sent; empty on success. */
  userErrors: Array<UserError>;
};

/** An address to invite. */
export type InviteMemberInput = {
  /** The invitee's email address. */
  email: Scalars['String']['input'];
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** The role they get on accepting. */
  role: MemberRole;
};

/** A WGS84 position in decimal degrees. */
export type LatLng = {
  __typename?: 'LatLng';
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['output'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['output'];
};

/** A position to search from, in WGS84 decimal degrees. */
export type LatLngInput = {
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

/** A source of live occupancy data. */
export type LiveDataSource =
  /** A gate camera's plate read. */
  | 'GATE'
  /** Free counts a partner reported for the lot as a whole. */
  | 'PARTNER_COUNTS'
  /** A driver's own check-in or check-out. */
  | 'SELF_CHECK_IN'
  /** A bay sensor's observation. */
  | 'SENSOR'
  /** A member of staff admitting a vehicle or closing a stay. */
  | 'STAFF';

/** A car park, yard or street section drivers can park in. */
export type Lot = Node & {
  __typename?: 'Lot';
  /** Who may park here. */
  access: LotAccess;
  /** Postal address for navigation and receipts. */
  address: Scalars['String']['output'];
  /** Facilities such as "CCTV", "LIGHTING", "TOILETS", "CAR_WASH". */
  amenities: Array<Scalars['String']['output']>;
  /** Set when the lot was archived: it is out of search and takes no bookings. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the lot observes arrival. */
  arrivalObservation: ArrivalObservation;
  /**
   * Spaces free for the whole window, in total and by kind. A space is free when it is in service
   * and no live booking overlaps the window; nothing is free when the lot's opening hours or the
   * owner's bookable hours leave any part of the window uncovered (see `closedReason`).
   */
  availability: LotAvailability;
  /** Where the lot's live numbers come from. */
  availabilitySource: AvailabilitySource;
  /** One-off closures that have not ended yet, soonest first. */
  blackouts: Array<Blackout>;
  /**
   * True when a driver can book a space here (the lot is counted from its spaces and not archived);
   * lots from partners that report counts only, and open-data lots, can be found but not booked.
   */
  bookable: Scalars['Boolean']['output'];
  /** Weekly hours in which the owner lets the lot be booked; null when bookable around the clock. */
  bookableHours?: Maybe<Array<WeeklyHours>>;
  /** Cancellation terms and arrival grace for bookings here. */
  cancellationPolicy: CancellationPolicy;
  /** Declared number of spaces, for lots without space-level data; null when unknown. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Declared accessible (disabled) spaces; null when unknown. */
  capacityAccessible?: Maybe<Scalars['Int']['output']>;
  /** Declared EV-charging spaces; null when unknown. */
  capacityCharging?: Maybe<Scalars['Int']['output']>;
  /** Self check-in and check-out must send the driver's position. */
  checkInPositionRequired: Scalars['Boolean']['output'];
  /** True when spaces are under a roof. */
  covered: Scalars['Boolean']['output'];
  /** ISO 4217 currency of every price at this lot, e.g. "GBP". */
  currency: Scalars['String']['output'];
  /** Which source last reported on the lot's occupancy, and when; null when none ever has. */
  dataFreshness?: Maybe<DataFreshness>;
  /** How many minutes before a booking starts its driver may enter. */
  earlyArrivalMinutes: Scalars['Int']['output'];
  /** The operator's own reference for the lot (e.g. "osm:way/123"), if it has one. */
  externalRef?: Maybe<Scalars['String']['output']>;
  /** Whether parking costs money, as declared by open data; null when unknown. */
  fee?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Outline of the lot as polygon rings (the first ring is the boundary, the rest are holes),
   * or null when the operator gave none.
   */
  footprint?: Maybe<Array<Array<LatLng>>>;
  /**
   * Expected free spaces per bucket over a future window, with a 10th-90th percentile interval and
   * the chance that at least one space is free, learned from the lot's own occupancy history by
   * weekday and time of day in its time zone (recent weeks weigh more), blended with its network's
   * (the same operator's other lots, as shares of capacity) while the lot has little history of its
   * own. `method` says which was used. Public, like `occupancy`.
   * Errors (BAD_USER_INPUT, `argument` naming the field): a reversed or empty window, one longer
   * than 7 days, or one starting before the current 15-minute bucket.
   */
  forecast: LotForecast;
  /** The lot's gates in use. Null unless the viewer may manage the lot. */
  gates?: Maybe<Array<Gate>>;
  /** A self check-in or check-out with a position must be within this many metres of `location`. */
  geofenceRadiusMeters: Scalars['Int']['output'];
  /** Global id of the lot. */
  id: Scalars['ID']['output'];
  /** The entrance (or the centre when there is no single entrance). */
  location: LatLng;
  /** What kind of place this is. */
  lotType: LotType;
  /** Maximum vehicle height in centimetres, or null when there is no limit. */
  maxVehicleHeightCm?: Maybe<Scalars['Int']['output']>;
  /** Display name, e.g. "Piccadilly Multi-Storey". */
  name: Scalars['String']['output'];
  /** Live status of the lot's spaces now. */
  occupancy: LotOccupancy;
  /**
   * How full the lot was over a past range, bucket by bucket, from samples of its live occupancy
   * taken every minute or so and kept in 15-minute buckets for 400 days (docs/history.md). Public,
   * like `occupancy`. Buckets with no samples (the service was down, the lot reported nothing
   * current) are left out, never filled in. Errors with code `BAD_USER_INPUT` and
   * `extensions.reason`: `RANGE_REVERSED` (`to` not after `from`), `RANGE_TOO_LONG` (longer than
   * the bucket allows: 7 days of FIFTEEN_MINUTES, 93 days of HOUR, 400 days of DAY),
   * `RANGE_BEFORE_RETENTION` (`from` older than the history kept).
   */
  occupancyHistory: Array<OccupancyHistoryPoint>;
  /** Weekly opening hours in the lot's time zone; null when the lot never closes. */
  openingHours?: Maybe<Array<WeeklyHours>>;
  /** Who runs this lot. */
  operator: Operator;
  /** How many minutes after a booking ends its driver may leave at no extra charge. */
  overstayGraceMinutes: Scalars['Int']['output'];
  /** The lot's permit and deny lists. Null unless the viewer may manage the lot. */
  plateRules?: Maybe<Array<PlateRule>>;
  /**
   * The price of parking here for a window, from the lot's tariff for the space kind (or its
   * general tariff). Bookings are priced by the same function and lock this amount. Null when the
   * lot has no tariff that applies.
   */
  quote?: Maybe<Quote>;
  /** The last count a partner reported for the lot; null unless its source is REPORTED_COUNTS. */
  reportedAvailability?: Maybe<ReportedAvailability>;
  /** The lot's spaces, ordered by label, a page at a time. */
  spaces: SpaceConnection;
  /** The lot's tariffs: the general one (no space kind) and any per kind. */
  tariffs: Array<Tariff>;
  /**
   * IANA time zone of the lot, e.g. "Europe/London". Opening hours and tariff bands are
   * wall-clock times in this zone.
   */
  timeZone: Scalars['String']['output'];
  /** Whether gates admit drivers without a booking or permit while a space is free. */
  walkInsAllowed: Scalars['Boolean']['output'];
};


/** A car park, yard or street section drivers can park in. */
export type LotAvailabilityArgs = {
  window: TimeWindowInput;
};


/** A car park, yard or street section drivers can park in. */
export type LotForecastArgs = {
  bucket?: InputMaybe<ForecastBucket>;
  spaceKind?: InputMaybe<SpaceKind>;
  window: ForecastWindowInput;
};


/** A car park, yard or street section drivers can park in. */
export type LotOccupancyHistoryArgs = {
  bucket?: HistoryBucket;
  range: HistoryRangeInput;
};


/** A car park, yard or street section drivers can park in. */
export type LotQuoteArgs = {
  spaceKind?: InputMaybe<SpaceKind>;
  window: TimeWindowInput;
};


/** A car park, yard or street section drivers can park in. */
export type LotSpacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who may park in a lot. */
export type LotAccess =
  /** Customers of the venue the lot serves (a shop, a hotel). */
  | 'CUSTOMERS'
  /** Holders of a permit only. */
  | 'PERMIT_HOLDERS'
  /** By arrangement with a private owner. */
  | 'PRIVATE'
  /** Anyone. */
  | 'PUBLIC';

/** How many spaces a lot can offer for a window. */
export type LotAvailability = {
  __typename?: 'LotAvailability';
  /** Spaces free for the whole window (0 when `closedReason` is set). */
  available: Scalars['Int']['output'];
  /** The same counts per space kind, for every kind the lot has. */
  byKind: Array<SpaceKindAvailability>;
  /**
   * Why the window cannot be booked here even with free spaces; null when the lot is open and
   * bookable throughout.
   */
  closedReason?: Maybe<ClosedReason>;
  /** In-service spaces of the lot. */
  total: Scalars['Int']['output'];
  /** The window asked about. */
  window: TimeWindow;
};

/** One lot's count. Name the lot by `lotId` or by `externalRef`. */
export type LotAvailabilityReportInput = {
  /** The partner's reference of the lot. */
  externalRef?: InputMaybe<Scalars['String']['input']>;
  /** Free spaces now. */
  free: Scalars['Int']['input'];
  /** Global id of the lot. */
  lotId?: InputMaybe<Scalars['ID']['input']>;
  /** When the partner observed it, at most 5 minutes ahead of our clock. */
  observedAt: Scalars['DateTime']['input'];
  /** Spaces in all now; the lot's declared capacity when omitted. */
  total?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of lots. */
export type LotConnection = {
  __typename?: 'LotConnection';
  /** The lots of this page with their cursors. */
  edges: Array<LotEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A lot in a page, with its cursor. */
export type LotEdge = {
  __typename?: 'LotEdge';
  /** Opaque cursor of this lot; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The lot. */
  node: Lot;
};

/** Conditions a lot must meet to be returned by a search. */
export type LotFilter = {
  /** True: only covered lots; false: only open-air lots. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Only lots whose quote for the `window` (required with this filter) is at most this amount; lots
   * priced in another currency are left out, since amounts in different currencies do not compare.
   */
  maxPrice?: InputMaybe<MoneyInput>;
  /** True: only lots whose opening hours include the present moment. */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only lots of this operator (a global Operator id). */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only lots anyone may use (access PUBLIC). */
  publicOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only lots with in-service spaces of this kind (free ones for the whole `window`, when given). */
  spaceKind?: InputMaybe<SpaceKind>;
  /** The vehicle's height in centimetres: lots with a lower height limit are left out. */
  vehicleHeightCm?: InputMaybe<Scalars['Int']['input']>;
};

/** A lot's forecast over a window. */
export type LotForecast = {
  __typename?: 'LotForecast';
  /**
   * The lot's capacity the points are scaled to (in-service spaces, or the declared or reported
   * capacity of a lot without spaces), of `spaceKind` when given.
   */
  capacity: Scalars['Int']['output'];
  /** Weeks (of the last 8) in which the lot itself has occupancy history; 0 for a new lot. */
  historyWeeks: Scalars['Int']['output'];
  /** How the points were computed. */
  method: ForecastMethod;
  /** One point per bucket, in time order. */
  points: Array<ForecastPoint>;
  /** The kind forecast; null for all kinds together. */
  spaceKind?: Maybe<SpaceKind>;
};

/** The live status of a lot's spaces at one moment. */
export type LotOccupancy = {
  __typename?: 'LotOccupancy';
  /** In service, with no vehicle and no live booking now. */
  available: Scalars['Int']['output'];
  /** The same counts per space kind, for every kind the lot has. */
  byKind: Array<SpaceKindOccupancy>;
  /** A vehicle is in the space (checked in). */
  occupied: Scalars['Int']['output'];
  /** Taken out of service by the operator. */
  outOfService: Scalars['Int']['output'];
  /** A confirmed booking covers now but the vehicle has not arrived. */
  reserved: Scalars['Int']['output'];
  /** Every space of the lot, in service or not. */
  total: Scalars['Int']['output'];
  /**
   * Nothing current says whether a vehicle is there: spaces whose sensor status expired, or, for a
   * lot whose partner reports counts, every space once the last report is older than REPORTED_COUNTS_TTL.
   */
  unknown: Scalars['Int']['output'];
  /** The moment these counts describe (computed when asked). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A lot's occupancy at a version. */
export type LotOccupancyUpdate = {
  __typename?: 'LotOccupancyUpdate';
  /** The lot (for its name, location and other fields). */
  lot: Lot;
  /** Global id of the lot. */
  lotId: Scalars['ID']['output'];
  /** The counts now. */
  occupancy: LotOccupancy;
  /** Goes up with every change of the lot's occupancy; never repeats or goes down. */
  version: Scalars['Int']['output'];
};

/** The result of a lot mutation. */
export type LotPayload = {
  __typename?: 'LotPayload';
  /** The lot after the change; null when `userErrors` is not empty. */
  lot?: Maybe<Lot>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** A page of search results. */
export type LotSearchConnection = {
  __typename?: 'LotSearchConnection';
  /** The lots of this page, nearest first, with their distances and cursors. */
  edges: Array<LotSearchEdge>;
  /** Where this page sits in the whole result. */
  pageInfo: PageInfo;
};

/** A lot in search results. */
export type LotSearchEdge = {
  __typename?: 'LotSearchEdge';
  /** Opaque cursor of this result; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** Great-circle distance in metres from the search point (`near`, or the centre of `bounds`). */
  distanceMeters: Scalars['Float']['output'];
  /** The lot. */
  node: Lot;
  /**
   * With `likelyFreeAt`: the chance, 0 to 1, that this lot has a free space then (1 for a bookable
   * lot with a space free for the search `window`; null for a bookable lot searched without a
   * window). Null without `likelyFreeAt`.
   */
  probabilityFree?: Maybe<Scalars['Float']['output']>;
};

/** The kinds of place a lot can be. */
export type LotType =
  /** A car park on several floors above ground. */
  | 'MULTI_STOREY'
  /** A private owner's yard or driveway. */
  | 'PRIVATE_YARD'
  /** Bays along a street. */
  | 'STREET'
  /** An open-air car park. */
  | 'SURFACE'
  /** A car park below ground. */
  | 'UNDERGROUND';

/** A lot version a client already knows. */
export type LotVersionInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** The last `version` the client received for it. */
  version: Scalars['Int']['input'];
};

/** The booking whose invoiced charges were paid. */
export type MarkPaymentReceivedInput = {
  /** Global id of the booking. */
  bookingId: Scalars['ID']['input'];
};

/** The result of a change to an operator's members. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The member after the change (as they were, for a removal); null when `userErrors` is not empty. */
  member?: Maybe<OperatorMember>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** Roles at an operator, from most to least powerful. */
export type MemberRole =
  /** Lots, spaces, prices, hours and policies. */
  | 'MANAGER'
  /** Everything, including API keys and members. */
  | 'OWNER'
  /** Sees bookings (plates and times) at the operator's lots. */
  | 'STAFF';

/** A user's role at an operator. */
export type Membership = {
  __typename?: 'Membership';
  /** The operator. */
  operator: Operator;
  /** What the user may do there. */
  role: MemberRole;
};

/** An amount of money in the minor unit of its currency (pence, cents): 1250 GBP is £12.50. */
export type Money = {
  __typename?: 'Money';
  /** Integer amount in minor units. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code, e.g. "GBP". */
  currency: Scalars['String']['output'];
};

/** An amount of money to compare with, in minor units of a currency. */
export type MoneyInput = {
  /** Integer amount in minor units, 0 or more. */
  amount: Scalars['Int']['input'];
  /** ISO 4217 currency code, e.g. "GBP". */
  currency: Scalars['String']['input'];
};

/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Joins an operator with a mailed invitation code. The signed-in user's email must be the invited
   * address (`FORBIDDEN` otherwise); a code works once and expires after 7 days (`INVALID_TOKEN`).
   */
  acceptInvitation: MemberPayload;
  /** Closes a lot for a one-off period (a holiday, maintenance): no bookings overlapping it. */
  addBlackout: LotPayload;
  /**
   * Puts a plate on a lot's permit list (it may enter, optionally for a period) or deny list (it
   * may not, whatever it booked).
   */
  addPlateRule: PlateRulePayload;
  /** Adds spaces to a lot in bulk (1 to 1000); labels must be new in the lot. All or nothing. */
  addSpaces: SpacesPayload;
  /**
   * Adds a vehicle to the signed-in driver. The plate is normalised (upper case, letters and digits
   * only) and must be new among the driver's vehicles.
   */
  addVehicle: VehiclePayload;
  /**
   * Staff let in a vehicle the camera did not: a read the gate sent to REVIEW, or a gate and a
   * plate. It parks on its booking's bay when a booking's window covers now, else on a permit or as
   * a walk-in on a free standard bay; the stay opens as a gate's OPEN would. Staff (any role) of the
   * lot's operator or an admin only, never an API key: another operator's gate is FORBIDDEN. The
   * reason goes to the operator's audit log (`Operator.staffActions`).
   */
  admitVehicle: StaffActionPayload;
  /** Archives a lot: it leaves search and takes no new bookings; existing bookings stand. */
  archiveLot: LotPayload;
  /**
   * Cancels a booking that has not been used yet (CONFIRMED, or PENDING_PAYMENT). Free until the
   * lot's free-cancellation time before the start; after that the lot's cancellation fee applies.
   */
  cancelBooking: BookingPayload;
  /**
   * Gives a member another role (the operator's OWNERs and admins). The last OWNER cannot be
   * demoted (`LAST_OWNER`).
   */
  changeMemberRole: MemberPayload;
  /**
   * Changes the signed-in user's password after checking the current one (attempts limited like
   * sign-in). Every session of the user is revoked; the payload has a new one for this device.
   */
  changePassword: SessionPayload;
  /**
   * The signed-in driver says they have parked, at a lot whose `arrivalObservation` is
   * SELF_CHECK_IN: their own CONFIRMED booking, from the lot's `earlyArrivalMinutes` before its
   * start until its end. With `position` (required where `checkInPositionRequired`), it must be
   * within `geofenceRadiusMeters` of the lot. Opens the stay on the booked bay as a gate entry
   * does: the booking becomes CHECKED_IN and the bay shows OCCUPIED on every live map. Someone
   * else's booking is NOT_FOUND; a booking still waiting on its payment (PENDING_PAYMENT) is
   * PAYMENT_PENDING.
   */
  checkIn: SelfCheckPayload;
  /**
   * The signed-in driver says they have left: their CHECKED_IN booking at a SELF_CHECK_IN lot
   * (position as for `checkIn`). The stay closes now and is charged as a gate exit would charge it
   * (the booking's price, plus time past the lot's overstay grace); the booking becomes COMPLETED.
   */
  checkOut: SelfCheckPayload;
  /**
   * Staff end a stay whose exit no camera saw (the barrier was up, the driver forgot to check out):
   * closed at `exitedAt` (now when omitted) and charged as a gate exit would have charged it; its
   * booking becomes COMPLETED. Same permissions and audit log as `admitVehicle`.
   */
  closeSession: StaffActionPayload;
  /** Creates a partner API key for an operator (its OWNER). The secret is in this payload only. */
  createApiKey: ApiKeySecretPayload;
  /**
   * Books a space for the signed-in driver: a free space of the requested kind (or the one asked
   * for) for the whole window, priced by the same function as `Lot.quote`, with the price locked.
   * Two bookings can never hold one space at overlapping times.
   */
  createBooking: BookingPayload;
  /**
   * Adds another network's live feed, pulled on a schedule into the operator's count-only lots:
   * each item's id in the feed must equal a lot's `externalRef`. Polled at once, then every
   * `pollIntervalSeconds`. Needs a MANAGER, OWNER or `lots:write` key.
   */
  createConnectorSource: ConnectorSourcePayload;
  /** Lists a new lot for an operator (its MANAGER or OWNER, or a `lots:write` key). */
  createLot: LotPayload;
  /**
   * Creates an operator with the signed-in user as its OWNER. Any user may create a PRIVATE
   * operator (a land owner listing a yard); NETWORK operators are created by admins.
   */
  createOperator: OperatorPayload;
  /**
   * Registers an HTTPS endpoint to receive the operator's events, signed per Standard Webhooks
   * (docs/webhooks.md). The signing secret is in this payload only. `UNSAFE_URL` when the host
   * resolves to a private, loopback or link-local address.
   */
  createWebhookEndpoint: WebhookEndpointSecretPayload;
  /** Stops pulling a feed. The counts it stored stay until they expire (REPORTED_COUNTS_TTL). */
  deleteConnectorSource: ConnectorSourcePayload;
  /** Deletes an endpoint and its delivery log. */
  deleteWebhookEndpoint: WebhookEndpointPayload;
  /**
   * Moves a booking's end later on the same space, when the space stays free and the lot stays
   * open; the stay is priced again.
   */
  extendBooking: BookingPayload;
  /**
   * Invites an address to the operator with a role (its OWNERs and admins). The invitation code
   * goes to the address by mail; inviting the same address again replaces the pending invitation.
   * `ALREADY_MEMBER` when the address's account is a member.
   */
  inviteMember: InvitationPayload;
  /**
   * Marks a booking's invoiced charges, and card charges the provider declined (OWED), as paid: the
   * operator collected them itself (at the lot, by bank transfer). For the operator's managers and
   * owners.
   */
  markPaymentReceived: BookingPayload;
  /**
   * Sends a delivery again, now, with the same `webhook-id` (receivers that have it can drop it).
   * `ENDPOINT_DISABLED` while its endpoint is disabled.
   */
  redeliverWebhook: WebhookDeliveryPayload;
  /**
   * Exchanges a refresh token for a new access token and refresh token. Each refresh token works
   * once; presenting one that was already used revokes the whole session (every token issued from
   * the same sign-in), since it must have been copied. `INVALID_TOKEN` when it is unknown, used,
   * revoked or expired.
   */
  refreshSession: SessionPayload;
  /**
   * Gives money back to the driver of a booking at one of the operator's lots: all that was
   * captured and not refunded yet, or `amount` of it; never more than was captured
   * (REFUND_EXCEEDS_CAPTURE). For the operator's managers and owners.
   */
  refundBooking: BookingPayload;
  /**
   * Registers a number-plate gate at a lot (its MANAGER or OWNER, or a `lots:write` key) and issues
   * the gate's device key: scope GATES_WRITE, valid for this gate only. The secret is in this payload only.
   */
  registerGate: RegisterGatePayload;
  /** Removes a one-off closure. */
  removeBlackout: LotPayload;
  /** Takes a gate out of use: its device keys stop working; its audit log stays. */
  removeGate: GatePayload;
  /**
   * Removes a member from the operator (its OWNERs and admins; an owner may remove themselves). The
   * last OWNER cannot be removed (`LAST_OWNER`).
   */
  removeMember: MemberPayload;
  /** Takes a plate off a lot's permit or deny list. */
  removePlateRule: PlateRulePayload;
  /** Removes a vehicle from the driver's list; bookings made with it keep showing it. */
  removeVehicle: VehiclePayload;
  /**
   * A partner without space-level data reports free counts per lot (1 to 5,000 per call); the lot
   * then shows those counts as its occupancy. Lots counted from their own spaces answer
   * HAS_SPACE_DATA; older reports answer STALE. Needs a MANAGER, OWNER or `availability:write` key.
   */
  reportLotAvailability: ReportPayload;
  /**
   * A gate camera read a plate: the API decides OPEN, DENY or REVIEW and carries it out (an entry
   * opens a parking session, an exit closes and charges it). Needs the gate's device key, an
   * operator key with GATES_WRITE not tied to another gate, or a member of the operator. A repeat
   * of the same plate at the same gate within 60 seconds gets the same decision and changes nothing.
   */
  reportPlateRead: PlateReadPayload;
  /**
   * Bay sensors report what they see, 1 to 5,000 reports per call, by space id or by the partner's
   * references. A report older than (or as old as) what a space has is ignored and says STALE.
   * Needs a MANAGER, OWNER or `availability:write` key.
   */
  reportSpaceStatus: ReportPayload;
  /** Mails the signed-in user a new code to verify their address; does nothing when it is verified. */
  requestEmailVerification: AccountActionPayload;
  /**
   * Mails a password-reset code to the address if it has an account. The answer is the same whether
   * it has one or not. Attempts are limited per address and per client address (`RATE_LIMITED`).
   */
  requestPasswordReset: AccountActionPayload;
  /**
   * Sets a new password with a mailed reset code. The code works once and expires (1 hour); every
   * session of the user is revoked. A weak password is refused (`WEAK_PASSWORD`) without using the
   * code. `INVALID_TOKEN` for an unknown, used or expired code.
   */
  resetPassword: AccountActionPayload;
  /** Revokes a key; requests with it are refused from now on. */
  revokeApiKey: ApiKeyPayload;
  /** Replaces a key with a new secret (same name and scopes); the old secret stops working at once. */
  rotateApiKey: ApiKeySecretPayload;
  /**
   * Issues a new signing secret (in this payload only). The old one keeps signing during the
   * overlap: deliveries carry both signatures, so receivers can switch without dropping any.
   */
  rotateWebhookSecret: WebhookEndpointSecretPayload;
  /** Sets a lot's cancellation policy and arrival grace. */
  setCancellationPolicy: LotPayload;
  /** How a lot's gates treat drivers: walk-ins, early arrival before a booking, free overstay. */
  setGatePolicy: LotPayload;
  /**
   * Opts the operator's lots into (or out of) the open feeds under /feeds (DATEX II, ParkAPI,
   * GeoJSON). Until an operator chooses, networks publish and private owners do not. Needs a
   * MANAGER, OWNER or `lots:write` key.
   */
  setOpenDataPublication: SetOpenDataPublicationPayload;
  /**
   * Sets a lot's tariff for a space kind (or its general tariff when `spaceKind` is omitted),
   * replacing the previous one. Existing bookings keep their locked price.
   */
  setTariff: LotPayload;
  /** Replaces a lot's weekly opening hours or bookable hours. An empty list means around the clock. */
  setWeeklyHours: LotPayload;
  /**
   * Signs in with email and password. An unknown address and a wrong password get the same
   * `INVALID_CREDENTIALS`. Attempts are limited per address and per client address: over the limit
   * the error code is `RATE_LIMITED` (with `extensions.retryAfterSeconds`).
   */
  signIn: SessionPayload;
  /**
   * Ends the session the refresh token belongs to: it and every token refreshed from the same
   * sign-in stop working. Access tokens already issued keep working until they expire (minutes).
   */
  signOut: AccountActionPayload;
  /**
   * Creates a Parkway account (self-hosted deployments: no identity provider configured) and signs
   * it in. A code to verify the address is mailed. Refused with `EMAIL_TAKEN` when the address has
   * an account, `INVALID_EMAIL`, `WEAK_PASSWORD` or `INVALID_INPUT`; nothing is written then. With an
   * identity provider configured, the error code is `SELF_HOSTED_ACCOUNTS_DISABLED`.
   */
  signUp: SessionPayload;
  /** Changes a source's settings (what is given); it is polled again at once. */
  updateConnectorSource: ConnectorSourcePayload;
  /** Changes a lot's details; omitted fields stay as they are. */
  updateLot: LotPayload;
  /** Changes one space: its kind, level, or whether it is in service. */
  updateSpace: SpacePayload;
  /** Renames one of the driver's vehicles or records its height. */
  updateVehicle: VehiclePayload;
  /**
   * Changes an endpoint's URL, event types, description or occupancy interval, or enables or
   * disables it. Enabling clears the reason it was disabled; disabling dead-letters what it still
   * had to receive.
   */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /**
   * Creates or updates an operator's lots (and their spaces) in bulk by the operator's own
   * references: 1 to 500 lots, all or nothing. Idempotent: the same lots sent again come back
   * UNCHANGED. Spaces not sent are left as they are. Needs a MANAGER, OWNER or `lots:write` key.
   */
  upsertLots: UpsertLotsPayload;
  /**
   * Verifies an address with a mailed code. Codes work once and expire (24 hours); `INVALID_TOKEN`
   * otherwise.
   */
  verifyEmail: VerifyEmailPayload;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAddBlackoutArgs = {
  input: AddBlackoutInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAddPlateRuleArgs = {
  input: AddPlateRuleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAddSpacesArgs = {
  input: AddSpacesInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAddVehicleArgs = {
  input: AddVehicleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationAdmitVehicleArgs = {
  input: AdmitVehicleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationArchiveLotArgs = {
  input: ArchiveLotInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCancelBookingArgs = {
  input: CancelBookingInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCheckInArgs = {
  input: SelfCheckInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCheckOutArgs = {
  input: SelfCheckInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCloseSessionArgs = {
  input: CloseSessionInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateBookingArgs = {
  input: CreateBookingInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateConnectorSourceArgs = {
  input: CreateConnectorSourceInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateLotArgs = {
  input: CreateLotInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateOperatorArgs = {
  input: CreateOperatorInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationDeleteConnectorSourceArgs = {
  input: DeleteConnectorSourceInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationExtendBookingArgs = {
  input: ExtendBookingInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationMarkPaymentReceivedArgs = {
  input: MarkPaymentReceivedInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRefundBookingArgs = {
  input: RefundBookingInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRegisterGateArgs = {
  input: RegisterGateInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRemoveBlackoutArgs = {
  input: RemoveBlackoutInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRemoveGateArgs = {
  input: RemoveGateInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRemovePlateRuleArgs = {
  input: RemovePlateRuleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRemoveVehicleArgs = {
  input: RemoveVehicleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationReportLotAvailabilityArgs = {
  input: ReportLotAvailabilityInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationReportPlateReadArgs = {
  input: PlateReadInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationReportSpaceStatusArgs = {
  input: ReportSpaceStatusInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRotateApiKeyArgs = {
  input: RotateApiKeyInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSetCancellationPolicyArgs = {
  input: SetCancellationPolicyInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSetGatePolicyArgs = {
  input: SetGatePolicyInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSetOpenDataPublicationArgs = {
  input: SetOpenDataPublicationInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSetTariffArgs = {
  input: SetTariffInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSetWeeklyHoursArgs = {
  input: SetWeeklyHoursInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSignInArgs = {
  input: SignInInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSignOutArgs = {
  input: SignOutInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpdateConnectorSourceArgs = {
  input: UpdateConnectorSourceInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpdateLotArgs = {
  input: UpdateLotInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpdateSpaceArgs = {
  input: UpdateSpaceInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpdateVehicleArgs = {
  input: UpdateVehicleInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationUpsertLotsArgs = {
  input: UpsertLotsInput;
};


/**
 * The entry points for changing data. Every mutation takes one `input` and returns a payload with
 * the changed object and `userErrors`: expected failures (not available, invalid window, not
 * allowed for this viewer) come back as `userErrors` with the object null, never as GraphQL errors.
 */
export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};

/** One new space. */
export type NewSpaceInput = {
  /** What the space is for; STANDARD when omitted. */
  kind?: InputMaybe<SpaceKind>;
  /** What is painted on the ground; unique in the lot, 1 to 40 characters. */
  label: Scalars['String']['input'];
  /** Floor or zone. */
  level?: InputMaybe<Scalars['String']['input']>;
};

/** An object with a global id that `Query.node` can fetch again. */
export type Node = {
  /** Opaque global id; stable for the life of the object. Do not parse it. */
  id: Scalars['ID']['output'];
};

/** One kind of space's occupancy over one bucket. */
export type OccupancyHistoryKindPoint = {
  __typename?: 'OccupancyHistoryKindPoint';
  /** Bookings of this kind of space (not cancelled) whose window started in the bucket. */
  bookingsStarted: Scalars['Int']['output'];
  /** Spaces of this kind in service (the largest count in the bucket). */
  capacity: Scalars['Int']['output'];
  /** The kind of space. */
  kind: SpaceKind;
  /** The most occupied at any sample. */
  occupiedMax: Scalars['Int']['output'];
  /** The mean of occupied over the samples. */
  occupiedMean: Scalars['Float']['output'];
  /** The least occupied at any sample. */
  occupiedMin: Scalars['Int']['output'];
  /** How many samples the bucket has for this kind. */
  samples: Scalars['Int']['output'];
  /** Vehicles that entered a space of this kind in the bucket. */
  sessionsStarted: Scalars['Int']['output'];
};

/**
 * A lot's occupancy over one bucket. Occupied means not free: a vehicle in the bay, a booking
 * holding it, a sensor status that expired, or occupied by the counts its partner reported.
 * The lot's figures are its kinds' added up (`byKind` has them one by one).
 */
export type OccupancyHistoryPoint = {
  __typename?: 'OccupancyHistoryPoint';
  /** Bookings (not cancelled) whose window started in the bucket. */
  bookingsStarted: Scalars['Int']['output'];
  /** First instant of the bucket. */
  bucketStart: Scalars['DateTime']['output'];
  /**
   * The same figures per kind of space. A lot whose partner reports counts for the whole lot has
   * one STANDARD entry.
   */
  byKind: Array<OccupancyHistoryKindPoint>;
  /** Spaces in service (the largest count in the bucket), or the capacity its partner reported. */
  capacity: Scalars['Int']['output'];
  /** The most occupied at any sample; for the lot, the sum of its kinds' most (at least the true most). */
  occupiedMax: Scalars['Int']['output'];
  /** The mean of occupied over the samples. */
  occupiedMean: Scalars['Float']['output'];
  /** The least occupied at any sample; for the lot, the sum of its kinds' least (at most the true least). */
  occupiedMin: Scalars['Int']['output'];
  /** How many samples the bucket has (fewer than expected when sampling stopped for a while). */
  samples: Scalars['Int']['output'];
  /** Vehicles that entered (parking sessions started) in the bucket. */
  sessionsStarted: Scalars['Int']['output'];
};

/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type Operator = Node & {
  __typename?: 'Operator';
  /**
   * The operator's partner API keys (never their secrets). Null unless the viewer is its OWNER or
   * an admin.
   */
  apiKeys?: Maybe<Array<ApiKey>>;
  /**
   * Bookings at the operator's lots, newest first: plate and times, never the driver's contact
   * details. Null unless the viewer is a member of the operator, an admin, or a `bookings:read` key.
   */
  bookings?: Maybe<BookingConnection>;
  /**
   * The feeds pulled into the operator's lots, oldest first. Null unless the viewer manages the
   * operator's lots (MANAGER, OWNER, `lots:write` key) or is an admin.
   */
  connectorSources?: Maybe<ConnectorSourceConnection>;
  /** Global id of the operator. */
  id: Scalars['ID']['output'];
  /** Whether this is a parking network or a private owner. */
  kind: OperatorKind;
  /**
   * Who works for the operator, longest-standing first. Null unless the viewer is a member (any
   * role) or an admin.
   */
  members?: Maybe<OperatorMemberConnection>;
  /** Display name, e.g. "CityPark". */
  name: Scalars['String']['output'];
  /**
   * Parking sessions at the operator's lots, newest entry first. Null unless the viewer may see the
   * operator's bookings.
   */
  parkingSessions?: Maybe<ParkingSessionConnection>;
  /**
   * Invitations that can still be accepted (not accepted, replaced or expired), oldest first. Null
   * unless the viewer is an OWNER of the operator or an admin.
   */
  pendingInvitations?: Maybe<Array<Invitation>>;
  /**
   * The audit log of plate reads at the operator's gates, newest first. Null unless the viewer is a
   * member of the operator, an admin, or a `bookings:read` key.
   */
  plateReads?: Maybe<PlateReadConnection>;
  /**
   * True when the operator's lots are in the open feeds (its choice, else: networks yes, private
   * owners no).
   */
  publishesOpenData: Scalars['Boolean']['output'];
  /**
   * Utilisation, turnover, no-shows and revenue of the operator's lots, per lot and day
   * (docs/history.md). Null unless the viewer is one of its managers or owners (or an admin), as
   * for the statement. Errors with code `BAD_USER_INPUT` and `extensions.reason`: `INVALID_DATE`,
   * `RANGE_REVERSED` (`to` before `from`), `RANGE_TOO_LONG` (more than 93 days).
   */
  report?: Maybe<OperatorReport>;
  /**
   * The audit log of what staff decided by hand at the operator's lots, newest first. Null unless
   * the viewer may see the operator's gate activity.
   */
  staffActions?: Maybe<StaffActionConnection>;
  /**
   * What the operator earned in a calendar month (UTC): charges for bookings and for stays without
   * one, refunds, the platform's commission, what the card provider paid out, and what is still
   * payable. Null unless the viewer is one of its managers or owners (or an admin).
   */
  statement?: Maybe<OperatorStatement>;
  /**
   * The operator's webhook endpoints, oldest first. Null unless the viewer is a MANAGER or OWNER of
   * the operator, an admin, or one of its keys with WEBHOOKS_MANAGE.
   */
  webhookEndpoints?: Maybe<WebhookEndpointConnection>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lotId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<BookingStatus>>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorConnectorSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorParkingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParkingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorPlateReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlateReadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorReportArgs = {
  range: ReportRangeInput;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorStaffActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorStatementArgs = {
  month: Scalars['String']['input'];
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The two kinds of operator. */
export type OperatorKind =
  /** A parking network (a company running many car parks), usually integrating as a partner. */
  | 'NETWORK'
  /** A private land owner renting out a yard, driveway or a few bays. */
  | 'PRIVATE';

/** Someone working for an operator, with their role. */
export type OperatorMember = {
  __typename?: 'OperatorMember';
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** What they may do for the operator. */
  role: MemberRole;
  /** The member's account. */
  user: User;
};

/** A page of an operator's members. */
export type OperatorMemberConnection = {
  __typename?: 'OperatorMemberConnection';
  /** The members on this page. */
  edges: Array<OperatorMemberEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A member and their cursor. */
export type OperatorMemberEdge = {
  __typename?: 'OperatorMemberEdge';
  /** Pass as `after` to continue after this member. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: OperatorMember;
};

/** The result of an operator mutation. */
export type OperatorPayload = {
  __typename?: 'OperatorPayload';
  /** The operator; null when `userErrors` is not empty. */
  operator?: Maybe<Operator>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** An operator's lots, day by day. */
export type OperatorReport = {
  __typename?: 'OperatorReport';
  /**
   * The same rows as CSV (RFC 4180, a header line, one line per lot, day and revenue currency;
   * amounts in minor units, rates as decimals), for spreadsheets.
   */
  csv: Scalars['String']['output'];
  /** First day reported, `YYYY-MM-DD`. */
  from: Scalars['String']['output'];
  /**
   * One row per lot and day with anything to report (samples, bookings, sessions or money),
   * ordered by lot name, then day.
   */
  rows: Array<OperatorReportRow>;
  /** Last day reported, `YYYY-MM-DD`. */
  to: Scalars['String']['output'];
};

/** One lot's day. Days are the lot's own (its time zone, midnight to midnight). */
export type OperatorReportRow = {
  __typename?: 'OperatorReportRow';
  /** Bookings whose window started that day (and has started by now), not cancelled. */
  bookingsStarted: Scalars['Int']['output'];
  /** The most spaces in service at once that day (all kinds); null when the history has no samples for the day. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The day, `YYYY-MM-DD`. */
  day: Scalars['String']['output'];
  /** The lot. */
  lot: Lot;
  /** No-show rate: noShows / bookingsStarted (0 to 1); null when no booking started. */
  noShowRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, the bookings nobody arrived for (NO_SHOW). */
  noShows: Scalars['Int']['output'];
  /**
   * Revenue per currency, from the ledger: charged to drivers that day less refunds given that
   * day, VAT and the platform's commission included. Empty when no money moved.
   */
  revenue: Array<Money>;
  /** Vehicles that entered (parking sessions started) that day. */
  sessionsStarted: Scalars['Int']['output'];
  /**
   * Turnover: sessions started per space that day (sessionsStarted / capacity); null without
   * samples or with no capacity.
   */
  turnover?: Maybe<Scalars['Float']['output']>;
  /**
   * Utilisation: the mean of occupied divided by capacity over the day's samples (0 to 1); null
   * without samples.
   */
  utilisation?: Maybe<Scalars['Float']['output']>;
};

/** An operator's month, per currency. */
export type OperatorStatement = {
  __typename?: 'OperatorStatement';
  /** The same as CSV (one row per ledger entry, with a header), for spreadsheets and accounting. */
  csv: Scalars['String']['output'];
  /** The month, `YYYY-MM` (UTC). */
  month: Scalars['String']['output'];
  /** One summary per currency the operator took money in. */
  totals: Array<StatementTotal>;
};

/** Where a page of a Relay connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: connections page forwards only (`first`/`after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A vehicle's stay in a lot, from the entry read to the exit read. While open, its space is OCCUPIED. */
export type ParkingSession = Node & {
  __typename?: 'ParkingSession';
  /** The booking it was made on, for kind BOOKING. */
  booking?: Maybe<Booking>;
  /**
   * What the stay cost, set at exit: the booking's price plus time beyond it (after the lot's
   * overstay grace), the walk-in tariff, or nothing on a permit.
   */
  charge?: Maybe<Money>;
  /** When it came in (the entry camera's clock). */
  enteredAt: Scalars['DateTime']['output'];
  /** The gate it came in by. */
  entryGate: Gate;
  /** The gate it left by; null while inside. */
  exitGate?: Maybe<Gate>;
  /** When it left; null while inside. */
  exitedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** How the vehicle came in. */
  kind: ParkingSessionKind;
  /** The lot. */
  lot: Lot;
  /** The normalised plate. */
  plate: Scalars['String']['output'];
  /** The space it holds. */
  space: Space;
};

/** A page of parking sessions. */
export type ParkingSessionConnection = {
  __typename?: 'ParkingSessionConnection';
  /** The sessions on this page. */
  edges: Array<ParkingSessionEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** A parking session in a page. */
export type ParkingSessionEdge = {
  __typename?: 'ParkingSessionEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: ParkingSession;
};

/** Which parking sessions to list. */
export type ParkingSessionFilter = {
  /** Only at this lot (global Lot id). */
  lotId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only vehicles still inside; false: only finished stays. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this plate (any spelling). */
  plate?: InputMaybe<Scalars['String']['input']>;
};

/** How a vehicle came to be parked. */
export type ParkingSessionKind =
  /** Against a booking. */
  | 'BOOKING'
  /** On a permit. */
  | 'PERMIT'
  /** Without a booking, at a lot that takes walk-ins. */
  | 'WALK_IN';

/** A lot as the partner describes it. */
export type PartnerLotInput = {
  /** Who may park; PUBLIC when omitted. */
  access?: InputMaybe<LotAccess>;
  /** Postal address (may be empty). */
  address: Scalars['String']['input'];
  /** Facilities, e.g. ["CCTV"]. */
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Declared number of spaces (for lots sent without spaces). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Declared accessible spaces. */
  capacityAccessible?: InputMaybe<Scalars['Int']['input']>;
  /** Declared EV-charging spaces. */
  capacityCharging?: InputMaybe<Scalars['Int']['input']>;
  /** True when spaces are under a roof. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency of its prices, e.g. "GBP". */
  currency: Scalars['String']['input'];
  /** The partner's reference for the lot, 1 to 200 characters, unique in the operator. */
  externalRef: Scalars['String']['input'];
  /** The lot's outline: rings of points, outer ring first, each closed (last point = first). */
  footprint?: InputMaybe<Array<Array<LatLngInput>>>;
  /** The entrance. */
  location: LatLngInput;
  /** What kind of place it is. */
  lotType: LotType;
  /** Height limit in centimetres; omit for none. */
  maxVehicleHeightCm?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** The lot's spaces (up to 2,000), each upserted by its own reference. */
  spaces?: InputMaybe<Array<PartnerSpaceInput>>;
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: Scalars['String']['input'];
};

/** A space as the partner describes it. */
export type PartnerSpaceInput = {
  /** The partner's reference for the space, unique in the lot. */
  externalRef: Scalars['String']['input'];
  /** STANDARD when omitted. */
  kind?: InputMaybe<SpaceKind>;
  /** What is painted on the ground, 1 to 40 characters, unique in the lot. */
  label: Scalars['String']['input'];
  /** Floor or zone. */
  level?: InputMaybe<Scalars['String']['input']>;
};

/** One charge: a booking's price, what a stay cost beyond it, or a stay without a booking. */
export type Payment = Node & {
  __typename?: 'Payment';
  /** Held (for a charge taken at once: the amount charged). */
  authorized: Money;
  /** The booking it is for; null for a stay without a booking. */
  booking?: Maybe<Booking>;
  /** Charged. */
  captured: Money;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The card provider's reason for that decline; null otherwise. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /**
   * When the card provider declined this charge after it was recorded (the payment is then OWED
   * until received); null otherwise.
   */
  declinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id of the payment. */
  id: Scalars['ID']['output'];
  /** What it is for. */
  kind: PaymentKind;
  /** The lot the money is for. */
  lot: Lot;
  /** Who takes the money. */
  provider: PaymentProviderName;
  /** The receipt with its tax lines; null until something was charged. */
  receipt?: Maybe<Receipt>;
  /** When the operator marked an invoiced (or declined, owed) charge as paid; null otherwise. */
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Given back. */
  refunded: Money;
  /** Where it is. */
  status: PaymentStatus;
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page with their cursors. */
  edges: Array<PaymentEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A payment in a page, with its cursor. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Opaque cursor of this payment; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

/** What a payment is for. */
export type PaymentKind =
  /** A booking's locked price, held when booking. */
  | 'BOOKING'
  /** What a booked stay cost beyond its hold: overstay past the grace, or an extension. */
  | 'EXTRA'
  /** A stay without a booking (a walk-in), charged at exit. */
  | 'WALK_IN';

/** Who takes a payment's money. */
export type PaymentProviderName =
  /** The operator bills the driver itself; the charge is a receivable until marked paid. */
  | 'INVOICE'
  /** Card payments through Stripe; the operator is paid out by Stripe. */
  | 'STRIPE';

/** Where a payment is. */
export type PaymentStatus =
  /** Held, not charged yet. */
  | 'AUTHORIZED'
  /** Charged. */
  | 'CAPTURED'
  /**
   * Charged, but the card provider declined it afterwards (an overstay charged to the card on
   * file, or a hold captured before the provider had answered): the driver owes it to the
   * operator, who collects it and marks it received (`markPaymentReceived`).
   */
  | 'OWED'
  /** Charged, then part of it given back. */
  | 'PARTIALLY_REFUNDED'
  /** The provider has not answered yet; reconciliation settles or releases it before `expiresAt`. */
  | 'PENDING_PAYMENT'
  /** Charged, then all of it given back. */
  | 'REFUNDED'
  /** The hold was let go with nothing charged. */
  | 'RELEASED';

/** One plate read at a gate and what the API decided: the audit log's entry. */
export type PlateRead = Node & {
  __typename?: 'PlateRead';
  /** The booking the decision rests on, if any. */
  booking?: Maybe<Booking>;
  /** The camera's confidence, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** What the gate was told. */
  decision: GateDecision;
  /** The gate. */
  gate: Gate;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The camera's picture. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** The normalised plate (upper case, letters and digits). */
  plate: Scalars['String']['output'];
  /** The plate as the camera sent it. */
  rawPlate: Scalars['String']['output'];
  /** When the camera read it. */
  readAt: Scalars['DateTime']['output'];
  /** Why. */
  reason: GateDecisionReason;
  /** When the API received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** True when this read repeated an earlier one at the same gate within 60 seconds (same decision, nothing changed). */
  repeated: Scalars['Boolean']['output'];
  /** The stay this read opened or closed, if any. */
  session?: Maybe<ParkingSession>;
};

/** A page of plate reads. */
export type PlateReadConnection = {
  __typename?: 'PlateReadConnection';
  /** The reads on this page. */
  edges: Array<PlateReadEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** A plate read in a page. */
export type PlateReadEdge = {
  __typename?: 'PlateReadEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The read. */
  node: PlateRead;
};

/** Which plate reads to list. */
export type PlateReadFilter = {
  /** Only these decisions. */
  decisions?: InputMaybe<Array<GateDecision>>;
  /** Only at this gate (global Gate id). */
  gateId?: InputMaybe<Scalars['ID']['input']>;
  /** Only at this lot (global Lot id). */
  lotId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this plate (any spelling). */
  plate?: InputMaybe<Scalars['String']['input']>;
  /** Only reads received at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads received at or before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a gate camera saw. */
export type PlateReadInput = {
  /** The camera's confidence in the read, 0 to 1. */
  confidence: Scalars['Float']['input'];
  /** Global id of the gate. */
  gateId: Scalars['ID']['input'];
  /** Where the camera keeps the picture (http or https). */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The plate as read; spaces, dashes and case do not matter. */
  plate: Scalars['String']['input'];
  /** When the camera read it (its clock): within the last 24 hours, at most 5 minutes ahead of ours. */
  readAt: Scalars['DateTime']['input'];
};

/** The result of a plate read. */
export type PlateReadPayload = {
  __typename?: 'PlateReadPayload';
  /** What the gate should do; null when `userErrors` is not empty. */
  decision?: Maybe<GateDecision>;
  /** The audit log entry. */
  read?: Maybe<PlateRead>;
  /** Why. */
  reason?: Maybe<GateDecisionReason>;
  /** Why the read was not taken (bad input, unknown gate, a key for another gate); empty on success. */
  userErrors: Array<UserError>;
};

/** An entry on a lot's permit or deny list. */
export type PlateRule = Node & {
  __typename?: 'PlateRule';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Which list. */
  kind: PlateRuleKind;
  /** The lot. */
  lot: Lot;
  /** Shown to staff: the permit holder, or why the plate is denied. */
  note?: Maybe<Scalars['String']['output']>;
  /** The normalised plate. */
  plate: Scalars['String']['output'];
  /** The entry applies from this instant; null: always. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** The entry applies until this instant (exclusive); null: no expiry. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** Which list a plate rule is on. */
export type PlateRuleKind =
  /** May not enter, whatever it booked. */
  | 'DENY'
  /** May enter (within its validity), taking a free space. */
  | 'PERMIT';

/** The result of a plate rule change. */
export type PlateRulePayload = {
  __typename?: 'PlateRulePayload';
  /** The rule; null when `userErrors` is not empty. */
  plateRule?: Maybe<PlateRule>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** The entry points for reading data. */
export type Query = {
  __typename?: 'Query';
  /**
   * One lot by its global id, or null when it does not exist. An id of another type is an error
   * with code `BAD_USER_INPUT`.
   */
  lot?: Maybe<Lot>;
  /** Every lot, ordered by name, a page at a time. */
  lots: LotConnection;
  /**
   * Lots inside a map viewport, nearest the viewport's centre first. A box whose `west` is greater
   * than its `east` crosses the antimeridian (e.g. west 170, east -170). With a `window`, only lots
   * that can take a booking for the whole window are returned.
   */
  lotsInBounds: LotSearchConnection;
  /**
   * Lots within `radiusMeters` of a point, nearest first. With a `window`, only lots that can take
   * a booking for the whole window (of `filter.spaceKind` when given) are returned.
   */
  lotsNear: LotSearchConnection;
  /**
   * Any object by its global id, or null when nothing has that id. A malformed id is an error
   * with code `BAD_USER_INPUT`.
   */
  node?: Maybe<Node>;
  /** Who is asking, and their own data. Null for anonymous requests. */
  viewer?: Maybe<Viewer>;
};


/** The entry points for reading data. */
export type QueryLotArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading data. */
export type QueryLotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading data. */
export type QueryLotsInBoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bounds: BoundsInput;
  filter?: InputMaybe<LotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  likelyFreeAt?: InputMaybe<Scalars['DateTime']['input']>;
  window?: InputMaybe<TimeWindowInput>;
};


/** The entry points for reading data. */
export type QueryLotsNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  likelyFreeAt?: InputMaybe<Scalars['DateTime']['input']>;
  near: LatLngInput;
  radiusMeters?: InputMaybe<Scalars['Float']['input']>;
  window?: InputMaybe<TimeWindowInput>;
};


/** The entry points for reading data. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** A price for a stay, with the lines that add up to it. */
export type Quote = {
  __typename?: 'Quote';
  /** How the total was reached. */
  lines: Array<QuoteLine>;
  /** The name of the tariff used, e.g. "Standard". */
  tariffName: Scalars['String']['output'];
  /** The total: the sum of the lines. */
  total: Money;
};

/** One line of a price breakdown. */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** `quantity × unitPrice`. */
  amount: Money;
  /** Human-readable explanation, e.g. "2 × 30 min at £1.50". */
  description: Scalars['String']['output'];
  /** What the line charges for. */
  kind: QuoteLineKind;
  /** The part of the stay this line covers. */
  period: TimeWindow;
  /** How many units (increments, periods) are charged; 1 for a flat rate. */
  quantity: Scalars['Int']['output'];
  /** Price of one unit. */
  unitPrice: Money;
};

/** What a quote line charges for. */
export type QuoteLineKind =
  /** A 24-hour period (from entry) charged at the daily maximum, which is less than its hourly charge. */
  | 'DAILY_CAP'
  /** A flat rate for a time band (evening, overnight) covers the whole stay. */
  | 'FLAT_RATE'
  /** The stay is within the free grace minutes. */
  | 'GRACE'
  /** Time charged per billing increment. */
  | 'HOURLY';

/** A receipt: prices include VAT, at the rate of the lot's country. */
export type Receipt = {
  __typename?: 'Receipt';
  /** ISO 3166 country code the VAT rate is of. */
  country: Scalars['String']['output'];
  /** What was charged and refunded, one line each. */
  lines: Array<ReceiptLine>;
  /** The total without VAT. */
  net: Money;
  /** The total paid, VAT included. */
  total: Money;
  /** The VAT in the total. */
  vat: Money;
  /** The VAT rate, in percent (e.g. 20). */
  vatRatePercent: Scalars['Float']['output'];
};

/** One line of a receipt. */
export type ReceiptLine = {
  __typename?: 'ReceiptLine';
  /** The amount, VAT included; negative for a refund. */
  amount: Money;
  /** What the line is for. */
  description: Scalars['String']['output'];
};

/** The delivery to send again. */
export type RedeliverWebhookInput = {
  /** Global id of the delivery. */
  deliveryId: Scalars['ID']['input'];
};

/** A refresh token to exchange. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: Scalars['String']['input'];
};

/** The booking and how much to refund. */
export type RefundBookingInput = {
  /** Minor units to refund; everything captured and not yet refunded when omitted. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** Global id of the booking. */
  bookingId: Scalars['ID']['input'];
};

/** A gate to register. */
export type RegisterGateInput = {
  /** Which way it lets vehicles through. */
  direction: GateDirection;
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Confidence threshold, 0 to 1; 0.8 when omitted. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Display name, 1 to 60 characters. */
  name: Scalars['String']['input'];
};

/** A new gate and its device key. */
export type RegisterGatePayload = {
  __typename?: 'RegisterGatePayload';
  /** The device key's record (scope GATES_WRITE, this gate only). */
  deviceKey?: Maybe<ApiKey>;
  /** The device key to send as `Authorization: Bearer <secret>`. Store it now: it is not kept. */
  deviceKeySecret?: Maybe<Scalars['String']['output']>;
  /** The gate; null when `userErrors` is not empty. */
  gate?: Maybe<Gate>;
  /** Why the gate was not registered; empty on success. */
  userErrors: Array<UserError>;
};

/** A closure to remove. */
export type RemoveBlackoutInput = {
  /** Id of the closure (`Blackout.id`). */
  blackoutId: Scalars['ID']['input'];
};

/** A gate to remove. */
export type RemoveGateInput = {
  /** Global id of the gate. */
  gateId: Scalars['ID']['input'];
};

/** A member to remove. */
export type RemoveMemberInput = {
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** Global id of the member's User. */
  userId: Scalars['ID']['input'];
};

/** A plate rule to remove. */
export type RemovePlateRuleInput = {
  /** Global id of the rule. */
  plateRuleId: Scalars['ID']['input'];
};

/** The vehicle to remove. */
export type RemoveVehicleInput = {
  /** Global id of the vehicle. */
  vehicleId: Scalars['ID']['input'];
};

/** Lot counts to store. */
export type ReportLotAvailabilityInput = {
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** 1 to 5,000 reports. */
  reports: Array<LotAvailabilityReportInput>;
};

/** The result of a batch of reports. */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  /** How many reports were applied. */
  applied: Scalars['Int']['output'];
  /** One result per report, in input order; empty when `userErrors` is not. */
  results: Array<ReportResult>;
  /** Why nothing was stored; empty on success. */
  userErrors: Array<UserError>;
};

/** Days to report on, inclusive: `from` to `to`, at most 93 days. */
export type ReportRangeInput = {
  /** First day, `YYYY-MM-DD`. */
  from: Scalars['String']['input'];
  /** Last day (included), `YYYY-MM-DD`. */
  to: Scalars['String']['input'];
};

/** What happened to one report. */
export type ReportResult =
  /** Stored; live maps see it. */
  | 'APPLIED'
  /** The lot is counted from its own spaces; report space status instead. */
  | 'HAS_SPACE_DATA'
  /** Ignored: the space or lot already has an observation at least as new. */
  | 'STALE'
  /** No such lot at this operator. */
  | 'UNKNOWN_LOT'
  /** No such space at this operator. */
  | 'UNKNOWN_SPACE';

/** Sensor reports to store. */
export type ReportSpaceStatusInput = {
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** 1 to 5,000 reports. */
  reports: Array<SpaceStatusReportInput>;
};

/** A lot-level count reported by a partner. */
export type ReportedAvailability = {
  __typename?: 'ReportedAvailability';
  /** Free spaces. */
  free: Scalars['Int']['output'];
  /** When the partner observed it. */
  observedAt: Scalars['DateTime']['output'];
  /** Spaces in all, at the time of the report. */
  total: Scalars['Int']['output'];
};

/** Where to send a reset code. */
export type RequestPasswordResetInput = {
  /** The account's address. */
  email: Scalars['String']['input'];
};

/** A reset code and the new password. */
export type ResetPasswordInput = {
  /** The new password (same rules as at sign-up). */
  newPassword: Scalars['String']['input'];
  /** The code from the reset mail. */
  token: Scalars['String']['input'];
};

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** Global id of the key. */
  apiKeyId: Scalars['ID']['input'];
};

/** A key to rotate. */
export type RotateApiKeyInput = {
  /** Global id of the key. */
  apiKeyId: Scalars['ID']['input'];
};

/** The endpoint whose secret to rotate. */
export type RotateWebhookSecretInput = {
  /** Global id of the endpoint. */
  endpointId: Scalars['ID']['input'];
  /** How long the old secret keeps signing, 0 to 604800 seconds. Default 86400 (a day). */
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** A booking to check in or out. */
export type SelfCheckInput = {
  /** Global id of the driver's booking. */
  bookingId: Scalars['ID']['input'];
  /** Where the driver is now (their phone's position). */
  position?: InputMaybe<LatLngInput>;
};

/** The result of a check-in or check-out. */
export type SelfCheckPayload = {
  __typename?: 'SelfCheckPayload';
  /** The booking after the change; null when `userErrors` is not empty. */
  booking?: Maybe<Booking>;
  /** The stay it opened or closed. */
  session?: Maybe<ParkingSession>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** What a bay sensor sees. */
export type SensorStatus =
  /** The bay is empty. */
  | 'FREE'
  /** A vehicle is in the bay. */
  | 'OCCUPIED';

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export type Session = {
  __typename?: 'Session';
  /** A JWT to send as `Authorization: Bearer <accessToken>`; valid until `accessTokenExpiresAt`. */
  accessToken: Scalars['String']['output'];
  /** When the access token stops working (15 minutes after issue by default). */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single-use token for `refreshSession`; keep it secret. Shown only here. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token stops working if unused (30 days after issue by default). */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /**
   * The signed-in user. Fields private to the user (email) follow the credentials this request was
   * sent with, like everywhere else: query `viewer` with the new access token to read them.
   */
  user: User;
};

/** The result of a mutation that signs in. */
export type SessionPayload = {
  __typename?: 'SessionPayload';
  /** The new session; null when `userErrors` is not empty. */
  session?: Maybe<Session>;
  /** Why no session was issued; empty on success. */
  userErrors: Array<UserError>;
};

/** A lot's cancellation policy. */
export type SetCancellationPolicyInput = {
  /** Minutes after the start before an absent booking becomes a no-show (0 to 1440). */
  arrivalGraceMinutes: Scalars['Int']['input'];
  /** Fee after that, in minor units of the lot's currency. */
  cancellationFee: Scalars['Int']['input'];
  /** Free until this many minutes before the start (0 to 10080). */
  freeCancellationMinutes: Scalars['Int']['input'];
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
};

/** A lot's gate settings to change. */
export type SetGatePolicyInput = {
  /** Minutes before a booking starts that its driver may enter, 0 to 1440. */
  earlyArrivalMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Minutes after a booking ends that its driver may leave at no extra charge, 0 to 1440. */
  overstayGraceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Admit drivers without a booking or permit while a space is free. */
  walkInsAllowed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An operator's open-data choice. */
export type SetOpenDataPublicationInput = {
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
  /** True: its lots appear in the open feeds; false: they do not. */
  publish: Scalars['Boolean']['input'];
};

/** The result of setOpenDataPublication. */
export type SetOpenDataPublicationPayload = {
  __typename?: 'SetOpenDataPublicationPayload';
  /** The operator, with `publishesOpenData` as chosen; null when `userErrors` is not empty. */
  operator?: Maybe<Operator>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/** A tariff to set. */
export type SetTariffInput = {
  /** Minutes per billing increment, 1 to 1440. */
  billingIncrementMinutes: Scalars['Int']['input'];
  /** Most charged per 24 hours from entry, in minor units; omit for no cap. */
  dailyCap?: InputMaybe<Scalars['Int']['input']>;
  /** Fixed prices for time bands. */
  flatRates?: InputMaybe<Array<FlatRateInput>>;
  /** A stay no longer than this many minutes is free; 0 when omitted. */
  graceMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Minor units per hour, 0 or more. */
  hourlyRate: Scalars['Int']['input'];
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Display name, 1 to 60 characters. */
  name: Scalars['String']['input'];
  /** The space kind it prices; omit for the general tariff. */
  spaceKind?: InputMaybe<SpaceKind>;
};

/** New weekly hours for a lot. */
export type SetWeeklyHoursInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Which hours. */
  purpose: WeeklyHoursPurpose;
  /** The windows; empty for around the clock. */
  windows: Array<WeeklyHoursInput>;
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** The account's address (any case). */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The session to end. */
export type SignOutInput = {
  /** Any refresh token of the session. */
  refreshToken: Scalars['String']['input'];
};

/** A new account. */
export type SignUpInput = {
  /** Name shown to operators and on receipts, 1 to 80 characters. */
  displayName: Scalars['String']['input'];
  /** Sign-in address; trimmed, lower-cased and NFKC-normalised before use. */
  email: Scalars['String']['input'];
  /** At least 10 and at most 256 characters, not the email address. */
  password: Scalars['String']['input'];
};

/** One marked bay in a lot. */
export type Space = Node & {
  __typename?: 'Space';
  /** The operator's own reference for the space, if it has one. */
  externalRef?: Maybe<Scalars['String']['output']>;
  /** Global id of the space. */
  id: Scalars['ID']['output'];
  /** What the space is for. */
  kind: SpaceKind;
  /** What is painted on the ground, e.g. "B2-017". */
  label: Scalars['String']['output'];
  /** Floor or zone, e.g. "-1" or "L3"; null in single-level lots. */
  level?: Maybe<Scalars['String']['output']>;
  /** The lot the space belongs to. */
  lot: Lot;
  /** Whether the operator has the space in service. */
  operatorStatus: SpaceOperatorStatus;
  /** When the sensor saw it (the sensor's clock). */
  sensorObservedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the bay's sensor last saw; null when it has no sensor. */
  sensorStatus?: Maybe<SensorStatus>;
  /** What the space is doing now (the rule of `Lot.occupancy`). */
  status: SpaceStatus;
};

/** A page of spaces. */
export type SpaceConnection = {
  __typename?: 'SpaceConnection';
  /** The spaces of this page with their cursors. */
  edges: Array<SpaceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A space in a page, with its cursor. */
export type SpaceEdge = {
  __typename?: 'SpaceEdge';
  /** Opaque cursor of this space; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The space. */
  node: Space;
};

/** What a space is for. */
export type SpaceKind =
  /** A wider space reserved for disabled badge holders. */
  | 'ACCESSIBLE'
  /** A space with an electric-vehicle charger. */
  | 'EV_CHARGING'
  /** A wider space for parents with small children. */
  | 'FAMILY'
  /** A motorcycle bay. */
  | 'MOTORCYCLE'
  /** An ordinary car space. */
  | 'STANDARD'
  /** A longer, wider space for vans. */
  | 'VAN';

/** Availability of one kind of space for a window. */
export type SpaceKindAvailability = {
  __typename?: 'SpaceKindAvailability';
  /** Spaces of this kind free for the whole window. */
  available: Scalars['Int']['output'];
  /** The kind of space. */
  kind: SpaceKind;
  /** In-service spaces of this kind. */
  total: Scalars['Int']['output'];
};

/** Live status counts of one kind of space. */
export type SpaceKindOccupancy = {
  __typename?: 'SpaceKindOccupancy';
  /** In service, with no vehicle and no live booking now. */
  available: Scalars['Int']['output'];
  /** The kind of space. */
  kind: SpaceKind;
  /** A vehicle is in the space. */
  occupied: Scalars['Int']['output'];
  /** Taken out of service by the operator. */
  outOfService: Scalars['Int']['output'];
  /** A confirmed booking covers now but the vehicle has not arrived. */
  reserved: Scalars['Int']['output'];
  /** Spaces of this kind. */
  total: Scalars['Int']['output'];
  /** Spaces of this kind whose sensor status expired. */
  unknown: Scalars['Int']['output'];
};

/** The operator's say over a space. */
export type SpaceOperatorStatus =
  /** Bookable and usable. */
  | 'IN_SERVICE'
  /** Closed by the operator (repairs, reserved for an event); never offered to drivers. */
  | 'OUT_OF_SERVICE';

/** The result of a space mutation. */
export type SpacePayload = {
  __typename?: 'SpacePayload';
  /** The space after the change; null when `userErrors` is not empty. */
  space?: Maybe<Space>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
};

/** What a space is doing now. */
export type SpaceStatus =
  /** In service, no vehicle, no live booking now. */
  | 'AVAILABLE'
  /** A vehicle is in it. */
  | 'OCCUPIED'
  /** Taken out of service by the operator. */
  | 'OUT_OF_SERVICE'
  /** A confirmed booking covers now; the vehicle has not arrived. */
  | 'RESERVED'
  /**
   * The bay's sensor has not reported within SENSOR_STATUS_TTL and nothing else (a booking, a stay)
   * says what is in it.
   */
  | 'UNKNOWN';

/** What one sensor saw. Name the space by `spaceId`, or by `lotExternalRef` and `spaceExternalRef`. */
export type SpaceStatusReportInput = {
  /** The partner's reference of the space's lot. */
  lotExternalRef?: InputMaybe<Scalars['String']['input']>;
  /** When (the sensor's clock), at most 5 minutes ahead of ours. */
  observedAt: Scalars['DateTime']['input'];
  /** The partner's reference of the space. */
  spaceExternalRef?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the space. */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
  /** What the sensor saw. */
  status: SensorStatus;
};

/** The live status of one space. */
export type SpaceStatusUpdate = {
  __typename?: 'SpaceStatusUpdate';
  /** The space. */
  space: Space;
  /** Its status now. */
  status: SpaceStatus;
};

/** The result of adding spaces. */
export type SpacesPayload = {
  __typename?: 'SpacesPayload';
  /** The new spaces; empty when `userErrors` is not. */
  spaces: Array<Space>;
  /** Why the spaces were not added; empty on success. */
  userErrors: Array<UserError>;
};

/** An entry of an operator's audit log of what staff decided by hand. */
export type StaffAction = {
  __typename?: 'StaffAction';
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The gate a vehicle was admitted at. */
  gate?: Maybe<Gate>;
  /** What was done. */
  kind: StaffActionKind;
  /** The lot. */
  lot: Lot;
  /** Who did it. */
  performedBy: User;
  /** The normalised plate. */
  plate: Scalars['String']['output'];
  /** The read under REVIEW it resolved, if any. */
  plateRead?: Maybe<PlateRead>;
  /** The reason they gave. */
  reason: Scalars['String']['output'];
  /** The stay opened or closed. */
  session: ParkingSession;
};

/** A page of staff actions. */
export type StaffActionConnection = {
  __typename?: 'StaffActionConnection';
  /** The entries on this page. */
  edges: Array<StaffActionEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** A staff action in a page. */
export type StaffActionEdge = {
  __typename?: 'StaffActionEdge';
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: StaffAction;
};

/** What staff did by hand. */
export type StaffActionKind =
  /** Let a vehicle in. */
  | 'ADMIT_VEHICLE'
  /** Closed a stay whose exit was missed. */
  | 'CLOSE_SESSION';

/** The result of a staff action. */
export type StaffActionPayload = {
  __typename?: 'StaffActionPayload';
  /** The audit log entry; null when `userErrors` is not empty. */
  action?: Maybe<StaffAction>;
  /** The stay opened or closed. */
  session?: Maybe<ParkingSession>;
  /** Why nothing changed; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * An operator's month in one currency. Amounts are the operator's side: what it earned after
 * commission, less refunds, less what the provider already paid out.
 */
export type StatementTotal = {
  __typename?: 'StatementTotal';
  /** Bookings charged (count of booking payments captured in the month). */
  bookings: Scalars['Int']['output'];
  /** Charged to drivers, VAT included (before commission). */
  charged: Money;
  /** Collected by the operator itself (invoices and declined card charges marked paid). */
  collected: Money;
  /** The platform's commission (net of commission given back with refunds). */
  commission: Money;
  /** ISO 4217 code of the amounts below. */
  currency: Scalars['String']['output'];
  /**
   * Card charges the provider declined after they were recorded: owed by the drivers, for the
   * operator to collect (their payout, never made, is taken back out of `paidOut`).
   */
  declined: Money;
  /**
   * Still owed to the operator for the month (negative: the operator owes the platform commission
   * on what it collected itself).
   */
  netPayable: Money;
  /** Paid out to the operator by the card provider. */
  paidOut: Money;
  /**
   * The card provider's fees on this operator's charges, in the currency the provider settled in.
   * Paid by the platform: not deducted from `netPayable`.
   */
  providerFees: Money;
  /** Given back to drivers. */
  refunded: Money;
  /** Stays without a booking charged at exit. */
  sessions: Scalars['Int']['output'];
};

/**
 * Live updates over WebSocket (graphql-ws, `graphql-transport-ws`). Each subscription first sends
 * the current state, then a message whenever it changes.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of the signed-in driver's own bookings (needs credentials in `connection_init`). */
  bookingUpdated: Booking;
  /**
   * Occupancy of the lots in a map viewport and/or a list of lots: first one message per matching
   * lot with its current occupancy (the snapshot), then a message whenever a lot's occupancy
   * changes (a booking made, cancelled, extended or released, a window starting or ending, a space
   * taken out of service). A slow reader gets only the latest state per lot, never a backlog.
   */
  lotOccupancyChanged: LotOccupancyUpdate;
  /** The live status of each space of a lot: first every space, then each space whose status changes. */
  spaceStatusChanged: SpaceStatusUpdate;
};


/**
 * Live updates over WebSocket (graphql-ws, `graphql-transport-ws`). Each subscription first sends
 * the current state, then a message whenever it changes.
 */
export type SubscriptionLotOccupancyChangedArgs = {
  bounds?: InputMaybe<BoundsInput>;
  knownVersions?: InputMaybe<Array<LotVersionInput>>;
  lotIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Live updates over WebSocket (graphql-ws, `graphql-transport-ws`). Each subscription first sends
 * the current state, then a message whenever it changes.
 */
export type SubscriptionSpaceStatusChangedArgs = {
  lotId: Scalars['ID']['input'];
};

/** A lot's price list for a space kind. */
export type Tariff = {
  __typename?: 'Tariff';
  /** Minutes per billing increment; a started increment is charged in full. */
  billingIncrementMinutes: Scalars['Int']['output'];
  /** Most charged per 24 hours from entry; null for no cap. */
  dailyCap?: Maybe<Money>;
  /** Fixed prices for stays inside a time band. */
  flatRates: Array<FlatRate>;
  /** A stay no longer than this is free. */
  graceMinutes: Scalars['Int']['output'];
  /** Price per hour, charged per billing increment. */
  hourlyRate: Money;
  /** Display name, e.g. "Standard". */
  name: Scalars['String']['output'];
  /** The space kind it prices; null for the lot's general tariff. */
  spaceKind?: Maybe<SpaceKind>;
};

/** A half-open time window `[start, end)`. */
export type TimeWindow = {
  __typename?: 'TimeWindow';
  /** The instant the window ends (not included). */
  end: Scalars['DateTime']['output'];
  /** First instant of the window. */
  start: Scalars['DateTime']['output'];
};

/**
 * A half-open time window `[start, end)`: a booking ending at 10:00 and one starting at 10:00 do
 * not overlap.
 */
export type TimeWindowInput = {
  /** The instant the window ends (not included); after `start`, at most 31 days later. */
  end: Scalars['DateTime']['input'];
  /** First instant of the window. */
  start: Scalars['DateTime']['input'];
};

/** Changes to a connector source; omitted fields stay as they are. */
export type UpdateConnectorSourceInput = {
  /** False pauses it; true resumes it. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the feed is written in. */
  format?: InputMaybe<ConnectorFormat>;
  /** Display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Seconds between polls, 1 to 86,400. */
  pollIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Global id of the source. */
  sourceId: Scalars['ID']['input'];
  /** Milliseconds one poll may take, 100 to 60,000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** http or https URL of the feed. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A lot's fields to change; omitted fields stay as they are. */
export type UpdateLotInput = {
  /** Who may park. */
  access?: InputMaybe<LotAccess>;
  /** Postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Facilities. */
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How the lot observes arrival. */
  arrivalObservation?: InputMaybe<ArrivalObservation>;
  /** Self check-in and check-out must send the driver's position. */
  checkInPositionRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when spaces are under a roof. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /** Geofence radius for self check-in, 10 to 5000 metres. */
  geofenceRadiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** The entrance. */
  location?: InputMaybe<LatLngInput>;
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Height limit in centimetres. */
  maxVehicleHeightCm?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 1 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A space's fields to change. */
export type UpdateSpaceInput = {
  /** What the space is for. */
  kind?: InputMaybe<SpaceKind>;
  /** Floor or zone. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** In service or not. */
  operatorStatus?: InputMaybe<SpaceOperatorStatus>;
  /** Global id of the space. */
  spaceId: Scalars['ID']['input'];
};

/** New details for a vehicle; omitted fields stay as they are, null clears them. */
export type UpdateVehicleInput = {
  /** Height in centimetres (1 to 1000). */
  heightCm?: InputMaybe<Scalars['Int']['input']>;
  /** A name for it, at most 60 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the vehicle. */
  vehicleId: Scalars['ID']['input'];
};

/** Changes to an endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new note. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True enables (and clears the failure record), false disables. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of the endpoint. */
  endpointId: Scalars['ID']['input'];
  /** The new set of event types; at least one. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** A new occupancy interval, 1 to 86400 seconds. */
  occupancyIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** A new URL (checked like a new endpoint's). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Lots to create or update. */
export type UpsertLotsInput = {
  /** 1 to 500 lots, each with a reference unique in the operator. */
  lots: Array<PartnerLotInput>;
  /** Global id of the operator. */
  operatorId: Scalars['ID']['input'];
};

/** The result of upsertLots. */
export type UpsertLotsPayload = {
  __typename?: 'UpsertLotsPayload';
  /** One entry per input lot, in input order; empty when `userErrors` is not. */
  lots: Array<UpsertedLot>;
  /** Every problem found (up to 20), each with the path of its field; nothing was written. */
  userErrors: Array<UserError>;
};

/** What upsertLots did with one lot. */
export type UpsertResult =
  /** The lot is new. */
  | 'CREATED'
  /** Nothing differed: nothing was written. */
  | 'UNCHANGED'
  /** The lot or some of its spaces changed. */
  | 'UPDATED';

/** One lot's outcome. */
export type UpsertedLot = {
  __typename?: 'UpsertedLot';
  /** The partner's reference. */
  externalRef: Scalars['String']['output'];
  /** The lot as stored now. */
  lot: Lot;
  /** What happened to it. */
  result: UpsertResult;
  /** Spaces created. */
  spacesCreated: Scalars['Int']['output'];
  /** Spaces changed. */
  spacesUpdated: Scalars['Int']['output'];
};

/** Someone with an account: a driver, an operator's staff, or an admin. */
export type User = Node & {
  __typename?: 'User';
  /** Name shown to operators and in receipts. */
  displayName: Scalars['String']['output'];
  /** Sign-in email; visible to the user and admins only (null for anyone else). */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the user proved they receive mail at their address; null for anyone but the user and admins. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** Global id of the user. */
  id: Scalars['ID']['output'];
};

/** An expected failure of a mutation, with a stable code to branch on. */
export type UserError = {
  __typename?: 'UserError';
  /** What went wrong, for code to branch on. */
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. ["input", "window"]; null when no one field is. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Codes of expected mutation failures. */
export type UserErrorCode =
  /** The user (or the account with this address) is a member of the operator already. */
  | 'ALREADY_MEMBER'
  /** The driver already has a vehicle with this plate. */
  | 'DUPLICATE_PLATE'
  /** An account with this email address exists already. */
  | 'EMAIL_TAKEN'
  /** The webhook endpoint is disabled; enable it first. */
  | 'ENDPOINT_DISABLED'
  /** The viewer may see the object but not do this to it. */
  | 'FORBIDDEN'
  /** The idempotency key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The email or password is wrong (which one is not said). */
  | 'INVALID_CREDENTIALS'
  /** The email address is not one (self-hosted accounts). */
  | 'INVALID_EMAIL'
  /** A field's value is not acceptable (see `field` and `message`). */
  | 'INVALID_INPUT'
  /** The token or code is unknown, expired, revoked or already used. */
  | 'INVALID_TOKEN'
  /** The time window is empty, reversed, too long or in the past. */
  | 'INVALID_WINDOW'
  /** The change would leave the operator without an OWNER. */
  | 'LAST_OWNER'
  /** The lot is closed (a one-off closure) during the window. */
  | 'LOT_CLOSED'
  /** No invoiced (or declined, owed) charge of the booking is waiting to be paid. */
  | 'NOTHING_TO_RECEIVE'
  /** Nothing captured for the booking is left to refund. */
  | 'NOTHING_TO_REFUND'
  /** No suitable space is free for the whole window. */
  | 'NOT_AVAILABLE'
  /** The booking is not in a state that can be cancelled. */
  | 'NOT_CANCELLABLE'
  /** The booking is not in a state that can be extended. */
  | 'NOT_EXTENDABLE'
  /** The object does not exist, or the viewer may not see it. */
  | 'NOT_FOUND'
  /** The lot has no price for this kind of space. */
  | 'NO_TARIFF'
  /** The owner does not take bookings for the whole window. */
  | 'OUTSIDE_BOOKABLE_HOURS'
  /** Too early (before the lot's early-arrival allowance) or too late (after the booking's end) to check in. */
  | 'OUTSIDE_CHECK_IN_WINDOW'
  /** The position sent is farther from the lot than its geofence radius. */
  | 'OUTSIDE_GEOFENCE'
  /** The lot's opening hours do not cover the whole window. */
  | 'OUTSIDE_OPENING_HOURS'
  /** The payment provider declined the payment (e.g. the card); nothing was booked. */
  | 'PAYMENT_DECLINED'
  /**
   * The booking is waiting for its payment to be confirmed (PENDING_PAYMENT): it cannot be checked
   * in or admitted yet.
   */
  | 'PAYMENT_PENDING'
  /** The refund is more than what was captured and not yet refunded. */
  | 'REFUND_EXCEEDS_CAPTURE'
  /** The lot does not take self check-in (its `arrivalObservation` is not SELF_CHECK_IN). */
  | 'SELF_CHECK_IN_NOT_OFFERED'
  /** A webhook URL's host resolves to an address that is not public (private, loopback, link-local...). */
  | 'UNSAFE_URL'
  /** The vehicle is higher than the lot's clearance. */
  | 'VEHICLE_TOO_HIGH'
  /** The password is too short, too long, or too easy to guess (see `message`). */
  | 'WEAK_PASSWORD'
  /** The booking is not in a state that allows this (checking in twice, checking out before checking in). */
  | 'WRONG_BOOKING_STATUS';

/** A driver's vehicle. */
export type Vehicle = Node & {
  __typename?: 'Vehicle';
  /** ISO 3166-1 alpha-2 country of registration, e.g. "GB". */
  country: Scalars['String']['output'];
  /** Height in centimetres, checked against lots' clearance when booking; null when unknown. */
  heightCm?: Maybe<Scalars['Int']['output']>;
  /** Global id of the vehicle. */
  id: Scalars['ID']['output'];
  /** The driver's name for it, e.g. "Blue hatchback"; visible to its driver only. */
  nickname?: Maybe<Scalars['String']['output']>;
  /** Normalised number plate: upper case, letters and digits only, e.g. "MA19XYZ". */
  plate: Scalars['String']['output'];
};

/** The result of a vehicle mutation. */
export type VehiclePayload = {
  __typename?: 'VehiclePayload';
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
  /** The vehicle after the change; null when `userErrors` is not empty. */
  vehicle?: Maybe<Vehicle>;
};

/** A mailed verification code. */
export type VerifyEmailInput = {
  /** The code from the verification mail. */
  token: Scalars['String']['input'];
};

/** The result of verifying an address. */
export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** The user whose address is now verified; null when `userErrors` is not empty. */
  user?: Maybe<User>;
  /** Why the address was not verified; empty on success. */
  userErrors: Array<UserError>;
};

/** The signed-in user and what belongs to them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The user's bookings, newest first. */
  bookings: BookingConnection;
  /** The operators the user works for, with their role at each. */
  memberships: Array<Membership>;
  /** The signed-in driver's payments (bookings, overstays, extensions), newest first. */
  payments: PaymentConnection;
  /** The signed-in user. */
  user: User;
  /** The user's vehicles, oldest first. */
  vehicles: Array<Vehicle>;
};


/** The signed-in user and what belongs to them. */
export type ViewerBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<BookingStatus>>;
};


/** The signed-in user and what belongs to them. */
export type ViewerPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One try to send a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was made. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long the request took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** What went wrong; null when it was delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the endpoint answered; null when none came (timeout, refused, blocked address). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event on its way to one endpoint. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts so far. */
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first: response codes, timings and errors. */
  attempts: Array<WebhookAttempt>;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event's id, sent as the `webhook-id` header: the same on every attempt and redelivery. */
  eventId: Scalars['String']['output'];
  /** The event's type. */
  eventType: WebhookEventType;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The lot the event is about; null when the lot was deleted since. */
  lot?: Maybe<Lot>;
  /** When it is tried next; null unless PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The exact body sent (JSON). */
  payload: Scalars['String']['output'];
  /** Where it is. */
  state: WebhookDeliveryState;
};

/** A page of an endpoint's deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries on this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** A delivery and its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** A delivery queued again. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** Why it was not queued; empty on success. */
  userErrors: Array<UserError>;
  /** The delivery; null when `userErrors` is not empty. */
  webhookDelivery?: Maybe<WebhookDelivery>;
};

/** Where a delivery is. */
export type WebhookDeliveryState =
  /**
   * Given up: not delivered within the retry horizon (24 hours), or its endpoint was disabled.
   * `redeliverWebhook` sends it again.
   */
  | 'DEAD'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

/** An HTTPS endpoint that receives an operator's events. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first, with each one's attempts. */
  deliveries: WebhookDeliveryConnection;
  /** A note for the operator's own use. */
  description: Scalars['String']['output'];
  /** When it was disabled; null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled (with the last error when it kept failing); null while enabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False once disabled, by its owner or after failing for a day. */
  enabled: Scalars['Boolean']['output'];
  /** The event types it receives. */
  eventTypes: Array<WebhookEventType>;
  /** Since when every attempt has failed; null when the last attempt succeeded. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** `lot.occupancy` goes out at most once per lot per this many seconds. */
  occupancyIntervalSeconds: Scalars['Int']['output'];
  /** The operator whose events it receives. */
  operator: Operator;
  /**
   * Until when the secret before the last rotation still signs (alongside the current one); null
   * when no overlap is running.
   */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/** An HTTPS endpoint that receives an operator's events. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints on this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** An endpoint and its cursor. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass as `after` to continue after this endpoint. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** An endpoint after a change. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
  /** The endpoint (as it was, for a deletion); null when `userErrors` is not empty. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** An endpoint with its new signing secret. */
export type WebhookEndpointSecretPayload = {
  __typename?: 'WebhookEndpointSecretPayload';
  /** The signing secret (`whsec_...`). Shown here only: store it now. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
  /** The endpoint; null when `userErrors` is not empty. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/**
 * What an endpoint can subscribe to. Each delivery's body is `{ "type", "timestamp", "data" }` with
 * the type's name in dotted form (`booking.created`); docs/webhooks.md lists each type's data.
 */
export type WebhookEventType =
  /** `booking.cancelled`: a booking was cancelled. */
  | 'BOOKING_CANCELLED'
  /** `booking.checked_in`: the driver of a booking arrived (gate, sensor or self check-in). */
  | 'BOOKING_CHECKED_IN'
  /** `booking.completed`: a booking ended with the driver having been there. */
  | 'BOOKING_COMPLETED'
  /**
   * `booking.confirmed`: a booking that waited on its payment (created PENDING_PAYMENT) is
   * confirmed: the card provider held the price. Bookings confirmed at once send only
   * `booking.created`.
   */
  | 'BOOKING_CONFIRMED'
  /** `booking.created`: a booking was made at one of the operator's lots. */
  | 'BOOKING_CREATED'
  /** `booking.no_show`: a booking's driver did not arrive within the grace period. */
  | 'BOOKING_NO_SHOW'
  /** `gate.decision`: a gate camera read a plate and the API decided OPEN, DENY or REVIEW. */
  | 'GATE_DECISION'
  /** `lot.changed`: a lot's own data changed (name, address, policy...); the data names the fields. */
  | 'LOT_CHANGED'
  /**
   * `lot.occupancy`: a lot's occupancy now, with its version; at most one per lot per the
   * endpoint's `occupancyIntervalSeconds` (the latest state wins).
   */
  | 'LOT_OCCUPANCY'
  /** `session.ended`: a vehicle left (with what the stay was charged). */
  | 'SESSION_ENDED'
  /** `session.started`: a vehicle entered through a gate. */
  | 'SESSION_STARTED';

/** A recurring weekly window in the lot's local time. */
export type WeeklyHours = {
  __typename?: 'WeeklyHours';
  /**
   * Local closing time, "HH:MM"; "24:00" is midnight at the end of the day, and a time at or before
   * `opensAt` is on the next day.
   */
  closesAt: Scalars['String']['output'];
  /** ISO weekday the window opens on: 1 = Monday ... 7 = Sunday. */
  dayOfWeek: Scalars['Int']['output'];
  /** Local opening time, "HH:MM". */
  opensAt: Scalars['String']['output'];
};

/** A weekly window in the lot's local time. */
export type WeeklyHoursInput = {
  /** Local "HH:MM"; "24:00" is the end of the day, at or before `opensAt` the next day. */
  closesAt: Scalars['String']['input'];
  /** ISO weekday it opens on: 1 = Monday ... 7 = Sunday. */
  dayOfWeek: Scalars['Int']['input'];
  /** Local "HH:MM". */
  opensAt: Scalars['String']['input'];
};

/** Which weekly hours to replace. */
export type WeeklyHoursPurpose =
  /** When the owner takes bookings. */
  | 'BOOKABLE_HOURS'
  /** When the lot is open. */
  | 'OPENING_HOURS';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ApiKeyRow )
    | ( LotBlackoutRow )
    | ( BookingRow )
    | ( ConnectorSourceRow )
    | ( GateRow )
    | ( LotRow )
    | ( OperatorRow )
    | ( ParkingSessionRow )
    | ( PaymentRow )
    | ( PlateReadRow )
    | ( PlateRuleRow )
    | ( SpaceRow )
    | ( UserRow )
    | ( VehicleRow )
    | ( WebhookDeliveryRow )
    | ( WebhookEndpointRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AccountActionPayload: ResolverTypeWrapper<AccountActionPayload>;
  AddBlackoutInput: AddBlackoutInput;
  AddPlateRuleInput: AddPlateRuleInput;
  AddSpacesInput: AddSpacesInput;
  AddVehicleInput: AddVehicleInput;
  AdmitVehicleInput: AdmitVehicleInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ApiKeyScope: ApiKeyScope;
  ApiKeySecretPayload: ResolverTypeWrapper<Omit<ApiKeySecretPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ArchiveLotInput: ArchiveLotInput;
  ArrivalObservation: ArrivalObservation;
  AvailabilitySource: AvailabilitySource;
  Blackout: ResolverTypeWrapper<LotBlackoutRow>;
  Booking: ResolverTypeWrapper<BookingRow>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingPayload: ResolverTypeWrapper<Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  BookingPayment: ResolverTypeWrapper<BookingPaymentView>;
  BookingStatus: BookingStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BoundsInput: BoundsInput;
  CancelBookingInput: CancelBookingInput;
  CancellationPolicy: ResolverTypeWrapper<LotRow>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangePasswordInput: ChangePasswordInput;
  CloseSessionInput: CloseSessionInput;
  ClosedReason: ClosedReason;
  ConnectorErrorCode: ConnectorErrorCode;
  ConnectorFormat: ConnectorFormat;
  ConnectorSource: ResolverTypeWrapper<ConnectorSourceRow>;
  ConnectorSourceConnection: ResolverTypeWrapper<Omit<ConnectorSourceConnection, 'edges'> & { edges: Array<ResolversTypes['ConnectorSourceEdge']> }>;
  ConnectorSourceEdge: ResolverTypeWrapper<Omit<ConnectorSourceEdge, 'node'> & { node: ResolversTypes['ConnectorSource'] }>;
  ConnectorSourcePayload: ResolverTypeWrapper<Omit<ConnectorSourcePayload, 'source'> & { source?: Maybe<ResolversTypes['ConnectorSource']> }>;
  ConnectorStatus: ResolverTypeWrapper<ConnectorStatus>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateBookingInput: CreateBookingInput;
  CreateConnectorSourceInput: CreateConnectorSourceInput;
  CreateLotInput: CreateLotInput;
  CreateOperatorInput: CreateOperatorInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DataFreshness: ResolverTypeWrapper<DataFreshness>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteConnectorSourceInput: DeleteConnectorSourceInput;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  ExtendBookingInput: ExtendBookingInput;
  FeedItemProblem: ResolverTypeWrapper<FeedItemProblem>;
  FeedItemProblemReason: FeedItemProblemReason;
  FlatRate: ResolverTypeWrapper<FlatRateParent>;
  FlatRateInput: FlatRateInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForecastBucket: ForecastBucket;
  ForecastMethod: ForecastMethod;
  ForecastPoint: ResolverTypeWrapper<ForecastPoint>;
  ForecastWindowInput: ForecastWindowInput;
  Gate: ResolverTypeWrapper<GateRow>;
  GateDecision: GateDecision;
  GateDecisionReason: GateDecisionReason;
  GateDirection: GateDirection;
  GateKind: GateKind;
  GatePayload: ResolverTypeWrapper<Omit<GatePayload, 'gate'> & { gate?: Maybe<ResolversTypes['Gate']> }>;
  HistoryBucket: HistoryBucket;
  HistoryRangeInput: HistoryRangeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  InviteMemberInput: InviteMemberInput;
  LatLng: ResolverTypeWrapper<LatLng>;
  LatLngInput: LatLngInput;
  LiveDataSource: LiveDataSource;
  Lot: ResolverTypeWrapper<LotRow>;
  LotAccess: LotAccess;
  LotAvailability: ResolverTypeWrapper<LotAvailabilityParent>;
  LotAvailabilityReportInput: LotAvailabilityReportInput;
  LotConnection: ResolverTypeWrapper<Omit<LotConnection, 'edges'> & { edges: Array<ResolversTypes['LotEdge']> }>;
  LotEdge: ResolverTypeWrapper<Omit<LotEdge, 'node'> & { node: ResolversTypes['Lot'] }>;
  LotFilter: LotFilter;
  LotForecast: ResolverTypeWrapper<LotForecast>;
  LotOccupancy: ResolverTypeWrapper<LotOccupancyParent>;
  LotOccupancyUpdate: ResolverTypeWrapper<LotUpdate>;
  LotPayload: ResolverTypeWrapper<Omit<LotPayload, 'lot'> & { lot?: Maybe<ResolversTypes['Lot']> }>;
  LotSearchConnection: ResolverTypeWrapper<Omit<LotSearchConnection, 'edges'> & { edges: Array<ResolversTypes['LotSearchEdge']> }>;
  LotSearchEdge: ResolverTypeWrapper<Omit<LotSearchEdge, 'node'> & { node: ResolversTypes['Lot'] }>;
  LotType: LotType;
  LotVersionInput: LotVersionInput;
  MarkPaymentReceivedInput: MarkPaymentReceivedInput;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversTypes['OperatorMember']> }>;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipParent>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewSpaceInput: NewSpaceInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OccupancyHistoryKindPoint: ResolverTypeWrapper<OccupancyHistoryKindParent>;
  OccupancyHistoryPoint: ResolverTypeWrapper<OccupancyHistoryPointParent>;
  Operator: ResolverTypeWrapper<OperatorRow>;
  OperatorKind: OperatorKind;
  OperatorMember: ResolverTypeWrapper<MemberWithUser>;
  OperatorMemberConnection: ResolverTypeWrapper<Omit<OperatorMemberConnection, 'edges'> & { edges: Array<ResolversTypes['OperatorMemberEdge']> }>;
  OperatorMemberEdge: ResolverTypeWrapper<Omit<OperatorMemberEdge, 'node'> & { node: ResolversTypes['OperatorMember'] }>;
  OperatorPayload: ResolverTypeWrapper<Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  OperatorReport: ResolverTypeWrapper<OperatorReportParent>;
  OperatorReportRow: ResolverTypeWrapper<OperatorReportRowParent>;
  OperatorStatement: ResolverTypeWrapper<OperatorStatementParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParkingSession: ResolverTypeWrapper<ParkingSessionRow>;
  ParkingSessionConnection: ResolverTypeWrapper<Omit<ParkingSessionConnection, 'edges'> & { edges: Array<ResolversTypes['ParkingSessionEdge']> }>;
  ParkingSessionEdge: ResolverTypeWrapper<Omit<ParkingSessionEdge, 'node'> & { node: ResolversTypes['ParkingSession'] }>;
  ParkingSessionFilter: ParkingSessionFilter;
  ParkingSessionKind: ParkingSessionKind;
  PartnerLotInput: PartnerLotInput;
  PartnerSpaceInput: PartnerSpaceInput;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentKind: PaymentKind;
  PaymentProviderName: PaymentProviderName;
  PaymentStatus: PaymentStatus;
  PlateRead: ResolverTypeWrapper<PlateReadRow>;
  PlateReadConnection: ResolverTypeWrapper<Omit<PlateReadConnection, 'edges'> & { edges: Array<ResolversTypes['PlateReadEdge']> }>;
  PlateReadEdge: ResolverTypeWrapper<Omit<PlateReadEdge, 'node'> & { node: ResolversTypes['PlateRead'] }>;
  PlateReadFilter: PlateReadFilter;
  PlateReadInput: PlateReadInput;
  PlateReadPayload: ResolverTypeWrapper<Omit<PlateReadPayload, 'read'> & { read?: Maybe<ResolversTypes['PlateRead']> }>;
  PlateRule: ResolverTypeWrapper<PlateRuleRow>;
  PlateRuleKind: PlateRuleKind;
  PlateRulePayload: ResolverTypeWrapper<Omit<PlateRulePayload, 'plateRule'> & { plateRule?: Maybe<ResolversTypes['PlateRule']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<LotQuote>;
  QuoteLine: ResolverTypeWrapper<QuoteLineParent>;
  QuoteLineKind: QuoteLineKind;
  Receipt: ResolverTypeWrapper<ReceiptParent>;
  ReceiptLine: ResolverTypeWrapper<ReceiptLineParent>;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RefreshSessionInput: RefreshSessionInput;
  RefundBookingInput: RefundBookingInput;
  RegisterGateInput: RegisterGateInput;
  RegisterGatePayload: ResolverTypeWrapper<Omit<RegisterGatePayload, 'deviceKey' | 'gate'> & { deviceKey?: Maybe<ResolversTypes['ApiKey']>, gate?: Maybe<ResolversTypes['Gate']> }>;
  RemoveBlackoutInput: RemoveBlackoutInput;
  RemoveGateInput: RemoveGateInput;
  RemoveMemberInput: RemoveMemberInput;
  RemovePlateRuleInput: RemovePlateRuleInput;
  RemoveVehicleInput: RemoveVehicleInput;
  ReportLotAvailabilityInput: ReportLotAvailabilityInput;
  ReportPayload: ResolverTypeWrapper<ReportPayload>;
  ReportRangeInput: ReportRangeInput;
  ReportResult: ReportResult;
  ReportSpaceStatusInput: ReportSpaceStatusInput;
  ReportedAvailability: ResolverTypeWrapper<ReportedAvailability>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RotateApiKeyInput: RotateApiKeyInput;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SelfCheckInput: SelfCheckInput;
  SelfCheckPayload: ResolverTypeWrapper<Omit<SelfCheckPayload, 'booking' | 'session'> & { booking?: Maybe<ResolversTypes['Booking']>, session?: Maybe<ResolversTypes['ParkingSession']> }>;
  SensorStatus: SensorStatus;
  Session: ResolverTypeWrapper<Omit<Session, 'user'> & { user: ResolversTypes['User'] }>;
  SessionPayload: ResolverTypeWrapper<Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  SetCancellationPolicyInput: SetCancellationPolicyInput;
  SetGatePolicyInput: SetGatePolicyInput;
  SetOpenDataPublicationInput: SetOpenDataPublicationInput;
  SetOpenDataPublicationPayload: ResolverTypeWrapper<Omit<SetOpenDataPublicationPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  SetTariffInput: SetTariffInput;
  SetWeeklyHoursInput: SetWeeklyHoursInput;
  SignInInput: SignInInput;
  SignOutInput: SignOutInput;
  SignUpInput: SignUpInput;
  Space: ResolverTypeWrapper<SpaceRow>;
  SpaceConnection: ResolverTypeWrapper<Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversTypes['SpaceEdge']> }>;
  SpaceEdge: ResolverTypeWrapper<Omit<SpaceEdge, 'node'> & { node: ResolversTypes['Space'] }>;
  SpaceKind: SpaceKind;
  SpaceKindAvailability: ResolverTypeWrapper<SpaceKindAvailability>;
  SpaceKindOccupancy: ResolverTypeWrapper<SpaceKindOccupancy>;
  SpaceOperatorStatus: SpaceOperatorStatus;
  SpacePayload: ResolverTypeWrapper<Omit<SpacePayload, 'space'> & { space?: Maybe<ResolversTypes['Space']> }>;
  SpaceStatus: SpaceStatus;
  SpaceStatusReportInput: SpaceStatusReportInput;
  SpaceStatusUpdate: ResolverTypeWrapper<SpaceStatusRow>;
  SpacesPayload: ResolverTypeWrapper<Omit<SpacesPayload, 'spaces'> & { spaces: Array<ResolversTypes['Space']> }>;
  StaffAction: ResolverTypeWrapper<StaffActionRow>;
  StaffActionConnection: ResolverTypeWrapper<Omit<StaffActionConnection, 'edges'> & { edges: Array<ResolversTypes['StaffActionEdge']> }>;
  StaffActionEdge: ResolverTypeWrapper<Omit<StaffActionEdge, 'node'> & { node: ResolversTypes['StaffAction'] }>;
  StaffActionKind: StaffActionKind;
  StaffActionPayload: ResolverTypeWrapper<Omit<StaffActionPayload, 'action' | 'session'> & { action?: Maybe<ResolversTypes['StaffAction']>, session?: Maybe<ResolversTypes['ParkingSession']> }>;
  StatementTotal: ResolverTypeWrapper<StatementTotalParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tariff: ResolverTypeWrapper<TariffWithFlatRates>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  UpdateConnectorSourceInput: UpdateConnectorSourceInput;
  UpdateLotInput: UpdateLotInput;
  UpdateSpaceInput: UpdateSpaceInput;
  UpdateVehicleInput: UpdateVehicleInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpsertLotsInput: UpsertLotsInput;
  UpsertLotsPayload: ResolverTypeWrapper<Omit<UpsertLotsPayload, 'lots'> & { lots: Array<ResolversTypes['UpsertedLot']> }>;
  UpsertResult: UpsertResult;
  UpsertedLot: ResolverTypeWrapper<UpsertedLotParent>;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Vehicle: ResolverTypeWrapper<VehicleRow>;
  VehiclePayload: ResolverTypeWrapper<Omit<VehiclePayload, 'vehicle'> & { vehicle?: Maybe<ResolversTypes['Vehicle']> }>;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Viewer: ResolverTypeWrapper<UserViewer>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'webhookDelivery'> & { webhookDelivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryState: WebhookDeliveryState;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEndpointSecretPayload: ResolverTypeWrapper<Omit<WebhookEndpointSecretPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEventType: WebhookEventType;
  WeeklyHours: ResolverTypeWrapper<LotWeeklyHoursRow>;
  WeeklyHoursInput: WeeklyHoursInput;
  WeeklyHoursPurpose: WeeklyHoursPurpose;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: AcceptInvitationInput;
  AccountActionPayload: AccountActionPayload;
  AddBlackoutInput: AddBlackoutInput;
  AddPlateRuleInput: AddPlateRuleInput;
  AddSpacesInput: AddSpacesInput;
  AddVehicleInput: AddVehicleInput;
  AdmitVehicleInput: AdmitVehicleInput;
  ApiKey: ApiKeyRow;
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ApiKeySecretPayload: Omit<ApiKeySecretPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ArchiveLotInput: ArchiveLotInput;
  Blackout: LotBlackoutRow;
  Booking: BookingRow;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingPayload: Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  BookingPayment: BookingPaymentView;
  Boolean: Scalars['Boolean']['output'];
  BoundsInput: BoundsInput;
  CancelBookingInput: CancelBookingInput;
  CancellationPolicy: LotRow;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangePasswordInput: ChangePasswordInput;
  CloseSessionInput: CloseSessionInput;
  ConnectorSource: ConnectorSourceRow;
  ConnectorSourceConnection: Omit<ConnectorSourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConnectorSourceEdge']> };
  ConnectorSourceEdge: Omit<ConnectorSourceEdge, 'node'> & { node: ResolversParentTypes['ConnectorSource'] };
  ConnectorSourcePayload: Omit<ConnectorSourcePayload, 'source'> & { source?: Maybe<ResolversParentTypes['ConnectorSource']> };
  ConnectorStatus: ConnectorStatus;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateBookingInput: CreateBookingInput;
  CreateConnectorSourceInput: CreateConnectorSourceInput;
  CreateLotInput: CreateLotInput;
  CreateOperatorInput: CreateOperatorInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DataFreshness: DataFreshness;
  DateTime: Scalars['DateTime']['output'];
  DeleteConnectorSourceInput: DeleteConnectorSourceInput;
  DeleteWebhookEndpointInput: DeleteWebhookEndpointInput;
  ExtendBookingInput: ExtendBookingInput;
  FeedItemProblem: FeedItemProblem;
  FlatRate: FlatRateParent;
  FlatRateInput: FlatRateInput;
  Float: Scalars['Float']['output'];
  ForecastPoint: ForecastPoint;
  ForecastWindowInput: ForecastWindowInput;
  Gate: GateRow;
  GatePayload: Omit<GatePayload, 'gate'> & { gate?: Maybe<ResolversParentTypes['Gate']> };
  HistoryRangeInput: HistoryRangeInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: InvitationRow;
  InvitationPayload: Omit<InvitationPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  InviteMemberInput: InviteMemberInput;
  LatLng: LatLng;
  LatLngInput: LatLngInput;
  Lot: LotRow;
  LotAvailability: LotAvailabilityParent;
  LotAvailabilityReportInput: LotAvailabilityReportInput;
  LotConnection: Omit<LotConnection, 'edges'> & { edges: Array<ResolversParentTypes['LotEdge']> };
  LotEdge: Omit<LotEdge, 'node'> & { node: ResolversParentTypes['Lot'] };
  LotFilter: LotFilter;
  LotForecast: LotForecast;
  LotOccupancy: LotOccupancyParent;
  LotOccupancyUpdate: LotUpdate;
  LotPayload: Omit<LotPayload, 'lot'> & { lot?: Maybe<ResolversParentTypes['Lot']> };
  LotSearchConnection: Omit<LotSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['LotSearchEdge']> };
  LotSearchEdge: Omit<LotSearchEdge, 'node'> & { node: ResolversParentTypes['Lot'] };
  LotVersionInput: LotVersionInput;
  MarkPaymentReceivedInput: MarkPaymentReceivedInput;
  MemberPayload: Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['OperatorMember']> };
  Membership: MembershipParent;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NewSpaceInput: NewSpaceInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OccupancyHistoryKindPoint: OccupancyHistoryKindParent;
  OccupancyHistoryPoint: OccupancyHistoryPointParent;
  Operator: OperatorRow;
  OperatorMember: MemberWithUser;
  OperatorMemberConnection: Omit<OperatorMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['OperatorMemberEdge']> };
  OperatorMemberEdge: Omit<OperatorMemberEdge, 'node'> & { node: ResolversParentTypes['OperatorMember'] };
  OperatorPayload: Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  OperatorReport: OperatorReportParent;
  OperatorReportRow: OperatorReportRowParent;
  OperatorStatement: OperatorStatementParent;
  PageInfo: PageInfo;
  ParkingSession: ParkingSessionRow;
  ParkingSessionConnection: Omit<ParkingSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParkingSessionEdge']> };
  ParkingSessionEdge: Omit<ParkingSessionEdge, 'node'> & { node: ResolversParentTypes['ParkingSession'] };
  ParkingSessionFilter: ParkingSessionFilter;
  PartnerLotInput: PartnerLotInput;
  PartnerSpaceInput: PartnerSpaceInput;
  Payment: PaymentRow;
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PlateRead: PlateReadRow;
  PlateReadConnection: Omit<PlateReadConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlateReadEdge']> };
  PlateReadEdge: Omit<PlateReadEdge, 'node'> & { node: ResolversParentTypes['PlateRead'] };
  PlateReadFilter: PlateReadFilter;
  PlateReadInput: PlateReadInput;
  PlateReadPayload: Omit<PlateReadPayload, 'read'> & { read?: Maybe<ResolversParentTypes['PlateRead']> };
  PlateRule: PlateRuleRow;
  PlateRulePayload: Omit<PlateRulePayload, 'plateRule'> & { plateRule?: Maybe<ResolversParentTypes['PlateRule']> };
  Query: Record<PropertyKey, never>;
  Quote: LotQuote;
  QuoteLine: QuoteLineParent;
  Receipt: ReceiptParent;
  ReceiptLine: ReceiptLineParent;
  RedeliverWebhookInput: RedeliverWebhookInput;
  RefreshSessionInput: RefreshSessionInput;
  RefundBookingInput: RefundBookingInput;
  RegisterGateInput: RegisterGateInput;
  RegisterGatePayload: Omit<RegisterGatePayload, 'deviceKey' | 'gate'> & { deviceKey?: Maybe<ResolversParentTypes['ApiKey']>, gate?: Maybe<ResolversParentTypes['Gate']> };
  RemoveBlackoutInput: RemoveBlackoutInput;
  RemoveGateInput: RemoveGateInput;
  RemoveMemberInput: RemoveMemberInput;
  RemovePlateRuleInput: RemovePlateRuleInput;
  RemoveVehicleInput: RemoveVehicleInput;
  ReportLotAvailabilityInput: ReportLotAvailabilityInput;
  ReportPayload: ReportPayload;
  ReportRangeInput: ReportRangeInput;
  ReportSpaceStatusInput: ReportSpaceStatusInput;
  ReportedAvailability: ReportedAvailability;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RotateApiKeyInput: RotateApiKeyInput;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SelfCheckInput: SelfCheckInput;
  SelfCheckPayload: Omit<SelfCheckPayload, 'booking' | 'session'> & { booking?: Maybe<ResolversParentTypes['Booking']>, session?: Maybe<ResolversParentTypes['ParkingSession']> };
  Session: Omit<Session, 'user'> & { user: ResolversParentTypes['User'] };
  SessionPayload: Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  SetCancellationPolicyInput: SetCancellationPolicyInput;
  SetGatePolicyInput: SetGatePolicyInput;
  SetOpenDataPublicationInput: SetOpenDataPublicationInput;
  SetOpenDataPublicationPayload: Omit<SetOpenDataPublicationPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  SetTariffInput: SetTariffInput;
  SetWeeklyHoursInput: SetWeeklyHoursInput;
  SignInInput: SignInInput;
  SignOutInput: SignOutInput;
  SignUpInput: SignUpInput;
  Space: SpaceRow;
  SpaceConnection: Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SpaceEdge']> };
  SpaceEdge: Omit<SpaceEdge, 'node'> & { node: ResolversParentTypes['Space'] };
  SpaceKindAvailability: SpaceKindAvailability;
  SpaceKindOccupancy: SpaceKindOccupancy;
  SpacePayload: Omit<SpacePayload, 'space'> & { space?: Maybe<ResolversParentTypes['Space']> };
  SpaceStatusReportInput: SpaceStatusReportInput;
  SpaceStatusUpdate: SpaceStatusRow;
  SpacesPayload: Omit<SpacesPayload, 'spaces'> & { spaces: Array<ResolversParentTypes['Space']> };
  StaffAction: StaffActionRow;
  StaffActionConnection: Omit<StaffActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['StaffActionEdge']> };
  StaffActionEdge: Omit<StaffActionEdge, 'node'> & { node: ResolversParentTypes['StaffAction'] };
  StaffActionPayload: Omit<StaffActionPayload, 'action' | 'session'> & { action?: Maybe<ResolversParentTypes['StaffAction']>, session?: Maybe<ResolversParentTypes['ParkingSession']> };
  StatementTotal: StatementTotalParent;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tariff: TariffWithFlatRates;
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
  UpdateConnectorSourceInput: UpdateConnectorSourceInput;
  UpdateLotInput: UpdateLotInput;
  UpdateSpaceInput: UpdateSpaceInput;
  UpdateVehicleInput: UpdateVehicleInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpsertLotsInput: UpsertLotsInput;
  UpsertLotsPayload: Omit<UpsertLotsPayload, 'lots'> & { lots: Array<ResolversParentTypes['UpsertedLot']> };
  UpsertedLot: UpsertedLotParent;
  User: UserRow;
  UserError: UserError;
  Vehicle: VehicleRow;
  VehiclePayload: Omit<VehiclePayload, 'vehicle'> & { vehicle?: Maybe<ResolversParentTypes['Vehicle']> };
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Viewer: UserViewer;
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'webhookDelivery'> & { webhookDelivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointRow;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  WebhookEndpointSecretPayload: Omit<WebhookEndpointSecretPayload, 'webhookEndpoint'> & { webhookEndpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  WeeklyHours: LotWeeklyHoursRow;
  WeeklyHoursInput: WeeklyHoursInput;
};

export type AccountActionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccountActionPayload'] = ResolversParentTypes['AccountActionPayload']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiKeySecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeySecretPayload'] = ResolversParentTypes['ApiKeySecretPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BlackoutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Blackout'] = ResolversParentTypes['Blackout']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['TimeWindow'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  cancellationFee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  driver?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  parkingSession?: Resolver<Maybe<ResolversTypes['ParkingSession']>, ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['BookingPayment']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  space?: Resolver<ResolversTypes['Space'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['Vehicle'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['TimeWindow'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingPayload'] = ResolversParentTypes['BookingPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BookingPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BookingPayment'] = ResolversParentTypes['BookingPayment']> = {
  authorized?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  captured?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
};

export type CancellationPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationPolicy'] = ResolversParentTypes['CancellationPolicy']> = {
  arrivalGraceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellationFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  freeCancellationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectorSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorSource'] = ResolversParentTypes['ConnectorSource']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ConnectorFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pollIntervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectorStatus'], ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorSourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorSourceConnection'] = ResolversParentTypes['ConnectorSourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectorSourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConnectorSourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorSourceEdge'] = ResolversParentTypes['ConnectorSourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConnectorSource'], ParentType, ContextType>;
};

export type ConnectorSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorSourcePayload'] = ResolversParentTypes['ConnectorSourcePayload']> = {
  source?: Resolver<Maybe<ResolversTypes['ConnectorSource']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConnectorStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorStatus'] = ResolversParentTypes['ConnectorStatus']> = {
  appliedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastErrorCode?: Resolver<Maybe<ResolversTypes['ConnectorErrorCode']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextPollAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['FeedItemProblem']>, ParentType, ContextType>;
};

export type DataFreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFreshness'] = ResolversParentTypes['DataFreshness']> = {
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LiveDataSource'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FeedItemProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedItemProblem'] = ResolversParentTypes['FeedItemProblem']> = {
  reason?: Resolver<ResolversTypes['FeedItemProblemReason'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlatRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlatRate'] = ResolversParentTypes['FlatRate']> = {
  daysOfWeek?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  entryAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exitBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ForecastPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForecastPoint'] = ResolversParentTypes['ForecastPoint']> = {
  bucketStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedFree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  freeHigh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  freeLow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  probabilityFree?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gate'] = ResolversParentTypes['Gate']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['GateDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GateKind'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  minConfidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GatePayload'] = ResolversParentTypes['GatePayload']> = {
  gate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
};

export type InvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = {
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LatLngResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LatLng'] = ResolversParentTypes['LatLng']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lot'] = ResolversParentTypes['Lot']> = {
  access?: Resolver<ResolversTypes['LotAccess'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amenities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  arrivalObservation?: Resolver<ResolversTypes['ArrivalObservation'], ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['LotAvailability'], ParentType, ContextType, RequireFields<LotAvailabilityArgs, 'window'>>;
  availabilitySource?: Resolver<ResolversTypes['AvailabilitySource'], ParentType, ContextType>;
  blackouts?: Resolver<Array<ResolversTypes['Blackout']>, ParentType, ContextType>;
  bookable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bookableHours?: Resolver<Maybe<Array<ResolversTypes['WeeklyHours']>>, ParentType, ContextType>;
  cancellationPolicy?: Resolver<ResolversTypes['CancellationPolicy'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacityAccessible?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacityCharging?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkInPositionRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataFreshness?: Resolver<Maybe<ResolversTypes['DataFreshness']>, ParentType, ContextType>;
  earlyArrivalMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  externalRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fee?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  footprint?: Resolver<Maybe<Array<Array<ResolversTypes['LatLng']>>>, ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['LotForecast'], ParentType, ContextType, RequireFields<LotForecastArgs, 'bucket' | 'window'>>;
  gates?: Resolver<Maybe<Array<ResolversTypes['Gate']>>, ParentType, ContextType>;
  geofenceRadiusMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
  lotType?: Resolver<ResolversTypes['LotType'], ParentType, ContextType>;
  maxVehicleHeightCm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['LotOccupancy'], ParentType, ContextType>;
  occupancyHistory?: Resolver<Array<ResolversTypes['OccupancyHistoryPoint']>, ParentType, ContextType, RequireFields<LotOccupancyHistoryArgs, 'bucket' | 'range'>>;
  openingHours?: Resolver<Maybe<Array<ResolversTypes['WeeklyHours']>>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  overstayGraceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plateRules?: Resolver<Maybe<Array<ResolversTypes['PlateRule']>>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<LotQuoteArgs, 'spaceKind' | 'window'>>;
  reportedAvailability?: Resolver<Maybe<ResolversTypes['ReportedAvailability']>, ParentType, ContextType>;
  spaces?: Resolver<ResolversTypes['SpaceConnection'], ParentType, ContextType, RequireFields<LotSpacesArgs, 'first'>>;
  tariffs?: Resolver<Array<ResolversTypes['Tariff']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  walkInsAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LotAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotAvailability'] = ResolversParentTypes['LotAvailability']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['SpaceKindAvailability']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['ClosedReason']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['TimeWindow'], ParentType, ContextType>;
};

export type LotConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotConnection'] = ResolversParentTypes['LotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LotEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LotEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotEdge'] = ResolversParentTypes['LotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
};

export type LotForecastResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotForecast'] = ResolversParentTypes['LotForecast']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  historyWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ForecastMethod'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ForecastPoint']>, ParentType, ContextType>;
  spaceKind?: Resolver<Maybe<ResolversTypes['SpaceKind']>, ParentType, ContextType>;
};

export type LotOccupancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotOccupancy'] = ResolversParentTypes['LotOccupancy']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['SpaceKindOccupancy']>, ParentType, ContextType>;
  occupied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfService?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LotOccupancyUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotOccupancyUpdate'] = ResolversParentTypes['LotOccupancyUpdate']> = {
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  lotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['LotOccupancy'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LotPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotPayload'] = ResolversParentTypes['LotPayload']> = {
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LotSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotSearchConnection'] = ResolversParentTypes['LotSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LotSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LotSearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotSearchEdge'] = ResolversParentTypes['LotSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceMeters?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  probabilityFree?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = {
  member?: Resolver<Maybe<ResolversTypes['OperatorMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addBlackout?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationAddBlackoutArgs, 'input'>>;
  addPlateRule?: Resolver<ResolversTypes['PlateRulePayload'], ParentType, ContextType, RequireFields<MutationAddPlateRuleArgs, 'input'>>;
  addSpaces?: Resolver<ResolversTypes['SpacesPayload'], ParentType, ContextType, RequireFields<MutationAddSpacesArgs, 'input'>>;
  addVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationAddVehicleArgs, 'input'>>;
  admitVehicle?: Resolver<ResolversTypes['StaffActionPayload'], ParentType, ContextType, RequireFields<MutationAdmitVehicleArgs, 'input'>>;
  archiveLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationArchiveLotArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  checkIn?: Resolver<ResolversTypes['SelfCheckPayload'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'input'>>;
  checkOut?: Resolver<ResolversTypes['SelfCheckPayload'], ParentType, ContextType, RequireFields<MutationCheckOutArgs, 'input'>>;
  closeSession?: Resolver<ResolversTypes['StaffActionPayload'], ParentType, ContextType, RequireFields<MutationCloseSessionArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['ApiKeySecretPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCreateBookingArgs, 'input'>>;
  createConnectorSource?: Resolver<ResolversTypes['ConnectorSourcePayload'], ParentType, ContextType, RequireFields<MutationCreateConnectorSourceArgs, 'input'>>;
  createLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationCreateLotArgs, 'input'>>;
  createOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointSecretPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteConnectorSource?: Resolver<ResolversTypes['ConnectorSourcePayload'], ParentType, ContextType, RequireFields<MutationDeleteConnectorSourceArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'input'>>;
  extendBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationExtendBookingArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  markPaymentReceived?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationMarkPaymentReceivedArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  refundBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationRefundBookingArgs, 'input'>>;
  registerGate?: Resolver<ResolversTypes['RegisterGatePayload'], ParentType, ContextType, RequireFields<MutationRegisterGateArgs, 'input'>>;
  removeBlackout?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationRemoveBlackoutArgs, 'input'>>;
  removeGate?: Resolver<ResolversTypes['GatePayload'], ParentType, ContextType, RequireFields<MutationRemoveGateArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  removePlateRule?: Resolver<ResolversTypes['PlateRulePayload'], ParentType, ContextType, RequireFields<MutationRemovePlateRuleArgs, 'input'>>;
  removeVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationRemoveVehicleArgs, 'input'>>;
  reportLotAvailability?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationReportLotAvailabilityArgs, 'input'>>;
  reportPlateRead?: Resolver<ResolversTypes['PlateReadPayload'], ParentType, ContextType, RequireFields<MutationReportPlateReadArgs, 'input'>>;
  reportSpaceStatus?: Resolver<ResolversTypes['ReportPayload'], ParentType, ContextType, RequireFields<MutationReportSpaceStatusArgs, 'input'>>;
  requestEmailVerification?: Resolver<ResolversTypes['AccountActionPayload'], ParentType, ContextType>;
  requestPasswordReset?: Resolver<ResolversTypes['AccountActionPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['AccountActionPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  rotateApiKey?: Resolver<ResolversTypes['ApiKeySecretPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'input'>>;
  setCancellationPolicy?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetCancellationPolicyArgs, 'input'>>;
  setGatePolicy?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetGatePolicyArgs, 'input'>>;
  setOpenDataPublication?: Resolver<ResolversTypes['SetOpenDataPublicationPayload'], ParentType, ContextType, RequireFields<MutationSetOpenDataPublicationArgs, 'input'>>;
  setTariff?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetTariffArgs, 'input'>>;
  setWeeklyHours?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetWeeklyHoursArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['AccountActionPayload'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateConnectorSource?: Resolver<ResolversTypes['ConnectorSourcePayload'], ParentType, ContextType, RequireFields<MutationUpdateConnectorSourceArgs, 'input'>>;
  updateLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationUpdateLotArgs, 'input'>>;
  updateSpace?: Resolver<ResolversTypes['SpacePayload'], ParentType, ContextType, RequireFields<MutationUpdateSpaceArgs, 'input'>>;
  updateVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationUpdateVehicleArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
  upsertLots?: Resolver<ResolversTypes['UpsertLotsPayload'], ParentType, ContextType, RequireFields<MutationUpsertLotsArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'Blackout' | 'Booking' | 'ConnectorSource' | 'Gate' | 'Lot' | 'Operator' | 'ParkingSession' | 'Payment' | 'PlateRead' | 'PlateRule' | 'Space' | 'User' | 'Vehicle' | 'WebhookDelivery' | 'WebhookEndpoint', ParentType, ContextType>;
};

export type OccupancyHistoryKindPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OccupancyHistoryKindPoint'] = ResolversParentTypes['OccupancyHistoryKindPoint']> = {
  bookingsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  occupiedMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupiedMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  occupiedMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccupancyHistoryPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OccupancyHistoryPoint'] = ResolversParentTypes['OccupancyHistoryPoint']> = {
  bookingsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bucketStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['OccupancyHistoryKindPoint']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupiedMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupiedMean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  occupiedMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<OperatorBookingsArgs, 'first'>>;
  connectorSources?: Resolver<Maybe<ResolversTypes['ConnectorSourceConnection']>, ParentType, ContextType, RequireFields<OperatorConnectorSourcesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['OperatorMemberConnection']>, ParentType, ContextType, RequireFields<OperatorMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parkingSessions?: Resolver<Maybe<ResolversTypes['ParkingSessionConnection']>, ParentType, ContextType, RequireFields<OperatorParkingSessionsArgs, 'first'>>;
  pendingInvitations?: Resolver<Maybe<Array<ResolversTypes['Invitation']>>, ParentType, ContextType>;
  plateReads?: Resolver<Maybe<ResolversTypes['PlateReadConnection']>, ParentType, ContextType, RequireFields<OperatorPlateReadsArgs, 'first'>>;
  publishesOpenData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['OperatorReport']>, ParentType, ContextType, RequireFields<OperatorReportArgs, 'range'>>;
  staffActions?: Resolver<Maybe<ResolversTypes['StaffActionConnection']>, ParentType, ContextType, RequireFields<OperatorStaffActionsArgs, 'first'>>;
  statement?: Resolver<Maybe<ResolversTypes['OperatorStatement']>, ParentType, ContextType, RequireFields<OperatorStatementArgs, 'month'>>;
  webhookEndpoints?: Resolver<Maybe<ResolversTypes['WebhookEndpointConnection']>, ParentType, ContextType, RequireFields<OperatorWebhookEndpointsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperatorMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorMember'] = ResolversParentTypes['OperatorMember']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type OperatorMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorMemberConnection'] = ResolversParentTypes['OperatorMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OperatorMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OperatorMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorMemberEdge'] = ResolversParentTypes['OperatorMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OperatorMember'], ParentType, ContextType>;
};

export type OperatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorPayload'] = ResolversParentTypes['OperatorPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OperatorReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorReport'] = ResolversParentTypes['OperatorReport']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['OperatorReportRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OperatorReportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorReportRow'] = ResolversParentTypes['OperatorReportRow']> = {
  bookingsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  noShowRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  sessionsStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  turnover?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type OperatorStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorStatement'] = ResolversParentTypes['OperatorStatement']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['StatementTotal']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParkingSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkingSession'] = ResolversParentTypes['ParkingSession']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  charge?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  enteredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entryGate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  exitGate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType>;
  exitedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ParkingSessionKind'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  space?: Resolver<ResolversTypes['Space'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParkingSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkingSessionConnection'] = ResolversParentTypes['ParkingSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParkingSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ParkingSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkingSessionEdge'] = ResolversParentTypes['ParkingSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ParkingSession'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  authorized?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  captured?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PaymentKind'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PaymentProviderName'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PaymentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type PlateReadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateRead'] = ResolversParentTypes['PlateRead']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['GateDecision'], ParentType, ContextType>;
  gate?: Resolver<ResolversTypes['Gate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rawPlate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['GateDecisionReason'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['ParkingSession']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlateReadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateReadConnection'] = ResolversParentTypes['PlateReadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlateReadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlateReadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateReadEdge'] = ResolversParentTypes['PlateReadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlateRead'], ParentType, ContextType>;
};

export type PlateReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateReadPayload'] = ResolversParentTypes['PlateReadPayload']> = {
  decision?: Resolver<Maybe<ResolversTypes['GateDecision']>, ParentType, ContextType>;
  read?: Resolver<Maybe<ResolversTypes['PlateRead']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['GateDecisionReason']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlateRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateRule'] = ResolversParentTypes['PlateRule']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlateRuleKind'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlateRulePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlateRulePayload'] = ResolversParentTypes['PlateRulePayload']> = {
  plateRule?: Resolver<Maybe<ResolversTypes['PlateRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType, RequireFields<QueryLotArgs, 'id'>>;
  lots?: Resolver<ResolversTypes['LotConnection'], ParentType, ContextType, RequireFields<QueryLotsArgs, 'first'>>;
  lotsInBounds?: Resolver<ResolversTypes['LotSearchConnection'], ParentType, ContextType, RequireFields<QueryLotsInBoundsArgs, 'bounds' | 'first'>>;
  lotsNear?: Resolver<ResolversTypes['LotSearchConnection'], ParentType, ContextType, RequireFields<QueryLotsNearArgs, 'first' | 'near' | 'radiusMeters'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type QuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  lines?: Resolver<Array<ResolversTypes['QuoteLine']>, ParentType, ContextType>;
  tariffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type QuoteLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteLine'] = ResolversParentTypes['QuoteLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuoteLineKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['TimeWindow'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReceiptLine']>, ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vatRatePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ReceiptLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReceiptLine'] = ResolversParentTypes['ReceiptLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterGatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterGatePayload'] = ResolversParentTypes['RegisterGatePayload']> = {
  deviceKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  deviceKeySecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportPayload'] = ResolversParentTypes['ReportPayload']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['ReportResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReportedAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedAvailability'] = ResolversParentTypes['ReportedAvailability']> = {
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SelfCheckPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfCheckPayload'] = ResolversParentTypes['SelfCheckPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['ParkingSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SessionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionPayload'] = ResolversParentTypes['SessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetOpenDataPublicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetOpenDataPublicationPayload'] = ResolversParentTypes['SetOpenDataPublicationPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SpaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Space'] = ResolversParentTypes['Space']> = {
  externalRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  operatorStatus?: Resolver<ResolversTypes['SpaceOperatorStatus'], ParentType, ContextType>;
  sensorObservedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sensorStatus?: Resolver<Maybe<ResolversTypes['SensorStatus']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpaceStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceConnection'] = ResolversParentTypes['SpaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SpaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceEdge'] = ResolversParentTypes['SpaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Space'], ParentType, ContextType>;
};

export type SpaceKindAvailabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceKindAvailability'] = ResolversParentTypes['SpaceKindAvailability']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpaceKindOccupancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceKindOccupancy'] = ResolversParentTypes['SpaceKindOccupancy']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  occupied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfService?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpacePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpacePayload'] = ResolversParentTypes['SpacePayload']> = {
  space?: Resolver<Maybe<ResolversTypes['Space']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SpaceStatusUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpaceStatusUpdate'] = ResolversParentTypes['SpaceStatusUpdate']> = {
  space?: Resolver<ResolversTypes['Space'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpaceStatus'], ParentType, ContextType>;
};

export type SpacesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpacesPayload'] = ResolversParentTypes['SpacesPayload']> = {
  spaces?: Resolver<Array<ResolversTypes['Space']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StaffActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffAction'] = ResolversParentTypes['StaffAction']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gate?: Resolver<Maybe<ResolversTypes['Gate']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StaffActionKind'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  performedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plateRead?: Resolver<Maybe<ResolversTypes['PlateRead']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['ParkingSession'], ParentType, ContextType>;
};

export type StaffActionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffActionConnection'] = ResolversParentTypes['StaffActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StaffActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type StaffActionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffActionEdge'] = ResolversParentTypes['StaffActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaffAction'], ParentType, ContextType>;
};

export type StaffActionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaffActionPayload'] = ResolversParentTypes['StaffActionPayload']> = {
  action?: Resolver<Maybe<ResolversTypes['StaffAction']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['ParkingSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StatementTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementTotal'] = ResolversParentTypes['StatementTotal']> = {
  bookings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  charged?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  collected?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commission?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  netPayable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidOut?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  providerFees?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  bookingUpdated?: SubscriptionResolver<ResolversTypes['Booking'], "bookingUpdated", ParentType, ContextType>;
  lotOccupancyChanged?: SubscriptionResolver<ResolversTypes['LotOccupancyUpdate'], "lotOccupancyChanged", ParentType, ContextType, Partial<SubscriptionLotOccupancyChangedArgs>>;
  spaceStatusChanged?: SubscriptionResolver<ResolversTypes['SpaceStatusUpdate'], "spaceStatusChanged", ParentType, ContextType, RequireFields<SubscriptionSpaceStatusChangedArgs, 'lotId'>>;
};

export type TariffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tariff'] = ResolversParentTypes['Tariff']> = {
  billingIncrementMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailyCap?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  flatRates?: Resolver<Array<ResolversTypes['FlatRate']>, ParentType, ContextType>;
  graceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spaceKind?: Resolver<Maybe<ResolversTypes['SpaceKind']>, ParentType, ContextType>;
};

export type TimeWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UpsertLotsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpsertLotsPayload'] = ResolversParentTypes['UpsertLotsPayload']> = {
  lots?: Resolver<Array<ResolversTypes['UpsertedLot']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpsertedLotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpsertedLot'] = ResolversParentTypes['UpsertedLot']> = {
  externalRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['UpsertResult'], ParentType, ContextType>;
  spacesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spacesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VehicleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vehicle'] = ResolversParentTypes['Vehicle']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heightCm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VehiclePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VehiclePayload'] = ResolversParentTypes['VehiclePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  vehicle?: Resolver<Maybe<ResolversTypes['Vehicle']>, ParentType, ContextType>;
};

export type VerifyEmailPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<ViewerBookingsArgs, 'first'>>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<ViewerPaymentsArgs, 'first'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vehicles?: Resolver<Array<ResolversTypes['Vehicle']>, ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lot?: Resolver<Maybe<ResolversTypes['Lot']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WebhookDeliveryState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  failingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupancyIntervalSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookEndpointConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookEndpointEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
};

export type WebhookEndpointPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type WebhookEndpointSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEndpointSecretPayload'] = ResolversParentTypes['WebhookEndpointSecretPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
};

export type WeeklyHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeeklyHours'] = ResolversParentTypes['WeeklyHours']> = {
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dayOfWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccountActionPayload?: AccountActionPayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  ApiKeySecretPayload?: ApiKeySecretPayloadResolvers<ContextType>;
  Blackout?: BlackoutResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingPayload?: BookingPayloadResolvers<ContextType>;
  BookingPayment?: BookingPaymentResolvers<ContextType>;
  CancellationPolicy?: CancellationPolicyResolvers<ContextType>;
  ConnectorSource?: ConnectorSourceResolvers<ContextType>;
  ConnectorSourceConnection?: ConnectorSourceConnectionResolvers<ContextType>;
  ConnectorSourceEdge?: ConnectorSourceEdgeResolvers<ContextType>;
  ConnectorSourcePayload?: ConnectorSourcePayloadResolvers<ContextType>;
  ConnectorStatus?: ConnectorStatusResolvers<ContextType>;
  DataFreshness?: DataFreshnessResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FeedItemProblem?: FeedItemProblemResolvers<ContextType>;
  FlatRate?: FlatRateResolvers<ContextType>;
  ForecastPoint?: ForecastPointResolvers<ContextType>;
  Gate?: GateResolvers<ContextType>;
  GatePayload?: GatePayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  LatLng?: LatLngResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  LotAvailability?: LotAvailabilityResolvers<ContextType>;
  LotConnection?: LotConnectionResolvers<ContextType>;
  LotEdge?: LotEdgeResolvers<ContextType>;
  LotForecast?: LotForecastResolvers<ContextType>;
  LotOccupancy?: LotOccupancyResolvers<ContextType>;
  LotOccupancyUpdate?: LotOccupancyUpdateResolvers<ContextType>;
  LotPayload?: LotPayloadResolvers<ContextType>;
  LotSearchConnection?: LotSearchConnectionResolvers<ContextType>;
  LotSearchEdge?: LotSearchEdgeResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OccupancyHistoryKindPoint?: OccupancyHistoryKindPointResolvers<ContextType>;
  OccupancyHistoryPoint?: OccupancyHistoryPointResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorMember?: OperatorMemberResolvers<ContextType>;
  OperatorMemberConnection?: OperatorMemberConnectionResolvers<ContextType>;
  OperatorMemberEdge?: OperatorMemberEdgeResolvers<ContextType>;
  OperatorPayload?: OperatorPayloadResolvers<ContextType>;
  OperatorReport?: OperatorReportResolvers<ContextType>;
  OperatorReportRow?: OperatorReportRowResolvers<ContextType>;
  OperatorStatement?: OperatorStatementResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParkingSession?: ParkingSessionResolvers<ContextType>;
  ParkingSessionConnection?: ParkingSessionConnectionResolvers<ContextType>;
  ParkingSessionEdge?: ParkingSessionEdgeResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PlateRead?: PlateReadResolvers<ContextType>;
  PlateReadConnection?: PlateReadConnectionResolvers<ContextType>;
  PlateReadEdge?: PlateReadEdgeResolvers<ContextType>;
  PlateReadPayload?: PlateReadPayloadResolvers<ContextType>;
  PlateRule?: PlateRuleResolvers<ContextType>;
  PlateRulePayload?: PlateRulePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ReceiptLine?: ReceiptLineResolvers<ContextType>;
  RegisterGatePayload?: RegisterGatePayloadResolvers<ContextType>;
  ReportPayload?: ReportPayloadResolvers<ContextType>;
  ReportedAvailability?: ReportedAvailabilityResolvers<ContextType>;
  SelfCheckPayload?: SelfCheckPayloadResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionPayload?: SessionPayloadResolvers<ContextType>;
  SetOpenDataPublicationPayload?: SetOpenDataPublicationPayloadResolvers<ContextType>;
  Space?: SpaceResolvers<ContextType>;
  SpaceConnection?: SpaceConnectionResolvers<ContextType>;
  SpaceEdge?: SpaceEdgeResolvers<ContextType>;
  SpaceKindAvailability?: SpaceKindAvailabilityResolvers<ContextType>;
  SpaceKindOccupancy?: SpaceKindOccupancyResolvers<ContextType>;
  SpacePayload?: SpacePayloadResolvers<ContextType>;
  SpaceStatusUpdate?: SpaceStatusUpdateResolvers<ContextType>;
  SpacesPayload?: SpacesPayloadResolvers<ContextType>;
  StaffAction?: StaffActionResolvers<ContextType>;
  StaffActionConnection?: StaffActionConnectionResolvers<ContextType>;
  StaffActionEdge?: StaffActionEdgeResolvers<ContextType>;
  StaffActionPayload?: StaffActionPayloadResolvers<ContextType>;
  StatementTotal?: StatementTotalResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tariff?: TariffResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  UpsertLotsPayload?: UpsertLotsPayloadResolvers<ContextType>;
  UpsertedLot?: UpsertedLotResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
  VehiclePayload?: VehiclePayloadResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
  WebhookEndpointSecretPayload?: WebhookEndpointSecretPayloadResolvers<ContextType>;
  WeeklyHours?: WeeklyHoursResolvers<ContextType>;
};

