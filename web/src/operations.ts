import { graphql } from './gql';

// Every GraphQL operation the page sends, typed by graphql-codegen's client preset (`npm run
// codegen` writes web/src/gql from these and schema/). Each asks for exactly what the page shows.

/** Markers of the lots in the visible area, with their free spaces now. */
export const LotsInViewQuery = graphql(`
  query LotsInView($bounds: BoundsInput!) {
    lotsInBounds(bounds: $bounds, first: 100) {
      edges {
        node {
          id
          name
          location { lat lng }
          occupancy { total available reserved occupied outOfService }
        }
      }
    }
  }
`);

/** Keeps the markers of the visible area live: a snapshot of each lot, then every change. */
export const LiveOccupancySubscription = graphql(`
  subscription LiveOccupancy($bounds: BoundsInput!, $knownVersions: [LotVersionInput!]) {
    lotOccupancyChanged(bounds: $bounds, knownVersions: $knownVersions) {
      lotId
      version
      lot { name location { lat lng } }
      occupancy { total available reserved occupied outOfService }
    }
  }
`);

/** The search panel: lots in view that can take a booking of a kind for a window, with prices. */
export const SearchLotsQuery = graphql(`
  query SearchLots($bounds: BoundsInput!, $window: TimeWindowInput!, $spaceKind: SpaceKind!) {
    lotsInBounds(bounds: $bounds, window: $window, filter: { spaceKind: $spaceKind }, first: 100) {
      edges {
        node {
          id
          name
          location { lat lng }
          availability(window: $window) { byKind { kind available } }
          quote(window: $window, spaceKind: $spaceKind) { total { amount currency } }
        }
      }
    }
  }
`);

/** The signed-in driver: name, vehicles to book with, and the confirmed bookings to cancel. */
export const DriverQuery = graphql(`
  query Driver {
    viewer {
      user { displayName }
      vehicles { id plate nickname }
      bookings(status: [CONFIRMED], first: 20) {
        edges {
          node {
            id
            window { start end }
            lot { name }
            space { label }
            price { amount currency }
          }
        }
      }
    }
  }
`);

export const BookMutation = graphql(`
  mutation Book($input: CreateBookingInput!) {
    createBooking(input: $input) {
      booking { id lot { name } space { label } price { amount currency } }
      userErrors { code message }
    }
  }
`);

export const CancelMutation = graphql(`
  mutation Cancel($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking { id cancellationFee { amount currency } }
      userErrors { code message }
    }
  }
`);

/** The lot panel's chart: the last hours of a lot's occupancy and the forecast for the next ones, in 15-minute buckets. */
export const LotHistoryQuery = graphql(`
  query LotHistory($id: ID!, $range: HistoryRangeInput!, $forecast: ForecastWindowInput!) {
    node(id: $id) {
      ... on Lot {
        name
        occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) { bucketStart capacity occupiedMean occupiedMax }
        forecast(window: $forecast, bucket: FIFTEEN_MINUTES) { method capacity points { bucketStart expectedFree } }
      }
    }
  }
`);
