import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Execute } from './compiled-execution.js';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Hands Apollo Server a fixed schema and our `execute` through its gateway interface, the one
 * documented place where Apollo 5 lets something else execute operations. Everything before
 * execution stays Apollo's (parsing, the document cache, validation rules, introspection
 * switch, `didResolveOperation`, `executionDidStart`), and so does everything after it (error
 * normalising, BAD_USER_INPUT for bad variables, `formatError`, HTTP status, `willSendResponse`).
 *
 * The schema never changes, so the gateway announces it once when Apollo subscribes.
 */
export function staticSchemaGateway(schema: GraphQLSchema, execute: Execute): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      // there is no supergraph: the schema is our own SDL, not a federation composition
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({
      executor: async (requestContext) =>
        execute({
          schema,
          document: requestContext.document,
          operationName: requestContext.request.operationName,
          contextValue: requestContext.context,
          variableValues: requestContext.request.variables,
        }),
    }),
    stop: async () => {},
  };
}
