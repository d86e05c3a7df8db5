/** The parents of the subscription payloads' resolvers (codegen.ts mappers). */
export type { SpaceStatusRow } from '../../../db/queries/space-counts.js';
export type { LotUpdate } from '../../../realtime/hub.js';
