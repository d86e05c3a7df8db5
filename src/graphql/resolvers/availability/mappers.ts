/** The parents of the availability types' resolvers (codegen.ts mappers). */
export type { LotAvailability as LotAvailabilityParent } from '../../../domain/availability/lot-availability.js';
export type { LotOccupancy as LotOccupancyParent } from '../../../domain/availability/occupancy.js';
export type { LotWeeklyHoursRow } from '../../../db/schema/index.js';
