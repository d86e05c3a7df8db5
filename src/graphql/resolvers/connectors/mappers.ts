/** The parent ConnectorSource's resolvers receive (codegen.ts mappers). */
export type { ConnectorSourceRow } from '../../../db/schema/index.js';
