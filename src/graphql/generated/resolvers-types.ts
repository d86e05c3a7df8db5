import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LotRow, SpaceRow, OperatorRow, LotAvailabilityParent, LotOccupancyParent, LotQuote, QuoteLineParent, LotWeeklyHoursRow, BookingRow, VehicleRow, UserRow, UserViewer, TariffWithFlatRates, FlatRateParent, LotBlackoutRow, MembershipParent, ApiKeyRow, LotUpdate, SpaceStatusRow } from '../mappers.js';
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

/** A closure to add. */
export type AddBlackoutInput = {
  /** Global id of the lot. */
  lotId: Scalars['ID']['input'];
  /** Why, shown to drivers. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** When the lot is closed. */
  window: TimeWindowInput;
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
  | 'LOTS_WRITE';

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
  | 'NO_SHOW';

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

/** Why a lot cannot take a booking for a window. */
export type ClosedReason =
  /** A one-off closure (a holiday, maintenance) overlaps the window. */
  | 'BLACKOUT'
  /** The owner's bookable hours do not cover the whole window. */
  | 'OUTSIDE_BOOKABLE_HOURS'
  /** The lot's opening hours do not cover the whole window. */
  | 'OUTSIDE_OPENING_HOURS';

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
  /** A particular space (global id) instead of any free one of the kind. */
  spaceId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of space wanted; ignored when `spaceId` is given. */
  spaceKind?: InputMaybe<SpaceKind>;
  /** Global id of one of the driver's vehicles. */
  vehicleId: Scalars['ID']['input'];
  /** When to park. */
  window: TimeWindowInput;
};

/** The lot to create. */
export type CreateLotInput = {
  /** Who may park; PUBLIC when omitted. */
  access?: InputMaybe<LotAccess>;
  /** Postal address. */
  address: Scalars['String']['input'];
  /** Facilities, e.g. ["CCTV", "LIGHTING"]. */
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True when spaces are under a roof. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency of its prices, e.g. "GBP". */
  currency: Scalars['String']['input'];
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

/** The booking to extend and its new end. */
export type ExtendBookingInput = {
  /** Global id of the booking. */
  bookingId: Scalars['ID']['input'];
  /** The new end of the window, after the current one. */
  end: Scalars['DateTime']['input'];
};

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
  /**
   * Spaces free for the whole window, in total and by kind. A space is free when it is in service
   * and no live booking overlaps the window; nothing is free when the lot's opening hours or the
   * owner's bookable hours leave any part of the window uncovered (see `closedReason`).
   */
  availability: LotAvailability;
  /** One-off closures that have not ended yet, soonest first. */
  blackouts: Array<Blackout>;
  /** Weekly hours in which the owner lets the lot be booked; null when bookable around the clock. */
  bookableHours?: Maybe<Array<WeeklyHours>>;
  /** Cancellation terms and arrival grace for bookings here. */
  cancellationPolicy: CancellationPolicy;
  /** True when spaces are under a roof. */
  covered: Scalars['Boolean']['output'];
  /** ISO 4217 currency of every price at this lot, e.g. "GBP". */
  currency: Scalars['String']['output'];
  /**
   * Outline of the lot as polygon rings (the first ring is the boundary, the rest are holes),
   * or null when the operator gave none.
   */
  footprint?: Maybe<Array<Array<LatLng>>>;
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
  /** Weekly opening hours in the lot's time zone; null when the lot never closes. */
  openingHours?: Maybe<Array<WeeklyHours>>;
  /** Who runs this lot. */
  operator: Operator;
  /**
   * The price of parking here for a window, from the lot's tariff for the space kind (or its
   * general tariff). Bookings are priced by the same function and lock this amount. Null when the
   * lot has no tariff that applies.
   */
  quote?: Maybe<Quote>;
  /** The lot's spaces, ordered by label, a page at a time. */
  spaces: SpaceConnection;
  /** The lot's tariffs: the general one (no space kind) and any per kind. */
  tariffs: Array<Tariff>;
  /**
   * IANA time zone of the lot, e.g. "Europe/London". Opening hours and tariff bands are
   * wall-clock times in this zone.
   */
  timeZone: Scalars['String']['output'];
};


