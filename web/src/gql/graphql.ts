/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A future window `[from, to)` to forecast. */
export type ForecastWindowInput = {
  /** First instant to forecast; not before the start of the current 15-minute bucket. */
  from: string;
  /** The end of the window (not included); after `from` and at most 7 days later. */
  to: string;
};

/** A past range of instants, half-open: `[from, to)`. */
export type HistoryRangeInput = {
  /** First instant of the range. */
  from: string;
  /** The instant the range ends (not included); after `from`. */
  to: string;
};

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

/** Days to report on, inclusive: `from` to `to`, at most 93 days. */
export type ReportRangeInput = {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day (included), `YYYY-MM-DD`. */
  to: string;
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

export type LotsInViewQueryVariables = Exact<{
  bounds: BoundsInput;
}>;


export type LotsInViewQuery = { lotsInBounds: { edges: Array<{ node: { id: string, name: string, location: { lat: number, lng: number }, occupancy: { total: number, available: number, reserved: number, occupied: number, outOfService: number } } }> } };

export type LiveOccupancySubscriptionVariables = Exact<{
  bounds: BoundsInput;
  knownVersions?: Array<LotVersionInput> | LotVersionInput | null | undefined;
}>;


export type LiveOccupancySubscription = { lotOccupancyChanged: { lotId: string, version: number, lot: { name: string, location: { lat: number, lng: number } }, occupancy: { total: number, available: number, reserved: number, occupied: number, outOfService: number } } };

export type SearchLotsQueryVariables = Exact<{
  bounds: BoundsInput;
  window: TimeWindowInput;
  spaceKind: SpaceKind;
}>;


export type SearchLotsQuery = { lotsInBounds: { edges: Array<{ node: { id: string, name: string, location: { lat: number, lng: number }, availability: { byKind: Array<{ kind: SpaceKind, available: number }> }, quote: { total: { amount: number, currency: string } } | null } }> } };

export type DriverQueryVariables = Exact<{ [key: string]: never; }>;


export type DriverQuery = { viewer: { user: { displayName: string }, vehicles: Array<{ id: string, plate: string, nickname: string | null }>, bookings: { edges: Array<{ node: { id: string, window: { start: string, end: string }, lot: { name: string }, space: { label: string }, price: { amount: number, currency: string } } }> } } | null };

export type BookMutationVariables = Exact<{
  input: CreateBookingInput;
}>;


export type BookMutation = { createBooking: { booking: { id: string, lot: { name: string }, space: { label: string }, price: { amount: number, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type CancelMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelMutation = { cancelBooking: { booking: { id: string, cancellationFee: { amount: number, currency: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type LotHistoryQueryVariables = Exact<{
  id: string;
  range: HistoryRangeInput;
  forecast: ForecastWindowInput;
}>;


export type LotHistoryQuery = { node:
    | { name: string, occupancyHistory: Array<{ bucketStart: string, capacity: number, occupiedMean: number, occupiedMax: number }>, forecast: { method: ForecastMethod, capacity: number, points: Array<{ bucketStart: string, expectedFree: number }> } }
    | Record<PropertyKey, never>
   | null };

export type OperatorMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorMembershipsQuery = { viewer: { user: { displayName: string }, memberships: Array<{ role: MemberRole, operator: { id: string, name: string } }> } | null };

export type OperatorReportQueryVariables = Exact<{
  id: string;
  range: ReportRangeInput;
}>;


export type OperatorReportQuery = { node:
    | { report: { csv: string, rows: Array<{ day: string, capacity: number | null, utilisation: number | null, turnover: number | null, bookingsStarted: number, noShows: number, sessionsStarted: number, lot: { id: string, name: string }, revenue: Array<{ amount: number, currency: string }> }> } | null }
    | Record<PropertyKey, never>
   | null };

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

export const LotsInViewDocument = new TypedDocumentString(`
    query LotsInView($bounds: BoundsInput!) {
  lotsInBounds(bounds: $bounds, first: 100) {
    edges {
      node {
        id
        name
        location {
          lat
          lng
        }
        occupancy {
          total
          available
          reserved
          occupied
          outOfService
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotsInViewQuery, LotsInViewQueryVariables>;
export const LiveOccupancyDocument = new TypedDocumentString(`
    subscription LiveOccupancy($bounds: BoundsInput!, $knownVersions: [LotVersionInput!]) {
  lotOccupancyChanged(bounds: $bounds, knownVersions: $knownVersions) {
    lotId
    version
    lot {
      name
      location {
        lat
        lng
      }
    }
    occupancy {
      total
      available
      reserved
      occupied
      outOfService
    }
  }
}
    `) as unknown as TypedDocumentString<LiveOccupancySubscription, LiveOccupancySubscriptionVariables>;
export const SearchLotsDocument = new TypedDocumentString(`
    query SearchLots($bounds: BoundsInput!, $window: TimeWindowInput!, $spaceKind: SpaceKind!) {
  lotsInBounds(
    bounds: $bounds
    window: $window
    filter: {spaceKind: $spaceKind}
    first: 100
  ) {
    edges {
      node {
        id
        name
        location {
          lat
          lng
        }
        availability(window: $window) {
          byKind {
            kind
            available
          }
        }
        quote(window: $window, spaceKind: $spaceKind) {
          total {
            amount
            currency
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchLotsQuery, SearchLotsQueryVariables>;
export const DriverDocument = new TypedDocumentString(`
    query Driver {
  viewer {
    user {
      displayName
    }
    vehicles {
      id
      plate
      nickname
    }
    bookings(status: [CONFIRMED], first: 20) {
      edges {
        node {
          id
          window {
            start
            end
          }
          lot {
            name
          }
          space {
            label
          }
          price {
            amount
            currency
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DriverQuery, DriverQueryVariables>;
export const BookDocument = new TypedDocumentString(`
    mutation Book($input: CreateBookingInput!) {
  createBooking(input: $input) {
    booking {
      id
      lot {
        name
      }
      space {
        label
      }
      price {
        amount
        currency
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BookMutation, BookMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($input: CancelBookingInput!) {
  cancelBooking(input: $input) {
    booking {
      id
      cancellationFee {
        amount
        currency
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const LotHistoryDocument = new TypedDocumentString(`
    query LotHistory($id: ID!, $range: HistoryRangeInput!, $forecast: ForecastWindowInput!) {
  node(id: $id) {
    ... on Lot {
      name
      occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) {
        bucketStart
        capacity
        occupiedMean
        occupiedMax
      }
      forecast(window: $forecast, bucket: FIFTEEN_MINUTES) {
        method
        capacity
        points {
          bucketStart
          expectedFree
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LotHistoryQuery, LotHistoryQueryVariables>;
export const OperatorMembershipsDocument = new TypedDocumentString(`
    query OperatorMemberships {
  viewer {
    user {
      displayName
    }
    memberships {
      role
      operator {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorMembershipsQuery, OperatorMembershipsQueryVariables>;
export const OperatorReportDocument = new TypedDocumentString(`
    query OperatorReport($id: ID!, $range: ReportRangeInput!) {
  node(id: $id) {
    ... on Operator {
      report(range: $range) {
        csv
        rows {
          lot {
            id
            name
          }
          day
          capacity
          utilisation
          turnover
          bookingsStarted
          noShows
          sessionsStarted
          revenue {
            amount
            currency
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorReportQuery, OperatorReportQueryVariables>;