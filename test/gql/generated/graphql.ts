/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An invitation code to accept. */
export type AcceptInvitationInput = {
  /** The code from the invitation mail. */
  token: string;
};

/** A closure to add. */
export type AddBlackoutInput = {
  /** Global id of the lot. */
  lotId: string;
  /** Why, shown to drivers. */
  reason?: string | null | undefined;
  /** When the lot is closed. */
  window: TimeWindowInput;
};

/** A plate to put on a lot's list. */
export type AddPlateRuleInput = {
  /** Which list. */
  kind: PlateRuleKind;
  /** Global id of the lot. */
  lotId: string;
  /** Up to 200 characters for staff. */
  note?: string | null | undefined;
  /** The plate (any spelling). */
  plate: string;
  /** From when it applies; omit for now. */
  validFrom?: string | null | undefined;
  /** Until when it applies; omit for no expiry. */
  validUntil?: string | null | undefined;
};

/** Spaces to add to a lot. */
export type AddSpacesInput = {
  /** Global id of the lot. */
  lotId: string;
  /** The new spaces, 1 to 1000. */
  spaces: Array<NewSpaceInput>;
};

/** A vehicle to add. */
export type AddVehicleInput = {
  /** ISO 3166-1 alpha-2 country of registration, e.g. "GB". */
  country: string;
  /** Height in centimetres (1 to 1000). */
  heightCm?: number | null | undefined;
  /** A name for it, at most 60 characters. */
  nickname?: string | null | undefined;
  /** The number plate as written; spaces, dashes and case do not matter. */
  plate: string;
};

/** A vehicle for staff to admit: `plateReadId`, or `gateId` and `plate`. */
export type AdmitVehicleInput = {
  /** Global id of the gate the vehicle is at (without `plateReadId`). */
  gateId?: string | null | undefined;
  /** The plate, any spelling (without `plateReadId`). */
  plate?: string | null | undefined;
  /** Global id of a plate read the gate sent to REVIEW. */
  plateReadId?: string | null | undefined;
  /** Why, for the audit log: 1 to 500 characters. */
  reason: string;
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

/** The lot to archive. */
export type ArchiveLotInput = {
  /** Global id of the lot. */
  lotId: string;
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
  east: number;
  /** Northern edge latitude, -90 to 90. */
  north: number;
  /** Southern edge latitude, -90 to 90, at most `north`. */
  south: number;
  /** Western edge longitude, -180 to 180. */
  west: number;
};

/** The booking to cancel. */
export type CancelBookingInput = {
  /** Global id of the booking. */
  bookingId: string;
};

/** A member's new role. */
export type ChangeMemberRoleInput = {
  /** Global id of the operator. */
  operatorId: string;
  /** The new role. */
  role: MemberRole;
  /** Global id of the member's User. */
  userId: string;
};

/** A password change. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password (same rules as at sign-up). */
  newPassword: string;
};

/** A stay for staff to close. */
export type CloseSessionInput = {
  /** When the vehicle left, if known; now when omitted. Between the entry and now. */
  exitedAt?: string | null | undefined;
  /** Why, for the audit log: 1 to 500 characters. */
  reason: string;
  /** Global id of the open parking session. */
  sessionId: string;
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

/** A key to create. */
export type CreateApiKeyInput = {
  /** A name to recognise it by, 1 to 60 characters. */
  name: string;
  /** Global id of the operator. */
  operatorId: string;
  /** What it may do (at least one). */
  scopes: Array<ApiKeyScope>;
};

/** What to book. */
export type CreateBookingInput = {
  /**
   * A key the client chooses (1 to 200 characters): sending the same request again with it returns
   * the same booking instead of making a second one.
   */
  idempotencyKey?: string | null | undefined;
  /** Global id of the lot. */
  lotId: string;
  /**
   * The driver's payment method at the lot operator's card provider (a Stripe PaymentMethod id,
   * e.g. `pm_...`). Not needed where the operator bills by invoice.
   */
  paymentMethod?: string | null | undefined;
  /** A particular space (global id) instead of any free one of the kind. */
  spaceId?: string | null | undefined;
  /** The kind of space wanted; ignored when `spaceId` is given. */
  spaceKind?: SpaceKind | null | undefined;
  /** Global id of one of the driver's vehicles. */
  vehicleId: string;
  /** When to park. */
  window: TimeWindowInput;
};

/** A new connector source. */
export type CreateConnectorSourceInput = {
  /** False to add it paused; true when omitted. */
  enabled?: boolean | null | undefined;
  /** What the feed is written in. */
  format: ConnectorFormat;
  /** Display name, 1 to 100 characters. */
  name: string;
  /** Global id of the operator whose lots the feed fills. */
  operatorId: string;
  /** Seconds between polls, 1 to 86,400; 60 when omitted. */
  pollIntervalSeconds?: number | null | undefined;
  /** Milliseconds one poll may take, 100 to 60,000; 10,000 when omitted. */
  timeoutMs?: number | null | undefined;
  /** http or https URL of the feed, without credentials. */
  url: string;
};

/** The lot to create. */
export type CreateLotInput = {
  /** Who may park; PUBLIC when omitted. */
  access?: LotAccess | null | undefined;
  /** Postal address. */
  address: string;
  /** Facilities, e.g. ["CCTV", "LIGHTING"]. */
  amenities?: Array<string> | null | undefined;
  /** How the lot observes arrival; SELF_CHECK_IN when omitted. */
  arrivalObservation?: ArrivalObservation | null | undefined;
  /** Self check-in and check-out must send the driver's position; false when omitted. */
  checkInPositionRequired?: boolean | null | undefined;
  /** True when spaces are under a roof. */
  covered?: boolean | null | undefined;
  /** ISO 4217 currency of its prices, e.g. "GBP". */
  currency: string;
  /** Geofence radius for self check-in, 10 to 5000 metres; 200 when omitted. */
  geofenceRadiusMeters?: number | null | undefined;
  /** The entrance. */
  location: LatLngInput;
  /** What kind of place it is. */
  lotType: LotType;
  /** Height limit in centimetres; omit for none. */
  maxVehicleHeightCm?: number | null | undefined;
  /** Display name, 1 to 120 characters. */
  name: string;
  /** Global id of the operator that runs it. */
  operatorId: string;
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: string;
};

/** The operator to create. */
export type CreateOperatorInput = {
  /** Public contact address. */
  contactEmail?: string | null | undefined;
  /** PRIVATE for a land owner (anyone); NETWORK for a parking network (admins only). */
  kind: OperatorKind;
  /** Display name, 1 to 120 characters. */
  name: string;
};

/** The booking to extend and its new end. */
export type ExtendBookingInput = {
  /** Global id of the booking. */
  bookingId: string;
  /** The new end of the window, after the current one. */
  end: string;
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

/** A flat rate for a time band. */
export type FlatRateInput = {
  /** Minor units, 0 or more. */
  amount: number;
  /** ISO weekdays the band starts on; omit for every day. */
  daysOfWeek?: Array<number> | null | undefined;
  /** Local "HH:MM". */
  entryAfter: string;
  /** Local "HH:MM" ("24:00" for midnight). */
  exitBefore: string;
  /** Display name, e.g. "Overnight". */
  name: string;
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
  from: string;
  /** The instant the range ends (not included); after `from`. */
  to: string;
};

/** An address to invite. */
export type InviteMemberInput = {
  /** The invitee's email address. */
  email: string;
  /** Global id of the operator. */
  operatorId: string;
  /** The role they get on accepting. */
  role: MemberRole;
};

/** A position to search from, in WGS84 decimal degrees. */
export type LatLngInput = {
  /** Latitude, -90 to 90. */
  lat: number;
  /** Longitude, -180 to 180. */
  lng: number;
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

/** One lot's count. Name the lot by `lotId` or by `externalRef`. */
export type LotAvailabilityReportInput = {
  /** The partner's reference of the lot. */
  externalRef?: string | null | undefined;
  /** Free spaces now. */
  free: number;
  /** Global id of the lot. */
  lotId?: string | null | undefined;
  /** When the partner observed it, at most 5 minutes ahead of our clock. */
  observedAt: string;
  /** Spaces in all now; the lot's declared capacity when omitted. */
  total?: number | null | undefined;
};

/** Conditions a lot must meet to be returned by a search. */
export type LotFilter = {
  /** True: only covered lots; false: only open-air lots. */
  covered?: boolean | null | undefined;
  /**
   * Only lots whose quote for the `window` (required with this filter) is at most this amount; lots
   * priced in another currency are left out, since amounts in different currencies do not compare.
   */
  maxPrice?: MoneyInput | null | undefined;
  /** True: only lots whose opening hours include the present moment. */
  openNow?: boolean | null | undefined;
  /** Only lots of this operator (a global Operator id). */
  operatorId?: string | null | undefined;
  /** True: only lots anyone may use (access PUBLIC). */
  publicOnly?: boolean | null | undefined;
  /** Only lots with in-service spaces of this kind (free ones for the whole `window`, when given). */
  spaceKind?: SpaceKind | null | undefined;
  /** The vehicle's height in centimetres: lots with a lower height limit are left out. */
  vehicleHeightCm?: number | null | undefined;
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
  lotId: string;
  /** The last `version` the client received for it. */
  version: number;
};

/** Roles at an operator, from most to least powerful. */
export type MemberRole =
  /** Lots, spaces, prices, hours and policies. */
  | 'MANAGER'
  /** Everything, including API keys and members. */
  | 'OWNER'
  /** Sees bookings (plates and times) at the operator's lots. */
  | 'STAFF';

/** An amount of money to compare with, in minor units of a currency. */
export type MoneyInput = {
  /** Integer amount in minor units, 0 or more. */
  amount: number;
  /** ISO 4217 currency code, e.g. "GBP". */
  currency: string;
};

/** One new space. */
export type NewSpaceInput = {
  /** What the space is for; STANDARD when omitted. */
  kind?: SpaceKind | null | undefined;
  /** What is painted on the ground; unique in the lot, 1 to 40 characters. */
  label: string;
  /** Floor or zone. */
  level?: string | null | undefined;
};

/** The two kinds of operator. */
export type OperatorKind =
  /** A parking network (a company running many car parks), usually integrating as a partner. */
  | 'NETWORK'
  /** A private land owner renting out a yard, driveway or a few bays. */
  | 'PRIVATE';

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
  access?: LotAccess | null | undefined;
  /** Postal address (may be empty). */
  address: string;
  /** Facilities, e.g. ["CCTV"]. */
  amenities?: Array<string> | null | undefined;
  /** Declared number of spaces (for lots sent without spaces). */
  capacity?: number | null | undefined;
  /** Declared accessible spaces. */
  capacityAccessible?: number | null | undefined;
  /** Declared EV-charging spaces. */
  capacityCharging?: number | null | undefined;
  /** True when spaces are under a roof. */
  covered?: boolean | null | undefined;
  /** ISO 4217 currency of its prices, e.g. "GBP". */
  currency: string;
  /** The partner's reference for the lot, 1 to 200 characters, unique in the operator. */
  externalRef: string;
  /** The lot's outline: rings of points, outer ring first, each closed (last point = first). */
  footprint?: Array<Array<LatLngInput>> | null | undefined;
  /** The entrance. */
  location: LatLngInput;
  /** What kind of place it is. */
  lotType: LotType;
  /** Height limit in centimetres; omit for none. */
  maxVehicleHeightCm?: number | null | undefined;
  /** Display name, 1 to 120 characters. */
  name: string;
  /** The lot's spaces (up to 2,000), each upserted by its own reference. */
  spaces?: Array<PartnerSpaceInput> | null | undefined;
  /** IANA time zone, e.g. "Europe/London". */
  timeZone: string;
};

/** A space as the partner describes it. */
export type PartnerSpaceInput = {
  /** The partner's reference for the space, unique in the lot. */
  externalRef: string;
  /** STANDARD when omitted. */
  kind?: SpaceKind | null | undefined;
  /** What is painted on the ground, 1 to 40 characters, unique in the lot. */
  label: string;
  /** Floor or zone. */
  level?: string | null | undefined;
};

/** Which plate reads to list. */
export type PlateReadFilter = {
  /** Only these decisions. */
  decisions?: Array<GateDecision> | null | undefined;
  /** Only at this gate (global Gate id). */
  gateId?: string | null | undefined;
  /** Only at this lot (global Lot id). */
  lotId?: string | null | undefined;
  /** Only this plate (any spelling). */
  plate?: string | null | undefined;
  /** Only reads received at or after this instant. */
  since?: string | null | undefined;
  /** Only reads received at or before this instant. */
  until?: string | null | undefined;
};

/** What a gate camera saw. */
export type PlateReadInput = {
  /** The camera's confidence in the read, 0 to 1. */
  confidence: number;
  /** Global id of the gate. */
  gateId: string;
  /** Where the camera keeps the picture (http or https). */
  imageUrl?: string | null | undefined;
  /** The plate as read; spaces, dashes and case do not matter. */
  plate: string;
  /** When the camera read it (its clock): within the last 24 hours, at most 5 minutes ahead of ours. */
  readAt: string;
};

/** Which list a plate rule is on. */
export type PlateRuleKind =
  /** May not enter, whatever it booked. */
  | 'DENY'
  /** May enter (within its validity), taking a free space. */
  | 'PERMIT';

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

/** A refresh token to exchange. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session. */
  refreshToken: string;
};

/** A gate to register. */
export type RegisterGateInput = {
  /** Which way it lets vehicles through. */
  direction: GateDirection;
  /** Global id of the lot. */
  lotId: string;
  /** Confidence threshold, 0 to 1; 0.8 when omitted. */
  minConfidence?: number | null | undefined;
  /** Display name, 1 to 60 characters. */
  name: string;
};

/** A member to remove. */
export type RemoveMemberInput = {
  /** Global id of the operator. */
  operatorId: string;
  /** Global id of the member's User. */
  userId: string;
};

/** The vehicle to remove. */
export type RemoveVehicleInput = {
  /** Global id of the vehicle. */
  vehicleId: string;
};

/** Lot counts to store. */
export type ReportLotAvailabilityInput = {
  /** Global id of the operator. */
  operatorId: string;
  /** 1 to 5,000 reports. */
  reports: Array<LotAvailabilityReportInput>;
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
  operatorId: string;
  /** 1 to 5,000 reports. */
  reports: Array<SpaceStatusReportInput>;
};

/** Where to send a reset code. */
export type RequestPasswordResetInput = {
  /** The account's address. */
  email: string;
};

/** A reset code and the new password. */
export type ResetPasswordInput = {
  /** The new password (same rules as at sign-up). */
  newPassword: string;
  /** The code from the reset mail. */
  token: string;
};

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** Global id of the key. */
  apiKeyId: string;
};

