/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  mutation ContentionCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id space { id } window { start end } }\n      userErrors { code field }\n    }\n  }\n": typeof types.ContentionCreateBookingDocument,
    "\n  fragment BookingFields on Booking {\n    id status window { start end } price { amount currency } cancellationFee { amount currency }\n    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  mutation BookingsCreate($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsCreateDocument,
    "\n  mutation BookingsCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsCancelDocument,
    "\n  mutation BookingsExtend($input: ExtendBookingInput!) {\n    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsExtendDocument,
    "\n  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {\n    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }\n  }\n": typeof types.BookingsQuoteDocument,
    "\n  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }\n": typeof types.BookingsNodeDocument,
    "\n  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }\n": typeof types.BookingsOfViewerDocument,
    "\n    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {\n      viewer {\n        bookings(status: $status, first: $first, after: $after) {\n          edges { cursor node { id status } }\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        }\n      }\n    }\n  ": typeof types.BookingsListDocument,
    "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n": typeof types.LotOccupancyHistoryDocument,
    "\n  query OidcViewer { viewer { user { id email displayName } } }\n": typeof types.OidcViewerDocument,
    "\n  query PhysicalAvailability($id: ID!, $window: TimeWindowInput!) { lot(id: $id) { availability(window: $window) { total available } } }\n": typeof types.PhysicalAvailabilityDocument,
    "\n  query PhysicalSearch($near: LatLngInput!, $window: TimeWindowInput!) {\n    lotsNear(near: $near, radiusMeters: 300, window: $window, first: 10) { edges { node { name availability(window: $window) { available } } } }\n  }\n": typeof types.PhysicalSearchDocument,
    "\n  mutation PhysicalBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { space { label } } userErrors { code } } }\n": typeof types.PhysicalBookDocument,
    "\n  query PhysicalLive($id: ID!) {\n    lot(id: $id) {\n      occupancy { total available occupied reserved unknown byKind { kind unknown } }\n      spaces(first: 10) { edges { node { label status } } }\n      dataFreshness { source reportedAt expired }\n    }\n  }\n": typeof types.PhysicalLiveDocument,
    "\n  mutation PhysicalSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code } } }\n": typeof types.PhysicalSensorsDocument,
    "\n  mutation PhysicalPlateRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason } }\n": typeof types.PhysicalPlateReadDocument,
    "\n  subscription PhysicalOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version occupancy { occupied } } }\n": typeof types.PhysicalOccupancyChangedDocument,
    "mutation PlatesRegisterGate($input: RegisterGateInput!) {\n  registerGate(input: $input) { gate { id } deviceKeySecret userErrors { code } }\n}": typeof types.PlatesRegisterGateDocument,
    "mutation PlatesAddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) { vehicle { id plate } userErrors { code message } }\n}": typeof types.PlatesAddVehicleDocument,
    "mutation PlatesCreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) { booking { id status } userErrors { code message } }\n}": typeof types.PlatesCreateBookingDocument,
    "mutation PlatesRead($input: PlateReadInput!) {\n  reportPlateRead(input: $input) {\n    decision reason\n    read { id plate rawPlate booking { id status } }\n    userErrors { code message }\n  }\n}": typeof types.PlatesReadDocument,
    "\n  query QuoteOfLot($id: ID!, $window: TimeWindowInput!, $spaceKind: SpaceKind) {\n    lot(id: $id) {\n      quote(window: $window, spaceKind: $spaceKind) {\n        total { amount currency }\n        tariffName\n        lines {\n          kind description quantity\n          unitPrice { amount currency }\n          amount { amount currency }\n          period { start end }\n        }\n      }\n    }\n  }\n": typeof types.QuoteOfLotDocument,
    "\n  query QuoteOfLotDefaultKind($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) { quote(window: $window) { total { amount currency } tariffName } }\n  }\n": typeof types.QuoteOfLotDefaultKindDocument,
    "\n  fragment VehicleFields on Vehicle { id plate country nickname heightCm }\n": typeof types.VehicleFieldsFragmentDoc,
    "\n  mutation VehiclesAdd($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesAddDocument,
    "\n  mutation VehiclesUpdate($input: UpdateVehicleInput!) {\n    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesUpdateDocument,
    "\n  mutation VehiclesRemove($input: RemoveVehicleInput!) {\n    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesRemoveDocument,
    "\n  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }\n": typeof types.VehiclesOfViewerDocument,
    "\n  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }\n": typeof types.VehiclesOfBookingDocument,
    "\n  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }\n": typeof types.VehiclesNicknameOfBookingDocument,
    "\n  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }\n": typeof types.VehiclesNodeDocument,
};
const documents: Documents = {
    "\n  mutation ContentionCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id space { id } window { start end } }\n      userErrors { code field }\n    }\n  }\n": types.ContentionCreateBookingDocument,
    "\n  fragment BookingFields on Booking {\n    id status window { start end } price { amount currency } cancellationFee { amount currency }\n    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  mutation BookingsCreate($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsCreateDocument,
    "\n  mutation BookingsCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsCancelDocument,
    "\n  mutation BookingsExtend($input: ExtendBookingInput!) {\n    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsExtendDocument,
    "\n  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {\n    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }\n  }\n": types.BookingsQuoteDocument,
    "\n  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }\n": types.BookingsNodeDocument,
    "\n  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }\n": types.BookingsOfViewerDocument,
    "\n    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {\n      viewer {\n        bookings(status: $status, first: $first, after: $after) {\n          edges { cursor node { id status } }\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        }\n      }\n    }\n  ": types.BookingsListDocument,
    "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n": types.LotOccupancyHistoryDocument,
    "\n  query OidcViewer { viewer { user { id email displayName } } }\n": types.OidcViewerDocument,
    "\n  query PhysicalAvailability($id: ID!, $window: TimeWindowInput!) { lot(id: $id) { availability(window: $window) { total available } } }\n": types.PhysicalAvailabilityDocument,
    "\n  query PhysicalSearch($near: LatLngInput!, $window: TimeWindowInput!) {\n    lotsNear(near: $near, radiusMeters: 300, window: $window, first: 10) { edges { node { name availability(window: $window) { available } } } }\n  }\n": types.PhysicalSearchDocument,
    "\n  mutation PhysicalBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { space { label } } userErrors { code } } }\n": types.PhysicalBookDocument,
    "\n  query PhysicalLive($id: ID!) {\n    lot(id: $id) {\n      occupancy { total available occupied reserved unknown byKind { kind unknown } }\n      spaces(first: 10) { edges { node { label status } } }\n      dataFreshness { source reportedAt expired }\n    }\n  }\n": types.PhysicalLiveDocument,
    "\n  mutation PhysicalSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code } } }\n": types.PhysicalSensorsDocument,
    "\n  mutation PhysicalPlateRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason } }\n": types.PhysicalPlateReadDocument,
    "\n  subscription PhysicalOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version occupancy { occupied } } }\n": types.PhysicalOccupancyChangedDocument,
    "mutation PlatesRegisterGate($input: RegisterGateInput!) {\n  registerGate(input: $input) { gate { id } deviceKeySecret userErrors { code } }\n}": types.PlatesRegisterGateDocument,
    "mutation PlatesAddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) { vehicle { id plate } userErrors { code message } }\n}": types.PlatesAddVehicleDocument,
    "mutation PlatesCreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) { booking { id status } userErrors { code message } }\n}": types.PlatesCreateBookingDocument,
    "mutation PlatesRead($input: PlateReadInput!) {\n  reportPlateRead(input: $input) {\n    decision reason\n    read { id plate rawPlate booking { id status } }\n    userErrors { code message }\n  }\n}": types.PlatesReadDocument,
    "\n  query QuoteOfLot($id: ID!, $window: TimeWindowInput!, $spaceKind: SpaceKind) {\n    lot(id: $id) {\n      quote(window: $window, spaceKind: $spaceKind) {\n        total { amount currency }\n        tariffName\n        lines {\n          kind description quantity\n          unitPrice { amount currency }\n          amount { amount currency }\n          period { start end }\n        }\n      }\n    }\n  }\n": types.QuoteOfLotDocument,
    "\n  query QuoteOfLotDefaultKind($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) { quote(window: $window) { total { amount currency } tariffName } }\n  }\n": types.QuoteOfLotDefaultKindDocument,
    "\n  fragment VehicleFields on Vehicle { id plate country nickname heightCm }\n": types.VehicleFieldsFragmentDoc,
    "\n  mutation VehiclesAdd($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesAddDocument,
    "\n  mutation VehiclesUpdate($input: UpdateVehicleInput!) {\n    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesUpdateDocument,
    "\n  mutation VehiclesRemove($input: RemoveVehicleInput!) {\n    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesRemoveDocument,
    "\n  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }\n": types.VehiclesOfViewerDocument,
    "\n  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }\n": types.VehiclesOfBookingDocument,
    "\n  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }\n": types.VehiclesNicknameOfBookingDocument,
    "\n  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }\n": types.VehiclesNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentionCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id space { id } window { start end } }\n      userErrors { code field }\n    }\n  }\n"): typeof import('./graphql.js').ContentionCreateBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id status window { start end } price { amount currency } cancellationFee { amount currency }\n    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }\n  }\n"): typeof import('./graphql.js').BookingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingsCreate($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').BookingsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingsCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').BookingsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookingsExtend($input: ExtendBookingInput!) {\n    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').BookingsExtendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {\n    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }\n  }\n"): typeof import('./graphql.js').BookingsQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }\n"): typeof import('./graphql.js').BookingsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }\n"): typeof import('./graphql.js').BookingsOfViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {\n      viewer {\n        bookings(status: $status, first: $first, after: $after) {\n          edges { cursor node { id status } }\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').BookingsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LotOccupancyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcViewer { viewer { user { id email displayName } } }\n"): typeof import('./graphql.js').OidcViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicalAvailability($id: ID!, $window: TimeWindowInput!) { lot(id: $id) { availability(window: $window) { total available } } }\n"): typeof import('./graphql.js').PhysicalAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicalSearch($near: LatLngInput!, $window: TimeWindowInput!) {\n    lotsNear(near: $near, radiusMeters: 300, window: $window, first: 10) { edges { node { name availability(window: $window) { available } } } }\n  }\n"): typeof import('./graphql.js').PhysicalSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhysicalBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { space { label } } userErrors { code } } }\n"): typeof import('./graphql.js').PhysicalBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhysicalLive($id: ID!) {\n    lot(id: $id) {\n      occupancy { total available occupied reserved unknown byKind { kind unknown } }\n      spaces(first: 10) { edges { node { label status } } }\n      dataFreshness { source reportedAt expired }\n    }\n  }\n"): typeof import('./graphql.js').PhysicalLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhysicalSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { applied userErrors { code } } }\n"): typeof import('./graphql.js').PhysicalSensorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PhysicalPlateRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason } }\n"): typeof import('./graphql.js').PhysicalPlateReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PhysicalOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { version occupancy { occupied } } }\n"): typeof import('./graphql.js').PhysicalOccupancyChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatesRegisterGate($input: RegisterGateInput!) {\n  registerGate(input: $input) { gate { id } deviceKeySecret userErrors { code } }\n}"): typeof import('./graphql.js').PlatesRegisterGateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatesAddVehicle($input: AddVehicleInput!) {\n  addVehicle(input: $input) { vehicle { id plate } userErrors { code message } }\n}"): typeof import('./graphql.js').PlatesAddVehicleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatesCreateBooking($input: CreateBookingInput!) {\n  createBooking(input: $input) { booking { id status } userErrors { code message } }\n}"): typeof import('./graphql.js').PlatesCreateBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlatesRead($input: PlateReadInput!) {\n  reportPlateRead(input: $input) {\n    decision reason\n    read { id plate rawPlate booking { id status } }\n    userErrors { code message }\n  }\n}"): typeof import('./graphql.js').PlatesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteOfLot($id: ID!, $window: TimeWindowInput!, $spaceKind: SpaceKind) {\n    lot(id: $id) {\n      quote(window: $window, spaceKind: $spaceKind) {\n        total { amount currency }\n        tariffName\n        lines {\n          kind description quantity\n          unitPrice { amount currency }\n          amount { amount currency }\n          period { start end }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QuoteOfLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteOfLotDefaultKind($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) { quote(window: $window) { total { amount currency } tariffName } }\n  }\n"): typeof import('./graphql.js').QuoteOfLotDefaultKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VehicleFields on Vehicle { id plate country nickname heightCm }\n"): typeof import('./graphql.js').VehicleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VehiclesAdd($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').VehiclesAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VehiclesUpdate($input: UpdateVehicleInput!) {\n    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').VehiclesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VehiclesRemove($input: RemoveVehicleInput!) {\n    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').VehiclesRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }\n"): typeof import('./graphql.js').VehiclesOfViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }\n"): typeof import('./graphql.js').VehiclesOfBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }\n"): typeof import('./graphql.js').VehiclesNicknameOfBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }\n"): typeof import('./graphql.js').VehiclesNodeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
