/** The parents Viewer's, User's and Vehicle's resolvers receive (codegen.ts mappers). */
export type { UserRow, VehicleRow } from '../../../db/schema/index.js';
export type { UserViewer } from '../../../domain/policy.js';
