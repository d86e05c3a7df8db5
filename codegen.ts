import type { CodegenConfig } from '@graphql-codegen/cli';

// Server types from the SDL in schema/. The output is committed; CI runs `npm run codegen:check`.
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
        scalars: { ID: 'string' },
        contextType: '../context.js#Context',
        mappers: {
          Lot: '../../db/schema/index.js#LotRow',
          Space: '../../db/schema/index.js#SpaceRow',
          Operator: '../../db/schema/index.js#OperatorRow',
        },
      },
    },
  },
};

export default config;
