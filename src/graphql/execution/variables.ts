import { getVariableValues, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';

/**
 * A request's variables as graphql-js coerces them (defaults applied, custom scalars parsed), or
 * undefined when graphql-js rejects them: its `execute` then words the errors, which Apollo turns
 * into BAD_USER_INPUT, so faster paths hand such requests to it.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  values: Record<string, unknown> | null | undefined,
): Record<string, unknown> | undefined {
  if (definitions.length === 0) return {};
  // maxErrors as graphql-js execute sets it; only whether there are errors matters here
  const coerced = getVariableValues(schema, definitions, values ?? {}, { maxErrors: 50 });
  return coerced.errors ? undefined : coerced.coerced;
}
