import { boolean, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { operators } from './operators.js';

/**
 * An operator's say on whether its lots appear in the open feeds (DATEX II, ParkAPI, GeoJSON).
 * No row means the default for its kind (see domain/open-data/feeds/publication.ts): networks
 * publish, private yards do not until their owner opts in.
 */
export const openDataPublications = pgTable('open_data_publications', {
  operatorId: uuid()
    .primaryKey()
    .references(() => operators.id, { onDelete: 'cascade' }),
  publish: boolean().notNull(),
  /** Feeds' Last-Modified and ETag move when a lot set enters or leaves them. */
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type OpenDataPublicationRow = typeof openDataPublications.$inferSelect;
