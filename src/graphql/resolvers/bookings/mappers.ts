/** The parent Booking's resolvers receive (codegen.ts mappers). */
export type { BookingRow } from '../../../db/schema/index.js';
