/** The parents Operator's and ApiKey's resolvers receive (codegen.ts mappers). */
export type { ApiKeyRow, OperatorRow } from '../../../db/schema/index.js';
