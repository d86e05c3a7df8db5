import { asc, desc, sql, type Column, type SQL } from 'drizzle-orm';

/** One column of a list's key and the PostgreSQL type a cursor's value is cast to. */
export interface KeyColumn {
  column: Column | SQL;
  /** e.g. `timestamptz`, `uuid`, `float8`. */
  type: string;
}

/** A list's order and, from the same definition, the condition for the rows after a cursor. */
export interface Keyset {
  /** For `.orderBy(...keyset.orderBy)`, or joined into a statement's ORDER BY. */
  orderBy: SQL[];
  /** The rows after the one whose key is `values` (one value per key column, in order). */
  after(values: readonly unknown[]): SQL;
}

/**
 * The keyset of a list ordered by `columns`, all in one `direction`, the last column unique (an
 * id): the "after" condition is one row comparison, `(a, b) < ($1, $2)` for a descending list,
 * which an index on the same columns serves as a range.
 */
export function keyset(direction: 'asc' | 'desc', ...columns: KeyColumn[]): Keyset {
  const comparison = sql.raw(direction === 'asc' ? '>' : '<');
  const key = sql.join(
    columns.map(({ column }) => sql`${column}`),
    sql`, `,
  );
  return {
    orderBy: columns.map(({ column }) => (direction === 'asc' ? asc(column) : desc(column))),
    after: (values) => {
      const cursor = sql.join(
        columns.map(({ type }, index) => sql`${values[index]}::${sql.raw(type)}`),
        sql`, `,
      );
      return sql`(${key}) ${comparison} (${cursor})`;
    },
  };
}

/**
 * A timestamp at the precision a cursor keeps: columns hold microseconds, a JS Date milliseconds,
 * so lists order and compare by this.
 */
export function toMilliseconds(column: Column): SQL {
  return sql`date_trunc('milliseconds', ${column})`;
}
