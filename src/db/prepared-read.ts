import { getTableColumns, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { DB_CASING } from './casing.js';
import type { Database } from './client.js';
import { sqlTextOf } from './rows.js';

/**
 * A table's columns as a select list, and a reader that turns one result row (an array of the
 * same columns in the same order) into the table's row object, decoding each value with the
 * column's own Drizzle decoder.
 *
 * Why not Drizzle's select for the hottest reads: its result mapping works out each field's kind
 * again for every value of every row, a large share of the server's CPU on a nested page (the
 * profile is in docs/performance.md). Here the decoders are picked once per table.
 */
export interface RowShape<Row> {
  /** `"table"."column", ...` in the table's column order (Drizzle applies the snake_case casing). */
  selectList: SQL;
  /**
   * The same columns as one JSON array per row (`json_build_array(...)`), for reads of many rows:
   * the driver then parses one JSON text natively instead of every value of every row in
   * JavaScript. Values arrive as the driver would give them as text (custom types, e.g. PostGIS
   * geography, are sent as their text form), so `read` takes either.
   */
  jsonArray: SQL;
  read(values: unknown[]): Row;
}

/**
 * The shape of `table`'s rows: all columns, or only those named in `only` (in table order). A row
 * read with `only` has just those properties: see `projectedRead`.
 */
export function rowShape<T extends Table>(table: T, only?: ReadonlySet<string>): RowShape<T['$inferSelect']> {
  const entries = (Object.entries(getTableColumns(table)) as [string, Column][]).filter(([key]) => !only || only.has(key));
  const keys = entries.map(([key]) => key);
  const columns = entries.map(([, column]) => column);
  return {
    selectList: rendered(
      sql.join(
        columns.map((column) => sql`${column}`),
        sql`, `,
      ),
    ),
    jsonArray: rendered(
      sql`json_build_array(${sql.join(
        columns.map((column) => (column.columnType === 'PgCustomColumn' ? sql`${column}::text` : sql`${column}`)),
        sql`, `,
      )})`,
    ),
    read(values) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const value = values[i];
        row[keys[i]!] = value === null || value === undefined ? null : columns[i]!.mapFromDriverValue(value);
      }
      return row as T['$inferSelect'];
    },
  };
}

const dialect = new PgDialect({ casing: DB_CASING });

/**
 * A fragment of column names only (no parameters) as its final text, written once: statements
 * built per request (the search) then copy it instead of rendering dozens of columns each time
 * (Drizzle's rendering showed in a search's CPU profile; docs/performance.md).
 */
function rendered(fragment: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(fragment);
  if (params.length > 0) throw new Error('only a fragment without parameters can be rendered once');
  return sql.raw(text);
}

/** Runs a prepared read with its parameters (the names of the statement's `sql.placeholder`s). */
export type PreparedRead<Params extends Record<string, unknown>, Row> = (db: Database, params: Params) => Promise<Row[]>;

/**
 * A read sent on nearly every request: its SQL is built once per database handle and sent as a
 * named prepared statement (PostgreSQL parses and plans it once per connection, not once per
 * request, and Drizzle does not build its text again), and its rows are read by `read`.
 * Statements go through Drizzle's session, so query logging and statement counting see them.
 *
 * With `json`, the statement answers with one row holding one JSON array of row arrays
 * (`coalesce(json_agg(shape.jsonArray ...), '[]')`): for pages of hundreds of values, one native
 * JSON parse costs a fraction of the driver reading each value (measured on the nested page).
 *
 * `name` must be unique to this statement's text: a connection keeps each name's first text.
 * Without a name the statement is sent unnamed (parsed and planned each time, kept by no
 * connection): for statements made at run time beyond what connections should keep.
 */
export function preparedRead<Params extends Record<string, unknown>, Row>(
  name: string | undefined,
  build: () => { query: SQL; read: (values: unknown[]) => Row; json?: boolean },
): PreparedRead<Params, Row> {
  const byDatabase = new WeakMap<Database, Statement<Params, Row>>();
  return (db, params) => {
    let statement = byDatabase.get(db);
    if (!statement) {
      const { query, read, json } = build();
      const readRows = json
        ? (rows: unknown[][]) => ((rows[0]?.[0] as unknown[][] | undefined) ?? []).map(read)
        : (rows: unknown[][]) => rows.map(read);
      statement = prepare(db, name, { query, readRows });
      byDatabase.set(db, statement);
    }
    return statement.execute(params);
  };
}

type Statement<Params, Row> = { execute(params: Params): Promise<Row[]> };

function prepare<Params, Row>(
  db: Database,
  name: string | undefined,
  { query, readRows }: { query: SQL; readRows: (rows: unknown[][]) => Row[] },
): Statement<Params, Row> {
  // Drizzle's own prepare path (what `.prepare(name)` on a select does), given a row mapper
  // instead of a field list
  return db._.session.prepareQuery<{ execute: Row[]; all: unknown; values: unknown; params: Params }>(
    sqlTextOf(db, query),
    undefined,
    name,
    true,
    (rows) => readRows(rows as unknown[][]),
  ) as unknown as Statement<Params, Row>;
}

