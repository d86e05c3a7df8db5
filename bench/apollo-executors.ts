/**
 * Ways to run compiled documents inside Apollo Server 5, measured without HTTP or a database:
 * Apollo's own graphql-js execution (stock), graphql-jit through the gateway interface (what
 * `GRAPHQL_EXECUTION=compiled` uses), and graphql-jit answering from a plugin's
 * `responseForOperation` (which skips Apollo's error formatting, so it is not a real option, only
 * a bound on what the gateway's bookkeeping costs). The schema is an in-memory stand-in of the
 * nested page (20 lots x 20 spaces, 1,220 fields) and the flat page (20 lots, id and name).
 *
 *   npx tsx bench/apollo-executors.ts [--iterations 2000]
 *
 * Prints CPU microseconds per `executeOperation` for each way and document.
 */
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createCompiledExecute } from '../src/graphql/execution/compiled-execution.js';
import { staticSchemaGateway } from '../src/graphql/execution/apollo-gateway.js';
import { readOptions } from './lib/args.js';

process.env.NODE_ENV ??= 'production';

const options = readOptions(
  { iterations: { default: '2000', number: true, help: 'operations per way and document (after as many for warm-up)' } },
  'usage: tsx bench/apollo-executors.ts [options]',
);
const iterations = Math.trunc(options.number('iterations'));

const lots = Array.from({ length: 20 }, (_, l) => ({
  id: `lot-${l}`,
  name: `Lot ${l}`,
  operator: { id: `op-${l % 5}`, name: `Operator ${l % 5}` },
  spaces: Array.from({ length: 20 }, (_, s) => ({ id: `space-${l}-${s}`, label: `A-${s}`, kind: 'STANDARD' })),
}));
const schema: GraphQLSchema = makeExecutableSchema({
  typeDefs: `
    type Query { lots(first: Int!): LotConnection! }
    type LotConnection { edges: [LotEdge!]! }
    type LotEdge { node: Lot! }
    type Lot { id: ID! name: String! operator: Operator! spaces(first: Int!): SpaceConnection! }
    type Operator { id: ID! name: String! }
    type SpaceConnection { edges: [SpaceEdge!]! }
    type SpaceEdge { node: Space! }
    enum SpaceKind { STANDARD EV_CHARGING }
    type Space { id: ID! label: String! kind: SpaceKind! }`,
  resolvers: {
    Query: { lots: async (_: unknown, { first }: { first: number }) => ({ edges: lots.slice(0, first).map((node) => ({ node })) }) },
    Lot: { spaces: async (lot: (typeof lots)[number], { first }: { first: number }) => ({ edges: lot.spaces.slice(0, first).map((node) => ({ node })) }) },
  },
});

const DOCUMENTS = {
  nested: '{ lots(first: 20) { edges { node { id name operator { id name } spaces(first: 20) { edges { node { id label kind } } } } } } }',
  flat: '{ lots(first: 20) { edges { node { id name } } } }',
};

function server(way: 'stock' | 'gateway' | 'responseForOperation'): ApolloServer<BaseContext> {
  const plugins = [ApolloServerPluginCacheControlDisabled()];
  if (way === 'stock') return new ApolloServer({ schema, plugins });
  const execute = createCompiledExecute(schema);
  if (way === 'gateway') return new ApolloServer({ gateway: staticSchemaGateway(schema, execute), plugins });
  return new ApolloServer({
    schema,
    plugins: [
      ...plugins,
      {
        async requestDidStart() {
          return {
            async responseForOperation({ document, request, contextValue }) {
              const result = await execute({ schema, document, contextValue, variableValues: request.variables, operationName: request.operationName });
              return { http: { status: undefined, headers: new Map() } as never, body: { kind: 'single', singleResult: result } } as never;
            },
          };
        },
      },
    ],
  });
}

for (const way of ['stock', 'gateway', 'responseForOperation'] as const) {
  const apollo = server(way);
  await apollo.start();
  for (const [name, query] of Object.entries(DOCUMENTS)) {
    const run = async () => {
      const response = await apollo.executeOperation({ query });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    };
    for (let i = 0; i < iterations; i++) await run();
    const before = process.cpuUsage();
    for (let i = 0; i < iterations; i++) await run();
    const used = process.cpuUsage(before);
    console.log(`${way.padEnd(22)} ${name.padEnd(7)} ${((used.user + used.system) / iterations).toFixed(0).padStart(6)} µs CPU/operation`);
  }
  await apollo.stop();
}
