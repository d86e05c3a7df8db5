import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { measureOperation } from './measure-operation.js';
import type { DocumentLimits } from './options.js';
import { LimitCode, overLimit, type LimitViolation } from './violations.js';

/**
 * Depth, aliases and cost of a parsed, validated operation with its variables: the checks that
 * need the document's shape, run before anything executes (whichever engine executes it).
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: unknown,
  limits: DocumentLimits,
): LimitViolation | undefined {
  const variableValues = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
  const measured = measureOperation(schema, document, operation, variableValues, limits.assumedListSize);
  if (measured.depth > limits.maxDepth) {
    return overLimit(LimitCode.QUERY_TOO_DEEP, 'The query depth', measured.depth, limits.maxDepth);
  }
  if (measured.aliases > limits.maxAliases) {
    return overLimit(LimitCode.TOO_MANY_ALIASES, 'The number of aliases', measured.aliases, limits.maxAliases);
  }
  if (measured.cost > limits.maxCost) {
    return overLimit(LimitCode.QUERY_TOO_COSTLY, 'The estimated query cost', measured.cost, limits.maxCost);
  }
  return undefined;
}
