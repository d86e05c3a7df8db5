import type { CodegenConfig } from '@graphql-codegen/cli';

// Server types and the live map's operation types from the SDL in schema/. A type's mapper (the
// parent its resolvers receive) sits beside its resolvers, in src/graphql/resolvers/<module>/mappers.ts.
// The output is committed; CI runs `npm run codegen:check`.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // documents are read from `graphql()` calls only: a magic comment no file uses keeps the tests'
  // older `/* GraphQL */` strings (with interpolations) out
  pluckConfig: { gqlMagicComment: 'typed-by-graphql-call' },
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'Date' },
        contextType: '../context.js#Context',
        mappers: {
          Lot: '../resolvers/lots/mappers.js#LotRow',
          Space: '../resolvers/lots/mappers.js#SpaceRow',
          Operator: '../resolvers/operators/mappers.js#OperatorRow',
          LotAvailability: '../resolvers/availability/mappers.js#LotAvailabilityParent',
          LotOccupancy: '../resolvers/availability/mappers.js#LotOccupancyParent',
          Quote: '../resolvers/pricing/mappers.js#LotQuote',
          QuoteLine: '../resolvers/pricing/mappers.js#QuoteLineParent',
          WeeklyHours: '../resolvers/availability/mappers.js#LotWeeklyHoursRow',
          Booking: '../resolvers/bookings/mappers.js#BookingRow',
          Vehicle: '../resolvers/accounts/mappers.js#VehicleRow',
          User: '../resolvers/accounts/mappers.js#UserRow',
          Viewer: '../resolvers/accounts/mappers.js#UserViewer',
          Tariff: '../resolvers/inventory/mappers.js#TariffWithFlatRates',
          FlatRate: '../resolvers/inventory/mappers.js#FlatRateParent',
          Blackout: '../resolvers/inventory/mappers.js#LotBlackoutRow',
          CancellationPolicy: '../resolvers/lots/mappers.js#LotRow',
          Membership: '../resolvers/inventory/mappers.js#MembershipParent',
          ApiKey: '../resolvers/operators/mappers.js#ApiKeyRow',
          LotOccupancyUpdate: '../resolvers/realtime/mappers.js#LotUpdate',
          SpaceStatusUpdate: '../resolvers/realtime/mappers.js#SpaceStatusRow',
          Gate: '../resolvers/gates/mappers.js#GateRow',
          PlateRule: '../resolvers/gates/mappers.js#PlateRuleRow',
          PlateRead: '../resolvers/gates/mappers.js#PlateReadRow',
          ParkingSession: '../resolvers/gates/mappers.js#ParkingSessionRow',
          UpsertedLot: '../resolvers/partners/mappers.js#UpsertedLotParent',
          OperatorMember: '../resolvers/teams/mappers.js#MemberWithUser',
          Invitation: '../resolvers/teams/mappers.js#InvitationRow',
          StaffAction: '../resolvers/arrivals/mappers.js#StaffActionRow',
          WebhookEndpoint: '../resolvers/webhooks/mappers.js#WebhookEndpointRow',
          WebhookDelivery: '../resolvers/webhooks/mappers.js#WebhookDeliveryRow',
          WebhookAttempt: '../resolvers/webhooks/mappers.js#WebhookAttemptRow',
          ConnectorSource: '../resolvers/connectors/mappers.js#ConnectorSourceRow',
          Payment: '../resolvers/payments/mappers.js#PaymentRow',
          BookingPayment: '../resolvers/payments/mappers.js#BookingPaymentView',
          Receipt: '../resolvers/payments/mappers.js#ReceiptParent',
          ReceiptLine: '../resolvers/payments/mappers.js#ReceiptLineParent',
          OperatorStatement: '../resolvers/payments/mappers.js#OperatorStatementParent',
          StatementTotal: '../resolvers/payments/mappers.js#StatementTotalParent',
          OccupancyHistoryPoint: '../resolvers/history/mappers.js#OccupancyHistoryPointParent',
          OccupancyHistoryKindPoint: '../resolvers/history/mappers.js#OccupancyHistoryKindParent',
          OperatorReport: '../resolvers/history/mappers.js#OperatorReportParent',
          OperatorReportRow: '../resolvers/history/mappers.js#OperatorReportRowParent',
        },
      },
    },
    // The live map's operations (web/src), typed from the same schema. String documents keep
    // graphql-js out of the browser bundle: the page sends the text as it is.
    'web/src/gql/': {
      documents: ['web/src/**/*.ts', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
    // The tests' operations: a test writes its documents with `graphql()` from test/gql and gets
    // the response and variables types from them (test/gql/request.ts sends them). Only calls
    // of `graphql()` count; the older untyped `/* GraphQL */` strings are left alone.
    'test/gql/generated/': {
      documents: ['test/**/*.ts', '!test/gql/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        onlyOperationTypes: true,
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