/** A key to rotate. */
export type RotateApiKeyInput = {
  /** Global id of the key. */
  apiKeyId: string;
};

/** A booking to check in or out. */
export type SelfCheckInput = {
  /** Global id of the driver's booking. */
  bookingId: string;
  /** Where the driver is now (their phone's position). */
  position?: LatLngInput | null | undefined;
};

/** What a bay sensor sees. */
export type SensorStatus =
  /** The bay is empty. */
  | 'FREE'
  /** A vehicle is in the bay. */
  | 'OCCUPIED';

/** A lot's cancellation policy. */
export type SetCancellationPolicyInput = {
  /** Minutes after the start before an absent booking becomes a no-show (0 to 1440). */
  arrivalGraceMinutes: number;
  /** Fee after that, in minor units of the lot's currency. */
  cancellationFee: number;
  /** Free until this many minutes before the start (0 to 10080). */
  freeCancellationMinutes: number;
  /** Global id of the lot. */
  lotId: string;
};

/** A lot's gate settings to change. */
export type SetGatePolicyInput = {
  /** Minutes before a booking starts that its driver may enter, 0 to 1440. */
  earlyArrivalMinutes?: number | null | undefined;
  /** Global id of the lot. */
  lotId: string;
  /** Minutes after a booking ends that its driver may leave at no extra charge, 0 to 1440. */
  overstayGraceMinutes?: number | null | undefined;
  /** Admit drivers without a booking or permit while a space is free. */
  walkInsAllowed?: boolean | null | undefined;
};

/** An operator's open-data choice. */
export type SetOpenDataPublicationInput = {
  /** Global id of the operator. */
  operatorId: string;
  /** True: its lots appear in the open feeds; false: they do not. */
  publish: boolean;
};

/** A tariff to set. */
export type SetTariffInput = {
  /** Minutes per billing increment, 1 to 1440. */
  billingIncrementMinutes: number;
  /** Most charged per 24 hours from entry, in minor units; omit for no cap. */
  dailyCap?: number | null | undefined;
  /** Fixed prices for time bands. */
  flatRates?: Array<FlatRateInput> | null | undefined;
  /** A stay no longer than this many minutes is free; 0 when omitted. */
  graceMinutes?: number | null | undefined;
  /** Minor units per hour, 0 or more. */
  hourlyRate: number;
  /** Global id of the lot. */
  lotId: string;
  /** Display name, 1 to 60 characters. */
  name: string;
  /** The space kind it prices; omit for the general tariff. */
  spaceKind?: SpaceKind | null | undefined;
};

/** New weekly hours for a lot. */
export type SetWeeklyHoursInput = {
  /** Global id of the lot. */
  lotId: string;
  /** Which hours. */
  purpose: WeeklyHoursPurpose;
  /** The windows; empty for around the clock. */
  windows: Array<WeeklyHoursInput>;
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** The account's address (any case). */
  email: string;
  /** The account's password. */
  password: string;
};

/** The session to end. */
export type SignOutInput = {
  /** Any refresh token of the session. */
  refreshToken: string;
};

/** A new account. */
export type SignUpInput = {
  /** Name shown to operators and on receipts, 1 to 80 characters. */
  displayName: string;
  /** Sign-in address; trimmed, lower-cased and NFKC-normalised before use. */
  email: string;
  /** At least 10 and at most 256 characters, not the email address. */
  password: string;
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

/** The operator's say over a space. */
export type SpaceOperatorStatus =
  /** Bookable and usable. */
  | 'IN_SERVICE'
  /** Closed by the operator (repairs, reserved for an event); never offered to drivers. */
  | 'OUT_OF_SERVICE';

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
  lotExternalRef?: string | null | undefined;
  /** When (the sensor's clock), at most 5 minutes ahead of ours. */
  observedAt: string;
  /** The partner's reference of the space. */
  spaceExternalRef?: string | null | undefined;
  /** Global id of the space. */
  spaceId?: string | null | undefined;
  /** What the sensor saw. */
  status: SensorStatus;
};

/** What staff did by hand. */
export type StaffActionKind =
  /** Let a vehicle in. */
  | 'ADMIT_VEHICLE'
  /** Closed a stay whose exit was missed. */
  | 'CLOSE_SESSION';

/**
 * A half-open time window `[start, end)`: a booking ending at 10:00 and one starting at 10:00 do
 * not overlap.
 */
export type TimeWindowInput = {
  /** The instant the window ends (not included); after `start`, at most 31 days later. */
  end: string;
  /** First instant of the window. */
  start: string;
};

/** A lot's fields to change; omitted fields stay as they are. */
export type UpdateLotInput = {
  /** Who may park. */
  access?: LotAccess | null | undefined;
  /** Postal address. */
  address?: string | null | undefined;
  /** Facilities. */
  amenities?: Array<string> | null | undefined;
  /** How the lot observes arrival. */
  arrivalObservation?: ArrivalObservation | null | undefined;
  /** Self check-in and check-out must send the driver's position. */
  checkInPositionRequired?: boolean | null | undefined;
  /** True when spaces are under a roof. */
  covered?: boolean | null | undefined;
  /** Geofence radius for self check-in, 10 to 5000 metres. */
  geofenceRadiusMeters?: number | null | undefined;
  /** The entrance. */
  location?: LatLngInput | null | undefined;
  /** Global id of the lot. */
  lotId: string;
  /** Height limit in centimetres. */
  maxVehicleHeightCm?: number | null | undefined;
  /** Display name, 1 to 120 characters. */
  name?: string | null | undefined;
};

/** A space's fields to change. */
export type UpdateSpaceInput = {
  /** What the space is for. */
  kind?: SpaceKind | null | undefined;
  /** Floor or zone. */
  level?: string | null | undefined;
  /** In service or not. */
  operatorStatus?: SpaceOperatorStatus | null | undefined;
  /** Global id of the space. */
  spaceId: string;
};

/** New details for a vehicle; omitted fields stay as they are, null clears them. */
export type UpdateVehicleInput = {
  /** Height in centimetres (1 to 1000). */
  heightCm?: number | null | undefined;
  /** A name for it, at most 60 characters. */
  nickname?: string | null | undefined;
  /** Global id of the vehicle. */
  vehicleId: string;
};

/** Lots to create or update. */
export type UpsertLotsInput = {
  /** 1 to 500 lots, each with a reference unique in the operator. */
  lots: Array<PartnerLotInput>;
  /** Global id of the operator. */
  operatorId: string;
};

/** What upsertLots did with one lot. */
export type UpsertResult =
  /** The lot is new. */
  | 'CREATED'
  /** Nothing differed: nothing was written. */
  | 'UNCHANGED'
  /** The lot or some of its spaces changed. */
  | 'UPDATED';

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

/** A mailed verification code. */
export type VerifyEmailInput = {
  /** The code from the verification mail. */
  token: string;
};

/** A weekly window in the lot's local time. */
export type WeeklyHoursInput = {
  /** Local "HH:MM"; "24:00" is the end of the day, at or before `opensAt` the next day. */
  closesAt: string;
  /** ISO weekday it opens on: 1 = Monday ... 7 = Sunday. */
  dayOfWeek: number;
  /** Local "HH:MM". */
  opensAt: string;
};

/** Which weekly hours to replace. */
export type WeeklyHoursPurpose =
  /** When the owner takes bookings. */
  | 'BOOKABLE_HOURS'
  /** When the lot is open. */
  | 'OPENING_HOURS';

export type AccountsDocsRefreshOtherMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type AccountsDocsRefreshOtherMutation = { refreshSession: { userErrors: Array<{ code: UserErrorCode }> } };

