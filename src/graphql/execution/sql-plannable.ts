import type { PgTable } from 'drizzle-orm/pg-core';
import type { ListSource } from '../../db/json-pages.js';
import { LOT_LIST_SOURCE } from '../../db/queries/lots.js';
import { SPACES_OF_LOT_SOURCE } from '../../db/queries/spaces.js';
import { lots, operators, spaces } from '../../db/schema/index.js';
import type { NodeType } from '../global-id.js';
import { isSpaceListKey, SPACE_LIST } from '../resolvers/lots/Lot.js';
import { isLotListKey, LOT_LIST } from '../resolvers/lots/Query.js';

/**
 * What a SQL plan (sql-plan.ts) may answer in SQL, and how: each entry restates, in SQL terms,
 * what a resolver does. A field not listed here, or with a resolver the plan does not know,
 * sends the whole operation down the ordinary path: new fields are never answered wrong, only
 * not planned. `test/sql-plan.test.ts` holds every entry to the resolvers' answers.
 */

/** A connection field read page by page from a list (its resolver reads `readPageRequest` args). */
export interface PlannablePage {
  /** The node type of the connection's edges. */
  nodeType: string;
  list: ListSource;
  /** The resolver's cursor kind and key check (cursors must stay interchangeable). */
  cursorKind: string;
  isKey: (value: unknown) => boolean;
}

export interface PlannableType {
  table: PgTable;
  /** The type whose global ids its `id` field returns (`toGlobalId(type, row.id)`). */
  idType: NodeType;
  /** Fields that return the row of another table this row points to. */
  related?: Record<string, { nodeType: string; key: string; references: string }>;
  /** Connection fields over a list of this row's children. */
  pages?: Record<string, PlannablePage>;
}

/** Object types by GraphQL name. Other fields of theirs are planned when default-resolved columns. */
export const PLANNABLE_TYPES: Record<string, PlannableType> = {
  Lot: {
    table: lots,
    idType: 'Lot',
    related: { operator: { nodeType: 'Operator', key: 'operatorId', references: 'id' } },
    pages: { spaces: { nodeType: 'Space', list: SPACES_OF_LOT_SOURCE, cursorKind: SPACE_LIST, isKey: isSpaceListKey } },
  },
  Space: { table: spaces, idType: 'Space' },
  Operator: { table: operators, idType: 'Operator' },
};

/** Query fields a plan can answer with a page of a list. */
export const PLANNABLE_ROOT_PAGES: Record<string, PlannablePage> = {
  lots: { nodeType: 'Lot', list: LOT_LIST_SOURCE, cursorKind: LOT_LIST, isKey: isLotListKey },
};

/**
 * Query fields a plan can answer with one row by its global id (the `id` argument, decoded by
 * `fromGlobalIdOf(<nodeType>)`; null when there is no such row), as `Query.lot` does.
 */
export const PLANNABLE_ROOT_ROWS: Record<string, { nodeType: string }> = {
  lot: { nodeType: 'Lot' },
};
