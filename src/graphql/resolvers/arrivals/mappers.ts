/** The parent StaffAction's resolvers receive (codegen.ts mappers). */
export type { StaffActionRow } from '../../../db/schema/index.js';
