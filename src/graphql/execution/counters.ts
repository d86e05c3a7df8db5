/**
 * How operations were executed since the process started; read by metrics. A plain object so
 * any code can read it without a registry. Counts every server in the process (tests start
 * several): compare differences, not absolute values.
 */
export const executionCounters = {
  /** Operations run by a compiled document (graphql-jit). */
  compiled: 0,
  /**
   * Operations run by graphql-js `execute` in compiled mode: documents graphql-jit cannot compile
   * and subscription operations sent as queries. Bad variables are not counted (see execute.ts).
   */
  fallback: 0,
  /** Operations answered by a SQL plan (sql-plan.ts): one statement wrote the response's data. */
  planned: 0,
  /** Operations with a SQL plan that took the compiled path instead (arguments the resolvers reject, a failed statement). */
  planDeclined: 0,
  /** Documents compiled (cache misses), whether or not compiling succeeded. */
  compilations: 0,
};

export type ExecutionCounters = typeof executionCounters;
