/** How TypeScript column keys become SQL names (`lotId` -> `lot_id`), for every Drizzle handle. */
export const DB_CASING = 'snake_case' as const;