/** Rows of `table` whose `idColumn` (a uuid) is one of the given ids, in no particular order. */
export function preparedFindByIds<T extends Table>(
  name: string,
  table: T,
  idColumn: Column,
): (db: Database, ids: readonly string[]) => Promise<T['$inferSelect'][]> {
  const read = preparedRead<{ ids: string[] }, T['$inferSelect']>(name, () => {
    const shape = rowShape(table);
    return {
      query: sql`select ${shape.selectList} from ${table} where ${idColumn} = any(${sql.placeholder('ids')}::uuid[])`,
      read: shape.read,
    };
  });
  return (db, ids) => read(db, { ids: [...ids] });
}

/**
 * Which of a table's columns a read must return (by their TypeScript keys), or undefined for all.
 * The GraphQL layer works it out from the fields a query selects (src/graphql/projection.ts).
 */
export type ColumnKeys = ReadonlySet<string> | undefined;

/**
 * Statements a projected read keeps, one per column set and page size; past that, one statement
 * of whole rows with the size as a parameter serves the rest (documents and sizes are clients'
 * to vary).
 */
const MAX_PROJECTIONS = 32;

/**
 * Rows this narrow are read as plain rows, wider ones as one JSON value: for a few columns plain
 * rows answer more queries (building JSON is PostgreSQL's CPU, and so few values cost the driver
 * little); for whole lots and for long pages of spaces the JSON form takes less of the server's
 * CPU, which is what the API runs out of first (measurements: docs/performance.md).
 */
const MAX_PLAIN_COLUMNS = 3;

/** A projected read's statement, in pieces: it is written either as rows or as one JSON value. */
export interface ProjectedStatement {
  /** `FROM ...` (with WHERE, `LIMIT <limit>`): rows of the table, under the table's own name. */
  from: (limit: SQL) => SQL;
  /** The order of the rows. */
  orderBy: SQL;
  /** Columns read whatever the caller asks for: the read's own keys (list order, grouping). */
  always: readonly string[];
}

/**
 * A prepared read of a page that returns only the columns asked for: a page of lots that shows
 * names reads two columns, not thirty-six (decoding the rest was a large share of a flat page's
 * CPU; docs/performance.md). Each distinct column set and page size is its own prepared statement,
 * named `<name>_<n>`, with the size written into its text: PostgreSQL plans a statement whose
 * LIMIT is a parameter again on every run (its generic plan, costed for an unknown limit, never
 * looks cheaper), which cost as much as running it. Past `MAX_PROJECTIONS` statements, every
 * column is read with the size as a parameter. Up to `MAX_PLAIN_COLUMNS` columns come as plain
 * rows, more as one JSON value.
 *
 * Rows read with a column set hold only those properties, though typed as whole rows: callers
 * ask for every column their readers touch (a column left out reads as undefined).
 */
export function projectedRead<Params extends Record<string, unknown>, T extends Table>(
  name: string,
  table: T,
  { from, orderBy, always }: ProjectedStatement,
): (db: Database, params: Params, limit: number, columns: ColumnKeys) => Promise<T['$inferSelect'][]> {
  type Read = (db: Database, params: Params, limit: number) => Promise<T['$inferSelect'][]>;
  const allColumns = Object.keys(getTableColumns(table));
  const statement = (statementName: string, wanted: readonly string[] | undefined, limit: SQL) =>
    preparedRead<Params & { limit?: number }, T['$inferSelect']>(statementName, () => {
      const shape = rowShape(table, wanted && new Set(wanted));
      const json = (wanted?.length ?? allColumns.length) > MAX_PLAIN_COLUMNS;
      const query = json
        ? sql`select coalesce(json_agg(${shape.jsonArray} order by ${orderBy}), '[]') ${from(limit)}`
        : sql`select ${shape.selectList} ${from(limit)} order by ${orderBy}`;
      return { query, read: shape.read, json };
    });
  const anySize = statement(`${name}_any`, undefined, sql`${sql.placeholder('limit')}::int`);
  const readAnySize: Read = (db, params, limit) => anySize(db, { ...params, limit });
  const reads = new Map<string, Read>();
  // callers pass the same set object for the same query (cached per document): skip the lookup by content
  const readsBySet = new WeakMap<ReadonlySet<string>, Map<number, Read>>();
  const readFor = (columns: ColumnKeys, limit: number): Read => {
    const wanted = columns && allColumns.filter((key) => columns.has(key) || always.includes(key));
    const columnsKey = !wanted || wanted.length === allColumns.length ? '*' : wanted.join(',');
    const key = `${columnsKey}/${limit}`;
    let read = reads.get(key);
    if (!read) {
      if (reads.size >= MAX_PROJECTIONS || !Number.isSafeInteger(limit) || limit < 0) return readAnySize;
      const prepared = statement(`${name}_${reads.size}`, columnsKey === '*' ? undefined : wanted, sql.raw(String(limit)));
      read = (db, params) => prepared(db, params);
      reads.set(key, read);
    }
    return read;
  };
  return (db, params, limit, columns) => {
    let bySize = columns && readsBySet.get(columns);
    let read = bySize?.get(limit);
    if (!read) {
      read = readFor(columns, limit);
      if (columns) {
        if (!bySize) readsBySet.set(columns, (bySize = new Map()));
        bySize.set(limit, read);
      }
    }
    return read(db, params, limit);
  };
}