export type SmtpSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SmtpSignUpMutation = { signUp: { session: { accessToken: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type SmtpVerifyMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type SmtpVerifyMutation = { verifyEmail: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type SmtpRequestResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type SmtpRequestResetMutation = { requestPasswordReset: { ok: boolean } };

export type SmtpResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type SmtpResetMutation = { resetPassword: { ok: boolean, userErrors: Array<{ code: UserErrorCode }> } };

export type AccountsSessionFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null } };

export type AccountsSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type AccountsSignUpMutation = { signUp: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type AccountsSignInMutation = { signIn: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type AccountsRefreshMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsSignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type AccountsSignOutMutation = { signOut: { ok: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AccountsChangePasswordMutation = { changePassword: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, displayName: string, email: string | null, emailVerified: boolean | null } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsRequestVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsRequestVerificationMutation = { requestEmailVerification: { ok: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsVerifyMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type AccountsVerifyMutation = { verifyEmail: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsRequestResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type AccountsRequestResetMutation = { requestPasswordReset: { ok: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type AccountsResetMutation = { resetPassword: { ok: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AccountsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsViewerQuery = { viewer: { user: { email: string | null, displayName: string, emailVerified: boolean | null } } | null };

export type ArrivalsSweepBookingStatusQueryVariables = Exact<{
  id: string;
}>;


export type ArrivalsSweepBookingStatusQuery = { node:
    | { status: BookingStatus }
    | Record<PropertyKey, never>
   | null };

export type ArrivalsCheckInMutationVariables = Exact<{
  input: SelfCheckInput;
}>;


export type ArrivalsCheckInMutation = { checkIn: { booking: { id: string, status: BookingStatus } | null, session: { kind: ParkingSessionKind, enteredAt: string, space: { label: string }, entryGate: { kind: GateKind } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ArrivalsCheckOutMutationVariables = Exact<{
  input: SelfCheckInput;
}>;


export type ArrivalsCheckOutMutation = { checkOut: { booking: { id: string, status: BookingStatus, price: { amount: number } } | null, session: { exitedAt: string | null, charge: { amount: number, currency: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ArrivalsLotQueryVariables = Exact<{
  id: string;
}>;


export type ArrivalsLotQuery = { lot: { arrivalObservation: ArrivalObservation, geofenceRadiusMeters: number, checkInPositionRequired: boolean, occupancy: { occupied: number, reserved: number, available: number } } | null };

export type ArrivalsCreateLotMutationVariables = Exact<{
  input: CreateLotInput;
}>;


export type ArrivalsCreateLotMutation = { createLot: { lot: { id: string, arrivalObservation: ArrivalObservation, geofenceRadiusMeters: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArrivalsUpdateLotMutationVariables = Exact<{
  input: UpdateLotInput;
}>;


export type ArrivalsUpdateLotMutation = { updateLot: { lot: { arrivalObservation: ArrivalObservation, geofenceRadiusMeters: number, checkInPositionRequired: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ArrivalsFreshnessQueryVariables = Exact<{
  id: string;
}>;


export type ArrivalsFreshnessQuery = { lot: { dataFreshness: { source: LiveDataSource, reportedAt: string, expired: boolean } | null } | null };

export type ArrivalsLotsArrivalQueryVariables = Exact<{ [key: string]: never; }>;


export type ArrivalsLotsArrivalQuery = { lots: { edges: Array<{ node: { name: string, arrivalObservation: ArrivalObservation, geofenceRadiusMeters: number, checkInPositionRequired: boolean } }> } };

export type ArrivalsRegisterGateMutationVariables = Exact<{
  lot: string;
}>;


export type ArrivalsRegisterGateMutation = { registerGate: { deviceKeySecret: string | null, gate: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArrivalsReadMutationVariables = Exact<{
  input: PlateReadInput;
}>;


export type ArrivalsReadMutation = { reportPlateRead: { decision: GateDecision | null, reason: GateDecisionReason | null, read: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type ArrivalsAdmitMutationVariables = Exact<{
  input: AdmitVehicleInput;
}>;


export type ArrivalsAdmitMutation = { admitVehicle: { action: { kind: StaffActionKind, reason: string, plate: string, performedBy: { displayName: string }, gate: { name: string } | null, plateRead: { decision: GateDecision } | null, session: { id: string } } | null, session: { id: string, kind: ParkingSessionKind, exitedAt: string | null, booking: { status: BookingStatus } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ArrivalsCloseMutationVariables = Exact<{
  input: CloseSessionInput;
}>;


export type ArrivalsCloseMutation = { closeSession: { action: { kind: StaffActionKind, reason: string, plate: string } | null, session: { exitedAt: string | null, charge: { amount: number } | null, booking: { status: BookingStatus } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ArrivalsAuditQueryVariables = Exact<{
  id: string;
}>;


export type ArrivalsAuditQuery = { node:
    | { staffActions: { edges: Array<{ node: { kind: StaffActionKind, reason: string, plate: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { viewer: { user: { id: string, email: string | null, displayName: string }, vehicles: Array<{ plate: string }> } | null };

export type AuthViewerIdQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerIdQuery = { viewer: { user: { id: string } } | null };

export type AuthViewerAndALotQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerAndALotQuery = { viewer: { user: { id: string } } | null, lots: { edges: Array<{ node: { id: string } }> } };

export type AuthViewerAndALotNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerAndALotNameQuery = { viewer: { user: { id: string } } | null, lots: { edges: Array<{ node: { name: string } }> } };

export type AuthAddVehicleMutationVariables = Exact<{
  input: AddVehicleInput;
}>;


export type AuthAddVehicleMutation = { addVehicle: { vehicle: { id: string, plate: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type AvailabilityOfLotQueryVariables = Exact<{
  id: string;
  window: TimeWindowInput;
}>;


export type AvailabilityOfLotQuery = { lot: { availability: { total: number, available: number, closedReason: ClosedReason | null, window: { start: string, end: string }, byKind: Array<{ kind: SpaceKind, total: number, available: number }> } } | null };

export type AvailabilityHoursQueryVariables = Exact<{
  id: string;
}>;


export type AvailabilityHoursQuery = { lot: { openingHours: Array<{ dayOfWeek: number, opensAt: string, closesAt: string }> | null, bookableHours: Array<{ dayOfWeek: number, opensAt: string, closesAt: string }> | null } | null };

export type AvailabilityOccupancyQueryVariables = Exact<{
  id: string;
}>;


export type AvailabilityOccupancyQuery = { lot: { occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } | null };

export type BatchingNestedQueryVariables = Exact<{
  lots: number;
  spaces: number;
}>;


export type BatchingNestedQuery = { lots: { edges: Array<{ node: { name: string, operator: { name: string }, spaces: { edges: Array<{ node: { label: string, lot: { name: string, operator: { kind: OperatorKind } } } }> } } }> } };

export type BatchingSearchQueryVariables = Exact<{
  window: TimeWindowInput;
}>;


export type BatchingSearchQuery = { lotsNear: { edges: Array<{ node: { name: string, availability: { available: number }, openingHours: Array<{ dayOfWeek: number }> | null } }> } };

export type BatchingOperatorsOfTwoLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingOperatorsOfTwoLotsQuery = { lots: { edges: Array<{ node: { operator: { name: string } } }> } };

export type ContentionCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type ContentionCreateBookingMutation = { createBooking: { booking: { id: string, space: { id: string }, window: { start: string, end: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type BookingFieldsFragment = { id: string, status: BookingStatus, cancelledAt: string | null, createdAt: string, window: { start: string, end: string }, price: { amount: number, currency: string }, cancellationFee: { amount: number, currency: string } | null, lot: { id: string }, space: { id: string, label: string, kind: SpaceKind }, vehicle: { id: string, plate: string }, driver: { id: string } | null };

export type BookingsCreateMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type BookingsCreateMutation = { createBooking: { booking: { id: string, status: BookingStatus, cancelledAt: string | null, createdAt: string, window: { start: string, end: string }, price: { amount: number, currency: string }, cancellationFee: { amount: number, currency: string } | null, lot: { id: string }, space: { id: string, label: string, kind: SpaceKind }, vehicle: { id: string, plate: string }, driver: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BookingsCancelMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type BookingsCancelMutation = { cancelBooking: { booking: { id: string, status: BookingStatus, cancelledAt: string | null, createdAt: string, window: { start: string, end: string }, price: { amount: number, currency: string }, cancellationFee: { amount: number, currency: string } | null, lot: { id: string }, space: { id: string, label: string, kind: SpaceKind }, vehicle: { id: string, plate: string }, driver: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BookingsExtendMutationVariables = Exact<{
  input: ExtendBookingInput;
}>;


export type BookingsExtendMutation = { extendBooking: { booking: { id: string, status: BookingStatus, cancelledAt: string | null, createdAt: string, window: { start: string, end: string }, price: { amount: number, currency: string }, cancellationFee: { amount: number, currency: string } | null, lot: { id: string }, space: { id: string, label: string, kind: SpaceKind }, vehicle: { id: string, plate: string }, driver: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BookingsQuoteQueryVariables = Exact<{
  id: string;
  window: TimeWindowInput;
  kind?: SpaceKind | null | undefined;
}>;


export type BookingsQuoteQuery = { lot: { quote: { total: { amount: number, currency: string } } | null } | null };

export type BookingsNodeQueryVariables = Exact<{
  id: string;
}>;


export type BookingsNodeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'Blackout' }
    | { __typename: 'Booking', id: string, status: BookingStatus, cancelledAt: string | null, createdAt: string, window: { start: string, end: string }, price: { amount: number, currency: string }, cancellationFee: { amount: number, currency: string } | null, lot: { id: string }, space: { id: string, label: string, kind: SpaceKind }, vehicle: { id: string, plate: string }, driver: { id: string } | null }
    | { __typename: 'ConnectorSource' }
    | { __typename: 'Gate' }
    | { __typename: 'Lot' }
    | { __typename: 'Operator' }
    | { __typename: 'ParkingSession' }
    | { __typename: 'Payment' }
    | { __typename: 'PlateRead' }
    | { __typename: 'PlateRule' }
    | { __typename: 'Space' }
    | { __typename: 'User' }
    | { __typename: 'Vehicle' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type BookingsOfViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingsOfViewerQuery = { viewer: { bookings: { edges: Array<{ cursor: string }> } } | null };

export type BookingsListQueryVariables = Exact<{
  status?: Array<BookingStatus> | BookingStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BookingsListQuery = { viewer: { bookings: { edges: Array<{ cursor: string, node: { id: string, status: BookingStatus } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type AddressGuardCreateSourceMutationVariables = Exact<{
  input: CreateConnectorSourceInput;
}>;


export type AddressGuardCreateSourceMutation = { createConnectorSource: { source: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type AddressGuardSourceStatusQueryVariables = Exact<{
  id: string;
}>;


export type AddressGuardSourceStatusQuery = { node:
    | { status: { lastErrorCode: ConnectorErrorCode | null, lastError: string | null } }
    | Record<PropertyKey, never>
   | null };

export type ConnectorsUpsertLotsMutationVariables = Exact<{
  input: UpsertLotsInput;
}>;


export type ConnectorsUpsertLotsMutation = { upsertLots: { lots: Array<{ externalRef: string, lot: { id: string } }>, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ConnectorsCreateSourceMutationVariables = Exact<{
  input: CreateConnectorSourceInput;
}>;


export type ConnectorsCreateSourceMutation = { createConnectorSource: { source: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ConnectorsStatusQueryVariables = Exact<{
  id: string;
}>;


export type ConnectorsStatusQuery = { node:
    | { status: { healthy: boolean, lastAttemptAt: string | null, lastSuccessAt: string | null, lastErrorAt: string | null, lastErrorCode: ConnectorErrorCode | null, lastError: string | null, consecutiveFailures: number, nextPollAt: string, itemCount: number | null, appliedCount: number | null, problems: Array<{ ref: string, reason: FeedItemProblemReason }> } }
    | Record<PropertyKey, never>
   | null };

export type ConnectorsReportedQueryVariables = Exact<{
  id: string;
}>;


export type ConnectorsReportedQuery = { node:
    | { reportedAvailability: { free: number, total: number } | null }
    | Record<PropertyKey, never>
   | null };

export type ConnectorsSetCountsMutationVariables = Exact<{
  input: ReportLotAvailabilityInput;
}>;


export type ConnectorsSetCountsMutation = { reportLotAvailability: { results: Array<ReportResult> } };

export type ConnectorsOccupancySubscriptionVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type ConnectorsOccupancySubscription = { lotOccupancyChanged: { lotId: string, occupancy: { available: number, total: number } } };

export type ConnectorsSourcesQueryVariables = Exact<{
  id: string;
}>;


export type ConnectorsSourcesQuery = { node:
    | { connectorSources: { edges: Array<{ node: { id: string, name: string, enabled: boolean } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ConnectorsNodeIdQueryVariables = Exact<{
  id: string;
}>;


export type ConnectorsNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ConnectorsDeleteSourceMutationVariables = Exact<{
  id: string;
}>;


export type ConnectorsDeleteSourceMutation = { deleteConnectorSource: { userErrors: Array<{ code: UserErrorCode }> } };

export type FeedsUpsertLotsMutationVariables = Exact<{
  input: UpsertLotsInput;
}>;


export type FeedsUpsertLotsMutation = { upsertLots: { lots: Array<{ lot: { id: string } }>, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type FeedsReportFreeMutationVariables = Exact<{
  input: ReportLotAvailabilityInput;
}>;


export type FeedsReportFreeMutation = { reportLotAvailability: { results: Array<ReportResult>, userErrors: Array<{ code: UserErrorCode }> } };

export type FeedsSetPublicationMutationVariables = Exact<{
  input: SetOpenDataPublicationInput;
}>;


export type FeedsSetPublicationMutation = { setOpenDataPublication: { operator: { publishesOpenData: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type FeedsSetHoursMutationVariables = Exact<{
  input: SetWeeklyHoursInput;
}>;


export type FeedsSetHoursMutation = { setWeeklyHours: { userErrors: Array<{ code: UserErrorCode }> } };

export type GatesRegisterMutationVariables = Exact<{
  input: RegisterGateInput;
}>;


export type GatesRegisterMutation = { registerGate: { deviceKeySecret: string | null, gate: { id: string, name: string, direction: GateDirection } | null, deviceKey: { id: string, scopes: Array<ApiKeyScope> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type GatesReadMutationVariables = Exact<{
  input: PlateReadInput;
}>;


export type GatesReadMutation = { reportPlateRead: { decision: GateDecision | null, reason: GateDecisionReason | null, read: { id: string, plate: string, repeated: boolean, session: { id: string, kind: ParkingSessionKind, exitedAt: string | null, charge: { amount: number, currency: string } | null, space: { id: string } } | null, booking: { id: string, status: BookingStatus } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type GatesOccupancySubscriptionVariables = Exact<{
  lotIds?: Array<string> | string | null | undefined;
}>;


export type GatesOccupancySubscription = { lotOccupancyChanged: { version: number, occupancy: { total: number, available: number, occupied: number, reserved: number } } };

export type GatesAddRuleMutationVariables = Exact<{
  input: AddPlateRuleInput;
}>;


export type GatesAddRuleMutation = { addPlateRule: { plateRule: { id: string, plate: string, kind: PlateRuleKind } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GatesSetPolicyMutationVariables = Exact<{
  input: SetGatePolicyInput;
}>;


export type GatesSetPolicyMutation = { setGatePolicy: { lot: { walkInsAllowed: boolean } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type GatesPlateReadsQueryVariables = Exact<{
  id: string;
  filter?: PlateReadFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type GatesPlateReadsQuery = { node:
    | { plateReads: { edges: Array<{ node: { plate: string, decision: GateDecision, reason: GateDecisionReason, repeated: boolean, gate: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | Record<PropertyKey, never>
   | null };

export type OccupancyFieldsFragment = { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> };

export type LotOccupancyHistoryQueryVariables = Exact<{
  id: string;
  range: HistoryRangeInput;
  bucket: HistoryBucket;
}>;


export type LotOccupancyHistoryQuery = { node:
    | { occupancyHistory: Array<{ bucketStart: string, samples: number, capacity: number, occupiedMin: number, occupiedMean: number, occupiedMax: number, bookingsStarted: number, sessionsStarted: number, byKind: Array<{ kind: SpaceKind, samples: number, capacity: number, occupiedMin: number, occupiedMean: number, occupiedMax: number, bookingsStarted: number, sessionsStarted: number }> }> }
    | Record<PropertyKey, never>
   | null };

export type InventoryCreateOperatorMutationVariables = Exact<{
  input: CreateOperatorInput;
}>;


export type InventoryCreateOperatorMutation = { createOperator: { operator: { id: string, name: string, kind: OperatorKind } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryCreateLotMutationVariables = Exact<{
  input: CreateLotInput;
}>;


export type InventoryCreateLotMutation = { createLot: { lot: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryUpdateLotMutationVariables = Exact<{
  input: UpdateLotInput;
}>;


export type InventoryUpdateLotMutation = { updateLot: { lot: { name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryArchiveLotMutationVariables = Exact<{
  input: ArchiveLotInput;
}>;


export type InventoryArchiveLotMutation = { archiveLot: { lot: { archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryAddSpacesMutationVariables = Exact<{
  input: AddSpacesInput;
}>;


export type InventoryAddSpacesMutation = { addSpaces: { spaces: Array<{ id: string, label: string, kind: SpaceKind }>, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryUpdateSpaceMutationVariables = Exact<{
  input: UpdateSpaceInput;
}>;


export type InventoryUpdateSpaceMutation = { updateSpace: { space: { operatorStatus: SpaceOperatorStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventorySetWeeklyHoursMutationVariables = Exact<{
  input: SetWeeklyHoursInput;
}>;


export type InventorySetWeeklyHoursMutation = { setWeeklyHours: { lot: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventorySetTariffMutationVariables = Exact<{
  input: SetTariffInput;
}>;


export type InventorySetTariffMutation = { setTariff: { lot: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryAddBlackoutMutationVariables = Exact<{
  input: AddBlackoutInput;
}>;


export type InventoryAddBlackoutMutation = { addBlackout: { lot: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventorySetCancellationPolicyMutationVariables = Exact<{
  input: SetCancellationPolicyInput;
}>;


export type InventorySetCancellationPolicyMutation = { setCancellationPolicy: { lot: { cancellationPolicy: { freeCancellationMinutes: number, arrivalGraceMinutes: number, cancellationFee: { amount: number, currency: string } } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type InventoryCreateBookingMutation = { createBooking: { booking: { id: string, price: { amount: number } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, revokedAt: string | null };

export type InventoryCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type InventoryCreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryRotateApiKeyMutationVariables = Exact<{
  input: RotateApiKeyInput;
}>;


export type InventoryRotateApiKeyMutation = { rotateApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type InventoryRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InventoryAnonymousCreateOperatorMutationVariables = Exact<{ [key: string]: never; }>;


export type InventoryAnonymousCreateOperatorMutation = { createOperator: { userErrors: Array<{ code: UserErrorCode }> } };

export type InventorySearchQueryVariables = Exact<{
  near: LatLngInput;
  window?: TimeWindowInput | null | undefined;
}>;


export type InventorySearchQuery = { lotsNear: { edges: Array<{ node: { id: string } }> } };

export type InventoryMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type InventoryMembershipsQuery = { viewer: { memberships: Array<{ role: MemberRole, operator: { id: string } }> } | null };

export type InventoryLotSetupQueryVariables = Exact<{
  id: string;
  w: TimeWindowInput;
}>;


export type InventoryLotSetupQuery = { lot: { bookableHours: Array<{ dayOfWeek: number, opensAt: string, closesAt: string }> | null, tariffs: Array<{ name: string, spaceKind: SpaceKind | null, billingIncrementMinutes: number, graceMinutes: number, hourlyRate: { amount: number, currency: string }, dailyCap: { amount: number } | null, flatRates: Array<{ name: string }> }>, blackouts: Array<{ reason: string | null, window: { start: string, end: string } }>, quote: { total: { amount: number } } | null } | null };

export type InventoryOperatorBookingsQueryVariables = Exact<{
  id: string;
}>;


export type InventoryOperatorBookingsQuery = { node:
    | { bookings: { edges: Array<{ node: { status: BookingStatus, window: { start: string, end: string }, vehicle: { plate: string }, driver: { displayName: string } | null } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type InventorySpaceCursorsQueryVariables = Exact<{
  id: string;
}>;


export type InventorySpaceCursorsQuery = { lot: { spaces: { edges: Array<{ cursor: string }> } } | null };

export type InventoryAvailabilityTotalQueryVariables = Exact<{
  id: string;
  w: TimeWindowInput;
}>;


export type InventoryAvailabilityTotalQuery = { lot: { availability: { total: number } } | null };

export type InventoryViewerBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type InventoryViewerBookingsQuery = { viewer: { bookings: { edges: Array<{ cursor: string }> } } | null };

export type InventoryKeyViewQueryVariables = Exact<{
  id: string;
}>;


export type InventoryKeyViewQuery = { node:
    | { bookings: { edges: Array<{ cursor: string }> } | null, apiKeys: Array<{ prefix: string, lastUsedAt: string | null }> | null }
    | Record<PropertyKey, never>
   | null };

export type InventoryOwnerKeysQueryVariables = Exact<{
  id: string;
}>;


export type InventoryOwnerKeysQuery = { node:
    | { apiKeys: Array<{ prefix: string, lastUsedAt: string | null }> | null }
    | Record<PropertyKey, never>
   | null };

export type InventoryViewerUserQueryVariables = Exact<{ [key: string]: never; }>;


export type InventoryViewerUserQuery = { viewer: { user: { id: string } } | null };

export type LimitsMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMembershipsQuery = { viewer: { memberships: Array<{ operator: { id: string } }> } | null };

export type LimitsCreateKeyMutationVariables = Exact<{
  id: string;
}>;


export type LimitsCreateKeyMutation = { createApiKey: { secret: string | null } };

export type LimitsFirstLotQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsFirstLotQuery = { lots: { edges: Array<{ node: { id: string } }> } };

export type LiveOccupancyChangedSubscriptionVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type LiveOccupancyChangedSubscription = { lotOccupancyChanged: { lotId: string, version: number, occupancy: { available: number, reserved: number } } };

export type LiveOccupancyBookMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type LiveOccupancyBookMutation = { createBooking: { booking: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type LiveOccupancyCancelMutationVariables = Exact<{
  id: string;
}>;


export type LiveOccupancyCancelMutation = { cancelBooking: { userErrors: Array<{ code: UserErrorCode }> } };

export type LotsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LotsPageQuery = { lots: { edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type LotsReadmeExampleQueryVariables = Exact<{ [key: string]: never; }>;


export type LotsReadmeExampleQuery = { lots: { edges: Array<{ node: { name: string } }> } };

export type LotsFirstSpaceCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type LotsFirstSpaceCursorQuery = { lots: { edges: Array<{ node: { spaces: { pageInfo: { endCursor: string | null } } } }> } };

export type LotsScalarsQueryVariables = Exact<{
  id: string;
}>;


export type LotsScalarsQuery = { lot: { id: string, name: string, address: string, timeZone: string, lotType: LotType, amenities: Array<string>, maxVehicleHeightCm: number | null, covered: boolean, access: LotAccess, currency: string, location: { lat: number, lng: number }, footprint: Array<Array<{ lat: number, lng: number }>> | null, operator: { name: string, kind: OperatorKind } } | null };

export type LotsSpacesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type LotsSpacesQuery = { lot: { spaces: { edges: Array<{ node: { label: string, lot: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LotsNameQueryVariables = Exact<{
  id: string;
}>;


export type LotsNameQuery = { lot: { name: string } | null };

export type LotsFirstSpaceQueryVariables = Exact<{
  id: string;
}>;


export type LotsFirstSpaceQuery = { lot: { spaces: { edges: Array<{ node: { id: string } }> } } | null };

export type LotsFirstWithRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LotsFirstWithRelationsQuery = { lots: { edges: Array<{ node: { id: string, name: string, operator: { id: string, name: string }, spaces: { edges: Array<{ node: { id: string, label: string } }> } } }> } };

export type LotsThreeNodesQueryVariables = Exact<{
  lot: string;
  space: string;
  operator: string;
}>;


export type LotsThreeNodesQuery = { lot:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Blackout', id: string }
    | { __typename: 'Booking', id: string }
    | { __typename: 'ConnectorSource', id: string }
    | { __typename: 'Gate', id: string }
    | { __typename: 'Lot', name: string, id: string }
    | { __typename: 'Operator', id: string }
    | { __typename: 'ParkingSession', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PlateRead', id: string }
    | { __typename: 'PlateRule', id: string }
    | { __typename: 'Space', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Vehicle', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null, space:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Blackout', id: string }
    | { __typename: 'Booking', id: string }
    | { __typename: 'ConnectorSource', id: string }
    | { __typename: 'Gate', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Operator', id: string }
    | { __typename: 'ParkingSession', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PlateRead', id: string }
    | { __typename: 'PlateRule', id: string }
    | { __typename: 'Space', label: string, id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Vehicle', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null, operator:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Blackout', id: string }
    | { __typename: 'Booking', id: string }
    | { __typename: 'ConnectorSource', id: string }
    | { __typename: 'Gate', id: string }
    | { __typename: 'Lot', id: string }
    | { __typename: 'Operator', name: string, id: string }
    | { __typename: 'ParkingSession', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PlateRead', id: string }
    | { __typename: 'PlateRule', id: string }
    | { __typename: 'Space', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Vehicle', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type LotsNodeIdQueryVariables = Exact<{
  id: string;
}>;


export type LotsNodeIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NoShowsBookingStatusQueryVariables = Exact<{
  id: string;
}>;


export type NoShowsBookingStatusQuery = { node:
    | { status: BookingStatus }
    | Record<PropertyKey, never>
   | null };

export type NoShowsLotOccupancyQueryVariables = Exact<{
  id: string;
}>;


export type NoShowsLotOccupancyQuery = { lot: { occupancy: { reserved: number, available: number } } | null };

export type OidcViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcViewerQuery = { viewer: { user: { id: string, email: string | null, displayName: string } } | null };

export type OpenDataFindableQueryVariables = Exact<{
  near: LatLngInput;
}>;


export type OpenDataFindableQuery = { lotsNear: { edges: Array<{ node: { id: string, name: string, lotType: LotType, access: LotAccess, maxVehicleHeightCm: number | null, covered: boolean, timeZone: string, currency: string, capacity: number | null, capacityAccessible: number | null, capacityCharging: number | null, fee: boolean | null, externalRef: string | null, availabilitySource: AvailabilitySource, bookable: boolean, operator: { name: string, kind: OperatorKind }, openingHours: Array<{ dayOfWeek: number, opensAt: string, closesAt: string }> | null } }> } };

export type OutageFirstLotQueryVariables = Exact<{ [key: string]: never; }>;


export type OutageFirstLotQuery = { lots: { edges: Array<{ node: { name: string } }> } };

export type PartnersUpsertMutationVariables = Exact<{
  input: UpsertLotsInput;
}>;


export type PartnersUpsertMutation = { upsertLots: { lots: Array<{ externalRef: string, result: UpsertResult, spacesCreated: number, spacesUpdated: number, lot: { id: string, name: string, capacity: number | null, bookable: boolean, availabilitySource: AvailabilitySource, spaces: { edges: Array<{ node: { label: string, externalRef: string | null, kind: SpaceKind } }> } } }>, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PartnersSensorsMutationVariables = Exact<{
  input: ReportSpaceStatusInput;
}>;


export type PartnersSensorsMutation = { reportSpaceStatus: { results: Array<ReportResult>, applied: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type PartnersCountsMutationVariables = Exact<{
  input: ReportLotAvailabilityInput;
}>;


export type PartnersCountsMutation = { reportLotAvailability: { results: Array<ReportResult>, applied: number, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type PartnersLotQueryVariables = Exact<{
  id: string;
}>;


export type PartnersLotQuery = { lot: { bookable: boolean, availabilitySource: AvailabilitySource, capacity: number | null, reportedAvailability: { free: number, total: number, observedAt: string } | null, occupancy: { total: number, available: number, occupied: number, reserved: number, byKind: Array<{ kind: SpaceKind }> }, spaces: { edges: Array<{ node: { label: string, sensorStatus: SensorStatus | null, sensorObservedAt: string | null } }> } } | null };

export type PartnersOccupancySubscriptionVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type PartnersOccupancySubscription = { lotOccupancyChanged: { occupancy: { occupied: number } } };

export type PartnersSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersSearchQuery = { lotsNear: { edges: Array<{ node: { id: string, bookable: boolean, availabilitySource: AvailabilitySource } }> } };

export type PartnersAddVehicleMutationVariables = Exact<{ [key: string]: never; }>;


export type PartnersAddVehicleMutation = { addVehicle: { vehicle: { id: string } | null } };

export type PartnersBookMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type PartnersBookMutation = { createBooking: { booking: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PhysicalAvailabilityQueryVariables = Exact<{
  id: string;
  window: TimeWindowInput;
}>;


export type PhysicalAvailabilityQuery = { lot: { availability: { total: number, available: number } } | null };

export type PhysicalSearchQueryVariables = Exact<{
  near: LatLngInput;
  window: TimeWindowInput;
}>;


export type PhysicalSearchQuery = { lotsNear: { edges: Array<{ node: { name: string, availability: { available: number } } }> } };

export type PhysicalBookMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type PhysicalBookMutation = { createBooking: { booking: { space: { label: string } } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PhysicalLiveQueryVariables = Exact<{
  id: string;
}>;


export type PhysicalLiveQuery = { lot: { occupancy: { total: number, available: number, occupied: number, reserved: number, unknown: number, byKind: Array<{ kind: SpaceKind, unknown: number }> }, spaces: { edges: Array<{ node: { label: string, status: SpaceStatus } }> }, dataFreshness: { source: LiveDataSource, reportedAt: string, expired: boolean } | null } | null };

export type PhysicalSensorsMutationVariables = Exact<{
  input: ReportSpaceStatusInput;
}>;


export type PhysicalSensorsMutation = { reportSpaceStatus: { applied: number, userErrors: Array<{ code: UserErrorCode }> } };

export type PhysicalPlateReadMutationVariables = Exact<{
  input: PlateReadInput;
}>;


export type PhysicalPlateReadMutation = { reportPlateRead: { decision: GateDecision | null, reason: GateDecisionReason | null } };

export type PhysicalOccupancyChangedSubscriptionVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type PhysicalOccupancyChangedSubscription = { lotOccupancyChanged: { version: number, occupancy: { occupied: number } } };

export type PlatesRegisterGateMutationVariables = Exact<{
  input: RegisterGateInput;
}>;


export type PlatesRegisterGateMutation = { registerGate: { deviceKeySecret: string | null, gate: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PlatesAddVehicleMutationVariables = Exact<{
  input: AddVehicleInput;
}>;


export type PlatesAddVehicleMutation = { addVehicle: { vehicle: { id: string, plate: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlatesCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type PlatesCreateBookingMutation = { createBooking: { booking: { id: string, status: BookingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlatesReadMutationVariables = Exact<{
  input: PlateReadInput;
}>;


export type PlatesReadMutation = { reportPlateRead: { decision: GateDecision | null, reason: GateDecisionReason | null, read: { id: string, plate: string, rawPlate: string, booking: { id: string, status: BookingStatus } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type QuoteOfLotQueryVariables = Exact<{
  id: string;
  window: TimeWindowInput;
  spaceKind?: SpaceKind | null | undefined;
}>;


export type QuoteOfLotQuery = { lot: { quote: { tariffName: string, total: { amount: number, currency: string }, lines: Array<{ kind: QuoteLineKind, description: string, quantity: number, unitPrice: { amount: number, currency: string }, amount: { amount: number, currency: string }, period: { start: string, end: string } }> } | null } | null };

export type QuoteOfLotDefaultKindQueryVariables = Exact<{
  id: string;
  window: TimeWindowInput;
}>;


export type QuoteOfLotDefaultKindQuery = { lot: { quote: { tariffName: string, total: { amount: number, currency: string } } | null } | null };

export type SearchPageFieldsFragment = { edges: Array<{ cursor: string, distanceMeters: number, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } };

export type SearchNearQueryVariables = Exact<{
  near: LatLngInput;
  radius?: number | null | undefined;
  window?: TimeWindowInput | null | undefined;
  filter?: LotFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchNearQuery = { lotsNear: { edges: Array<{ cursor: string, distanceMeters: number, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SearchBoundsQueryVariables = Exact<{
  bounds: BoundsInput;
  window?: TimeWindowInput | null | undefined;
  filter?: LotFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchBoundsQuery = { lotsInBounds: { edges: Array<{ cursor: string, distanceMeters: number, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SearchNearDefaultFirstQueryVariables = Exact<{
  near: LatLngInput;
  radius?: number | null | undefined;
}>;


export type SearchNearDefaultFirstQuery = { lotsNear: { edges: Array<{ cursor: string, distanceMeters: number, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SearchFirstLotsCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchFirstLotsCursorQuery = { lots: { pageInfo: { endCursor: string | null } } };

export type SearchOperatorsNearQueryVariables = Exact<{
  near: LatLngInput;
}>;


export type SearchOperatorsNearQuery = { lotsNear: { edges: Array<{ node: { name: string, operator: { id: string } } }> } };

export type SearchNestedQueryVariables = Exact<{
  near: LatLngInput;
  window: TimeWindowInput;
  first?: number | null | undefined;
}>;


export type SearchNestedQuery = { lotsNear: { edges: Array<{ distanceMeters: number, node: { name: string, operator: { name: string }, spaces: { edges: Array<{ node: { label: string } }> }, availability: { available: number, byKind: Array<{ kind: SpaceKind, available: number }> }, quote: { total: { amount: number } } | null } }> } };

export type ResilienceOccupancySubscriptionVariables = Exact<{
  lotIds?: Array<string> | string | null | undefined;
  bounds?: BoundsInput | null | undefined;
}>;


export type ResilienceOccupancySubscription = { lotOccupancyChanged: { lotId: string, version: number, occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } };

export type ResilienceHttpOccupancyQueryVariables = Exact<{
  id: string;
}>;


export type ResilienceHttpOccupancyQuery = { lot: { occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } | null };

export type ResilienceCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type ResilienceCreateBookingMutation = { createBooking: { booking: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type SubscriptionsOccupancySubscriptionVariables = Exact<{
  lotIds?: Array<string> | string | null | undefined;
  bounds?: BoundsInput | null | undefined;
  knownVersions?: Array<LotVersionInput> | LotVersionInput | null | undefined;
}>;


export type SubscriptionsOccupancySubscription = { lotOccupancyChanged: { lotId: string, version: number, lot: { id: string, name: string }, occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } };

export type SubscriptionsHttpOccupancyQueryVariables = Exact<{
  id: string;
}>;


export type SubscriptionsHttpOccupancyQuery = { lot: { occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } | null };

export type SubscriptionsSpacesSubscriptionVariables = Exact<{
  lotId: string;
}>;


export type SubscriptionsSpacesSubscription = { spaceStatusChanged: { status: SpaceStatus, space: { id: string, label: string } } };

export type SubscriptionsBookingUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionsBookingUpdatedSubscription = { bookingUpdated: { id: string, status: BookingStatus, lot: { id: string }, space: { id: string } } };

export type SubscriptionsCreateBookingMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type SubscriptionsCreateBookingMutation = { createBooking: { booking: { id: string, status: BookingStatus, space: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubscriptionsCancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type SubscriptionsCancelBookingMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubscriptionsUpdateSpaceMutationVariables = Exact<{
  input: UpdateSpaceInput;
}>;


export type SubscriptionsUpdateSpaceMutation = { updateSpace: { space: { id: string, operatorStatus: SpaceOperatorStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubscriptionsQuietSubscriptionVariables = Exact<{
  lotIds?: Array<string> | string | null | undefined;
}>;


export type SubscriptionsQuietSubscription = { lotOccupancyChanged: { lotId: string, version: number, occupancy: { total: number, available: number, occupied: number, reserved: number, outOfService: number, updatedAt: string, byKind: Array<{ kind: SpaceKind, total: number, available: number, occupied: number, reserved: number, outOfService: number }> } } };

export type TeamsMemberPayloadFragment = { role: MemberRole, user: { id: string } };

export type TeamsInviteMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type TeamsInviteMutation = { inviteMember: { invitation: { email: string, role: MemberRole, expiresAt: string, operator: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TeamsAcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type TeamsAcceptMutation = { acceptInvitation: { member: { role: MemberRole, user: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TeamsChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type TeamsChangeRoleMutation = { changeMemberRole: { member: { role: MemberRole, user: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TeamsRemoveMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type TeamsRemoveMutation = { removeMember: { member: { role: MemberRole, user: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type TeamsTeamQueryVariables = Exact<{
  id: string;
}>;


export type TeamsTeamQuery = { node:
    | { members: { edges: Array<{ node: { role: MemberRole, joinedAt: string, user: { id: string, displayName: string } } }> } | null, pendingInvitations: Array<{ email: string, role: MemberRole }> | null }
    | Record<PropertyKey, never>
   | null };

export type TeamsMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsMembershipsQuery = { viewer: { memberships: Array<{ role: MemberRole, operator: { id: string } }> } | null };

export type TeamsMembersPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type TeamsMembersPageQuery = { node:
    | { members: { edges: Array<{ node: { user: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }
    | Record<PropertyKey, never>
   | null };

export type VehicleFieldsFragment = { id: string, plate: string, country: string, nickname: string | null, heightCm: number | null };

export type VehiclesAddMutationVariables = Exact<{
  input: AddVehicleInput;
}>;


export type VehiclesAddMutation = { addVehicle: { vehicle: { id: string, plate: string, country: string, nickname: string | null, heightCm: number | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VehiclesUpdateMutationVariables = Exact<{
  input: UpdateVehicleInput;
}>;


export type VehiclesUpdateMutation = { updateVehicle: { vehicle: { id: string, plate: string, country: string, nickname: string | null, heightCm: number | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VehiclesRemoveMutationVariables = Exact<{
  input: RemoveVehicleInput;
}>;


export type VehiclesRemoveMutation = { removeVehicle: { vehicle: { id: string, plate: string, country: string, nickname: string | null, heightCm: number | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VehiclesOfViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type VehiclesOfViewerQuery = { viewer: { vehicles: Array<{ id: string, plate: string, country: string, nickname: string | null, heightCm: number | null }> } | null };

export type VehiclesOfBookingQueryVariables = Exact<{
  id: string;
}>;


export type VehiclesOfBookingQuery = { node:
    | { vehicle: { id: string, plate: string, country: string, nickname: string | null, heightCm: number | null } }
    | Record<PropertyKey, never>
   | null };

export type VehiclesNicknameOfBookingQueryVariables = Exact<{
  id: string;
}>;


export type VehiclesNicknameOfBookingQuery = { node:
    | { vehicle: { plate: string, nickname: string | null } }
    | Record<PropertyKey, never>
   | null };

export type VehiclesNodeQueryVariables = Exact<{
  id: string;
}>;


export type VehiclesNodeQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'Blackout' }
    | { __typename: 'Booking' }
    | { __typename: 'ConnectorSource' }
    | { __typename: 'Gate' }
    | { __typename: 'Lot' }
    | { __typename: 'Operator' }
    | { __typename: 'ParkingSession' }
    | { __typename: 'Payment' }
    | { __typename: 'PlateRead' }
    | { __typename: 'PlateRule' }
    | { __typename: 'Space' }
    | { __typename: 'User' }
    | { __typename: 'Vehicle', plate: string, nickname: string | null }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type WebAppFirstLotCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAppFirstLotCursorQuery = { lots: { edges: Array<{ cursor: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountsSessionFragmentDoc = new TypedDocumentString(`
    fragment AccountsSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    displayName
    email
    emailVerified
  }
}
    `, {"fragmentName":"AccountsSession"}) as unknown as TypedDocumentString<AccountsSessionFragment, unknown>;
export const BookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment BookingFields on Booking {
  id
  status
  window {
    start
    end
  }
  price {
    amount
    currency
  }
  cancellationFee {
    amount
    currency
  }
  cancelledAt
  createdAt
  lot {
    id
  }
  space {
    id
    label
    kind
  }
  vehicle {
    id
    plate
  }
  driver {
    id
  }
}
    `, {"fragmentName":"BookingFields"}) as unknown as TypedDocumentString<BookingFieldsFragment, unknown>;
export const OccupancyFieldsFragmentDoc = new TypedDocumentString(`
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}
    `, {"fragmentName":"OccupancyFields"}) as unknown as TypedDocumentString<OccupancyFieldsFragment, unknown>;
export const InventoryKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment InventoryKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  revokedAt
}
    `, {"fragmentName":"InventoryKeyFields"}) as unknown as TypedDocumentString<InventoryKeyFieldsFragment, unknown>;
export const SearchPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment SearchPageFields on LotSearchConnection {
  edges {
    cursor
    distanceMeters
    node {
      id
      name
    }
  }
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
}
    `, {"fragmentName":"SearchPageFields"}) as unknown as TypedDocumentString<SearchPageFieldsFragment, unknown>;
export const TeamsMemberPayloadFragmentDoc = new TypedDocumentString(`
    fragment TeamsMemberPayload on OperatorMember {
  role
  user {
    id
  }
}
    `, {"fragmentName":"TeamsMemberPayload"}) as unknown as TypedDocumentString<TeamsMemberPayloadFragment, unknown>;
export const VehicleFieldsFragmentDoc = new TypedDocumentString(`
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}
    `, {"fragmentName":"VehicleFields"}) as unknown as TypedDocumentString<VehicleFieldsFragment, unknown>;
export const AccountsDocsRefreshOtherDocument = new TypedDocumentString(`
    mutation AccountsDocsRefreshOther($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsDocsRefreshOtherMutation, AccountsDocsRefreshOtherMutationVariables>;
export const SmtpSignUpDocument = new TypedDocumentString(`
    mutation SmtpSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    session {
      accessToken
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpSignUpMutation, SmtpSignUpMutationVariables>;
export const SmtpVerifyDocument = new TypedDocumentString(`
    mutation SmtpVerify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    user {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpVerifyMutation, SmtpVerifyMutationVariables>;
export const SmtpRequestResetDocument = new TypedDocumentString(`
    mutation SmtpRequestReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    ok
  }
}
    `) as unknown as TypedDocumentString<SmtpRequestResetMutation, SmtpRequestResetMutationVariables>;
export const SmtpResetDocument = new TypedDocumentString(`
    mutation SmtpReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    ok
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmtpResetMutation, SmtpResetMutationVariables>;
export const AccountsSignUpDocument = new TypedDocumentString(`
    mutation AccountsSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    session {
      ...AccountsSession
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment AccountsSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    displayName
    email
    emailVerified
  }
}`) as unknown as TypedDocumentString<AccountsSignUpMutation, AccountsSignUpMutationVariables>;
export const AccountsSignInDocument = new TypedDocumentString(`
    mutation AccountsSignIn($input: SignInInput!) {
  signIn(input: $input) {
    session {
      ...AccountsSession
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment AccountsSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    displayName
    email
    emailVerified
  }
}`) as unknown as TypedDocumentString<AccountsSignInMutation, AccountsSignInMutationVariables>;
export const AccountsRefreshDocument = new TypedDocumentString(`
    mutation AccountsRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    session {
      ...AccountsSession
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment AccountsSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    displayName
    email
    emailVerified
  }
}`) as unknown as TypedDocumentString<AccountsRefreshMutation, AccountsRefreshMutationVariables>;
export const AccountsSignOutDocument = new TypedDocumentString(`
    mutation AccountsSignOut($input: SignOutInput!) {
  signOut(input: $input) {
    ok
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsSignOutMutation, AccountsSignOutMutationVariables>;
export const AccountsChangePasswordDocument = new TypedDocumentString(`
    mutation AccountsChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    session {
      ...AccountsSession
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment AccountsSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    displayName
    email
    emailVerified
  }
}`) as unknown as TypedDocumentString<AccountsChangePasswordMutation, AccountsChangePasswordMutationVariables>;
export const AccountsRequestVerificationDocument = new TypedDocumentString(`
    mutation AccountsRequestVerification {
  requestEmailVerification {
    ok
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsRequestVerificationMutation, AccountsRequestVerificationMutationVariables>;
export const AccountsVerifyDocument = new TypedDocumentString(`
    mutation AccountsVerify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsVerifyMutation, AccountsVerifyMutationVariables>;
export const AccountsRequestResetDocument = new TypedDocumentString(`
    mutation AccountsRequestReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    ok
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsRequestResetMutation, AccountsRequestResetMutationVariables>;
export const AccountsResetDocument = new TypedDocumentString(`
    mutation AccountsReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    ok
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsResetMutation, AccountsResetMutationVariables>;
export const AccountsViewerDocument = new TypedDocumentString(`
    query AccountsViewer {
  viewer {
    user {
      email
      displayName
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsViewerQuery, AccountsViewerQueryVariables>;
export const ArrivalsSweepBookingStatusDocument = new TypedDocumentString(`
    query ArrivalsSweepBookingStatus($id: ID!) {
  node(id: $id) {
    ... on Booking {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsSweepBookingStatusQuery, ArrivalsSweepBookingStatusQueryVariables>;
export const ArrivalsCheckInDocument = new TypedDocumentString(`
    mutation ArrivalsCheckIn($input: SelfCheckInput!) {
  checkIn(input: $input) {
    booking {
      id
      status
    }
    session {
      kind
      enteredAt
      space {
        label
      }
      entryGate {
        kind
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsCheckInMutation, ArrivalsCheckInMutationVariables>;
export const ArrivalsCheckOutDocument = new TypedDocumentString(`
    mutation ArrivalsCheckOut($input: SelfCheckInput!) {
  checkOut(input: $input) {
    booking {
      id
      status
      price {
        amount
      }
    }
    session {
      exitedAt
      charge {
        amount
        currency
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsCheckOutMutation, ArrivalsCheckOutMutationVariables>;
export const ArrivalsLotDocument = new TypedDocumentString(`
    query ArrivalsLot($id: ID!) {
  lot(id: $id) {
    arrivalObservation
    geofenceRadiusMeters
    checkInPositionRequired
    occupancy {
      occupied
      reserved
      available
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsLotQuery, ArrivalsLotQueryVariables>;
export const ArrivalsCreateLotDocument = new TypedDocumentString(`
    mutation ArrivalsCreateLot($input: CreateLotInput!) {
  createLot(input: $input) {
    lot {
      id
      arrivalObservation
      geofenceRadiusMeters
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsCreateLotMutation, ArrivalsCreateLotMutationVariables>;
export const ArrivalsUpdateLotDocument = new TypedDocumentString(`
    mutation ArrivalsUpdateLot($input: UpdateLotInput!) {
  updateLot(input: $input) {
    lot {
      arrivalObservation
      geofenceRadiusMeters
      checkInPositionRequired
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsUpdateLotMutation, ArrivalsUpdateLotMutationVariables>;
export const ArrivalsFreshnessDocument = new TypedDocumentString(`
    query ArrivalsFreshness($id: ID!) {
  lot(id: $id) {
    dataFreshness {
      source
      reportedAt
      expired
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsFreshnessQuery, ArrivalsFreshnessQueryVariables>;
export const ArrivalsLotsArrivalDocument = new TypedDocumentString(`
    query ArrivalsLotsArrival {
  lots(first: 100) {
    edges {
      node {
        name
        arrivalObservation
        geofenceRadiusMeters
        checkInPositionRequired
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsLotsArrivalQuery, ArrivalsLotsArrivalQueryVariables>;
export const ArrivalsRegisterGateDocument = new TypedDocumentString(`
    mutation ArrivalsRegisterGate($lot: ID!) {
  registerGate(input: {lotId: $lot, name: "Yard barrier", direction: BOTH}) {
    gate {
      id
    }
    deviceKeySecret
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsRegisterGateMutation, ArrivalsRegisterGateMutationVariables>;
export const ArrivalsReadDocument = new TypedDocumentString(`
    mutation ArrivalsRead($input: PlateReadInput!) {
  reportPlateRead(input: $input) {
    decision
    reason
    read {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsReadMutation, ArrivalsReadMutationVariables>;
export const ArrivalsAdmitDocument = new TypedDocumentString(`
    mutation ArrivalsAdmit($input: AdmitVehicleInput!) {
  admitVehicle(input: $input) {
    action {
      kind
      reason
      plate
      performedBy {
        displayName
      }
      gate {
        name
      }
      plateRead {
        decision
      }
      session {
        id
      }
    }
    session {
      id
      kind
      booking {
        status
      }
      exitedAt
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsAdmitMutation, ArrivalsAdmitMutationVariables>;
export const ArrivalsCloseDocument = new TypedDocumentString(`
    mutation ArrivalsClose($input: CloseSessionInput!) {
  closeSession(input: $input) {
    action {
      kind
      reason
      plate
    }
    session {
      exitedAt
      charge {
        amount
      }
      booking {
        status
      }
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsCloseMutation, ArrivalsCloseMutationVariables>;
export const ArrivalsAuditDocument = new TypedDocumentString(`
    query ArrivalsAudit($id: ID!) {
  node(id: $id) {
    ... on Operator {
      staffActions(first: 10) {
        edges {
          node {
            kind
            reason
            plate
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArrivalsAuditQuery, ArrivalsAuditQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    user {
      id
      email
      displayName
    }
    vehicles {
      plate
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthViewerIdDocument = new TypedDocumentString(`
    query AuthViewerId {
  viewer {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerIdQuery, AuthViewerIdQueryVariables>;
export const AuthViewerAndALotDocument = new TypedDocumentString(`
    query AuthViewerAndALot {
  viewer {
    user {
      id
    }
  }
  lots(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerAndALotQuery, AuthViewerAndALotQueryVariables>;
export const AuthViewerAndALotNameDocument = new TypedDocumentString(`
    query AuthViewerAndALotName {
  viewer {
    user {
      id
    }
  }
  lots(first: 1) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthViewerAndALotNameQuery, AuthViewerAndALotNameQueryVariables>;
export const AuthAddVehicleDocument = new TypedDocumentString(`
    mutation AuthAddVehicle($input: AddVehicleInput!) {
  addVehicle(input: $input) {
    vehicle {
      id
      plate
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAddVehicleMutation, AuthAddVehicleMutationVariables>;
export const AvailabilityOfLotDocument = new TypedDocumentString(`
    query AvailabilityOfLot($id: ID!, $window: TimeWindowInput!) {
  lot(id: $id) {
    availability(window: $window) {
      window {
        start
        end
      }
      total
      available
      byKind {
        kind
        total
        available
      }
      closedReason
    }
  }
}
    `) as unknown as TypedDocumentString<AvailabilityOfLotQuery, AvailabilityOfLotQueryVariables>;
export const AvailabilityHoursDocument = new TypedDocumentString(`
    query AvailabilityHours($id: ID!) {
  lot(id: $id) {
    openingHours {
      dayOfWeek
      opensAt
      closesAt
    }
    bookableHours {
      dayOfWeek
      opensAt
      closesAt
    }
  }
}
    `) as unknown as TypedDocumentString<AvailabilityHoursQuery, AvailabilityHoursQueryVariables>;
export const AvailabilityOccupancyDocument = new TypedDocumentString(`
    query AvailabilityOccupancy($id: ID!) {
  lot(id: $id) {
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<AvailabilityOccupancyQuery, AvailabilityOccupancyQueryVariables>;
export const BatchingNestedDocument = new TypedDocumentString(`
    query BatchingNested($lots: Int!, $spaces: Int!) {
  lots(first: $lots) {
    edges {
      node {
        name
        operator {
          name
        }
        spaces(first: $spaces) {
          edges {
            node {
              label
              lot {
                name
                operator {
                  kind
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingNestedQuery, BatchingNestedQueryVariables>;
export const BatchingSearchDocument = new TypedDocumentString(`
    query BatchingSearch($window: TimeWindowInput!) {
  lotsNear(
    near: {lat: 53.4808, lng: -2.2426}
    radiusMeters: 5000
    window: $window
    first: 10
  ) {
    edges {
      node {
        name
        availability(window: $window) {
          available
        }
        openingHours {
          dayOfWeek
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingSearchQuery, BatchingSearchQueryVariables>;
export const BatchingOperatorsOfTwoLotsDocument = new TypedDocumentString(`
    query BatchingOperatorsOfTwoLots {
  lots(first: 2) {
    edges {
      node {
        operator {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingOperatorsOfTwoLotsQuery, BatchingOperatorsOfTwoLotsQueryVariables>;
export const ContentionCreateBookingDocument = new TypedDocumentString(`
    mutation ContentionCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
      space {
        id
      }
      window {
        start
        end
      }
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ContentionCreateBookingMutation, ContentionCreateBookingMutationVariables>;
export const BookingsCreateDocument = new TypedDocumentString(`
    mutation BookingsCreate($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      ...BookingFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  window {
    start
    end
  }
  price {
    amount
    currency
  }
  cancellationFee {
    amount
    currency
  }
  cancelledAt
  createdAt
  lot {
    id
  }
  space {
    id
    label
    kind
  }
  vehicle {
    id
    plate
  }
  driver {
    id
  }
}`) as unknown as TypedDocumentString<BookingsCreateMutation, BookingsCreateMutationVariables>;
export const BookingsCancelDocument = new TypedDocumentString(`
    mutation BookingsCancel($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    booking {
      ...BookingFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  window {
    start
    end
  }
  price {
    amount
    currency
  }
  cancellationFee {
    amount
    currency
  }
  cancelledAt
  createdAt
  lot {
    id
  }
  space {
    id
    label
    kind
  }
  vehicle {
    id
    plate
  }
  driver {
    id
  }
}`) as unknown as TypedDocumentString<BookingsCancelMutation, BookingsCancelMutationVariables>;
export const BookingsExtendDocument = new TypedDocumentString(`
    mutation BookingsExtend($input: ExtendBookingInput!) {
  extendBooking(input: $input) {
    booking {
      ...BookingFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  window {
    start
    end
  }
  price {
    amount
    currency
  }
  cancellationFee {
    amount
    currency
  }
  cancelledAt
  createdAt
  lot {
    id
  }
  space {
    id
    label
    kind
  }
  vehicle {
    id
    plate
  }
  driver {
    id
  }
}`) as unknown as TypedDocumentString<BookingsExtendMutation, BookingsExtendMutationVariables>;
export const BookingsQuoteDocument = new TypedDocumentString(`
    query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {
  lot(id: $id) {
    quote(window: $window, spaceKind: $kind) {
      total {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsQuoteQuery, BookingsQuoteQueryVariables>;
export const BookingsNodeDocument = new TypedDocumentString(`
    query BookingsNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Booking {
      ...BookingFields
    }
  }
}
    fragment BookingFields on Booking {
  id
  status
  window {
    start
    end
  }
  price {
    amount
    currency
  }
  cancellationFee {
    amount
    currency
  }
  cancelledAt
  createdAt
  lot {
    id
  }
  space {
    id
    label
    kind
  }
  vehicle {
    id
    plate
  }
  driver {
    id
  }
}`) as unknown as TypedDocumentString<BookingsNodeQuery, BookingsNodeQueryVariables>;
export const BookingsOfViewerDocument = new TypedDocumentString(`
    query BookingsOfViewer {
  viewer {
    bookings {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsOfViewerQuery, BookingsOfViewerQueryVariables>;
export const BookingsListDocument = new TypedDocumentString(`
    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {
  viewer {
    bookings(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsListQuery, BookingsListQueryVariables>;
export const AddressGuardCreateSourceDocument = new TypedDocumentString(`
    mutation AddressGuardCreateSource($input: CreateConnectorSourceInput!) {
  createConnectorSource(input: $input) {
    source {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddressGuardCreateSourceMutation, AddressGuardCreateSourceMutationVariables>;
export const AddressGuardSourceStatusDocument = new TypedDocumentString(`
    query AddressGuardSourceStatus($id: ID!) {
  node(id: $id) {
    ... on ConnectorSource {
      status {
        lastErrorCode
        lastError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AddressGuardSourceStatusQuery, AddressGuardSourceStatusQueryVariables>;
export const ConnectorsUpsertLotsDocument = new TypedDocumentString(`
    mutation ConnectorsUpsertLots($input: UpsertLotsInput!) {
  upsertLots(input: $input) {
    lots {
      externalRef
      lot {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsUpsertLotsMutation, ConnectorsUpsertLotsMutationVariables>;
export const ConnectorsCreateSourceDocument = new TypedDocumentString(`
    mutation ConnectorsCreateSource($input: CreateConnectorSourceInput!) {
  createConnectorSource(input: $input) {
    source {
      id
    }
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsCreateSourceMutation, ConnectorsCreateSourceMutationVariables>;
export const ConnectorsStatusDocument = new TypedDocumentString(`
    query ConnectorsStatus($id: ID!) {
  node(id: $id) {
    ... on ConnectorSource {
      status {
        healthy
        lastAttemptAt
        lastSuccessAt
        lastErrorAt
        lastErrorCode
        lastError
        consecutiveFailures
        nextPollAt
        itemCount
        appliedCount
        problems {
          ref
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsStatusQuery, ConnectorsStatusQueryVariables>;
export const ConnectorsReportedDocument = new TypedDocumentString(`
    query ConnectorsReported($id: ID!) {
  node(id: $id) {
    ... on Lot {
      reportedAvailability {
        free
        total
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsReportedQuery, ConnectorsReportedQueryVariables>;
export const ConnectorsSetCountsDocument = new TypedDocumentString(`
    mutation ConnectorsSetCounts($input: ReportLotAvailabilityInput!) {
  reportLotAvailability(input: $input) {
    results
  }
}
    `) as unknown as TypedDocumentString<ConnectorsSetCountsMutation, ConnectorsSetCountsMutationVariables>;
export const ConnectorsOccupancyDocument = new TypedDocumentString(`
    subscription ConnectorsOccupancy($ids: [ID!]) {
  lotOccupancyChanged(lotIds: $ids) {
    lotId
    occupancy {
      available
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsOccupancySubscription, ConnectorsOccupancySubscriptionVariables>;
export const ConnectorsSourcesDocument = new TypedDocumentString(`
    query ConnectorsSources($id: ID!) {
  node(id: $id) {
    ... on Operator {
      connectorSources {
        edges {
          node {
            id
            name
            enabled
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsSourcesQuery, ConnectorsSourcesQueryVariables>;
export const ConnectorsNodeIdDocument = new TypedDocumentString(`
    query ConnectorsNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnectorsNodeIdQuery, ConnectorsNodeIdQueryVariables>;
export const ConnectorsDeleteSourceDocument = new TypedDocumentString(`
    mutation ConnectorsDeleteSource($id: ID!) {
  deleteConnectorSource(input: {sourceId: $id}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectorsDeleteSourceMutation, ConnectorsDeleteSourceMutationVariables>;
export const FeedsUpsertLotsDocument = new TypedDocumentString(`
    mutation FeedsUpsertLots($input: UpsertLotsInput!) {
  upsertLots(input: $input) {
    lots {
      lot {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsUpsertLotsMutation, FeedsUpsertLotsMutationVariables>;
export const FeedsReportFreeDocument = new TypedDocumentString(`
    mutation FeedsReportFree($input: ReportLotAvailabilityInput!) {
  reportLotAvailability(input: $input) {
    results
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsReportFreeMutation, FeedsReportFreeMutationVariables>;
export const FeedsSetPublicationDocument = new TypedDocumentString(`
    mutation FeedsSetPublication($input: SetOpenDataPublicationInput!) {
  setOpenDataPublication(input: $input) {
    operator {
      publishesOpenData
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsSetPublicationMutation, FeedsSetPublicationMutationVariables>;
export const FeedsSetHoursDocument = new TypedDocumentString(`
    mutation FeedsSetHours($input: SetWeeklyHoursInput!) {
  setWeeklyHours(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FeedsSetHoursMutation, FeedsSetHoursMutationVariables>;
export const GatesRegisterDocument = new TypedDocumentString(`
    mutation GatesRegister($input: RegisterGateInput!) {
  registerGate(input: $input) {
    gate {
      id
      name
      direction
    }
    deviceKey {
      id
      scopes
    }
    deviceKeySecret
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GatesRegisterMutation, GatesRegisterMutationVariables>;
export const GatesReadDocument = new TypedDocumentString(`
    mutation GatesRead($input: PlateReadInput!) {
  reportPlateRead(input: $input) {
    decision
    reason
    read {
      id
      plate
      repeated
      session {
        id
        kind
        exitedAt
        charge {
          amount
          currency
        }
        space {
          id
        }
      }
      booking {
        id
        status
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GatesReadMutation, GatesReadMutationVariables>;
export const GatesOccupancyDocument = new TypedDocumentString(`
    subscription GatesOccupancy($lotIds: [ID!]) {
  lotOccupancyChanged(lotIds: $lotIds) {
    version
    occupancy {
      total
      available
      occupied
      reserved
    }
  }
}
    `) as unknown as TypedDocumentString<GatesOccupancySubscription, GatesOccupancySubscriptionVariables>;
export const GatesAddRuleDocument = new TypedDocumentString(`
    mutation GatesAddRule($input: AddPlateRuleInput!) {
  addPlateRule(input: $input) {
    plateRule {
      id
      plate
      kind
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GatesAddRuleMutation, GatesAddRuleMutationVariables>;
export const GatesSetPolicyDocument = new TypedDocumentString(`
    mutation GatesSetPolicy($input: SetGatePolicyInput!) {
  setGatePolicy(input: $input) {
    lot {
      walkInsAllowed
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GatesSetPolicyMutation, GatesSetPolicyMutationVariables>;
export const GatesPlateReadsDocument = new TypedDocumentString(`
    query GatesPlateReads($id: ID!, $filter: PlateReadFilter, $after: String) {
  node(id: $id) {
    ... on Operator {
      plateReads(filter: $filter, first: 2, after: $after) {
        edges {
          node {
            plate
            decision
            reason
            repeated
            gate {
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GatesPlateReadsQuery, GatesPlateReadsQueryVariables>;
export const LotOccupancyHistoryDocument = new TypedDocumentString(`
    query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {
  node(id: $id) {
    ... on Lot {
      occupancyHistory(range: $range, bucket: $bucket) {
        bucketStart
        samples
        capacity
        occupiedMin
        occupiedMean
        occupiedMax
        bookingsStarted
        sessionsStarted
        byKind {
          kind
          samples
          capacity
          occupiedMin
          occupiedMean
          occupiedMax
          bookingsStarted
          sessionsStarted
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotOccupancyHistoryQuery, LotOccupancyHistoryQueryVariables>;
export const InventoryCreateOperatorDocument = new TypedDocumentString(`
    mutation InventoryCreateOperator($input: CreateOperatorInput!) {
  createOperator(input: $input) {
    operator {
      id
      name
      kind
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryCreateOperatorMutation, InventoryCreateOperatorMutationVariables>;
export const InventoryCreateLotDocument = new TypedDocumentString(`
    mutation InventoryCreateLot($input: CreateLotInput!) {
  createLot(input: $input) {
    lot {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryCreateLotMutation, InventoryCreateLotMutationVariables>;
export const InventoryUpdateLotDocument = new TypedDocumentString(`
    mutation InventoryUpdateLot($input: UpdateLotInput!) {
  updateLot(input: $input) {
    lot {
      name
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryUpdateLotMutation, InventoryUpdateLotMutationVariables>;
export const InventoryArchiveLotDocument = new TypedDocumentString(`
    mutation InventoryArchiveLot($input: ArchiveLotInput!) {
  archiveLot(input: $input) {
    lot {
      archivedAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryArchiveLotMutation, InventoryArchiveLotMutationVariables>;
export const InventoryAddSpacesDocument = new TypedDocumentString(`
    mutation InventoryAddSpaces($input: AddSpacesInput!) {
  addSpaces(input: $input) {
    spaces {
      id
      label
      kind
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryAddSpacesMutation, InventoryAddSpacesMutationVariables>;
export const InventoryUpdateSpaceDocument = new TypedDocumentString(`
    mutation InventoryUpdateSpace($input: UpdateSpaceInput!) {
  updateSpace(input: $input) {
    space {
      operatorStatus
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryUpdateSpaceMutation, InventoryUpdateSpaceMutationVariables>;
export const InventorySetWeeklyHoursDocument = new TypedDocumentString(`
    mutation InventorySetWeeklyHours($input: SetWeeklyHoursInput!) {
  setWeeklyHours(input: $input) {
    lot {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySetWeeklyHoursMutation, InventorySetWeeklyHoursMutationVariables>;
export const InventorySetTariffDocument = new TypedDocumentString(`
    mutation InventorySetTariff($input: SetTariffInput!) {
  setTariff(input: $input) {
    lot {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySetTariffMutation, InventorySetTariffMutationVariables>;
export const InventoryAddBlackoutDocument = new TypedDocumentString(`
    mutation InventoryAddBlackout($input: AddBlackoutInput!) {
  addBlackout(input: $input) {
    lot {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryAddBlackoutMutation, InventoryAddBlackoutMutationVariables>;
export const InventorySetCancellationPolicyDocument = new TypedDocumentString(`
    mutation InventorySetCancellationPolicy($input: SetCancellationPolicyInput!) {
  setCancellationPolicy(input: $input) {
    lot {
      cancellationPolicy {
        freeCancellationMinutes
        cancellationFee {
          amount
          currency
        }
        arrivalGraceMinutes
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySetCancellationPolicyMutation, InventorySetCancellationPolicyMutationVariables>;
export const InventoryCreateBookingDocument = new TypedDocumentString(`
    mutation InventoryCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
      price {
        amount
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryCreateBookingMutation, InventoryCreateBookingMutationVariables>;
export const InventoryCreateApiKeyDocument = new TypedDocumentString(`
    mutation InventoryCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      ...InventoryKeyFields
    }
    secret
    userErrors {
      code
      message
      field
    }
  }
}
    fragment InventoryKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  revokedAt
}`) as unknown as TypedDocumentString<InventoryCreateApiKeyMutation, InventoryCreateApiKeyMutationVariables>;
export const InventoryRotateApiKeyDocument = new TypedDocumentString(`
    mutation InventoryRotateApiKey($input: RotateApiKeyInput!) {
  rotateApiKey(input: $input) {
    apiKey {
      ...InventoryKeyFields
    }
    secret
    userErrors {
      code
      message
      field
    }
  }
}
    fragment InventoryKeyFields on ApiKey {
  id
  name
  prefix
  scopes
  revokedAt
}`) as unknown as TypedDocumentString<InventoryRotateApiKeyMutation, InventoryRotateApiKeyMutationVariables>;
export const InventoryRevokeApiKeyDocument = new TypedDocumentString(`
    mutation InventoryRevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryRevokeApiKeyMutation, InventoryRevokeApiKeyMutationVariables>;
export const InventoryAnonymousCreateOperatorDocument = new TypedDocumentString(`
    mutation InventoryAnonymousCreateOperator {
  createOperator(input: {name: "x", kind: PRIVATE}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryAnonymousCreateOperatorMutation, InventoryAnonymousCreateOperatorMutationVariables>;
export const InventorySearchDocument = new TypedDocumentString(`
    query InventorySearch($near: LatLngInput!, $window: TimeWindowInput) {
  lotsNear(near: $near, radiusMeters: 500, window: $window) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySearchQuery, InventorySearchQueryVariables>;
export const InventoryMembershipsDocument = new TypedDocumentString(`
    query InventoryMemberships {
  viewer {
    memberships {
      role
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryMembershipsQuery, InventoryMembershipsQueryVariables>;
export const InventoryLotSetupDocument = new TypedDocumentString(`
    query InventoryLotSetup($id: ID!, $w: TimeWindowInput!) {
  lot(id: $id) {
    bookableHours {
      dayOfWeek
      opensAt
      closesAt
    }
    tariffs {
      name
      spaceKind
      hourlyRate {
        amount
        currency
      }
      billingIncrementMinutes
      dailyCap {
        amount
      }
      graceMinutes
      flatRates {
        name
      }
    }
    blackouts {
      window {
        start
        end
      }
      reason
    }
    quote(window: $w) {
      total {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryLotSetupQuery, InventoryLotSetupQueryVariables>;
export const InventoryOperatorBookingsDocument = new TypedDocumentString(`
    query InventoryOperatorBookings($id: ID!) {
  node(id: $id) {
    ... on Operator {
      bookings(first: 10) {
        edges {
          node {
            status
            window {
              start
              end
            }
            vehicle {
              plate
            }
            driver {
              displayName
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryOperatorBookingsQuery, InventoryOperatorBookingsQueryVariables>;
export const InventorySpaceCursorsDocument = new TypedDocumentString(`
    query InventorySpaceCursors($id: ID!) {
  lot(id: $id) {
    spaces(first: 10) {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventorySpaceCursorsQuery, InventorySpaceCursorsQueryVariables>;
export const InventoryAvailabilityTotalDocument = new TypedDocumentString(`
    query InventoryAvailabilityTotal($id: ID!, $w: TimeWindowInput!) {
  lot(id: $id) {
    availability(window: $w) {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryAvailabilityTotalQuery, InventoryAvailabilityTotalQueryVariables>;
export const InventoryViewerBookingsDocument = new TypedDocumentString(`
    query InventoryViewerBookings {
  viewer {
    bookings {
      edges {
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryViewerBookingsQuery, InventoryViewerBookingsQueryVariables>;
export const InventoryKeyViewDocument = new TypedDocumentString(`
    query InventoryKeyView($id: ID!) {
  node(id: $id) {
    ... on Operator {
      bookings {
        edges {
          cursor
        }
      }
      apiKeys {
        prefix
        lastUsedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryKeyViewQuery, InventoryKeyViewQueryVariables>;
export const InventoryOwnerKeysDocument = new TypedDocumentString(`
    query InventoryOwnerKeys($id: ID!) {
  node(id: $id) {
    ... on Operator {
      apiKeys {
        prefix
        lastUsedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryOwnerKeysQuery, InventoryOwnerKeysQueryVariables>;
export const InventoryViewerUserDocument = new TypedDocumentString(`
    query InventoryViewerUser {
  viewer {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryViewerUserQuery, InventoryViewerUserQueryVariables>;
export const LimitsMembershipsDocument = new TypedDocumentString(`
    query LimitsMemberships {
  viewer {
    memberships {
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsMembershipsQuery, LimitsMembershipsQueryVariables>;
export const LimitsCreateKeyDocument = new TypedDocumentString(`
    mutation LimitsCreateKey($id: ID!) {
  createApiKey(
    input: {operatorId: $id, name: "limits test", scopes: [LOTS_WRITE]}
  ) {
    secret
  }
}
    `) as unknown as TypedDocumentString<LimitsCreateKeyMutation, LimitsCreateKeyMutationVariables>;
export const LimitsFirstLotDocument = new TypedDocumentString(`
    query LimitsFirstLot {
  lots(first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsFirstLotQuery, LimitsFirstLotQueryVariables>;
export const LiveOccupancyChangedDocument = new TypedDocumentString(`
    subscription LiveOccupancyChanged($ids: [ID!]) {
  lotOccupancyChanged(lotIds: $ids) {
    lotId
    version
    occupancy {
      available
      reserved
    }
  }
}
    `) as unknown as TypedDocumentString<LiveOccupancyChangedSubscription, LiveOccupancyChangedSubscriptionVariables>;
export const LiveOccupancyBookDocument = new TypedDocumentString(`
    mutation LiveOccupancyBook($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LiveOccupancyBookMutation, LiveOccupancyBookMutationVariables>;
export const LiveOccupancyCancelDocument = new TypedDocumentString(`
    mutation LiveOccupancyCancel($id: ID!) {
  cancelBooking(input: {bookingId: $id}) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LiveOccupancyCancelMutation, LiveOccupancyCancelMutationVariables>;
export const LotsPageDocument = new TypedDocumentString(`
    query LotsPage($first: Int, $after: String) {
  lots(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LotsPageQuery, LotsPageQueryVariables>;
export const LotsReadmeExampleDocument = new TypedDocumentString(`
    query LotsReadmeExample {
  lots(first: 5) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsReadmeExampleQuery, LotsReadmeExampleQueryVariables>;
export const LotsFirstSpaceCursorDocument = new TypedDocumentString(`
    query LotsFirstSpaceCursor {
  lots(first: 1) {
    edges {
      node {
        spaces(first: 1) {
          pageInfo {
            endCursor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsFirstSpaceCursorQuery, LotsFirstSpaceCursorQueryVariables>;
export const LotsScalarsDocument = new TypedDocumentString(`
    query LotsScalars($id: ID!) {
  lot(id: $id) {
    id
    name
    address
    location {
      lat
      lng
    }
    footprint {
      lat
      lng
    }
    timeZone
    lotType
    amenities
    maxVehicleHeightCm
    covered
    access
    currency
    operator {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LotsScalarsQuery, LotsScalarsQueryVariables>;
export const LotsSpacesDocument = new TypedDocumentString(`
    query LotsSpaces($id: ID!, $after: String) {
  lot(id: $id) {
    spaces(first: 9, after: $after) {
      edges {
        node {
          label
          lot {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsSpacesQuery, LotsSpacesQueryVariables>;
export const LotsNameDocument = new TypedDocumentString(`
    query LotsName($id: ID!) {
  lot(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<LotsNameQuery, LotsNameQueryVariables>;
export const LotsFirstSpaceDocument = new TypedDocumentString(`
    query LotsFirstSpace($id: ID!) {
  lot(id: $id) {
    spaces(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsFirstSpaceQuery, LotsFirstSpaceQueryVariables>;
export const LotsFirstWithRelationsDocument = new TypedDocumentString(`
    query LotsFirstWithRelations {
  lots(first: 1) {
    edges {
      node {
        id
        name
        operator {
          id
          name
        }
        spaces(first: 1) {
          edges {
            node {
              id
              label
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsFirstWithRelationsQuery, LotsFirstWithRelationsQueryVariables>;
export const LotsThreeNodesDocument = new TypedDocumentString(`
    query LotsThreeNodes($lot: ID!, $space: ID!, $operator: ID!) {
  lot: node(id: $lot) {
    __typename
    id
    ... on Lot {
      name
    }
  }
  space: node(id: $space) {
    __typename
    id
    ... on Space {
      label
    }
  }
  operator: node(id: $operator) {
    __typename
    id
    ... on Operator {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LotsThreeNodesQuery, LotsThreeNodesQueryVariables>;
export const LotsNodeIdDocument = new TypedDocumentString(`
    query LotsNodeId($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LotsNodeIdQuery, LotsNodeIdQueryVariables>;
export const NoShowsBookingStatusDocument = new TypedDocumentString(`
    query NoShowsBookingStatus($id: ID!) {
  node(id: $id) {
    ... on Booking {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NoShowsBookingStatusQuery, NoShowsBookingStatusQueryVariables>;
export const NoShowsLotOccupancyDocument = new TypedDocumentString(`
    query NoShowsLotOccupancy($id: ID!) {
  lot(id: $id) {
    occupancy {
      reserved
      available
    }
  }
}
    `) as unknown as TypedDocumentString<NoShowsLotOccupancyQuery, NoShowsLotOccupancyQueryVariables>;
export const OidcViewerDocument = new TypedDocumentString(`
    query OidcViewer {
  viewer {
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<OidcViewerQuery, OidcViewerQueryVariables>;
export const OpenDataFindableDocument = new TypedDocumentString(`
    query OpenDataFindable($near: LatLngInput!) {
  lotsNear(near: $near, radiusMeters: 500, first: 20) {
    edges {
      node {
        id
        name
        lotType
        access
        maxVehicleHeightCm
        covered
        timeZone
        currency
        capacity
        capacityAccessible
        capacityCharging
        fee
        externalRef
        availabilitySource
        bookable
        operator {
          name
          kind
        }
        openingHours {
          dayOfWeek
          opensAt
          closesAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenDataFindableQuery, OpenDataFindableQueryVariables>;
export const OutageFirstLotDocument = new TypedDocumentString(`
    query OutageFirstLot {
  lots(first: 1) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutageFirstLotQuery, OutageFirstLotQueryVariables>;
export const PartnersUpsertDocument = new TypedDocumentString(`
    mutation PartnersUpsert($input: UpsertLotsInput!) {
  upsertLots(input: $input) {
    lots {
      externalRef
      result
      spacesCreated
      spacesUpdated
      lot {
        id
        name
        capacity
        bookable
        availabilitySource
        spaces(first: 10) {
          edges {
            node {
              label
              externalRef
              kind
            }
          }
        }
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersUpsertMutation, PartnersUpsertMutationVariables>;
export const PartnersSensorsDocument = new TypedDocumentString(`
    mutation PartnersSensors($input: ReportSpaceStatusInput!) {
  reportSpaceStatus(input: $input) {
    results
    applied
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersSensorsMutation, PartnersSensorsMutationVariables>;
export const PartnersCountsDocument = new TypedDocumentString(`
    mutation PartnersCounts($input: ReportLotAvailabilityInput!) {
  reportLotAvailability(input: $input) {
    results
    applied
    userErrors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersCountsMutation, PartnersCountsMutationVariables>;
export const PartnersLotDocument = new TypedDocumentString(`
    query PartnersLot($id: ID!) {
  lot(id: $id) {
    bookable
    availabilitySource
    capacity
    reportedAvailability {
      free
      total
      observedAt
    }
    occupancy {
      total
      available
      occupied
      reserved
      byKind {
        kind
      }
    }
    spaces(first: 10) {
      edges {
        node {
          label
          sensorStatus
          sensorObservedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersLotQuery, PartnersLotQueryVariables>;
export const PartnersOccupancyDocument = new TypedDocumentString(`
    subscription PartnersOccupancy($ids: [ID!]) {
  lotOccupancyChanged(lotIds: $ids) {
    occupancy {
      occupied
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersOccupancySubscription, PartnersOccupancySubscriptionVariables>;
export const PartnersSearchDocument = new TypedDocumentString(`
    query PartnersSearch {
  lotsNear(near: {lat: 53.4815, lng: -2.2450}, radiusMeters: 800, first: 100) {
    edges {
      node {
        id
        bookable
        availabilitySource
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersSearchQuery, PartnersSearchQueryVariables>;
export const PartnersAddVehicleDocument = new TypedDocumentString(`
    mutation PartnersAddVehicle {
  addVehicle(input: {plate: "PA12 TNR", country: "GB"}) {
    vehicle {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersAddVehicleMutation, PartnersAddVehicleMutationVariables>;
export const PartnersBookDocument = new TypedDocumentString(`
    mutation PartnersBook($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PartnersBookMutation, PartnersBookMutationVariables>;
export const PhysicalAvailabilityDocument = new TypedDocumentString(`
    query PhysicalAvailability($id: ID!, $window: TimeWindowInput!) {
  lot(id: $id) {
    availability(window: $window) {
      total
      available
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalAvailabilityQuery, PhysicalAvailabilityQueryVariables>;
export const PhysicalSearchDocument = new TypedDocumentString(`
    query PhysicalSearch($near: LatLngInput!, $window: TimeWindowInput!) {
  lotsNear(near: $near, radiusMeters: 300, window: $window, first: 10) {
    edges {
      node {
        name
        availability(window: $window) {
          available
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalSearchQuery, PhysicalSearchQueryVariables>;
export const PhysicalBookDocument = new TypedDocumentString(`
    mutation PhysicalBook($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      space {
        label
      }
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalBookMutation, PhysicalBookMutationVariables>;
export const PhysicalLiveDocument = new TypedDocumentString(`
    query PhysicalLive($id: ID!) {
  lot(id: $id) {
    occupancy {
      total
      available
      occupied
      reserved
      unknown
      byKind {
        kind
        unknown
      }
    }
    spaces(first: 10) {
      edges {
        node {
          label
          status
        }
      }
    }
    dataFreshness {
      source
      reportedAt
      expired
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalLiveQuery, PhysicalLiveQueryVariables>;
export const PhysicalSensorsDocument = new TypedDocumentString(`
    mutation PhysicalSensors($input: ReportSpaceStatusInput!) {
  reportSpaceStatus(input: $input) {
    applied
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalSensorsMutation, PhysicalSensorsMutationVariables>;
export const PhysicalPlateReadDocument = new TypedDocumentString(`
    mutation PhysicalPlateRead($input: PlateReadInput!) {
  reportPlateRead(input: $input) {
    decision
    reason
  }
}
    `) as unknown as TypedDocumentString<PhysicalPlateReadMutation, PhysicalPlateReadMutationVariables>;
export const PhysicalOccupancyChangedDocument = new TypedDocumentString(`
    subscription PhysicalOccupancyChanged($ids: [ID!]) {
  lotOccupancyChanged(lotIds: $ids) {
    version
    occupancy {
      occupied
    }
  }
}
    `) as unknown as TypedDocumentString<PhysicalOccupancyChangedSubscription, PhysicalOccupancyChangedSubscriptionVariables>;
export const PlatesRegisterGateDocument = new TypedDocumentString(`
    mutation PlatesRegisterGate($input: RegisterGateInput!) {
  registerGate(input: $input) {
    gate {
      id
    }
    deviceKeySecret
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlatesRegisterGateMutation, PlatesRegisterGateMutationVariables>;
export const PlatesAddVehicleDocument = new TypedDocumentString(`
    mutation PlatesAddVehicle($input: AddVehicleInput!) {
  addVehicle(input: $input) {
    vehicle {
      id
      plate
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatesAddVehicleMutation, PlatesAddVehicleMutationVariables>;
export const PlatesCreateBookingDocument = new TypedDocumentString(`
    mutation PlatesCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatesCreateBookingMutation, PlatesCreateBookingMutationVariables>;
export const PlatesReadDocument = new TypedDocumentString(`
    mutation PlatesRead($input: PlateReadInput!) {
  reportPlateRead(input: $input) {
    decision
    reason
    read {
      id
      plate
      rawPlate
      booking {
        id
        status
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatesReadMutation, PlatesReadMutationVariables>;
export const QuoteOfLotDocument = new TypedDocumentString(`
    query QuoteOfLot($id: ID!, $window: TimeWindowInput!, $spaceKind: SpaceKind) {
  lot(id: $id) {
    quote(window: $window, spaceKind: $spaceKind) {
      total {
        amount
        currency
      }
      tariffName
      lines {
        kind
        description
        quantity
        unitPrice {
          amount
          currency
        }
        amount {
          amount
          currency
        }
        period {
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteOfLotQuery, QuoteOfLotQueryVariables>;
export const QuoteOfLotDefaultKindDocument = new TypedDocumentString(`
    query QuoteOfLotDefaultKind($id: ID!, $window: TimeWindowInput!) {
  lot(id: $id) {
    quote(window: $window) {
      total {
        amount
        currency
      }
      tariffName
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteOfLotDefaultKindQuery, QuoteOfLotDefaultKindQueryVariables>;
export const SearchNearDocument = new TypedDocumentString(`
    query SearchNear($near: LatLngInput!, $radius: Float, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {
  lotsNear(
    near: $near
    radiusMeters: $radius
    window: $window
    filter: $filter
    first: $first
    after: $after
  ) {
    ...SearchPageFields
  }
}
    fragment SearchPageFields on LotSearchConnection {
  edges {
    cursor
    distanceMeters
    node {
      id
      name
    }
  }
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
}`) as unknown as TypedDocumentString<SearchNearQuery, SearchNearQueryVariables>;
export const SearchBoundsDocument = new TypedDocumentString(`
    query SearchBounds($bounds: BoundsInput!, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {
  lotsInBounds(
    bounds: $bounds
    window: $window
    filter: $filter
    first: $first
    after: $after
  ) {
    ...SearchPageFields
  }
}
    fragment SearchPageFields on LotSearchConnection {
  edges {
    cursor
    distanceMeters
    node {
      id
      name
    }
  }
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
}`) as unknown as TypedDocumentString<SearchBoundsQuery, SearchBoundsQueryVariables>;
export const SearchNearDefaultFirstDocument = new TypedDocumentString(`
    query SearchNearDefaultFirst($near: LatLngInput!, $radius: Float) {
  lotsNear(near: $near, radiusMeters: $radius) {
    ...SearchPageFields
  }
}
    fragment SearchPageFields on LotSearchConnection {
  edges {
    cursor
    distanceMeters
    node {
      id
      name
    }
  }
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
}`) as unknown as TypedDocumentString<SearchNearDefaultFirstQuery, SearchNearDefaultFirstQueryVariables>;
export const SearchFirstLotsCursorDocument = new TypedDocumentString(`
    query SearchFirstLotsCursor {
  lots(first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SearchFirstLotsCursorQuery, SearchFirstLotsCursorQueryVariables>;
export const SearchOperatorsNearDocument = new TypedDocumentString(`
    query SearchOperatorsNear($near: LatLngInput!) {
  lotsNear(near: $near, radiusMeters: 2000) {
    edges {
      node {
        name
        operator {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchOperatorsNearQuery, SearchOperatorsNearQueryVariables>;
export const SearchNestedDocument = new TypedDocumentString(`
    query SearchNested($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {
  lotsNear(near: $near, radiusMeters: 2600, first: $first, window: $window) {
    edges {
      distanceMeters
      node {
        name
        operator {
          name
        }
        spaces(first: 5) {
          edges {
            node {
              label
            }
          }
        }
        availability(window: $window) {
          available
          byKind {
            kind
            available
          }
        }
        quote(window: $window) {
          total {
            amount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchNestedQuery, SearchNestedQueryVariables>;
export const ResilienceOccupancyDocument = new TypedDocumentString(`
    subscription ResilienceOccupancy($lotIds: [ID!], $bounds: BoundsInput) {
  lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds) {
    lotId
    version
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<ResilienceOccupancySubscription, ResilienceOccupancySubscriptionVariables>;
export const ResilienceHttpOccupancyDocument = new TypedDocumentString(`
    query ResilienceHttpOccupancy($id: ID!) {
  lot(id: $id) {
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<ResilienceHttpOccupancyQuery, ResilienceHttpOccupancyQueryVariables>;
export const ResilienceCreateBookingDocument = new TypedDocumentString(`
    mutation ResilienceCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceCreateBookingMutation, ResilienceCreateBookingMutationVariables>;
export const SubscriptionsOccupancyDocument = new TypedDocumentString(`
    subscription SubscriptionsOccupancy($lotIds: [ID!], $bounds: BoundsInput, $knownVersions: [LotVersionInput!]) {
  lotOccupancyChanged(
    lotIds: $lotIds
    bounds: $bounds
    knownVersions: $knownVersions
  ) {
    lotId
    version
    lot {
      id
      name
    }
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<SubscriptionsOccupancySubscription, SubscriptionsOccupancySubscriptionVariables>;
export const SubscriptionsHttpOccupancyDocument = new TypedDocumentString(`
    query SubscriptionsHttpOccupancy($id: ID!) {
  lot(id: $id) {
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<SubscriptionsHttpOccupancyQuery, SubscriptionsHttpOccupancyQueryVariables>;
export const SubscriptionsSpacesDocument = new TypedDocumentString(`
    subscription SubscriptionsSpaces($lotId: ID!) {
  spaceStatusChanged(lotId: $lotId) {
    space {
      id
      label
    }
    status
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsSpacesSubscription, SubscriptionsSpacesSubscriptionVariables>;
export const SubscriptionsBookingUpdatedDocument = new TypedDocumentString(`
    subscription SubscriptionsBookingUpdated {
  bookingUpdated {
    id
    status
    lot {
      id
    }
    space {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsBookingUpdatedSubscription, SubscriptionsBookingUpdatedSubscriptionVariables>;
export const SubscriptionsCreateBookingDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateBooking($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
      status
      space {
        id
      }
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateBookingMutation, SubscriptionsCreateBookingMutationVariables>;
export const SubscriptionsCancelBookingDocument = new TypedDocumentString(`
    mutation SubscriptionsCancelBooking($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    booking {
      id
      status
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCancelBookingMutation, SubscriptionsCancelBookingMutationVariables>;
export const SubscriptionsUpdateSpaceDocument = new TypedDocumentString(`
    mutation SubscriptionsUpdateSpace($input: UpdateSpaceInput!) {
  updateSpace(input: $input) {
    space {
      id
      operatorStatus
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsUpdateSpaceMutation, SubscriptionsUpdateSpaceMutationVariables>;
export const SubscriptionsQuietDocument = new TypedDocumentString(`
    subscription SubscriptionsQuiet($lotIds: [ID!]) {
  lotOccupancyChanged(lotIds: $lotIds) {
    lotId
    version
    occupancy {
      ...OccupancyFields
    }
  }
}
    fragment OccupancyFields on LotOccupancy {
  total
  available
  occupied
  reserved
  outOfService
  byKind {
    kind
    total
    available
    occupied
    reserved
    outOfService
  }
  updatedAt
}`) as unknown as TypedDocumentString<SubscriptionsQuietSubscription, SubscriptionsQuietSubscriptionVariables>;
export const TeamsInviteDocument = new TypedDocumentString(`
    mutation TeamsInvite($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      email
      role
      expiresAt
      operator {
        id
        name
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsInviteMutation, TeamsInviteMutationVariables>;
export const TeamsAcceptDocument = new TypedDocumentString(`
    mutation TeamsAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    member {
      ...TeamsMemberPayload
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment TeamsMemberPayload on OperatorMember {
  role
  user {
    id
  }
}`) as unknown as TypedDocumentString<TeamsAcceptMutation, TeamsAcceptMutationVariables>;
export const TeamsChangeRoleDocument = new TypedDocumentString(`
    mutation TeamsChangeRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      ...TeamsMemberPayload
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment TeamsMemberPayload on OperatorMember {
  role
  user {
    id
  }
}`) as unknown as TypedDocumentString<TeamsChangeRoleMutation, TeamsChangeRoleMutationVariables>;
export const TeamsRemoveDocument = new TypedDocumentString(`
    mutation TeamsRemove($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    member {
      ...TeamsMemberPayload
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment TeamsMemberPayload on OperatorMember {
  role
  user {
    id
  }
}`) as unknown as TypedDocumentString<TeamsRemoveMutation, TeamsRemoveMutationVariables>;
export const TeamsTeamDocument = new TypedDocumentString(`
    query TeamsTeam($id: ID!) {
  node(id: $id) {
    ... on Operator {
      members(first: 50) {
        edges {
          node {
            role
            joinedAt
            user {
              id
              displayName
            }
          }
        }
      }
      pendingInvitations {
        email
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsTeamQuery, TeamsTeamQueryVariables>;
export const TeamsMembershipsDocument = new TypedDocumentString(`
    query TeamsMemberships {
  viewer {
    memberships {
      role
      operator {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsMembershipsQuery, TeamsMembershipsQueryVariables>;
export const TeamsMembersPageDocument = new TypedDocumentString(`
    query TeamsMembersPage($id: ID!, $after: String) {
  node(id: $id) {
    ... on Operator {
      members(first: 2, after: $after) {
        edges {
          node {
            user {
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamsMembersPageQuery, TeamsMembersPageQueryVariables>;
export const VehiclesAddDocument = new TypedDocumentString(`
    mutation VehiclesAdd($input: AddVehicleInput!) {
  addVehicle(input: $input) {
    vehicle {
      ...VehicleFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}`) as unknown as TypedDocumentString<VehiclesAddMutation, VehiclesAddMutationVariables>;
export const VehiclesUpdateDocument = new TypedDocumentString(`
    mutation VehiclesUpdate($input: UpdateVehicleInput!) {
  updateVehicle(input: $input) {
    vehicle {
      ...VehicleFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}`) as unknown as TypedDocumentString<VehiclesUpdateMutation, VehiclesUpdateMutationVariables>;
export const VehiclesRemoveDocument = new TypedDocumentString(`
    mutation VehiclesRemove($input: RemoveVehicleInput!) {
  removeVehicle(input: $input) {
    vehicle {
      ...VehicleFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}`) as unknown as TypedDocumentString<VehiclesRemoveMutation, VehiclesRemoveMutationVariables>;
export const VehiclesOfViewerDocument = new TypedDocumentString(`
    query VehiclesOfViewer {
  viewer {
    vehicles {
      ...VehicleFields
    }
  }
}
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}`) as unknown as TypedDocumentString<VehiclesOfViewerQuery, VehiclesOfViewerQueryVariables>;
export const VehiclesOfBookingDocument = new TypedDocumentString(`
    query VehiclesOfBooking($id: ID!) {
  node(id: $id) {
    ... on Booking {
      vehicle {
        ...VehicleFields
      }
    }
  }
}
    fragment VehicleFields on Vehicle {
  id
  plate
  country
  nickname
  heightCm
}`) as unknown as TypedDocumentString<VehiclesOfBookingQuery, VehiclesOfBookingQueryVariables>;
export const VehiclesNicknameOfBookingDocument = new TypedDocumentString(`
    query VehiclesNicknameOfBooking($id: ID!) {
  node(id: $id) {
    ... on Booking {
      vehicle {
        plate
        nickname
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VehiclesNicknameOfBookingQuery, VehiclesNicknameOfBookingQueryVariables>;
export const VehiclesNodeDocument = new TypedDocumentString(`
    query VehiclesNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Vehicle {
      plate
      nickname
    }
  }
}
    `) as unknown as TypedDocumentString<VehiclesNodeQuery, VehiclesNodeQueryVariables>;
export const WebAppFirstLotCursorDocument = new TypedDocumentString(`
    query WebAppFirstLotCursor {
  lots(first: 1) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<WebAppFirstLotCursorQuery, WebAppFirstLotCursorQueryVariables>;