/** A car park, yard or street section drivers can park in. */
export type LotAvailabilityArgs = {
  window: TimeWindowInput;
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
  /** Closes a lot for a one-off period (a holiday, maintenance): no bookings overlapping it. */
  addBlackout: LotPayload;
  /** Adds spaces to a lot in bulk (1 to 1000); labels must be new in the lot. All or nothing. */
  addSpaces: SpacesPayload;
  /**
   * Adds a vehicle to the signed-in driver. The plate is normalised (upper case, letters and digits
   * only) and must be new among the driver's vehicles.
   */
  addVehicle: VehiclePayload;
  /** Archives a lot: it leaves search and takes no new bookings; existing bookings stand. */
  archiveLot: LotPayload;
  /**
   * Cancels a booking that has not been used yet. Free until the lot's free-cancellation time
   * before the start; after that the lot's cancellation fee applies.
   */
  cancelBooking: BookingPayload;
  /** Creates a partner API key for an operator (its OWNER). The secret is in this payload only. */
  createApiKey: ApiKeySecretPayload;
  /**
   * Books a space for the signed-in driver: a free space of the requested kind (or the one asked
   * for) for the whole window, priced by the same function as `Lot.quote`, with the price locked.
   * Two bookings can never hold one space at overlapping times.
   */
  createBooking: BookingPayload;
  /** Lists a new lot for an operator (its MANAGER or OWNER, or a `lots:write` key). */
  createLot: LotPayload;
  /**
   * Creates an operator with the signed-in user as its OWNER. Any user may create a PRIVATE
   * operator (a land owner listing a yard); NETWORK operators are created by admins.
   */
  createOperator: OperatorPayload;
  /**
   * Moves a booking's end later on the same space, when the space stays free and the lot stays
   * open; the stay is priced again.
   */
  extendBooking: BookingPayload;
  /** Removes a one-off closure. */
  removeBlackout: LotPayload;
  /** Removes a vehicle from the driver's list; bookings made with it keep showing it. */
  removeVehicle: VehiclePayload;
  /** Revokes a key; requests with it are refused from now on. */
  revokeApiKey: ApiKeyPayload;
  /** Replaces a key with a new secret (same name and scopes); the old secret stops working at once. */
  rotateApiKey: ApiKeySecretPayload;
  /** Sets a lot's cancellation policy and arrival grace. */
  setCancellationPolicy: LotPayload;
  /**
   * Sets a lot's tariff for a space kind (or its general tariff when `spaceKind` is omitted),
   * replacing the previous one. Existing bookings keep their locked price.
   */
  setTariff: LotPayload;
  /** Replaces a lot's weekly opening hours or bookable hours. An empty list means around the clock. */
  setWeeklyHours: LotPayload;
  /** Changes a lot's details; omitted fields stay as they are. */
  updateLot: LotPayload;
  /** Changes one space: its kind, level, or whether it is in service. */
  updateSpace: SpacePayload;
  /** Renames one of the driver's vehicles or records its height. */
  updateVehicle: VehiclePayload;
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
export type MutationExtendBookingArgs = {
  input: ExtendBookingInput;
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
export type MutationRemoveVehicleArgs = {
  input: RemoveVehicleInput;
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
export type MutationSetCancellationPolicyArgs = {
  input: SetCancellationPolicyInput;
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
  /** Global id of the operator. */
  id: Scalars['ID']['output'];
  /** Whether this is a parking network or a private owner. */
  kind: OperatorKind;
  /** Display name, e.g. "CityPark". */
  name: Scalars['String']['output'];
};


/** Whoever lists lots: a parking network integrating as a partner, or a private land owner. */
export type OperatorBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lotId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<BookingStatus>>;
};

/** The two kinds of operator. */
export type OperatorKind =
  /** A parking network (a company running many car parks), usually integrating as a partner. */
  | 'NETWORK'
  /** A private land owner renting out a yard, driveway or a few bays. */
  | 'PRIVATE';

/** The result of an operator mutation. */
export type OperatorPayload = {
  __typename?: 'OperatorPayload';
  /** The operator; null when `userErrors` is not empty. */
  operator?: Maybe<Operator>;
  /** Why the change was not made; empty on success. */
  userErrors: Array<UserError>;
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
  window?: InputMaybe<TimeWindowInput>;
};


/** The entry points for reading data. */
export type QueryLotsNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A closure to remove. */
export type RemoveBlackoutInput = {
  /** Id of the closure (`Blackout.id`). */
  blackoutId: Scalars['ID']['input'];
};

/** The vehicle to remove. */
export type RemoveVehicleInput = {
  /** Global id of the vehicle. */
  vehicleId: Scalars['ID']['input'];
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

/** One marked bay in a lot. */
export type Space = Node & {
  __typename?: 'Space';
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
  | 'RESERVED';

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

/** A lot's fields to change; omitted fields stay as they are. */
export type UpdateLotInput = {
  /** Who may park. */
  access?: InputMaybe<LotAccess>;
  /** Postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Facilities. */
  amenities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True when spaces are under a roof. */
  covered?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Someone with an account: a driver, an operator's staff, or an admin. */
export type User = Node & {
  __typename?: 'User';
  /** Name shown to operators and in receipts. */
  displayName: Scalars['String']['output'];
  /** Sign-in email; visible to the user and admins only (null for anyone else). */
  email?: Maybe<Scalars['String']['output']>;
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
  /** The driver already has a vehicle with this plate. */
  | 'DUPLICATE_PLATE'
  /** The viewer may see the object but not do this to it. */
  | 'FORBIDDEN'
  /** The idempotency key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A field's value is not acceptable (see `field` and `message`). */
  | 'INVALID_INPUT'
  /** The time window is empty, reversed, too long or in the past. */
  | 'INVALID_WINDOW'
  /** The lot is closed (a one-off closure) during the window. */
  | 'LOT_CLOSED'
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
  /** The lot's opening hours do not cover the whole window. */
  | 'OUTSIDE_OPENING_HOURS'
  /** The vehicle is higher than the lot's clearance. */
  | 'VEHICLE_TOO_HIGH';

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

/** The signed-in user and what belongs to them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The user's bookings, newest first. */
  bookings: BookingConnection;
  /** The operators the user works for, with their role at each. */
  memberships: Array<Membership>;
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
    | ( LotRow )
    | ( OperatorRow )
    | ( SpaceRow )
    | ( UserRow )
    | ( VehicleRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddBlackoutInput: AddBlackoutInput;
  AddSpacesInput: AddSpacesInput;
  AddVehicleInput: AddVehicleInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ApiKeyScope: ApiKeyScope;
  ApiKeySecretPayload: ResolverTypeWrapper<Omit<ApiKeySecretPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ArchiveLotInput: ArchiveLotInput;
  Blackout: ResolverTypeWrapper<LotBlackoutRow>;
  Booking: ResolverTypeWrapper<BookingRow>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingPayload: ResolverTypeWrapper<Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  BookingStatus: BookingStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BoundsInput: BoundsInput;
  CancelBookingInput: CancelBookingInput;
  CancellationPolicy: ResolverTypeWrapper<LotRow>;
  ClosedReason: ClosedReason;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateBookingInput: CreateBookingInput;
  CreateLotInput: CreateLotInput;
  CreateOperatorInput: CreateOperatorInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExtendBookingInput: ExtendBookingInput;
  FlatRate: ResolverTypeWrapper<FlatRateParent>;
  FlatRateInput: FlatRateInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LatLng: ResolverTypeWrapper<LatLng>;
  LatLngInput: LatLngInput;
  Lot: ResolverTypeWrapper<LotRow>;
  LotAccess: LotAccess;
  LotAvailability: ResolverTypeWrapper<LotAvailabilityParent>;
  LotConnection: ResolverTypeWrapper<Omit<LotConnection, 'edges'> & { edges: Array<ResolversTypes['LotEdge']> }>;
  LotEdge: ResolverTypeWrapper<Omit<LotEdge, 'node'> & { node: ResolversTypes['Lot'] }>;
  LotFilter: LotFilter;
  LotOccupancy: ResolverTypeWrapper<LotOccupancyParent>;
  LotOccupancyUpdate: ResolverTypeWrapper<LotUpdate>;
  LotPayload: ResolverTypeWrapper<Omit<LotPayload, 'lot'> & { lot?: Maybe<ResolversTypes['Lot']> }>;
  LotSearchConnection: ResolverTypeWrapper<Omit<LotSearchConnection, 'edges'> & { edges: Array<ResolversTypes['LotSearchEdge']> }>;
  LotSearchEdge: ResolverTypeWrapper<Omit<LotSearchEdge, 'node'> & { node: ResolversTypes['Lot'] }>;
  LotType: LotType;
  LotVersionInput: LotVersionInput;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipParent>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewSpaceInput: NewSpaceInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Operator: ResolverTypeWrapper<OperatorRow>;
  OperatorKind: OperatorKind;
  OperatorPayload: ResolverTypeWrapper<Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<LotQuote>;
  QuoteLine: ResolverTypeWrapper<QuoteLineParent>;
  QuoteLineKind: QuoteLineKind;
  RemoveBlackoutInput: RemoveBlackoutInput;
  RemoveVehicleInput: RemoveVehicleInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RotateApiKeyInput: RotateApiKeyInput;
  SetCancellationPolicyInput: SetCancellationPolicyInput;
  SetTariffInput: SetTariffInput;
  SetWeeklyHoursInput: SetWeeklyHoursInput;
  Space: ResolverTypeWrapper<SpaceRow>;
  SpaceConnection: ResolverTypeWrapper<Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversTypes['SpaceEdge']> }>;
  SpaceEdge: ResolverTypeWrapper<Omit<SpaceEdge, 'node'> & { node: ResolversTypes['Space'] }>;
  SpaceKind: SpaceKind;
  SpaceKindAvailability: ResolverTypeWrapper<SpaceKindAvailability>;
  SpaceKindOccupancy: ResolverTypeWrapper<SpaceKindOccupancy>;
  SpaceOperatorStatus: SpaceOperatorStatus;
  SpacePayload: ResolverTypeWrapper<Omit<SpacePayload, 'space'> & { space?: Maybe<ResolversTypes['Space']> }>;
  SpaceStatus: SpaceStatus;
  SpaceStatusUpdate: ResolverTypeWrapper<SpaceStatusRow>;
  SpacesPayload: ResolverTypeWrapper<Omit<SpacesPayload, 'spaces'> & { spaces: Array<ResolversTypes['Space']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tariff: ResolverTypeWrapper<TariffWithFlatRates>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimeWindowInput: TimeWindowInput;
  UpdateLotInput: UpdateLotInput;
  UpdateSpaceInput: UpdateSpaceInput;
  UpdateVehicleInput: UpdateVehicleInput;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Vehicle: ResolverTypeWrapper<VehicleRow>;
  VehiclePayload: ResolverTypeWrapper<Omit<VehiclePayload, 'vehicle'> & { vehicle?: Maybe<ResolversTypes['Vehicle']> }>;
  Viewer: ResolverTypeWrapper<UserViewer>;
  WeeklyHours: ResolverTypeWrapper<LotWeeklyHoursRow>;
  WeeklyHoursInput: WeeklyHoursInput;
  WeeklyHoursPurpose: WeeklyHoursPurpose;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddBlackoutInput: AddBlackoutInput;
  AddSpacesInput: AddSpacesInput;
  AddVehicleInput: AddVehicleInput;
  ApiKey: ApiKeyRow;
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ApiKeySecretPayload: Omit<ApiKeySecretPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ArchiveLotInput: ArchiveLotInput;
  Blackout: LotBlackoutRow;
  Booking: BookingRow;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingPayload: Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  Boolean: Scalars['Boolean']['output'];
  BoundsInput: BoundsInput;
  CancelBookingInput: CancelBookingInput;
  CancellationPolicy: LotRow;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateBookingInput: CreateBookingInput;
  CreateLotInput: CreateLotInput;
  CreateOperatorInput: CreateOperatorInput;
  DateTime: Scalars['DateTime']['output'];
  ExtendBookingInput: ExtendBookingInput;
  FlatRate: FlatRateParent;
  FlatRateInput: FlatRateInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LatLng: LatLng;
  LatLngInput: LatLngInput;
  Lot: LotRow;
  LotAvailability: LotAvailabilityParent;
  LotConnection: Omit<LotConnection, 'edges'> & { edges: Array<ResolversParentTypes['LotEdge']> };
  LotEdge: Omit<LotEdge, 'node'> & { node: ResolversParentTypes['Lot'] };
  LotFilter: LotFilter;
  LotOccupancy: LotOccupancyParent;
  LotOccupancyUpdate: LotUpdate;
  LotPayload: Omit<LotPayload, 'lot'> & { lot?: Maybe<ResolversParentTypes['Lot']> };
  LotSearchConnection: Omit<LotSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['LotSearchEdge']> };
  LotSearchEdge: Omit<LotSearchEdge, 'node'> & { node: ResolversParentTypes['Lot'] };
  LotVersionInput: LotVersionInput;
  Membership: MembershipParent;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NewSpaceInput: NewSpaceInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Operator: OperatorRow;
  OperatorPayload: Omit<OperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Quote: LotQuote;
  QuoteLine: QuoteLineParent;
  RemoveBlackoutInput: RemoveBlackoutInput;
  RemoveVehicleInput: RemoveVehicleInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RotateApiKeyInput: RotateApiKeyInput;
  SetCancellationPolicyInput: SetCancellationPolicyInput;
  SetTariffInput: SetTariffInput;
  SetWeeklyHoursInput: SetWeeklyHoursInput;
  Space: SpaceRow;
  SpaceConnection: Omit<SpaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SpaceEdge']> };
  SpaceEdge: Omit<SpaceEdge, 'node'> & { node: ResolversParentTypes['Space'] };
  SpaceKindAvailability: SpaceKindAvailability;
  SpaceKindOccupancy: SpaceKindOccupancy;
  SpacePayload: Omit<SpacePayload, 'space'> & { space?: Maybe<ResolversParentTypes['Space']> };
  SpaceStatusUpdate: SpaceStatusRow;
  SpacesPayload: Omit<SpacesPayload, 'spaces'> & { spaces: Array<ResolversParentTypes['Space']> };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tariff: TariffWithFlatRates;
  TimeWindow: TimeWindow;
  TimeWindowInput: TimeWindowInput;
  UpdateLotInput: UpdateLotInput;
  UpdateSpaceInput: UpdateSpaceInput;
  UpdateVehicleInput: UpdateVehicleInput;
  User: UserRow;
  UserError: UserError;
  Vehicle: VehicleRow;
  VehiclePayload: Omit<VehiclePayload, 'vehicle'> & { vehicle?: Maybe<ResolversParentTypes['Vehicle']> };
  Viewer: UserViewer;
  WeeklyHours: LotWeeklyHoursRow;
  WeeklyHoursInput: WeeklyHoursInput;
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

export type CancellationPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CancellationPolicy'] = ResolversParentTypes['CancellationPolicy']> = {
  arrivalGraceMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellationFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  freeCancellationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FlatRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlatRate'] = ResolversParentTypes['FlatRate']> = {
  daysOfWeek?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  entryAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exitBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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
  availability?: Resolver<ResolversTypes['LotAvailability'], ParentType, ContextType, RequireFields<LotAvailabilityArgs, 'window'>>;
  blackouts?: Resolver<Array<ResolversTypes['Blackout']>, ParentType, ContextType>;
  bookableHours?: Resolver<Maybe<Array<ResolversTypes['WeeklyHours']>>, ParentType, ContextType>;
  cancellationPolicy?: Resolver<ResolversTypes['CancellationPolicy'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  footprint?: Resolver<Maybe<Array<Array<ResolversTypes['LatLng']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LatLng'], ParentType, ContextType>;
  lotType?: Resolver<ResolversTypes['LotType'], ParentType, ContextType>;
  maxVehicleHeightCm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['LotOccupancy'], ParentType, ContextType>;
  openingHours?: Resolver<Maybe<Array<ResolversTypes['WeeklyHours']>>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['Quote']>, ParentType, ContextType, RequireFields<LotQuoteArgs, 'spaceKind' | 'window'>>;
  spaces?: Resolver<ResolversTypes['SpaceConnection'], ParentType, ContextType, RequireFields<LotSpacesArgs, 'first'>>;
  tariffs?: Resolver<Array<ResolversTypes['Tariff']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type LotOccupancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LotOccupancy'] = ResolversParentTypes['LotOccupancy']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['SpaceKindOccupancy']>, ParentType, ContextType>;
  occupied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outOfService?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  addBlackout?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationAddBlackoutArgs, 'input'>>;
  addSpaces?: Resolver<ResolversTypes['SpacesPayload'], ParentType, ContextType, RequireFields<MutationAddSpacesArgs, 'input'>>;
  addVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationAddVehicleArgs, 'input'>>;
  archiveLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationArchiveLotArgs, 'input'>>;
  cancelBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['ApiKeySecretPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCreateBookingArgs, 'input'>>;
  createLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationCreateLotArgs, 'input'>>;
  createOperator?: Resolver<ResolversTypes['OperatorPayload'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'input'>>;
  extendBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationExtendBookingArgs, 'input'>>;
  removeBlackout?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationRemoveBlackoutArgs, 'input'>>;
  removeVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationRemoveVehicleArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  rotateApiKey?: Resolver<ResolversTypes['ApiKeySecretPayload'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'input'>>;
  setCancellationPolicy?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetCancellationPolicyArgs, 'input'>>;
  setTariff?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetTariffArgs, 'input'>>;
  setWeeklyHours?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationSetWeeklyHoursArgs, 'input'>>;
  updateLot?: Resolver<ResolversTypes['LotPayload'], ParentType, ContextType, RequireFields<MutationUpdateLotArgs, 'input'>>;
  updateSpace?: Resolver<ResolversTypes['SpacePayload'], ParentType, ContextType, RequireFields<MutationUpdateSpaceArgs, 'input'>>;
  updateVehicle?: Resolver<ResolversTypes['VehiclePayload'], ParentType, ContextType, RequireFields<MutationUpdateVehicleArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ApiKey' | 'Blackout' | 'Booking' | 'Lot' | 'Operator' | 'Space' | 'User' | 'Vehicle', ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  apiKeys?: Resolver<Maybe<Array<ResolversTypes['ApiKey']>>, ParentType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['BookingConnection']>, ParentType, ContextType, RequireFields<OperatorBookingsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorPayload'] = ResolversParentTypes['OperatorPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type SpaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Space'] = ResolversParentTypes['Space']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['Lot'], ParentType, ContextType>;
  operatorStatus?: Resolver<ResolversTypes['SpaceOperatorStatus'], ParentType, ContextType>;
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

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<ViewerBookingsArgs, 'first'>>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  vehicles?: Resolver<Array<ResolversTypes['Vehicle']>, ParentType, ContextType>;
};

export type WeeklyHoursResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WeeklyHours'] = ResolversParentTypes['WeeklyHours']> = {
  closesAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dayOfWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  ApiKeySecretPayload?: ApiKeySecretPayloadResolvers<ContextType>;
  Blackout?: BlackoutResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingPayload?: BookingPayloadResolvers<ContextType>;
  CancellationPolicy?: CancellationPolicyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FlatRate?: FlatRateResolvers<ContextType>;
  LatLng?: LatLngResolvers<ContextType>;
  Lot?: LotResolvers<ContextType>;
  LotAvailability?: LotAvailabilityResolvers<ContextType>;
  LotConnection?: LotConnectionResolvers<ContextType>;
  LotEdge?: LotEdgeResolvers<ContextType>;
  LotOccupancy?: LotOccupancyResolvers<ContextType>;
  LotOccupancyUpdate?: LotOccupancyUpdateResolvers<ContextType>;
  LotPayload?: LotPayloadResolvers<ContextType>;
  LotSearchConnection?: LotSearchConnectionResolvers<ContextType>;
  LotSearchEdge?: LotSearchEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorPayload?: OperatorPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteLine?: QuoteLineResolvers<ContextType>;
  Space?: SpaceResolvers<ContextType>;
  SpaceConnection?: SpaceConnectionResolvers<ContextType>;
  SpaceEdge?: SpaceEdgeResolvers<ContextType>;
  SpaceKindAvailability?: SpaceKindAvailabilityResolvers<ContextType>;
  SpaceKindOccupancy?: SpaceKindOccupancyResolvers<ContextType>;
  SpacePayload?: SpacePayloadResolvers<ContextType>;
  SpaceStatusUpdate?: SpaceStatusUpdateResolvers<ContextType>;
  SpacesPayload?: SpacesPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tariff?: TariffResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Vehicle?: VehicleResolvers<ContextType>;
  VehiclePayload?: VehiclePayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WeeklyHours?: WeeklyHoursResolvers<ContextType>;
};

