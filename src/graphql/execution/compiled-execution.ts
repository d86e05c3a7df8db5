import {
  execute as executeWithGraphqlJs,
  GraphQLError,
  getOperationAST,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../context.js';
import { executionCounters } from './counters.js';
import { LruCache } from './lru-cache.js';
import { planOperation, type SqlPlan } from './sql-plan.js';
import { coerceVariables } from './variables.js';

/** Runs one operation, like graphql-js `execute`. */
export type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

export interface CompiledExecutionOptions {
  /**
   * How many distinct documents keep their compiled form; the least recently used is dropped
   * beyond it (and compiled again if it comes back). A compiled document holds generated code,
   * so an unbounded cache would let clients that vary their documents grow the heap.
   * @default 1000
   */
  maxDocuments?: number;
  /**
   * Answer the queries `sql-plan.ts` can plan with one statement that writes the response's JSON.
   * Their data then holds `RawJson` values: for Apollo, whose `stringifyResult` splices them
   * (`stringifyResponse`), not for graphql-ws. @default false
   */
  sqlPlans?: boolean;
}

/** A document compiled for one operation, or why it runs on graphql-js instead. */
type Compiled =
  | {
      kind: 'compiled';
      query: CompiledQuery['query'];
      variableDefinitions: readonly VariableDefinitionNode[];
      /** Planned on first use with `sqlPlans`; null when the operation cannot be planned. */
      sqlPlan?: SqlPlan | null;
    }
  | { kind: 'graphql-js' };

const RUN_ON_GRAPHQL_JS: Compiled = { kind: 'graphql-js' };

/**
 * `execute` through documents compiled by graphql-jit, cached per document text and operation.
 *
 * Answers are graphql-js's wherever the two could differ:
 * - a document graphql-jit cannot compile, an operation that cannot be picked (several and no
 *   name), and subscriptions run on graphql-js (counted in `executionCounters.fallback`);
 * - variables are checked by graphql-js first, and rejected ones are answered by graphql-js, so
 *   their messages and locations are the ones Apollo turns into BAD_USER_INPUT. graphql-jit
 *   then coerces the raw values again itself (it cannot take coerced ones: a DateTime variable
 *   would be parsed twice).
 */
export function createCompiledExecute(schema: GraphQLSchema, { maxDocuments = 1000, sqlPlans = false }: CompiledExecutionOptions = {}): Execute {
  // text -> operation name -> compiled; the text is the cache key because Apollo and graphql-ws
  // parse a document once per request (Apollo caches the parse, graphql-ws does not)
  const cache = new LruCache<string, Map<string, Compiled>>(maxDocuments);

  function compiledFor(document: DocumentNode, operationName: string | null | undefined): Compiled {
    const text = document.loc?.source.body ?? print(document);
    let byOperation = cache.get(text);
    if (!byOperation) {
      byOperation = new Map();
      cache.set(text, byOperation);
    }
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (!compiled) {
      compiled = compile(schema, document, operationName ?? undefined);
      byOperation.set(key, compiled);
    }
    return compiled;
  }

  function sqlPlanOf(compiled: Compiled & { kind: 'compiled' }, args: ExecutionArgs): SqlPlan | null {
    if (compiled.sqlPlan === undefined) compiled.sqlPlan = planOperation(schema, args.document, args.operationName) ?? null;
    return compiled.sqlPlan;
  }

  async function runPlanned(plan: SqlPlan, compiled: Compiled & { kind: 'compiled' }, args: ExecutionArgs): Promise<ExecutionResult> {
    try {
      const answer = await plan.run((args.contextValue as Context).db, args.variableValues);
      if (answer) {
        executionCounters.planned++;
        return answer;
      }
    } catch {
      // a failed statement is asked again the ordinary way, which reports the failure as resolvers do
    }
    executionCounters.planDeclined++;
    return runCompiled(compiled, args);
  }

  function runCompiled(compiled: Compiled & { kind: 'compiled' }, args: ExecutionArgs): Promise<ExecutionResult> | ExecutionResult {
    if (compiled.variableDefinitions.length > 0 && !coerceVariables(schema, compiled.variableDefinitions, args.variableValues)) {
      return executeWithGraphqlJs(args);
    }
    executionCounters.compiled++;
    const result = compiled.query(args.rootValue, args.contextValue, args.variableValues);
    return result instanceof Promise ? result.then(asGraphqlJsResult) : asGraphqlJsResult(result);
  }

  return (args) => {
    if (args.schema !== schema) throw new Error('compiled execution was created for another schema');
    const compiled = compiledFor(args.document, args.operationName);
    if (compiled.kind === 'graphql-js') {
      executionCounters.fallback++;
      return executeWithGraphqlJs(args);
    }
    const plan = sqlPlans ? sqlPlanOf(compiled, args) : null;
    return plan ? runPlanned(plan, compiled, args) : runCompiled(compiled, args);
  };
}

/**
 * graphql-jit's errors are look-alikes of GraphQLError without `extensions` when the thrown
 * error had none, and Apollo reads `error.extensions.code`: such an error would skip our
 * `formatError` (no errorId, no log line). Rebuild them as graphql-js builds located errors,
 * and put `errors` first as graphql-js does, so the serialised response is the same text.
 */
function asGraphqlJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const located = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
    // graphql-jit has already located the error on the same field nodes graphql-js would use
    (located as { locations: GraphQLError['locations'] }).locations = error.locations;
    return located;
  });
  return { errors, data: result.data };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled {
  executionCounters.compilations++;
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation === 'subscription') return RUN_ON_GRAPHQL_JS;
  const compiled = compileQuery(schema, document, operationName);
  if (!isCompiledQuery(compiled)) return RUN_ON_GRAPHQL_JS;
  return { kind: 'compiled', query: compiled.query, variableDefinitions: operation.variableDefinitions ?? [] };
}
