import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import type { ServerMetrics } from './metrics.js';
import { currentRequestLogFields } from './request-context.js';

/**
 * Times, counts and logs every GraphQL request over HTTP. Built only on Apollo's request hooks,
 * so it sees the same thing whichever executor runs the operation (graphql-js or graphql-jit
 * through the gateway interface). One log line per request, with the request id and operation
 * name (the logger's mixin adds them) and the codes of the errors the client received.
 */
export function observeGraphQLRequests<Context extends object>({
  metrics,
  logger,
}: {
  metrics: ServerMetrics;
  logger: Logger;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          const fields = currentRequestLogFields();
          if (fields && operationName) fields.operationName = operationName;
        },
        async willSendResponse({ response, operationName, operation, request }) {
          const durationMs = performance.now() - startedAt;
          const labels = metrics.operationLabels(operationName ?? request.operationName, operation?.operation);
          metrics.observeRequest(labels, durationMs / 1_000);
          // the errors as sent, after masking: an internal error is counted as INTERNAL_SERVER_ERROR
          const errorCodes = errorsSent(response.body).map((error) => String(error.extensions?.code ?? 'UNCODED'));
          for (const code of errorCodes) metrics.countError(code);
          logger.info(
            {
              operationType: labels.type,
              status: response.http.status ?? 200,
              durationMs: Math.round(durationMs * 10) / 10,
              ...(errorCodes.length > 0 && { errorCodes }),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

function errorsSent(body: GraphQLResponse['body'] | undefined): readonly GraphQLFormattedError[] {
  if (!body) return [];
  return (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
}
