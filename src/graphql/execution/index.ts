import type { ApolloServerOptionsWithGateway, ApolloServerOptionsWithSchema, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { ExecutionMode } from '../../config.js';
import { staticSchemaGateway } from './apollo-gateway.js';
import { createCompiledExecute, type CompiledExecutionOptions, type Execute } from './compiled-execution.js';

export { executionCounters, type ExecutionCounters } from './counters.js';
export { createCompiledExecute, type CompiledExecutionOptions, type Execute } from './compiled-execution.js';
export { stringifyResponse } from './raw-json.js';

/** How a server executes operations, for Apollo (HTTP) and graphql-ws (WebSocket). */
export interface ExecutionSetup {
  /** Spread into `new ApolloServer(...)`: `{ schema }` (stock) or `{ gateway }` (compiled). */
  apollo: Pick<ApolloServerOptionsWithSchema<BaseContext>, 'schema'> | Pick<ApolloServerOptionsWithGateway<BaseContext>, 'gateway'>;
  /** graphql-ws's `execute` for queries and mutations; undefined keeps its graphql-js default. */
  execute: Execute | undefined;
}

/**
 * `stock`: Apollo and graphql-ws execute with graphql-js. `compiled`: both run queries and
 * mutations through documents compiled by graphql-jit (one cache shared by HTTP and WebSocket),
 * Apollo through its gateway interface; subscriptions always run on graphql-js. With `sqlPlans`,
 * Apollo's queries that can be planned are answered by one SQL statement (sql-plan.ts); over
 * WebSocket they are not (graphql-ws serialises results itself, so they must be plain objects).
 */
export function executionSetup(
  mode: ExecutionMode,
  schema: GraphQLSchema,
  { sqlPlans = false, ...options }: CompiledExecutionOptions = {},
): ExecutionSetup {
  if (mode === 'stock') return { apollo: { schema }, execute: undefined };
  const execute = createCompiledExecute(schema, options);
  const overHttp = sqlPlans ? createCompiledExecute(schema, { ...options, sqlPlans }) : execute;
  return { apollo: { gateway: staticSchemaGateway(schema, overHttp) }, execute };
}
