/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query LotsInView($bounds: BoundsInput!) {\n    lotsInBounds(bounds: $bounds, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          occupancy { total available reserved occupied outOfService }\n        }\n      }\n    }\n  }\n": typeof types.LotsInViewDocument,
    "\n  subscription LiveOccupancy($bounds: BoundsInput!, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(bounds: $bounds, knownVersions: $knownVersions) {\n      lotId\n      version\n      lot { name location { lat lng } }\n      occupancy { total available reserved occupied outOfService }\n    }\n  }\n": typeof types.LiveOccupancyDocument,
    "\n  query SearchLots($bounds: BoundsInput!, $window: TimeWindowInput!, $spaceKind: SpaceKind!) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: { spaceKind: $spaceKind }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          availability(window: $window) { byKind { kind available } }\n          quote(window: $window, spaceKind: $spaceKind) { total { amount currency } }\n        }\n      }\n    }\n  }\n": typeof types.SearchLotsDocument,
    "\n  query Driver {\n    viewer {\n      user { displayName }\n      vehicles { id plate nickname }\n      bookings(status: [CONFIRMED], first: 20) {\n        edges {\n          node {\n            id\n            window { start end }\n            lot { name }\n            space { label }\n            price { amount currency }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DriverDocument,
    "\n  mutation Book($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id lot { name } space { label } price { amount currency } }\n      userErrors { code message }\n    }\n  }\n": typeof types.BookDocument,
    "\n  mutation Cancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id cancellationFee { amount currency } }\n      userErrors { code message }\n    }\n  }\n": typeof types.CancelDocument,
    "\n  query LotHistory($id: ID!, $range: HistoryRangeInput!, $forecast: ForecastWindowInput!) {\n    node(id: $id) {\n      ... on Lot {\n        name\n        occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) { bucketStart capacity occupiedMean occupiedMax }\n        forecast(window: $forecast, bucket: FIFTEEN_MINUTES) { method capacity points { bucketStart expectedFree } }\n      }\n    }\n  }\n": typeof types.LotHistoryDocument,
    "\n  query OperatorMemberships {\n    viewer {\n      user { displayName }\n      memberships { role operator { id name } }\n    }\n  }\n": typeof types.OperatorMembershipsDocument,
    "\n  query OperatorReport($id: ID!, $range: ReportRangeInput!) {\n    node(id: $id) {\n      ... on Operator {\n        report(range: $range) {\n          csv\n          rows {\n            lot { id name }\n            day\n            capacity\n            utilisation\n            turnover\n            bookingsStarted\n            noShows\n            sessionsStarted\n            revenue { amount currency }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OperatorReportDocument,
};
const documents: Documents = {
    "\n  query LotsInView($bounds: BoundsInput!) {\n    lotsInBounds(bounds: $bounds, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          occupancy { total available reserved occupied outOfService }\n        }\n      }\n    }\n  }\n": types.LotsInViewDocument,
    "\n  subscription LiveOccupancy($bounds: BoundsInput!, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(bounds: $bounds, knownVersions: $knownVersions) {\n      lotId\n      version\n      lot { name location { lat lng } }\n      occupancy { total available reserved occupied outOfService }\n    }\n  }\n": types.LiveOccupancyDocument,
    "\n  query SearchLots($bounds: BoundsInput!, $window: TimeWindowInput!, $spaceKind: SpaceKind!) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: { spaceKind: $spaceKind }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          availability(window: $window) { byKind { kind available } }\n          quote(window: $window, spaceKind: $spaceKind) { total { amount currency } }\n        }\n      }\n    }\n  }\n": types.SearchLotsDocument,
    "\n  query Driver {\n    viewer {\n      user { displayName }\n      vehicles { id plate nickname }\n      bookings(status: [CONFIRMED], first: 20) {\n        edges {\n          node {\n            id\n            window { start end }\n            lot { name }\n            space { label }\n            price { amount currency }\n          }\n        }\n      }\n    }\n  }\n": types.DriverDocument,
    "\n  mutation Book($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id lot { name } space { label } price { amount currency } }\n      userErrors { code message }\n    }\n  }\n": types.BookDocument,
    "\n  mutation Cancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id cancellationFee { amount currency } }\n      userErrors { code message }\n    }\n  }\n": types.CancelDocument,
    "\n  query LotHistory($id: ID!, $range: HistoryRangeInput!, $forecast: ForecastWindowInput!) {\n    node(id: $id) {\n      ... on Lot {\n        name\n        occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) { bucketStart capacity occupiedMean occupiedMax }\n        forecast(window: $forecast, bucket: FIFTEEN_MINUTES) { method capacity points { bucketStart expectedFree } }\n      }\n    }\n  }\n": types.LotHistoryDocument,
    "\n  query OperatorMemberships {\n    viewer {\n      user { displayName }\n      memberships { role operator { id name } }\n    }\n  }\n": types.OperatorMembershipsDocument,
    "\n  query OperatorReport($id: ID!, $range: ReportRangeInput!) {\n    node(id: $id) {\n      ... on Operator {\n        report(range: $range) {\n          csv\n          rows {\n            lot { id name }\n            day\n            capacity\n            utilisation\n            turnover\n            bookingsStarted\n            noShows\n            sessionsStarted\n            revenue { amount currency }\n          }\n        }\n      }\n    }\n  }\n": types.OperatorReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsInView($bounds: BoundsInput!) {\n    lotsInBounds(bounds: $bounds, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          occupancy { total available reserved occupied outOfService }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LotsInViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveOccupancy($bounds: BoundsInput!, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(bounds: $bounds, knownVersions: $knownVersions) {\n      lotId\n      version\n      lot { name location { lat lng } }\n      occupancy { total available reserved occupied outOfService }\n    }\n  }\n"): typeof import('./graphql').LiveOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchLots($bounds: BoundsInput!, $window: TimeWindowInput!, $spaceKind: SpaceKind!) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: { spaceKind: $spaceKind }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          location { lat lng }\n          availability(window: $window) { byKind { kind available } }\n          quote(window: $window, spaceKind: $spaceKind) { total { amount currency } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchLotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Driver {\n    viewer {\n      user { displayName }\n      vehicles { id plate nickname }\n      bookings(status: [CONFIRMED], first: 20) {\n        edges {\n          node {\n            id\n            window { start end }\n            lot { name }\n            space { label }\n            price { amount currency }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DriverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Book($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id lot { name } space { label } price { amount currency } }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').BookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking { id cancellationFee { amount currency } }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotHistory($id: ID!, $range: HistoryRangeInput!, $forecast: ForecastWindowInput!) {\n    node(id: $id) {\n      ... on Lot {\n        name\n        occupancyHistory(range: $range, bucket: FIFTEEN_MINUTES) { bucketStart capacity occupiedMean occupiedMax }\n        forecast(window: $forecast, bucket: FIFTEEN_MINUTES) { method capacity points { bucketStart expectedFree } }\n      }\n    }\n  }\n"): typeof import('./graphql').LotHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorMemberships {\n    viewer {\n      user { displayName }\n      memberships { role operator { id name } }\n    }\n  }\n"): typeof import('./graphql').OperatorMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorReport($id: ID!, $range: ReportRangeInput!) {\n    node(id: $id) {\n      ... on Operator {\n        report(range: $range) {\n          csv\n          rows {\n            lot { id name }\n            day\n            capacity\n            utilisation\n            turnover\n            bookingsStarted\n            noShows\n            sessionsStarted\n            revenue { amount currency }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OperatorReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
