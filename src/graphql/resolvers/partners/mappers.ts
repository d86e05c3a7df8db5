/** The parent UpsertedLot's resolvers receive (codegen.ts mappers). */
export type { UpsertedLot as UpsertedLotParent } from '../../../domain/partners/partner-lot.js';
