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
    "\n  mutation AccountsDocsRefreshOther($input: RefreshSessionInput!) { refreshSession(input: $input) { userErrors { code } } }\n": typeof types.AccountsDocsRefreshOtherDocument,
    "\n  mutation SmtpSignUp($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }\n": typeof types.SmtpSignUpDocument,
    "\n  mutation SmtpVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code } } }\n": typeof types.SmtpVerifyDocument,
    "\n  mutation SmtpRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }\n": typeof types.SmtpRequestResetDocument,
    "\n  mutation SmtpReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }\n": typeof types.SmtpResetDocument,
    "\n  fragment AccountsSession on Session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id displayName email emailVerified } }\n": typeof types.AccountsSessionFragmentDoc,
    "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": typeof types.AccountsSignUpDocument,
    "\n  mutation AccountsSignIn($input: SignInInput!) { signIn(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": typeof types.AccountsSignInDocument,
    "\n  mutation AccountsRefresh($input: RefreshSessionInput!) { refreshSession(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": typeof types.AccountsRefreshDocument,
    "\n  mutation AccountsSignOut($input: SignOutInput!) { signOut(input: $input) { ok userErrors { code field message } } }\n": typeof types.AccountsSignOutDocument,
    "\n  mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": typeof types.AccountsChangePasswordDocument,
    "\n  mutation AccountsRequestVerification { requestEmailVerification { ok userErrors { code field message } } }\n": typeof types.AccountsRequestVerificationDocument,
    "\n  mutation AccountsVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code field message } } }\n": typeof types.AccountsVerifyDocument,
    "\n  mutation AccountsRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code field message } } }\n": typeof types.AccountsRequestResetDocument,
    "\n  mutation AccountsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code field message } } }\n": typeof types.AccountsResetDocument,
    "\n  query AccountsViewer { viewer { user { email displayName emailVerified } } }\n": typeof types.AccountsViewerDocument,
    "\n  query ArrivalsSweepBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n": typeof types.ArrivalsSweepBookingStatusDocument,
    "\n  mutation ArrivalsCheckIn($input: SelfCheckInput!) {\n    checkIn(input: $input) {\n      booking { id status } session { kind enteredAt space { label } entryGate { kind } } userErrors { code field message }\n    }\n  }\n": typeof types.ArrivalsCheckInDocument,
    "\n  mutation ArrivalsCheckOut($input: SelfCheckInput!) {\n    checkOut(input: $input) {\n      booking { id status price { amount } } session { exitedAt charge { amount currency } } userErrors { code field message }\n    }\n  }\n": typeof types.ArrivalsCheckOutDocument,
    "\n  query ArrivalsLot($id: ID!) { lot(id: $id) { arrivalObservation geofenceRadiusMeters checkInPositionRequired occupancy { occupied reserved available } } }\n": typeof types.ArrivalsLotDocument,
    "\n  mutation ArrivalsCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id arrivalObservation geofenceRadiusMeters } userErrors { code } } }\n": typeof types.ArrivalsCreateLotDocument,
    "\n  mutation ArrivalsUpdateLot($input: UpdateLotInput!) {\n    updateLot(input: $input) { lot { arrivalObservation geofenceRadiusMeters checkInPositionRequired } userErrors { code field } }\n  }\n": typeof types.ArrivalsUpdateLotDocument,
    "\n  query ArrivalsFreshness($id: ID!) { lot(id: $id) { dataFreshness { source reportedAt expired } } }\n": typeof types.ArrivalsFreshnessDocument,
    "\n  query ArrivalsLotsArrival { lots(first: 100) { edges { node { name arrivalObservation geofenceRadiusMeters checkInPositionRequired } } } }\n": typeof types.ArrivalsLotsArrivalDocument,
    "\n  mutation ArrivalsRegisterGate($lot: ID!) {\n    registerGate(input: { lotId: $lot, name: \"Yard barrier\", direction: BOTH }) { gate { id } deviceKeySecret userErrors { code } }\n  }\n": typeof types.ArrivalsRegisterGateDocument,
    "\n  mutation ArrivalsRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason read { id } userErrors { code } } }\n": typeof types.ArrivalsReadDocument,
    "\n  mutation ArrivalsAdmit($input: AdmitVehicleInput!) {\n    admitVehicle(input: $input) {\n      action { kind reason plate performedBy { displayName } gate { name } plateRead { decision } session { id } }\n      session { id kind booking { status } exitedAt }\n      userErrors { code field }\n    }\n  }\n": typeof types.ArrivalsAdmitDocument,
    "\n  mutation ArrivalsClose($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      action { kind reason plate } session { exitedAt charge { amount } booking { status } } userErrors { code field }\n    }\n  }\n": typeof types.ArrivalsCloseDocument,
    "\n  query ArrivalsAudit($id: ID!) { node(id: $id) { ... on Operator { staffActions(first: 10) { edges { node { kind reason plate } } } } } }\n": typeof types.ArrivalsAuditDocument,
    "\n  query AuthViewer { viewer { user { id email displayName } vehicles { plate } } }\n": typeof types.AuthViewerDocument,
    "\n  query AuthViewerId { viewer { user { id } } }\n": typeof types.AuthViewerIdDocument,
    "\n  query AuthViewerAndALot { viewer { user { id } } lots(first: 1) { edges { node { id } } } }\n": typeof types.AuthViewerAndALotDocument,
    "\n  query AuthViewerAndALotName { viewer { user { id } } lots(first: 1) { edges { node { name } } } }\n": typeof types.AuthViewerAndALotNameDocument,
    "\n  mutation AuthAddVehicle($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { id plate } userErrors { code field } }\n  }\n": typeof types.AuthAddVehicleDocument,
    "\n  query AvailabilityOfLot($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) {\n      availability(window: $window) {\n        window { start end }\n        total\n        available\n        byKind { kind total available }\n        closedReason\n      }\n    }\n  }\n": typeof types.AvailabilityOfLotDocument,
    "\n  query AvailabilityHours($id: ID!) {\n    lot(id: $id) {\n      openingHours { dayOfWeek opensAt closesAt }\n      bookableHours { dayOfWeek opensAt closesAt }\n    }\n  }\n": typeof types.AvailabilityHoursDocument,
    "\n  query AvailabilityOccupancy($id: ID!) {\n    lot(id: $id) {\n      occupancy { ...OccupancyFields }\n    }\n  }\n": typeof types.AvailabilityOccupancyDocument,
    "\n  query BatchingNested($lots: Int!, $spaces: Int!) {\n    lots(first: $lots) {\n      edges { node { name operator { name } spaces(first: $spaces) { edges { node { label lot { name operator { kind } } } } } } }\n    }\n  }\n": typeof types.BatchingNestedDocument,
    "\n  query BatchingSearch($window: TimeWindowInput!) {\n    lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: $window, first: 10) {\n      edges { node { name availability(window: $window) { available } openingHours { dayOfWeek } } }\n    }\n  }\n": typeof types.BatchingSearchDocument,
    "\n  query BatchingOperatorsOfTwoLots { lots(first: 2) { edges { node { operator { name } } } } }\n": typeof types.BatchingOperatorsOfTwoLotsDocument,
    "\n  mutation ContentionCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id space { id } window { start end } }\n      userErrors { code field }\n    }\n  }\n": typeof types.ContentionCreateBookingDocument,
    "\n  fragment BookingFields on Booking {\n    id status window { start end } price { amount currency } cancellationFee { amount currency }\n    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  mutation BookingsCreate($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsCreateDocument,
    "\n  mutation BookingsCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsCancelDocument,
    "\n  mutation BookingsExtend($input: ExtendBookingInput!) {\n    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": typeof types.BookingsExtendDocument,
    "\n  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {\n    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }\n  }\n": typeof types.BookingsQuoteDocument,
    "\n  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }\n": typeof types.BookingsNodeDocument,
    "\n  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }\n": typeof types.BookingsOfViewerDocument,
    "\n    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {\n      viewer {\n        bookings(status: $status, first: $first, after: $after) {\n          edges { cursor node { id status } }\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        }\n      }\n    }\n  ": typeof types.BookingsListDocument,
    "\n  mutation AddressGuardCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code } } }\n": typeof types.AddressGuardCreateSourceDocument,
    "\n  query AddressGuardSourceStatus($id: ID!) { node(id: $id) { ... on ConnectorSource { status { lastErrorCode lastError } } } }\n": typeof types.AddressGuardSourceStatusDocument,
    "\n  mutation ConnectorsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { externalRef lot { id } } userErrors { code message } } }\n": typeof types.ConnectorsUpsertLotsDocument,
    "\n  mutation ConnectorsCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code field } } }\n": typeof types.ConnectorsCreateSourceDocument,
    "\n  query ConnectorsStatus($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorSource {\n        status {\n          healthy lastAttemptAt lastSuccessAt lastErrorAt lastErrorCode lastError consecutiveFailures nextPollAt itemCount appliedCount\n          problems { ref reason }\n        }\n      }\n    }\n  }\n": typeof types.ConnectorsStatusDocument,
    "\n  query ConnectorsReported($id: ID!) { node(id: $id) { ... on Lot { reportedAvailability { free total } } } }\n": typeof types.ConnectorsReportedDocument,
    "\n  mutation ConnectorsSetCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results } }\n": typeof types.ConnectorsSetCountsDocument,
    "\n  subscription ConnectorsOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId occupancy { available total } } }\n": typeof types.ConnectorsOccupancyDocument,
    "\n  query ConnectorsSources($id: ID!) { node(id: $id) { ... on Operator { connectorSources { edges { node { id name enabled } } } } } }\n": typeof types.ConnectorsSourcesDocument,
    "\n  query ConnectorsNodeId($id: ID!) { node(id: $id) { id } }\n": typeof types.ConnectorsNodeIdDocument,
    "\n  mutation ConnectorsDeleteSource($id: ID!) { deleteConnectorSource(input: { sourceId: $id }) { userErrors { code } } }\n": typeof types.ConnectorsDeleteSourceDocument,
    "\n  mutation FeedsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { lot { id } } userErrors { code message } } }\n": typeof types.FeedsUpsertLotsDocument,
    "\n  mutation FeedsReportFree($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results userErrors { code } } }\n": typeof types.FeedsReportFreeDocument,
    "\n  mutation FeedsSetPublication($input: SetOpenDataPublicationInput!) {\n    setOpenDataPublication(input: $input) { operator { publishesOpenData } userErrors { code } }\n  }\n": typeof types.FeedsSetPublicationDocument,
    "\n  mutation FeedsSetHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { userErrors { code } } }\n": typeof types.FeedsSetHoursDocument,
    "\n  mutation GatesRegister($input: RegisterGateInput!) {\n    registerGate(input: $input) { gate { id name direction } deviceKey { id scopes } deviceKeySecret userErrors { code field } }\n  }\n": typeof types.GatesRegisterDocument,
    "\n  mutation GatesRead($input: PlateReadInput!) {\n    reportPlateRead(input: $input) {\n      decision reason\n      read { id plate repeated session { id kind exitedAt charge { amount currency } space { id } } booking { id status } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.GatesReadDocument,
    "\n  subscription GatesOccupancy($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { version occupancy { total available occupied reserved } }\n  }\n": typeof types.GatesOccupancyDocument,
    "\n  mutation GatesAddRule($input: AddPlateRuleInput!) { addPlateRule(input: $input) { plateRule { id plate kind } userErrors { code } } }\n": typeof types.GatesAddRuleDocument,
    "\n  mutation GatesSetPolicy($input: SetGatePolicyInput!) { setGatePolicy(input: $input) { lot { walkInsAllowed } userErrors { code } } }\n": typeof types.GatesSetPolicyDocument,
    "\n  query GatesPlateReads($id: ID!, $filter: PlateReadFilter, $after: String) {\n    node(id: $id) {\n      ... on Operator {\n        plateReads(filter: $filter, first: 2, after: $after) {\n          edges { node { plate decision reason repeated gate { name } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.GatesPlateReadsDocument,
    "\n  fragment OccupancyFields on LotOccupancy {\n    total available occupied reserved outOfService\n    byKind { kind total available occupied reserved outOfService }\n    updatedAt\n  }\n": typeof types.OccupancyFieldsFragmentDoc,
    "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n": typeof types.LotOccupancyHistoryDocument,
    "\n  mutation InventoryCreateOperator($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id name kind } userErrors { code message field } } }\n": typeof types.InventoryCreateOperatorDocument,
    "\n  mutation InventoryCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id } userErrors { code message field } } }\n": typeof types.InventoryCreateLotDocument,
    "\n  mutation InventoryUpdateLot($input: UpdateLotInput!) { updateLot(input: $input) { lot { name } userErrors { code message field } } }\n": typeof types.InventoryUpdateLotDocument,
    "\n  mutation InventoryArchiveLot($input: ArchiveLotInput!) { archiveLot(input: $input) { lot { archivedAt } userErrors { code message field } } }\n": typeof types.InventoryArchiveLotDocument,
    "\n  mutation InventoryAddSpaces($input: AddSpacesInput!) { addSpaces(input: $input) { spaces { id label kind } userErrors { code message field } } }\n": typeof types.InventoryAddSpacesDocument,
    "\n  mutation InventoryUpdateSpace($input: UpdateSpaceInput!) { updateSpace(input: $input) { space { operatorStatus } userErrors { code message field } } }\n": typeof types.InventoryUpdateSpaceDocument,
    "\n  mutation InventorySetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { lot { id } userErrors { code message field } } }\n": typeof types.InventorySetWeeklyHoursDocument,
    "\n  mutation InventorySetTariff($input: SetTariffInput!) { setTariff(input: $input) { lot { id } userErrors { code message field } } }\n": typeof types.InventorySetTariffDocument,
    "\n  mutation InventoryAddBlackout($input: AddBlackoutInput!) { addBlackout(input: $input) { lot { id } userErrors { code message field } } }\n": typeof types.InventoryAddBlackoutDocument,
    "\n  mutation InventorySetCancellationPolicy($input: SetCancellationPolicyInput!) {\n    setCancellationPolicy(input: $input) {\n      lot { cancellationPolicy { freeCancellationMinutes cancellationFee { amount currency } arrivalGraceMinutes } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InventorySetCancellationPolicyDocument,
    "\n  mutation InventoryCreateBooking($input: CreateBookingInput!) { createBooking(input: $input) { booking { id price { amount } } userErrors { code message field } } }\n": typeof types.InventoryCreateBookingDocument,
    "\n  fragment InventoryKeyFields on ApiKey { id name prefix scopes revokedAt }\n": typeof types.InventoryKeyFieldsFragmentDoc,
    "\n  mutation InventoryCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n": typeof types.InventoryCreateApiKeyDocument,
    "\n  mutation InventoryRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n": typeof types.InventoryRotateApiKeyDocument,
    "\n  mutation InventoryRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { code message field } } }\n": typeof types.InventoryRevokeApiKeyDocument,
    "\n  mutation InventoryAnonymousCreateOperator { createOperator(input: { name: \"x\", kind: PRIVATE }) { userErrors { code } } }\n": typeof types.InventoryAnonymousCreateOperatorDocument,
    "\n  query InventorySearch($near: LatLngInput!, $window: TimeWindowInput) { lotsNear(near: $near, radiusMeters: 500, window: $window) { edges { node { id } } } }\n": typeof types.InventorySearchDocument,
    "\n  query InventoryMemberships { viewer { memberships { role operator { id } } } }\n": typeof types.InventoryMembershipsDocument,
    "\n  query InventoryLotSetup($id: ID!, $w: TimeWindowInput!) {\n    lot(id: $id) {\n      bookableHours { dayOfWeek opensAt closesAt }\n      tariffs { name spaceKind hourlyRate { amount currency } billingIncrementMinutes dailyCap { amount } graceMinutes flatRates { name } }\n      blackouts { window { start end } reason }\n      quote(window: $w) { total { amount } }\n    }\n  }\n": typeof types.InventoryLotSetupDocument,
    "\n  query InventoryOperatorBookings($id: ID!) {\n    node(id: $id) {\n      ... on Operator { bookings(first: 10) { edges { node { status window { start end } vehicle { plate } driver { displayName } } } } }\n    }\n  }\n": typeof types.InventoryOperatorBookingsDocument,
    "\n  query InventorySpaceCursors($id: ID!) { lot(id: $id) { spaces(first: 10) { edges { cursor } } } }\n": typeof types.InventorySpaceCursorsDocument,
    "\n  query InventoryAvailabilityTotal($id: ID!, $w: TimeWindowInput!) { lot(id: $id) { availability(window: $w) { total } } }\n": typeof types.InventoryAvailabilityTotalDocument,
    "\n  query InventoryViewerBookings { viewer { bookings { edges { cursor } } } }\n": typeof types.InventoryViewerBookingsDocument,
    "\n  query InventoryKeyView($id: ID!) { node(id: $id) { ... on Operator { bookings { edges { cursor } } apiKeys { prefix lastUsedAt } } } }\n": typeof types.InventoryKeyViewDocument,
    "\n  query InventoryOwnerKeys($id: ID!) { node(id: $id) { ... on Operator { apiKeys { prefix lastUsedAt } } } }\n": typeof types.InventoryOwnerKeysDocument,
    "\n  query InventoryViewerUser { viewer { user { id } } }\n": typeof types.InventoryViewerUserDocument,
    "\n  query LimitsMemberships { viewer { memberships { operator { id } } } }\n": typeof types.LimitsMembershipsDocument,
    "\n  mutation LimitsCreateKey($id: ID!) { createApiKey(input: { operatorId: $id, name: \"limits test\", scopes: [LOTS_WRITE] }) { secret } }\n": typeof types.LimitsCreateKeyDocument,
    "\n  query LimitsFirstLot { lots(first: 1) { edges { node { id } } } }\n": typeof types.LimitsFirstLotDocument,
    "\n  subscription LiveOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId version occupancy { available reserved } } }\n": typeof types.LiveOccupancyChangedDocument,
    "\n  mutation LiveOccupancyBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n": typeof types.LiveOccupancyBookDocument,
    "\n  mutation LiveOccupancyCancel($id: ID!) { cancelBooking(input: { bookingId: $id }) { userErrors { code } } }\n": typeof types.LiveOccupancyCancelDocument,
    "\n  query LotsPage($first: Int, $after: String) {\n    lots(first: $first, after: $after) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.LotsPageDocument,
    "\n  query LotsReadmeExample { lots(first: 5) { edges { node { name } } } }\n": typeof types.LotsReadmeExampleDocument,
    "\n  query LotsFirstSpaceCursor { lots(first: 1) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }\n": typeof types.LotsFirstSpaceCursorDocument,
    "\n  query LotsScalars($id: ID!) {\n    lot(id: $id) {\n      id name address location { lat lng } footprint { lat lng } timeZone lotType amenities\n      maxVehicleHeightCm covered access currency operator { name kind }\n    }\n  }\n": typeof types.LotsScalarsDocument,
    "\n  query LotsSpaces($id: ID!, $after: String) {\n    lot(id: $id) { spaces(first: 9, after: $after) { edges { node { label lot { id } } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.LotsSpacesDocument,
    "\n  query LotsName($id: ID!) { lot(id: $id) { name } }\n": typeof types.LotsNameDocument,
    "\n  query LotsFirstSpace($id: ID!) { lot(id: $id) { spaces(first: 1) { edges { node { id } } } } }\n": typeof types.LotsFirstSpaceDocument,
    "\n  query LotsFirstWithRelations { lots(first: 1) { edges { node { id name operator { id name } spaces(first: 1) { edges { node { id label } } } } } } }\n": typeof types.LotsFirstWithRelationsDocument,
    "\n  query LotsThreeNodes($lot: ID!, $space: ID!, $operator: ID!) {\n    lot: node(id: $lot) { __typename id ... on Lot { name } }\n    space: node(id: $space) { __typename id ... on Space { label } }\n    operator: node(id: $operator) { __typename id ... on Operator { name } }\n  }\n": typeof types.LotsThreeNodesDocument,
    "\n  query LotsNodeId($id: ID!) { node(id: $id) { id } }\n": typeof types.LotsNodeIdDocument,
    "\n  query NoShowsBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n": typeof types.NoShowsBookingStatusDocument,
    "\n  query NoShowsLotOccupancy($id: ID!) { lot(id: $id) { occupancy { reserved available } } }\n": typeof types.NoShowsLotOccupancyDocument,
    "\n  query OidcViewer { viewer { user { id email displayName } } }\n": typeof types.OidcViewerDocument,
    "\n    query OpenDataFindable($near: LatLngInput!) {\n      lotsNear(near: $near, radiusMeters: 500, first: 20) {\n        edges {\n          node {\n            id name lotType access maxVehicleHeightCm covered timeZone currency\n            capacity capacityAccessible capacityCharging fee externalRef availabilitySource bookable\n            operator { name kind } openingHours { dayOfWeek opensAt closesAt }\n          }\n        }\n      }\n    }\n  ": typeof types.OpenDataFindableDocument,
    "\n  query OutageFirstLot { lots(first: 1) { edges { node { name } } } }\n": typeof types.OutageFirstLotDocument,
    "\n  mutation PartnersUpsert($input: UpsertLotsInput!) {\n    upsertLots(input: $input) {\n      lots {\n        externalRef result spacesCreated spacesUpdated\n        lot { id name capacity bookable availabilitySource spaces(first: 10) { edges { node { label externalRef kind } } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PartnersUpsertDocument,
    "\n  mutation PartnersSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { results applied userErrors { code field } } }\n": typeof types.PartnersSensorsDocument,
    "\n  mutation PartnersCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results applied userErrors { code field } } }\n": typeof types.PartnersCountsDocument,
    "\n  query PartnersLot($id: ID!) {\n    lot(id: $id) {\n      bookable availabilitySource capacity reportedAvailability { free total observedAt }\n      occupancy { total available occupied reserved byKind { kind } }\n      spaces(first: 10) { edges { node { label sensorStatus sensorObservedAt } } }\n    }\n  }\n": typeof types.PartnersLotDocument,
    "\n  subscription PartnersOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { occupancy { occupied } } }\n": typeof types.PartnersOccupancyDocument,
    "\n  query PartnersSearch { lotsNear(near: { lat: 53.4815, lng: -2.2450 }, radiusMeters: 800, first: 100) { edges { node { id bookable availabilitySource } } } }\n": typeof types.PartnersSearchDocument,
    "\n  mutation PartnersAddVehicle { addVehicle(input: { plate: \"PA12 TNR\", country: \"GB\" }) { vehicle { id } } }\n": typeof types.PartnersAddVehicleDocument,
    "\n  mutation PartnersBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n": typeof types.PartnersBookDocument,
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
    "\n  fragment SearchPageFields on LotSearchConnection {\n    edges { cursor distanceMeters node { id name } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n": typeof types.SearchPageFieldsFragmentDoc,
    "\n  query SearchNear($near: LatLngInput!, $radius: Float, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsNear(near: $near, radiusMeters: $radius, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n": typeof types.SearchNearDocument,
    "\n  query SearchBounds($bounds: BoundsInput!, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n": typeof types.SearchBoundsDocument,
    "\n  query SearchNearDefaultFirst($near: LatLngInput!, $radius: Float) { lotsNear(near: $near, radiusMeters: $radius) { ...SearchPageFields } }\n": typeof types.SearchNearDefaultFirstDocument,
    "\n  query SearchFirstLotsCursor { lots(first: 1) { pageInfo { endCursor } } }\n": typeof types.SearchFirstLotsCursorDocument,
    "\n  query SearchOperatorsNear($near: LatLngInput!) { lotsNear(near: $near, radiusMeters: 2000) { edges { node { name operator { id } } } } }\n": typeof types.SearchOperatorsNearDocument,
    "\n  query SearchNested($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {\n    lotsNear(near: $near, radiusMeters: 2600, first: $first, window: $window) {\n      edges {\n        distanceMeters\n        node {\n          name\n          operator { name }\n          spaces(first: 5) { edges { node { label } } }\n          availability(window: $window) { available byKind { kind available } }\n          quote(window: $window) { total { amount } }\n        }\n      }\n    }\n  }\n": typeof types.SearchNestedDocument,
    "\n  subscription ResilienceOccupancy($lotIds: [ID!], $bounds: BoundsInput) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds) { lotId version occupancy { ...OccupancyFields } }\n  }\n": typeof types.ResilienceOccupancyDocument,
    "\n  query ResilienceHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n": typeof types.ResilienceHttpOccupancyDocument,
    "\n  mutation ResilienceCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id } userErrors { code message } }\n  }\n": typeof types.ResilienceCreateBookingDocument,
    "\n  subscription SubscriptionsOccupancy($lotIds: [ID!], $bounds: BoundsInput, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds, knownVersions: $knownVersions) {\n      lotId version lot { id name } occupancy { ...OccupancyFields }\n    }\n  }\n": typeof types.SubscriptionsOccupancyDocument,
    "\n  query SubscriptionsHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n": typeof types.SubscriptionsHttpOccupancyDocument,
    "\n  subscription SubscriptionsSpaces($lotId: ID!) { spaceStatusChanged(lotId: $lotId) { space { id label } status } }\n": typeof types.SubscriptionsSpacesDocument,
    "\n  subscription SubscriptionsBookingUpdated { bookingUpdated { id status lot { id } space { id } } }\n": typeof types.SubscriptionsBookingUpdatedDocument,
    "\n  mutation SubscriptionsCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status space { id } } userErrors { code message field } }\n  }\n": typeof types.SubscriptionsCreateBookingDocument,
    "\n  mutation SubscriptionsCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { id status } userErrors { code message field } }\n  }\n": typeof types.SubscriptionsCancelBookingDocument,
    "\n  mutation SubscriptionsUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) { space { id operatorStatus } userErrors { code message field } }\n  }\n": typeof types.SubscriptionsUpdateSpaceDocument,
    "\n  subscription SubscriptionsQuiet($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { lotId version occupancy { ...OccupancyFields } }\n  }\n": typeof types.SubscriptionsQuietDocument,
    "\n  fragment TeamsMemberPayload on OperatorMember { role user { id } }\n": typeof types.TeamsMemberPayloadFragmentDoc,
    "\n  mutation TeamsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { invitation { email role expiresAt operator { id name } } userErrors { code field message } }\n  }\n": typeof types.TeamsInviteDocument,
    "\n  mutation TeamsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": typeof types.TeamsAcceptDocument,
    "\n  mutation TeamsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": typeof types.TeamsChangeRoleDocument,
    "\n  mutation TeamsRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": typeof types.TeamsRemoveDocument,
    "\n  query TeamsTeam($id: ID!) {\n    node(id: $id) {\n      ... on Operator {\n        members(first: 50) { edges { node { role joinedAt user { id displayName } } } }\n        pendingInvitations { email role }\n      }\n    }\n  }\n": typeof types.TeamsTeamDocument,
    "\n  query TeamsMemberships { viewer { memberships { role operator { id } } } }\n": typeof types.TeamsMembershipsDocument,
    "\n  query TeamsMembersPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Operator { members(first: 2, after: $after) { edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n": typeof types.TeamsMembersPageDocument,
    "\n  fragment VehicleFields on Vehicle { id plate country nickname heightCm }\n": typeof types.VehicleFieldsFragmentDoc,
    "\n  mutation VehiclesAdd($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesAddDocument,
    "\n  mutation VehiclesUpdate($input: UpdateVehicleInput!) {\n    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesUpdateDocument,
    "\n  mutation VehiclesRemove($input: RemoveVehicleInput!) {\n    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": typeof types.VehiclesRemoveDocument,
    "\n  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }\n": typeof types.VehiclesOfViewerDocument,
    "\n  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }\n": typeof types.VehiclesOfBookingDocument,
    "\n  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }\n": typeof types.VehiclesNicknameOfBookingDocument,
    "\n  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }\n": typeof types.VehiclesNodeDocument,
    "\n  query WebAppFirstLotCursor { lots(first: 1) { edges { cursor } } }\n": typeof types.WebAppFirstLotCursorDocument,
};
const documents: Documents = {
    "\n  mutation AccountsDocsRefreshOther($input: RefreshSessionInput!) { refreshSession(input: $input) { userErrors { code } } }\n": types.AccountsDocsRefreshOtherDocument,
    "\n  mutation SmtpSignUp($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }\n": types.SmtpSignUpDocument,
    "\n  mutation SmtpVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code } } }\n": types.SmtpVerifyDocument,
    "\n  mutation SmtpRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }\n": types.SmtpRequestResetDocument,
    "\n  mutation SmtpReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }\n": types.SmtpResetDocument,
    "\n  fragment AccountsSession on Session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id displayName email emailVerified } }\n": types.AccountsSessionFragmentDoc,
    "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": types.AccountsSignUpDocument,
    "\n  mutation AccountsSignIn($input: SignInInput!) { signIn(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": types.AccountsSignInDocument,
    "\n  mutation AccountsRefresh($input: RefreshSessionInput!) { refreshSession(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": types.AccountsRefreshDocument,
    "\n  mutation AccountsSignOut($input: SignOutInput!) { signOut(input: $input) { ok userErrors { code field message } } }\n": types.AccountsSignOutDocument,
    "\n  mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n": types.AccountsChangePasswordDocument,
    "\n  mutation AccountsRequestVerification { requestEmailVerification { ok userErrors { code field message } } }\n": types.AccountsRequestVerificationDocument,
    "\n  mutation AccountsVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code field message } } }\n": types.AccountsVerifyDocument,
    "\n  mutation AccountsRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code field message } } }\n": types.AccountsRequestResetDocument,
    "\n  mutation AccountsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code field message } } }\n": types.AccountsResetDocument,
    "\n  query AccountsViewer { viewer { user { email displayName emailVerified } } }\n": types.AccountsViewerDocument,
    "\n  query ArrivalsSweepBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n": types.ArrivalsSweepBookingStatusDocument,
    "\n  mutation ArrivalsCheckIn($input: SelfCheckInput!) {\n    checkIn(input: $input) {\n      booking { id status } session { kind enteredAt space { label } entryGate { kind } } userErrors { code field message }\n    }\n  }\n": types.ArrivalsCheckInDocument,
    "\n  mutation ArrivalsCheckOut($input: SelfCheckInput!) {\n    checkOut(input: $input) {\n      booking { id status price { amount } } session { exitedAt charge { amount currency } } userErrors { code field message }\n    }\n  }\n": types.ArrivalsCheckOutDocument,
    "\n  query ArrivalsLot($id: ID!) { lot(id: $id) { arrivalObservation geofenceRadiusMeters checkInPositionRequired occupancy { occupied reserved available } } }\n": types.ArrivalsLotDocument,
    "\n  mutation ArrivalsCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id arrivalObservation geofenceRadiusMeters } userErrors { code } } }\n": types.ArrivalsCreateLotDocument,
    "\n  mutation ArrivalsUpdateLot($input: UpdateLotInput!) {\n    updateLot(input: $input) { lot { arrivalObservation geofenceRadiusMeters checkInPositionRequired } userErrors { code field } }\n  }\n": types.ArrivalsUpdateLotDocument,
    "\n  query ArrivalsFreshness($id: ID!) { lot(id: $id) { dataFreshness { source reportedAt expired } } }\n": types.ArrivalsFreshnessDocument,
    "\n  query ArrivalsLotsArrival { lots(first: 100) { edges { node { name arrivalObservation geofenceRadiusMeters checkInPositionRequired } } } }\n": types.ArrivalsLotsArrivalDocument,
    "\n  mutation ArrivalsRegisterGate($lot: ID!) {\n    registerGate(input: { lotId: $lot, name: \"Yard barrier\", direction: BOTH }) { gate { id } deviceKeySecret userErrors { code } }\n  }\n": types.ArrivalsRegisterGateDocument,
    "\n  mutation ArrivalsRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason read { id } userErrors { code } } }\n": types.ArrivalsReadDocument,
    "\n  mutation ArrivalsAdmit($input: AdmitVehicleInput!) {\n    admitVehicle(input: $input) {\n      action { kind reason plate performedBy { displayName } gate { name } plateRead { decision } session { id } }\n      session { id kind booking { status } exitedAt }\n      userErrors { code field }\n    }\n  }\n": types.ArrivalsAdmitDocument,
    "\n  mutation ArrivalsClose($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      action { kind reason plate } session { exitedAt charge { amount } booking { status } } userErrors { code field }\n    }\n  }\n": types.ArrivalsCloseDocument,
    "\n  query ArrivalsAudit($id: ID!) { node(id: $id) { ... on Operator { staffActions(first: 10) { edges { node { kind reason plate } } } } } }\n": types.ArrivalsAuditDocument,
    "\n  query AuthViewer { viewer { user { id email displayName } vehicles { plate } } }\n": types.AuthViewerDocument,
    "\n  query AuthViewerId { viewer { user { id } } }\n": types.AuthViewerIdDocument,
    "\n  query AuthViewerAndALot { viewer { user { id } } lots(first: 1) { edges { node { id } } } }\n": types.AuthViewerAndALotDocument,
    "\n  query AuthViewerAndALotName { viewer { user { id } } lots(first: 1) { edges { node { name } } } }\n": types.AuthViewerAndALotNameDocument,
    "\n  mutation AuthAddVehicle($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { id plate } userErrors { code field } }\n  }\n": types.AuthAddVehicleDocument,
    "\n  query AvailabilityOfLot($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) {\n      availability(window: $window) {\n        window { start end }\n        total\n        available\n        byKind { kind total available }\n        closedReason\n      }\n    }\n  }\n": types.AvailabilityOfLotDocument,
    "\n  query AvailabilityHours($id: ID!) {\n    lot(id: $id) {\n      openingHours { dayOfWeek opensAt closesAt }\n      bookableHours { dayOfWeek opensAt closesAt }\n    }\n  }\n": types.AvailabilityHoursDocument,
    "\n  query AvailabilityOccupancy($id: ID!) {\n    lot(id: $id) {\n      occupancy { ...OccupancyFields }\n    }\n  }\n": types.AvailabilityOccupancyDocument,
    "\n  query BatchingNested($lots: Int!, $spaces: Int!) {\n    lots(first: $lots) {\n      edges { node { name operator { name } spaces(first: $spaces) { edges { node { label lot { name operator { kind } } } } } } }\n    }\n  }\n": types.BatchingNestedDocument,
    "\n  query BatchingSearch($window: TimeWindowInput!) {\n    lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: $window, first: 10) {\n      edges { node { name availability(window: $window) { available } openingHours { dayOfWeek } } }\n    }\n  }\n": types.BatchingSearchDocument,
    "\n  query BatchingOperatorsOfTwoLots { lots(first: 2) { edges { node { operator { name } } } } }\n": types.BatchingOperatorsOfTwoLotsDocument,
    "\n  mutation ContentionCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      booking { id space { id } window { start end } }\n      userErrors { code field }\n    }\n  }\n": types.ContentionCreateBookingDocument,
    "\n  fragment BookingFields on Booking {\n    id status window { start end } price { amount currency } cancellationFee { amount currency }\n    cancelledAt createdAt lot { id } space { id label kind } vehicle { id plate } driver { id }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  mutation BookingsCreate($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsCreateDocument,
    "\n  mutation BookingsCancel($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsCancelDocument,
    "\n  mutation BookingsExtend($input: ExtendBookingInput!) {\n    extendBooking(input: $input) { booking { ...BookingFields } userErrors { code message field } }\n  }\n": types.BookingsExtendDocument,
    "\n  query BookingsQuote($id: ID!, $window: TimeWindowInput!, $kind: SpaceKind) {\n    lot(id: $id) { quote(window: $window, spaceKind: $kind) { total { amount currency } } }\n  }\n": types.BookingsQuoteDocument,
    "\n  query BookingsNode($id: ID!) { node(id: $id) { __typename ... on Booking { ...BookingFields } } }\n": types.BookingsNodeDocument,
    "\n  query BookingsOfViewer { viewer { bookings { edges { cursor } } } }\n": types.BookingsOfViewerDocument,
    "\n    query BookingsList($status: [BookingStatus!], $first: Int, $after: String) {\n      viewer {\n        bookings(status: $status, first: $first, after: $after) {\n          edges { cursor node { id status } }\n          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        }\n      }\n    }\n  ": types.BookingsListDocument,
    "\n  mutation AddressGuardCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code } } }\n": types.AddressGuardCreateSourceDocument,
    "\n  query AddressGuardSourceStatus($id: ID!) { node(id: $id) { ... on ConnectorSource { status { lastErrorCode lastError } } } }\n": types.AddressGuardSourceStatusDocument,
    "\n  mutation ConnectorsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { externalRef lot { id } } userErrors { code message } } }\n": types.ConnectorsUpsertLotsDocument,
    "\n  mutation ConnectorsCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code field } } }\n": types.ConnectorsCreateSourceDocument,
    "\n  query ConnectorsStatus($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorSource {\n        status {\n          healthy lastAttemptAt lastSuccessAt lastErrorAt lastErrorCode lastError consecutiveFailures nextPollAt itemCount appliedCount\n          problems { ref reason }\n        }\n      }\n    }\n  }\n": types.ConnectorsStatusDocument,
    "\n  query ConnectorsReported($id: ID!) { node(id: $id) { ... on Lot { reportedAvailability { free total } } } }\n": types.ConnectorsReportedDocument,
    "\n  mutation ConnectorsSetCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results } }\n": types.ConnectorsSetCountsDocument,
    "\n  subscription ConnectorsOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId occupancy { available total } } }\n": types.ConnectorsOccupancyDocument,
    "\n  query ConnectorsSources($id: ID!) { node(id: $id) { ... on Operator { connectorSources { edges { node { id name enabled } } } } } }\n": types.ConnectorsSourcesDocument,
    "\n  query ConnectorsNodeId($id: ID!) { node(id: $id) { id } }\n": types.ConnectorsNodeIdDocument,
    "\n  mutation ConnectorsDeleteSource($id: ID!) { deleteConnectorSource(input: { sourceId: $id }) { userErrors { code } } }\n": types.ConnectorsDeleteSourceDocument,
    "\n  mutation FeedsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { lot { id } } userErrors { code message } } }\n": types.FeedsUpsertLotsDocument,
    "\n  mutation FeedsReportFree($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results userErrors { code } } }\n": types.FeedsReportFreeDocument,
    "\n  mutation FeedsSetPublication($input: SetOpenDataPublicationInput!) {\n    setOpenDataPublication(input: $input) { operator { publishesOpenData } userErrors { code } }\n  }\n": types.FeedsSetPublicationDocument,
    "\n  mutation FeedsSetHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { userErrors { code } } }\n": types.FeedsSetHoursDocument,
    "\n  mutation GatesRegister($input: RegisterGateInput!) {\n    registerGate(input: $input) { gate { id name direction } deviceKey { id scopes } deviceKeySecret userErrors { code field } }\n  }\n": types.GatesRegisterDocument,
    "\n  mutation GatesRead($input: PlateReadInput!) {\n    reportPlateRead(input: $input) {\n      decision reason\n      read { id plate repeated session { id kind exitedAt charge { amount currency } space { id } } booking { id status } }\n      userErrors { code message field }\n    }\n  }\n": types.GatesReadDocument,
    "\n  subscription GatesOccupancy($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { version occupancy { total available occupied reserved } }\n  }\n": types.GatesOccupancyDocument,
    "\n  mutation GatesAddRule($input: AddPlateRuleInput!) { addPlateRule(input: $input) { plateRule { id plate kind } userErrors { code } } }\n": types.GatesAddRuleDocument,
    "\n  mutation GatesSetPolicy($input: SetGatePolicyInput!) { setGatePolicy(input: $input) { lot { walkInsAllowed } userErrors { code } } }\n": types.GatesSetPolicyDocument,
    "\n  query GatesPlateReads($id: ID!, $filter: PlateReadFilter, $after: String) {\n    node(id: $id) {\n      ... on Operator {\n        plateReads(filter: $filter, first: 2, after: $after) {\n          edges { node { plate decision reason repeated gate { name } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.GatesPlateReadsDocument,
    "\n  fragment OccupancyFields on LotOccupancy {\n    total available occupied reserved outOfService\n    byKind { kind total available occupied reserved outOfService }\n    updatedAt\n  }\n": types.OccupancyFieldsFragmentDoc,
    "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n": types.LotOccupancyHistoryDocument,
    "\n  mutation InventoryCreateOperator($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id name kind } userErrors { code message field } } }\n": types.InventoryCreateOperatorDocument,
    "\n  mutation InventoryCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id } userErrors { code message field } } }\n": types.InventoryCreateLotDocument,
    "\n  mutation InventoryUpdateLot($input: UpdateLotInput!) { updateLot(input: $input) { lot { name } userErrors { code message field } } }\n": types.InventoryUpdateLotDocument,
    "\n  mutation InventoryArchiveLot($input: ArchiveLotInput!) { archiveLot(input: $input) { lot { archivedAt } userErrors { code message field } } }\n": types.InventoryArchiveLotDocument,
    "\n  mutation InventoryAddSpaces($input: AddSpacesInput!) { addSpaces(input: $input) { spaces { id label kind } userErrors { code message field } } }\n": types.InventoryAddSpacesDocument,
    "\n  mutation InventoryUpdateSpace($input: UpdateSpaceInput!) { updateSpace(input: $input) { space { operatorStatus } userErrors { code message field } } }\n": types.InventoryUpdateSpaceDocument,
    "\n  mutation InventorySetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { lot { id } userErrors { code message field } } }\n": types.InventorySetWeeklyHoursDocument,
    "\n  mutation InventorySetTariff($input: SetTariffInput!) { setTariff(input: $input) { lot { id } userErrors { code message field } } }\n": types.InventorySetTariffDocument,
    "\n  mutation InventoryAddBlackout($input: AddBlackoutInput!) { addBlackout(input: $input) { lot { id } userErrors { code message field } } }\n": types.InventoryAddBlackoutDocument,
    "\n  mutation InventorySetCancellationPolicy($input: SetCancellationPolicyInput!) {\n    setCancellationPolicy(input: $input) {\n      lot { cancellationPolicy { freeCancellationMinutes cancellationFee { amount currency } arrivalGraceMinutes } }\n      userErrors { code message field }\n    }\n  }\n": types.InventorySetCancellationPolicyDocument,
    "\n  mutation InventoryCreateBooking($input: CreateBookingInput!) { createBooking(input: $input) { booking { id price { amount } } userErrors { code message field } } }\n": types.InventoryCreateBookingDocument,
    "\n  fragment InventoryKeyFields on ApiKey { id name prefix scopes revokedAt }\n": types.InventoryKeyFieldsFragmentDoc,
    "\n  mutation InventoryCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n": types.InventoryCreateApiKeyDocument,
    "\n  mutation InventoryRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n": types.InventoryRotateApiKeyDocument,
    "\n  mutation InventoryRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { code message field } } }\n": types.InventoryRevokeApiKeyDocument,
    "\n  mutation InventoryAnonymousCreateOperator { createOperator(input: { name: \"x\", kind: PRIVATE }) { userErrors { code } } }\n": types.InventoryAnonymousCreateOperatorDocument,
    "\n  query InventorySearch($near: LatLngInput!, $window: TimeWindowInput) { lotsNear(near: $near, radiusMeters: 500, window: $window) { edges { node { id } } } }\n": types.InventorySearchDocument,
    "\n  query InventoryMemberships { viewer { memberships { role operator { id } } } }\n": types.InventoryMembershipsDocument,
    "\n  query InventoryLotSetup($id: ID!, $w: TimeWindowInput!) {\n    lot(id: $id) {\n      bookableHours { dayOfWeek opensAt closesAt }\n      tariffs { name spaceKind hourlyRate { amount currency } billingIncrementMinutes dailyCap { amount } graceMinutes flatRates { name } }\n      blackouts { window { start end } reason }\n      quote(window: $w) { total { amount } }\n    }\n  }\n": types.InventoryLotSetupDocument,
    "\n  query InventoryOperatorBookings($id: ID!) {\n    node(id: $id) {\n      ... on Operator { bookings(first: 10) { edges { node { status window { start end } vehicle { plate } driver { displayName } } } } }\n    }\n  }\n": types.InventoryOperatorBookingsDocument,
    "\n  query InventorySpaceCursors($id: ID!) { lot(id: $id) { spaces(first: 10) { edges { cursor } } } }\n": types.InventorySpaceCursorsDocument,
    "\n  query InventoryAvailabilityTotal($id: ID!, $w: TimeWindowInput!) { lot(id: $id) { availability(window: $w) { total } } }\n": types.InventoryAvailabilityTotalDocument,
    "\n  query InventoryViewerBookings { viewer { bookings { edges { cursor } } } }\n": types.InventoryViewerBookingsDocument,
    "\n  query InventoryKeyView($id: ID!) { node(id: $id) { ... on Operator { bookings { edges { cursor } } apiKeys { prefix lastUsedAt } } } }\n": types.InventoryKeyViewDocument,
    "\n  query InventoryOwnerKeys($id: ID!) { node(id: $id) { ... on Operator { apiKeys { prefix lastUsedAt } } } }\n": types.InventoryOwnerKeysDocument,
    "\n  query InventoryViewerUser { viewer { user { id } } }\n": types.InventoryViewerUserDocument,
    "\n  query LimitsMemberships { viewer { memberships { operator { id } } } }\n": types.LimitsMembershipsDocument,
    "\n  mutation LimitsCreateKey($id: ID!) { createApiKey(input: { operatorId: $id, name: \"limits test\", scopes: [LOTS_WRITE] }) { secret } }\n": types.LimitsCreateKeyDocument,
    "\n  query LimitsFirstLot { lots(first: 1) { edges { node { id } } } }\n": types.LimitsFirstLotDocument,
    "\n  subscription LiveOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId version occupancy { available reserved } } }\n": types.LiveOccupancyChangedDocument,
    "\n  mutation LiveOccupancyBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n": types.LiveOccupancyBookDocument,
    "\n  mutation LiveOccupancyCancel($id: ID!) { cancelBooking(input: { bookingId: $id }) { userErrors { code } } }\n": types.LiveOccupancyCancelDocument,
    "\n  query LotsPage($first: Int, $after: String) {\n    lots(first: $first, after: $after) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.LotsPageDocument,
    "\n  query LotsReadmeExample { lots(first: 5) { edges { node { name } } } }\n": types.LotsReadmeExampleDocument,
    "\n  query LotsFirstSpaceCursor { lots(first: 1) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }\n": types.LotsFirstSpaceCursorDocument,
    "\n  query LotsScalars($id: ID!) {\n    lot(id: $id) {\n      id name address location { lat lng } footprint { lat lng } timeZone lotType amenities\n      maxVehicleHeightCm covered access currency operator { name kind }\n    }\n  }\n": types.LotsScalarsDocument,
    "\n  query LotsSpaces($id: ID!, $after: String) {\n    lot(id: $id) { spaces(first: 9, after: $after) { edges { node { label lot { id } } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.LotsSpacesDocument,
    "\n  query LotsName($id: ID!) { lot(id: $id) { name } }\n": types.LotsNameDocument,
    "\n  query LotsFirstSpace($id: ID!) { lot(id: $id) { spaces(first: 1) { edges { node { id } } } } }\n": types.LotsFirstSpaceDocument,
    "\n  query LotsFirstWithRelations { lots(first: 1) { edges { node { id name operator { id name } spaces(first: 1) { edges { node { id label } } } } } } }\n": types.LotsFirstWithRelationsDocument,
    "\n  query LotsThreeNodes($lot: ID!, $space: ID!, $operator: ID!) {\n    lot: node(id: $lot) { __typename id ... on Lot { name } }\n    space: node(id: $space) { __typename id ... on Space { label } }\n    operator: node(id: $operator) { __typename id ... on Operator { name } }\n  }\n": types.LotsThreeNodesDocument,
    "\n  query LotsNodeId($id: ID!) { node(id: $id) { id } }\n": types.LotsNodeIdDocument,
    "\n  query NoShowsBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n": types.NoShowsBookingStatusDocument,
    "\n  query NoShowsLotOccupancy($id: ID!) { lot(id: $id) { occupancy { reserved available } } }\n": types.NoShowsLotOccupancyDocument,
    "\n  query OidcViewer { viewer { user { id email displayName } } }\n": types.OidcViewerDocument,
    "\n    query OpenDataFindable($near: LatLngInput!) {\n      lotsNear(near: $near, radiusMeters: 500, first: 20) {\n        edges {\n          node {\n            id name lotType access maxVehicleHeightCm covered timeZone currency\n            capacity capacityAccessible capacityCharging fee externalRef availabilitySource bookable\n            operator { name kind } openingHours { dayOfWeek opensAt closesAt }\n          }\n        }\n      }\n    }\n  ": types.OpenDataFindableDocument,
    "\n  query OutageFirstLot { lots(first: 1) { edges { node { name } } } }\n": types.OutageFirstLotDocument,
    "\n  mutation PartnersUpsert($input: UpsertLotsInput!) {\n    upsertLots(input: $input) {\n      lots {\n        externalRef result spacesCreated spacesUpdated\n        lot { id name capacity bookable availabilitySource spaces(first: 10) { edges { node { label externalRef kind } } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.PartnersUpsertDocument,
    "\n  mutation PartnersSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { results applied userErrors { code field } } }\n": types.PartnersSensorsDocument,
    "\n  mutation PartnersCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results applied userErrors { code field } } }\n": types.PartnersCountsDocument,
    "\n  query PartnersLot($id: ID!) {\n    lot(id: $id) {\n      bookable availabilitySource capacity reportedAvailability { free total observedAt }\n      occupancy { total available occupied reserved byKind { kind } }\n      spaces(first: 10) { edges { node { label sensorStatus sensorObservedAt } } }\n    }\n  }\n": types.PartnersLotDocument,
    "\n  subscription PartnersOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { occupancy { occupied } } }\n": types.PartnersOccupancyDocument,
    "\n  query PartnersSearch { lotsNear(near: { lat: 53.4815, lng: -2.2450 }, radiusMeters: 800, first: 100) { edges { node { id bookable availabilitySource } } } }\n": types.PartnersSearchDocument,
    "\n  mutation PartnersAddVehicle { addVehicle(input: { plate: \"PA12 TNR\", country: \"GB\" }) { vehicle { id } } }\n": types.PartnersAddVehicleDocument,
    "\n  mutation PartnersBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n": types.PartnersBookDocument,
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
    "\n  fragment SearchPageFields on LotSearchConnection {\n    edges { cursor distanceMeters node { id name } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n": types.SearchPageFieldsFragmentDoc,
    "\n  query SearchNear($near: LatLngInput!, $radius: Float, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsNear(near: $near, radiusMeters: $radius, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n": types.SearchNearDocument,
    "\n  query SearchBounds($bounds: BoundsInput!, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n": types.SearchBoundsDocument,
    "\n  query SearchNearDefaultFirst($near: LatLngInput!, $radius: Float) { lotsNear(near: $near, radiusMeters: $radius) { ...SearchPageFields } }\n": types.SearchNearDefaultFirstDocument,
    "\n  query SearchFirstLotsCursor { lots(first: 1) { pageInfo { endCursor } } }\n": types.SearchFirstLotsCursorDocument,
    "\n  query SearchOperatorsNear($near: LatLngInput!) { lotsNear(near: $near, radiusMeters: 2000) { edges { node { name operator { id } } } } }\n": types.SearchOperatorsNearDocument,
    "\n  query SearchNested($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {\n    lotsNear(near: $near, radiusMeters: 2600, first: $first, window: $window) {\n      edges {\n        distanceMeters\n        node {\n          name\n          operator { name }\n          spaces(first: 5) { edges { node { label } } }\n          availability(window: $window) { available byKind { kind available } }\n          quote(window: $window) { total { amount } }\n        }\n      }\n    }\n  }\n": types.SearchNestedDocument,
    "\n  subscription ResilienceOccupancy($lotIds: [ID!], $bounds: BoundsInput) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds) { lotId version occupancy { ...OccupancyFields } }\n  }\n": types.ResilienceOccupancyDocument,
    "\n  query ResilienceHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n": types.ResilienceHttpOccupancyDocument,
    "\n  mutation ResilienceCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id } userErrors { code message } }\n  }\n": types.ResilienceCreateBookingDocument,
    "\n  subscription SubscriptionsOccupancy($lotIds: [ID!], $bounds: BoundsInput, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds, knownVersions: $knownVersions) {\n      lotId version lot { id name } occupancy { ...OccupancyFields }\n    }\n  }\n": types.SubscriptionsOccupancyDocument,
    "\n  query SubscriptionsHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n": types.SubscriptionsHttpOccupancyDocument,
    "\n  subscription SubscriptionsSpaces($lotId: ID!) { spaceStatusChanged(lotId: $lotId) { space { id label } status } }\n": types.SubscriptionsSpacesDocument,
    "\n  subscription SubscriptionsBookingUpdated { bookingUpdated { id status lot { id } space { id } } }\n": types.SubscriptionsBookingUpdatedDocument,
    "\n  mutation SubscriptionsCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status space { id } } userErrors { code message field } }\n  }\n": types.SubscriptionsCreateBookingDocument,
    "\n  mutation SubscriptionsCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { id status } userErrors { code message field } }\n  }\n": types.SubscriptionsCancelBookingDocument,
    "\n  mutation SubscriptionsUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) { space { id operatorStatus } userErrors { code message field } }\n  }\n": types.SubscriptionsUpdateSpaceDocument,
    "\n  subscription SubscriptionsQuiet($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { lotId version occupancy { ...OccupancyFields } }\n  }\n": types.SubscriptionsQuietDocument,
    "\n  fragment TeamsMemberPayload on OperatorMember { role user { id } }\n": types.TeamsMemberPayloadFragmentDoc,
    "\n  mutation TeamsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { invitation { email role expiresAt operator { id name } } userErrors { code field message } }\n  }\n": types.TeamsInviteDocument,
    "\n  mutation TeamsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": types.TeamsAcceptDocument,
    "\n  mutation TeamsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": types.TeamsChangeRoleDocument,
    "\n  mutation TeamsRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n": types.TeamsRemoveDocument,
    "\n  query TeamsTeam($id: ID!) {\n    node(id: $id) {\n      ... on Operator {\n        members(first: 50) { edges { node { role joinedAt user { id displayName } } } }\n        pendingInvitations { email role }\n      }\n    }\n  }\n": types.TeamsTeamDocument,
    "\n  query TeamsMemberships { viewer { memberships { role operator { id } } } }\n": types.TeamsMembershipsDocument,
    "\n  query TeamsMembersPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Operator { members(first: 2, after: $after) { edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n": types.TeamsMembersPageDocument,
    "\n  fragment VehicleFields on Vehicle { id plate country nickname heightCm }\n": types.VehicleFieldsFragmentDoc,
    "\n  mutation VehiclesAdd($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesAddDocument,
    "\n  mutation VehiclesUpdate($input: UpdateVehicleInput!) {\n    updateVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesUpdateDocument,
    "\n  mutation VehiclesRemove($input: RemoveVehicleInput!) {\n    removeVehicle(input: $input) { vehicle { ...VehicleFields } userErrors { code message field } }\n  }\n": types.VehiclesRemoveDocument,
    "\n  query VehiclesOfViewer { viewer { vehicles { ...VehicleFields } } }\n": types.VehiclesOfViewerDocument,
    "\n  query VehiclesOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { ...VehicleFields } } } }\n": types.VehiclesOfBookingDocument,
    "\n  query VehiclesNicknameOfBooking($id: ID!) { node(id: $id) { ... on Booking { vehicle { plate nickname } } } }\n": types.VehiclesNicknameOfBookingDocument,
    "\n  query VehiclesNode($id: ID!) { node(id: $id) { __typename ... on Vehicle { plate nickname } } }\n": types.VehiclesNodeDocument,
    "\n  query WebAppFirstLotCursor { lots(first: 1) { edges { cursor } } }\n": types.WebAppFirstLotCursorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsDocsRefreshOther($input: RefreshSessionInput!) { refreshSession(input: $input) { userErrors { code } } }\n"): typeof import('./graphql.js').AccountsDocsRefreshOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpSignUp($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }\n"): typeof import('./graphql.js').SmtpSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code } } }\n"): typeof import('./graphql.js').SmtpVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok } }\n"): typeof import('./graphql.js').SmtpRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }\n"): typeof import('./graphql.js').SmtpResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountsSession on Session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id displayName email emailVerified } }\n"): typeof import('./graphql.js').AccountsSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsSignIn($input: SignInInput!) { signIn(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRefresh($input: RefreshSessionInput!) { refreshSession(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsSignOut($input: SignOutInput!) { signOut(input: $input) { ok userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { session { ...AccountsSession } userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRequestVerification { requestEmailVerification { ok userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsRequestVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsRequestReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ok userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code field message } } }\n"): typeof import('./graphql.js').AccountsResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsViewer { viewer { user { email displayName emailVerified } } }\n"): typeof import('./graphql.js').AccountsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsSweepBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n"): typeof import('./graphql.js').ArrivalsSweepBookingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsCheckIn($input: SelfCheckInput!) {\n    checkIn(input: $input) {\n      booking { id status } session { kind enteredAt space { label } entryGate { kind } } userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').ArrivalsCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsCheckOut($input: SelfCheckInput!) {\n    checkOut(input: $input) {\n      booking { id status price { amount } } session { exitedAt charge { amount currency } } userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').ArrivalsCheckOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsLot($id: ID!) { lot(id: $id) { arrivalObservation geofenceRadiusMeters checkInPositionRequired occupancy { occupied reserved available } } }\n"): typeof import('./graphql.js').ArrivalsLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id arrivalObservation geofenceRadiusMeters } userErrors { code } } }\n"): typeof import('./graphql.js').ArrivalsCreateLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsUpdateLot($input: UpdateLotInput!) {\n    updateLot(input: $input) { lot { arrivalObservation geofenceRadiusMeters checkInPositionRequired } userErrors { code field } }\n  }\n"): typeof import('./graphql.js').ArrivalsUpdateLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsFreshness($id: ID!) { lot(id: $id) { dataFreshness { source reportedAt expired } } }\n"): typeof import('./graphql.js').ArrivalsFreshnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsLotsArrival { lots(first: 100) { edges { node { name arrivalObservation geofenceRadiusMeters checkInPositionRequired } } } }\n"): typeof import('./graphql.js').ArrivalsLotsArrivalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsRegisterGate($lot: ID!) {\n    registerGate(input: { lotId: $lot, name: \"Yard barrier\", direction: BOTH }) { gate { id } deviceKeySecret userErrors { code } }\n  }\n"): typeof import('./graphql.js').ArrivalsRegisterGateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsRead($input: PlateReadInput!) { reportPlateRead(input: $input) { decision reason read { id } userErrors { code } } }\n"): typeof import('./graphql.js').ArrivalsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsAdmit($input: AdmitVehicleInput!) {\n    admitVehicle(input: $input) {\n      action { kind reason plate performedBy { displayName } gate { name } plateRead { decision } session { id } }\n      session { id kind booking { status } exitedAt }\n      userErrors { code field }\n    }\n  }\n"): typeof import('./graphql.js').ArrivalsAdmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrivalsClose($input: CloseSessionInput!) {\n    closeSession(input: $input) {\n      action { kind reason plate } session { exitedAt charge { amount } booking { status } } userErrors { code field }\n    }\n  }\n"): typeof import('./graphql.js').ArrivalsCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalsAudit($id: ID!) { node(id: $id) { ... on Operator { staffActions(first: 10) { edges { node { kind reason plate } } } } } }\n"): typeof import('./graphql.js').ArrivalsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer { viewer { user { id email displayName } vehicles { plate } } }\n"): typeof import('./graphql.js').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewerId { viewer { user { id } } }\n"): typeof import('./graphql.js').AuthViewerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewerAndALot { viewer { user { id } } lots(first: 1) { edges { node { id } } } }\n"): typeof import('./graphql.js').AuthViewerAndALotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewerAndALotName { viewer { user { id } } lots(first: 1) { edges { node { name } } } }\n"): typeof import('./graphql.js').AuthViewerAndALotNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthAddVehicle($input: AddVehicleInput!) {\n    addVehicle(input: $input) { vehicle { id plate } userErrors { code field } }\n  }\n"): typeof import('./graphql.js').AuthAddVehicleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailabilityOfLot($id: ID!, $window: TimeWindowInput!) {\n    lot(id: $id) {\n      availability(window: $window) {\n        window { start end }\n        total\n        available\n        byKind { kind total available }\n        closedReason\n      }\n    }\n  }\n"): typeof import('./graphql.js').AvailabilityOfLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailabilityHours($id: ID!) {\n    lot(id: $id) {\n      openingHours { dayOfWeek opensAt closesAt }\n      bookableHours { dayOfWeek opensAt closesAt }\n    }\n  }\n"): typeof import('./graphql.js').AvailabilityHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailabilityOccupancy($id: ID!) {\n    lot(id: $id) {\n      occupancy { ...OccupancyFields }\n    }\n  }\n"): typeof import('./graphql.js').AvailabilityOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingNested($lots: Int!, $spaces: Int!) {\n    lots(first: $lots) {\n      edges { node { name operator { name } spaces(first: $spaces) { edges { node { label lot { name operator { kind } } } } } } }\n    }\n  }\n"): typeof import('./graphql.js').BatchingNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingSearch($window: TimeWindowInput!) {\n    lotsNear(near: { lat: 53.4808, lng: -2.2426 }, radiusMeters: 5000, window: $window, first: 10) {\n      edges { node { name availability(window: $window) { available } openingHours { dayOfWeek } } }\n    }\n  }\n"): typeof import('./graphql.js').BatchingSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingOperatorsOfTwoLots { lots(first: 2) { edges { node { operator { name } } } } }\n"): typeof import('./graphql.js').BatchingOperatorsOfTwoLotsDocument;
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
export function graphql(source: "\n  mutation AddressGuardCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code } } }\n"): typeof import('./graphql.js').AddressGuardCreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddressGuardSourceStatus($id: ID!) { node(id: $id) { ... on ConnectorSource { status { lastErrorCode lastError } } } }\n"): typeof import('./graphql.js').AddressGuardSourceStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectorsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { externalRef lot { id } } userErrors { code message } } }\n"): typeof import('./graphql.js').ConnectorsUpsertLotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectorsCreateSource($input: CreateConnectorSourceInput!) { createConnectorSource(input: $input) { source { id } userErrors { code field } } }\n"): typeof import('./graphql.js').ConnectorsCreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorsStatus($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorSource {\n        status {\n          healthy lastAttemptAt lastSuccessAt lastErrorAt lastErrorCode lastError consecutiveFailures nextPollAt itemCount appliedCount\n          problems { ref reason }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConnectorsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorsReported($id: ID!) { node(id: $id) { ... on Lot { reportedAvailability { free total } } } }\n"): typeof import('./graphql.js').ConnectorsReportedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectorsSetCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results } }\n"): typeof import('./graphql.js').ConnectorsSetCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConnectorsOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId occupancy { available total } } }\n"): typeof import('./graphql.js').ConnectorsOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorsSources($id: ID!) { node(id: $id) { ... on Operator { connectorSources { edges { node { id name enabled } } } } } }\n"): typeof import('./graphql.js').ConnectorsSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorsNodeId($id: ID!) { node(id: $id) { id } }\n"): typeof import('./graphql.js').ConnectorsNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectorsDeleteSource($id: ID!) { deleteConnectorSource(input: { sourceId: $id }) { userErrors { code } } }\n"): typeof import('./graphql.js').ConnectorsDeleteSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedsUpsertLots($input: UpsertLotsInput!) { upsertLots(input: $input) { lots { lot { id } } userErrors { code message } } }\n"): typeof import('./graphql.js').FeedsUpsertLotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedsReportFree($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results userErrors { code } } }\n"): typeof import('./graphql.js').FeedsReportFreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedsSetPublication($input: SetOpenDataPublicationInput!) {\n    setOpenDataPublication(input: $input) { operator { publishesOpenData } userErrors { code } }\n  }\n"): typeof import('./graphql.js').FeedsSetPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedsSetHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { userErrors { code } } }\n"): typeof import('./graphql.js').FeedsSetHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GatesRegister($input: RegisterGateInput!) {\n    registerGate(input: $input) { gate { id name direction } deviceKey { id scopes } deviceKeySecret userErrors { code field } }\n  }\n"): typeof import('./graphql.js').GatesRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GatesRead($input: PlateReadInput!) {\n    reportPlateRead(input: $input) {\n      decision reason\n      read { id plate repeated session { id kind exitedAt charge { amount currency } space { id } } booking { id status } }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql.js').GatesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GatesOccupancy($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { version occupancy { total available occupied reserved } }\n  }\n"): typeof import('./graphql.js').GatesOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GatesAddRule($input: AddPlateRuleInput!) { addPlateRule(input: $input) { plateRule { id plate kind } userErrors { code } } }\n"): typeof import('./graphql.js').GatesAddRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GatesSetPolicy($input: SetGatePolicyInput!) { setGatePolicy(input: $input) { lot { walkInsAllowed } userErrors { code } } }\n"): typeof import('./graphql.js').GatesSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatesPlateReads($id: ID!, $filter: PlateReadFilter, $after: String) {\n    node(id: $id) {\n      ... on Operator {\n        plateReads(filter: $filter, first: 2, after: $after) {\n          edges { node { plate decision reason repeated gate { name } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GatesPlateReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OccupancyFields on LotOccupancy {\n    total available occupied reserved outOfService\n    byKind { kind total available occupied reserved outOfService }\n    updatedAt\n  }\n"): typeof import('./graphql.js').OccupancyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotOccupancyHistory($id: ID!, $range: HistoryRangeInput!, $bucket: HistoryBucket!) {\n    node(id: $id) {\n      ... on Lot {\n        occupancyHistory(range: $range, bucket: $bucket) {\n          bucketStart samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted\n          byKind { kind samples capacity occupiedMin occupiedMean occupiedMax bookingsStarted sessionsStarted }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LotOccupancyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCreateOperator($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id name kind } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryCreateOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCreateLot($input: CreateLotInput!) { createLot(input: $input) { lot { id } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryCreateLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryUpdateLot($input: UpdateLotInput!) { updateLot(input: $input) { lot { name } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryUpdateLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryArchiveLot($input: ArchiveLotInput!) { archiveLot(input: $input) { lot { archivedAt } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryArchiveLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryAddSpaces($input: AddSpacesInput!) { addSpaces(input: $input) { spaces { id label kind } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryAddSpacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryUpdateSpace($input: UpdateSpaceInput!) { updateSpace(input: $input) { space { operatorStatus } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryUpdateSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventorySetWeeklyHours($input: SetWeeklyHoursInput!) { setWeeklyHours(input: $input) { lot { id } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventorySetWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventorySetTariff($input: SetTariffInput!) { setTariff(input: $input) { lot { id } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventorySetTariffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryAddBlackout($input: AddBlackoutInput!) { addBlackout(input: $input) { lot { id } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryAddBlackoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventorySetCancellationPolicy($input: SetCancellationPolicyInput!) {\n    setCancellationPolicy(input: $input) {\n      lot { cancellationPolicy { freeCancellationMinutes cancellationFee { amount currency } arrivalGraceMinutes } }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql.js').InventorySetCancellationPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCreateBooking($input: CreateBookingInput!) { createBooking(input: $input) { booking { id price { amount } } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryCreateBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InventoryKeyFields on ApiKey { id name prefix scopes revokedAt }\n"): typeof import('./graphql.js').InventoryKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { ...InventoryKeyFields } secret userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryRotateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { code message field } } }\n"): typeof import('./graphql.js').InventoryRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryAnonymousCreateOperator { createOperator(input: { name: \"x\", kind: PRIVATE }) { userErrors { code } } }\n"): typeof import('./graphql.js').InventoryAnonymousCreateOperatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventorySearch($near: LatLngInput!, $window: TimeWindowInput) { lotsNear(near: $near, radiusMeters: 500, window: $window) { edges { node { id } } } }\n"): typeof import('./graphql.js').InventorySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryMemberships { viewer { memberships { role operator { id } } } }\n"): typeof import('./graphql.js').InventoryMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryLotSetup($id: ID!, $w: TimeWindowInput!) {\n    lot(id: $id) {\n      bookableHours { dayOfWeek opensAt closesAt }\n      tariffs { name spaceKind hourlyRate { amount currency } billingIncrementMinutes dailyCap { amount } graceMinutes flatRates { name } }\n      blackouts { window { start end } reason }\n      quote(window: $w) { total { amount } }\n    }\n  }\n"): typeof import('./graphql.js').InventoryLotSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryOperatorBookings($id: ID!) {\n    node(id: $id) {\n      ... on Operator { bookings(first: 10) { edges { node { status window { start end } vehicle { plate } driver { displayName } } } } }\n    }\n  }\n"): typeof import('./graphql.js').InventoryOperatorBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventorySpaceCursors($id: ID!) { lot(id: $id) { spaces(first: 10) { edges { cursor } } } }\n"): typeof import('./graphql.js').InventorySpaceCursorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryAvailabilityTotal($id: ID!, $w: TimeWindowInput!) { lot(id: $id) { availability(window: $w) { total } } }\n"): typeof import('./graphql.js').InventoryAvailabilityTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryViewerBookings { viewer { bookings { edges { cursor } } } }\n"): typeof import('./graphql.js').InventoryViewerBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryKeyView($id: ID!) { node(id: $id) { ... on Operator { bookings { edges { cursor } } apiKeys { prefix lastUsedAt } } } }\n"): typeof import('./graphql.js').InventoryKeyViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryOwnerKeys($id: ID!) { node(id: $id) { ... on Operator { apiKeys { prefix lastUsedAt } } } }\n"): typeof import('./graphql.js').InventoryOwnerKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryViewerUser { viewer { user { id } } }\n"): typeof import('./graphql.js').InventoryViewerUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsMemberships { viewer { memberships { operator { id } } } }\n"): typeof import('./graphql.js').LimitsMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsCreateKey($id: ID!) { createApiKey(input: { operatorId: $id, name: \"limits test\", scopes: [LOTS_WRITE] }) { secret } }\n"): typeof import('./graphql.js').LimitsCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsFirstLot { lots(first: 1) { edges { node { id } } } }\n"): typeof import('./graphql.js').LimitsFirstLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveOccupancyChanged($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { lotId version occupancy { available reserved } } }\n"): typeof import('./graphql.js').LiveOccupancyChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveOccupancyBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n"): typeof import('./graphql.js').LiveOccupancyBookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveOccupancyCancel($id: ID!) { cancelBooking(input: { bookingId: $id }) { userErrors { code } } }\n"): typeof import('./graphql.js').LiveOccupancyCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsPage($first: Int, $after: String) {\n    lots(first: $first, after: $after) {\n      edges { cursor node { id name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').LotsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsReadmeExample { lots(first: 5) { edges { node { name } } } }\n"): typeof import('./graphql.js').LotsReadmeExampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsFirstSpaceCursor { lots(first: 1) { edges { node { spaces(first: 1) { pageInfo { endCursor } } } } } }\n"): typeof import('./graphql.js').LotsFirstSpaceCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsScalars($id: ID!) {\n    lot(id: $id) {\n      id name address location { lat lng } footprint { lat lng } timeZone lotType amenities\n      maxVehicleHeightCm covered access currency operator { name kind }\n    }\n  }\n"): typeof import('./graphql.js').LotsScalarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsSpaces($id: ID!, $after: String) {\n    lot(id: $id) { spaces(first: 9, after: $after) { edges { node { label lot { id } } } pageInfo { hasNextPage endCursor } } }\n  }\n"): typeof import('./graphql.js').LotsSpacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsName($id: ID!) { lot(id: $id) { name } }\n"): typeof import('./graphql.js').LotsNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsFirstSpace($id: ID!) { lot(id: $id) { spaces(first: 1) { edges { node { id } } } } }\n"): typeof import('./graphql.js').LotsFirstSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsFirstWithRelations { lots(first: 1) { edges { node { id name operator { id name } spaces(first: 1) { edges { node { id label } } } } } } }\n"): typeof import('./graphql.js').LotsFirstWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsThreeNodes($lot: ID!, $space: ID!, $operator: ID!) {\n    lot: node(id: $lot) { __typename id ... on Lot { name } }\n    space: node(id: $space) { __typename id ... on Space { label } }\n    operator: node(id: $operator) { __typename id ... on Operator { name } }\n  }\n"): typeof import('./graphql.js').LotsThreeNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotsNodeId($id: ID!) { node(id: $id) { id } }\n"): typeof import('./graphql.js').LotsNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoShowsBookingStatus($id: ID!) { node(id: $id) { ... on Booking { status } } }\n"): typeof import('./graphql.js').NoShowsBookingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoShowsLotOccupancy($id: ID!) { lot(id: $id) { occupancy { reserved available } } }\n"): typeof import('./graphql.js').NoShowsLotOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcViewer { viewer { user { id email displayName } } }\n"): typeof import('./graphql.js').OidcViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OpenDataFindable($near: LatLngInput!) {\n      lotsNear(near: $near, radiusMeters: 500, first: 20) {\n        edges {\n          node {\n            id name lotType access maxVehicleHeightCm covered timeZone currency\n            capacity capacityAccessible capacityCharging fee externalRef availabilitySource bookable\n            operator { name kind } openingHours { dayOfWeek opensAt closesAt }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').OpenDataFindableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutageFirstLot { lots(first: 1) { edges { node { name } } } }\n"): typeof import('./graphql.js').OutageFirstLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersUpsert($input: UpsertLotsInput!) {\n    upsertLots(input: $input) {\n      lots {\n        externalRef result spacesCreated spacesUpdated\n        lot { id name capacity bookable availabilitySource spaces(first: 10) { edges { node { label externalRef kind } } } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): typeof import('./graphql.js').PartnersUpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersSensors($input: ReportSpaceStatusInput!) { reportSpaceStatus(input: $input) { results applied userErrors { code field } } }\n"): typeof import('./graphql.js').PartnersSensorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCounts($input: ReportLotAvailabilityInput!) { reportLotAvailability(input: $input) { results applied userErrors { code field } } }\n"): typeof import('./graphql.js').PartnersCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersLot($id: ID!) {\n    lot(id: $id) {\n      bookable availabilitySource capacity reportedAvailability { free total observedAt }\n      occupancy { total available occupied reserved byKind { kind } }\n      spaces(first: 10) { edges { node { label sensorStatus sensorObservedAt } } }\n    }\n  }\n"): typeof import('./graphql.js').PartnersLotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnersOccupancy($ids: [ID!]) { lotOccupancyChanged(lotIds: $ids) { occupancy { occupied } } }\n"): typeof import('./graphql.js').PartnersOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersSearch { lotsNear(near: { lat: 53.4815, lng: -2.2450 }, radiusMeters: 800, first: 100) { edges { node { id bookable availabilitySource } } } }\n"): typeof import('./graphql.js').PartnersSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersAddVehicle { addVehicle(input: { plate: \"PA12 TNR\", country: \"GB\" }) { vehicle { id } } }\n"): typeof import('./graphql.js').PartnersAddVehicleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersBook($input: CreateBookingInput!) { createBooking(input: $input) { booking { id } userErrors { code } } }\n"): typeof import('./graphql.js').PartnersBookDocument;
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
export function graphql(source: "\n  fragment SearchPageFields on LotSearchConnection {\n    edges { cursor distanceMeters node { id name } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n"): typeof import('./graphql.js').SearchPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNear($near: LatLngInput!, $radius: Float, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsNear(near: $near, radiusMeters: $radius, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n"): typeof import('./graphql.js').SearchNearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBounds($bounds: BoundsInput!, $window: TimeWindowInput, $filter: LotFilter, $first: Int, $after: String) {\n    lotsInBounds(bounds: $bounds, window: $window, filter: $filter, first: $first, after: $after) { ...SearchPageFields }\n  }\n"): typeof import('./graphql.js').SearchBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNearDefaultFirst($near: LatLngInput!, $radius: Float) { lotsNear(near: $near, radiusMeters: $radius) { ...SearchPageFields } }\n"): typeof import('./graphql.js').SearchNearDefaultFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFirstLotsCursor { lots(first: 1) { pageInfo { endCursor } } }\n"): typeof import('./graphql.js').SearchFirstLotsCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOperatorsNear($near: LatLngInput!) { lotsNear(near: $near, radiusMeters: 2000) { edges { node { name operator { id } } } } }\n"): typeof import('./graphql.js').SearchOperatorsNearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNested($near: LatLngInput!, $window: TimeWindowInput!, $first: Int) {\n    lotsNear(near: $near, radiusMeters: 2600, first: $first, window: $window) {\n      edges {\n        distanceMeters\n        node {\n          name\n          operator { name }\n          spaces(first: 5) { edges { node { label } } }\n          availability(window: $window) { available byKind { kind available } }\n          quote(window: $window) { total { amount } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResilienceOccupancy($lotIds: [ID!], $bounds: BoundsInput) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds) { lotId version occupancy { ...OccupancyFields } }\n  }\n"): typeof import('./graphql.js').ResilienceOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n"): typeof import('./graphql.js').ResilienceHttpOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResilienceCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').ResilienceCreateBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsOccupancy($lotIds: [ID!], $bounds: BoundsInput, $knownVersions: [LotVersionInput!]) {\n    lotOccupancyChanged(lotIds: $lotIds, bounds: $bounds, knownVersions: $knownVersions) {\n      lotId version lot { id name } occupancy { ...OccupancyFields }\n    }\n  }\n"): typeof import('./graphql.js').SubscriptionsOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsHttpOccupancy($id: ID!) { lot(id: $id) { occupancy { ...OccupancyFields } } }\n"): typeof import('./graphql.js').SubscriptionsHttpOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsSpaces($lotId: ID!) { spaceStatusChanged(lotId: $lotId) { space { id label } status } }\n"): typeof import('./graphql.js').SubscriptionsSpacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsBookingUpdated { bookingUpdated { id status lot { id } space { id } } }\n"): typeof import('./graphql.js').SubscriptionsBookingUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsCreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) { booking { id status space { id } } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').SubscriptionsCreateBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) { booking { id status } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').SubscriptionsCancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) { space { id operatorStatus } userErrors { code message field } }\n  }\n"): typeof import('./graphql.js').SubscriptionsUpdateSpaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsQuiet($lotIds: [ID!]) {\n    lotOccupancyChanged(lotIds: $lotIds) { lotId version occupancy { ...OccupancyFields } }\n  }\n"): typeof import('./graphql.js').SubscriptionsQuietDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamsMemberPayload on OperatorMember { role user { id } }\n"): typeof import('./graphql.js').TeamsMemberPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsInvite($input: InviteMemberInput!) {\n    inviteMember(input: $input) { invitation { email role expiresAt operator { id name } } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').TeamsInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').TeamsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsChangeRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').TeamsChangeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsRemove($input: RemoveMemberInput!) {\n    removeMember(input: $input) { member { ...TeamsMemberPayload } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').TeamsRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTeam($id: ID!) {\n    node(id: $id) {\n      ... on Operator {\n        members(first: 50) { edges { node { role joinedAt user { id displayName } } } }\n        pendingInvitations { email role }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TeamsTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsMemberships { viewer { memberships { role operator { id } } } }\n"): typeof import('./graphql.js').TeamsMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsMembersPage($id: ID!, $after: String) {\n    node(id: $id) {\n      ... on Operator { members(first: 2, after: $after) { edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } }\n    }\n  }\n"): typeof import('./graphql.js').TeamsMembersPageDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAppFirstLotCursor { lots(first: 1) { edges { cursor } } }\n"): typeof import('./graphql.js').WebAppFirstLotCursorDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
