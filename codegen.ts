import type { CodegenConfig } from '@graphql-codegen/cli';

// Server types and the live map's operation types from the SDL in schema/. The output is
// committed; CI runs `npm run codegen:check`.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
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
          Lot: '../mappers.js#LotRow',
          Space: '../mappers.js#SpaceRow',
          Operator: '../mappers.js#OperatorRow',
          LotAvailability: '../mappers.js#LotAvailabilityParent',
          LotOccupancy: '../mappers.js#LotOccupancyParent',
          Quote: '../mappers.js#LotQuote',
          QuoteLine: '../mappers.js#QuoteLineParent',
          WeeklyHours: '../mappers.js#LotWeeklyHoursRow',
          Booking: '../mappers.js#BookingRow',
          Vehicle: '../mappers.js#VehicleRow',
          User: '../mappers.js#UserRow',
          Viewer: '../mappers.js#UserViewer',
          Tariff: '../mappers.js#TariffWithFlatRates',
          FlatRate: '../mappers.js#FlatRateParent',
          Blackout: '../mappers.js#LotBlackoutRow',
          CancellationPolicy: '../mappers.js#LotRow',
          Membership: '../mappers.js#MembershipParent',
          ApiKey: '../mappers.js#ApiKeyRow',
          LotOccupancyUpdate: '../mappers.js#LotUpdate',
          SpaceStatusUpdate: '../mappers.js#SpaceStatusRow',
          Gate: '../mappers.js#GateRow',
          PlateRule: '../mappers.js#PlateRuleRow',
          PlateRead: '../mappers.js#PlateReadRow',
          ParkingSession: '../mappers.js#ParkingSessionRow',
          UpsertedLot: '../mappers.js#UpsertedLotParent',
          OperatorMember: '../mappers.js#MemberWithUser',
          Invitation: '../mappers.js#InvitationRow',
          StaffAction: '../mappers.js#StaffActionRow',
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
  },
};

export default config;
