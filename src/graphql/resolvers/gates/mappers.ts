/** The parents of the gate types' resolvers (codegen.ts mappers). */
export type { GateRow, ParkingSessionRow, PlateReadRow, PlateRuleRow } from '../../../db/schema/index.js';
