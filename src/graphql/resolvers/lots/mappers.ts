/** The parents Lot's and Space's resolvers receive (codegen.ts mappers). */
export type { LotRow, SpaceRow } from '../../../db/schema/index.js';
