import { getTableColumns, getTableName, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Statements that answer with JSON text built by PostgreSQL: a whole page of rows, with the rows'
 * related rows and nested pages, comes back as one text value the server passes on as it is.
 *
 * Why: on a page of 20 lots x 20 spaces the server's own work per row (decoding rows, building
 * objects, executing fields, serialising the answer, collecting the garbage) was most of its CPU,
 * and the server runs on one core while PostgreSQL's backends use all of them. Built this way,
 * the same page costs PostgreSQL less than the three statements the resolvers send (measured
 * with pgbench; docs/performance.md) and the server almost nothing.
 *
 * The shapes below say what JSON to build; `src/graphql/execution/sql-plan.ts` derives them
 * from GraphQL selections. Text is built by concatenation, not with `json_build_object`, because
 * the answer must be the exact text `JSON.stringify` would write (no spaces, keys in order).
 */

/** A list read page by page: which rows, in which order, and how its cursors are written. */
export interface ListSource<T extends PgTable = PgTable> {
  table: T;
  /** Rows that belong to the list (e.g. not archived), on the given (aliased) table. */
  where?(table: T): SQL;
  /** The list's order and its cursor's key: column keys, unique together (the last is the id). */
  orderKeys: readonly string[];
  /** For a list of a parent row's children: the column that holds the parent's id. */
  parentKey?: string;
}

/** JSON made from one row (of a page, or a related row). */
export type RowJson =
  | { kind: 'constant'; json: string }
  /** The column's value (`to_json`; null as null). Only text, integer, boolean and enum columns. */
  | { kind: 'column'; key: string }
  /** `base64url("<type>:<uuid>")` of a uuid column, as `toGlobalId` writes it. */
  | { kind: 'globalId'; type: string; key: string }
  /** The row's cursor in its list (rows of a page only). */
  | { kind: 'cursor' }
  | { kind: 'object'; fields: readonly JsonField<RowJson>[] }
  /**
   * The row of `table` whose `references` column equals this row's `key` column. A row that must
   * exist and does not makes the whole statement answer null (the caller then asks again the slow
   * way, which reports it as the resolvers do).
   */
  | { kind: 'related'; table: PgTable; key: string; references: string; json: RowJson; required: boolean }
  /** A page of `page.list` whose `parentKey` column equals this row's id. */
  | { kind: 'page'; page: PageSpec };

/** JSON made from one page of a list. */
export type PageJson =
  | { kind: 'constant'; json: string }
  /** An array of the page's rows (without the extra row read to see if more follow). */
  | { kind: 'rows'; json: RowJson }
  /** true when rows follow the page. */
  | { kind: 'hasMore' }
  /** The cursor of the page's first or last row; null for an empty page. */
  | { kind: 'firstCursor' }
  | { kind: 'lastCursor' }
  | { kind: 'object'; fields: readonly JsonField<PageJson>[] };

/** A key of a JSON object (written as it is: callers pass GraphQL names) and its value. */
export type JsonField<Value> = readonly [key: string, value: Value];

/** One page of a list: its statement parameters are named after `id`. */
export interface PageSpec {
  /** Unique within a statement; names the page's parameters (`<id>_after_<key>`). */
  id: string;
  list: ListSource;
  /** The `kind` written into the page's cursors (`encodeCursor` in src/graphql/connection.ts). */
  cursorKind: string;
  json: PageJson;
}

/** The list's order over `table` (the list's table or an alias of it): `"t"."name", "t"."id"`. */
export function listOrder(list: ListSource, table: PgTable): SQL {
  const columns = getTableColumns(table) as Record<string, Column>;
  return sql.join(
    list.orderKeys.map((key) => sql`${columns[key]}`),
    sql`, `,
  );
}

/** One row of a table found by its id, at the top of a statement (e.g. `lot(id:)`). */
export interface RowSpec {
  /** Unique within a statement; names the row's parameter (`<id>_id`, a uuid). */
  id: string;
  table: PgTable;
  json: RowJson;
}

/** What the statement answers with, in order: pages of lists and rows by id. */
export type JsonRoot = { kind: 'page'; page: PageSpec } | { kind: 'row'; row: RowSpec };

/** The name of a root row's parameter: the row's id. */
export function rowParameterName(row: RowSpec): string {
  return `${row.id}_id`;
}

/**
 * What a root row's column holds when the row exists but its JSON could not be written (a
 * required related row is missing): distinct from SQL null, which means no such row.
 */
export const ROW_NOT_WRITTEN = '';

/** What a page's parameters are called: one `after` value per order key. */
export function pageParameterNames(page: PageSpec): { after: Record<string, string> } {
  return { after: Object.fromEntries(page.list.orderKeys.map((key) => [key, `${page.id}_after_${key}`])) };
}

/** How each page of a statement is read: its size, and whether it continues after a cursor. */
export type PageReads = ReadonlyMap<string, { first: number; continued: boolean }>;

/**
 * `select (<root>), (<root>) ...`: one column of JSON text per root. A page's column is never
 * null unless a required row is missing; a row's column is null when there is no such row, and
 * `ROW_NOT_WRITTEN` when a required row it points to is missing.
 *
 * Each page is read as `reads` says (by page id). Page sizes are written into the text, not sent
 * as parameters: PostgreSQL plans a statement whose LIMIT is a parameter again on every run (its
 * generic plan, costed for an unknown limit, never looks cheaper than a custom one), which cost
 * as much as running it. Callers keep one statement per distinct `reads`.
 */
export function jsonStatement(roots: readonly JsonRoot[], reads: PageReads): SQL {
  const builder = new Builder(reads);
  return sql`select ${sql.join(
    roots.map((root) => (root.kind === 'page' ? builder.page(root.page, undefined) : builder.row(root.row))),
    sql`, `,
  )}`;
}

class Builder {
  private aliases = 0;

  constructor(private readonly reads: PageReads) {}

  row(row: RowSpec): SQL {
    const { table, from } = this.alias(row.table);
    const columns = getTableColumns(table) as Record<string, Column>;
    const json = this.rowJson(row.json, { table, columns }, undefined);
    return sql`(select coalesce(${json}, ${literal(ROW_NOT_WRITTEN)}) from ${from}
      where ${columns.id} = ${sql.placeholder(rowParameterName(row))}::uuid)`;
  }

  page(page: PageSpec, parent: { table: Table; id: Column } | undefined): SQL {
    const { list } = page;
    const { table, name, from } = this.alias(list.table);
    const columns = getTableColumns(table) as Record<string, Column>;
    const order = list.orderKeys.map((key) => columns[key]!);
    const orderBy = listOrder(list, table);
    const names = pageParameterNames(page);
    const read = this.reads.get(page.id);
    if (!read || !Number.isInteger(read.first) || read.first < 0) throw new Error(`page ${page.id}: no size to read`);
    const first = sql.raw(String(read.first));
    const firstAndOne = sql.raw(String(read.first + 1));
    const conditions: SQL[] = [];
    if (list.where) conditions.push(list.where(table));
    if (list.parentKey) {
      if (!parent) throw new Error('a list of children is read inside its parent row');
      conditions.push(sql`${columns[list.parentKey]} = ${parent.id}`);
    }
    if (read.continued) {
      const after = order.map((column, i) => sql`${sql.placeholder(names.after[list.orderKeys[i]!]!)}::${sql.raw(column.getSQLType())}`);
      conditions.push(sql`(${orderBy}) > (${sql.join(after, sql`, `)})`);
    }
    const needed = new Set<string>(list.orderKeys);
    collectColumns(page.json, needed);
    const selected = sql.join(
      [...needed].map((key) => sql`${columns[key]}`),
      sql`, `,
    );
    const summary = new PageSummary(name, columns, list.orderKeys, page.cursorKind, first);
    const json = this.pageJson(page.json, summary, { table, columns });
    const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
    // the page's rows; when the JSON says whether more follow, or where the page ends, one more
    // row (which only tells that more follow) and every row's position in the list
    const rows = summary.needsPositions()
      ? sql`(select ${selected}, row_number() over (order by ${orderBy}) as position
          from ${from} ${where} order by ${orderBy} limit ${firstAndOne}) as ${sql.identifier(name)}`
      : sql`(select ${selected} from ${from} ${where} order by ${orderBy} limit ${first}) as ${sql.identifier(name)}`;
    return sql`(select ${json} from (select ${summary.aggregates()} from ${rows}) as page)`;
  }

  private pageJson(json: PageJson, summary: PageSummary, row: RowScope): SQL {
    switch (json.kind) {
      case 'constant':
        return literal(json.json);
      case 'rows':
        return summary.rows(this.rowJson(json.json, row, summary));
      case 'hasMore':
        return summary.hasMore();
      case 'firstCursor':
        return summary.cursor('first');
      case 'lastCursor':
        return summary.cursor('last');
      case 'object':
        return objectOf(json.fields.map(([key, value]) => [key, this.pageJson(value, summary, row)]));
    }
  }

  private rowJson(json: RowJson, row: RowScope, summary: PageSummary | undefined): SQL {
    switch (json.kind) {
      case 'constant':
        return literal(json.json);
      case 'column':
        return jsonOfColumn(row.columns[json.key]!);
      case 'globalId':
        return sql`'"' || ${globalIdText(json.type, row.columns[json.key]!)} || '"'`;
      case 'cursor':
        if (!summary) throw new Error('a cursor belongs to a row of a page');
        return summary.cursorOfRow();
      case 'object':
        return objectOf(json.fields.map(([key, value]) => [key, this.rowJson(value, row, summary)]));
      case 'related': {
        const { table, from } = this.alias(json.table);
        const columns = getTableColumns(table) as Record<string, Column>;
        const found = sql`(select ${this.rowJson(json.json, { table, columns }, undefined)} from ${from}
          where ${columns[json.references]} = ${row.columns[json.key]})`;
        // concatenating a null makes the whole answer null: the caller's sign that a required row is missing
        return json.required ? found : sql`coalesce(${found}, 'null')`;
      }
      case 'page':
        return this.page(json.page, { table: row.table, id: row.columns.id! });
    }
  }

  /** Each table read gets its own name (`t1`, `t2`, ...): a nested page may read its parent's table. */
  private alias<T extends PgTable>(table: T): { table: T; name: string; from: SQL } {
    const name = `t${++this.aliases}`;
    return { table: alias(table, name) as unknown as T, name, from: sql`${sql.identifier(getTableName(table))} as ${sql.identifier(name)}` };
  }
}

interface RowScope {
  table: Table;
  columns: Record<string, Column>;
}

/** The aggregates of one page's rows (`page.*`) and the JSON read from them. */
class PageSummary {
  private needed = new Set<'rows' | 'more' | 'first' | 'last'>();
  private rowsJson: SQL | undefined;

  constructor(
    private readonly tableName: string,
    private readonly columns: Record<string, Column>,
    private readonly orderKeys: readonly string[],
    private readonly cursorKind: string,
    private readonly first: SQL,
  ) {}

  /**
   * Whether the page reads one row more than it shows, numbered: only to say whether more follow
   * or where the page starts and ends. A page of rows alone is a plain ordered read (cheaper for
   * PostgreSQL than numbering rows nobody asked about; docs/performance.md).
   */
  needsPositions(): boolean {
    return this.needed.has('more') || this.needed.has('first') || this.needed.has('last');
  }

  rows(rowJson: SQL): SQL {
    this.needed.add('rows');
    this.rowsJson = rowJson;
    return sql`'[' || coalesce(page.rows, '') || ']'`;
  }

  hasMore(): SQL {
    this.needed.add('more');
    return sql`case when page.count > ${this.first} then 'true' else 'false' end`;
  }

  cursor(which: 'first' | 'last'): SQL {
    this.needed.add(which);
    const keys = this.orderKeys.map((key) => sql.raw(`page."${which}_${key}"`));
    return sql`case when page.count = 0 or ${this.first} = 0 then 'null' else '"' || ${this.cursorText(keys)} || '"' end`;
  }

  cursorOfRow(): SQL {
    return sql`'"' || ${this.cursorText(this.orderKeys.map((key) => sql`${this.columns[key]}`))} || '"'`;
  }

  /** What `encodeCursor(kind, { <key>: value, ... })` writes, from the key columns' values. */
  private cursorText(values: SQL[]): SQL {
    const parts = this.orderKeys.map((key, i) => sql`${literal(`${i === 0 ? '' : ','}${JSON.stringify(key)}:`)} || to_json(${values[i]})::text`);
    const json = sql`${literal(`{"kind":${JSON.stringify(this.cursorKind)},"key":{`)} || ${sql.join(parts, sql` || `)} || '}}'`;
    return base64url(sql`convert_to(${json}, 'UTF8')`);
  }

  aggregates(): SQL {
    // The aggregates take the rows in the order the subquery returns them, with no ORDER BY of
    // their own (a sort per page was a visible share of a flat page's cost in PostgreSQL): PostgreSQL's
    // manual ("Aggregate Expressions") has a sorted subquery feed an aggregate in order as long as
    // the aggregating level adds no join or grouping that could reorder it, and this level has
    // none (nested pages and related rows are subqueries in the select list, not joins).
    if (!this.needsPositions()) {
      // rows only, all of them on the page
      return this.needed.has('rows') ? sql`string_agg(${this.rowsJson!}, ',') as rows` : sql`count(*) as count`;
    }
    const position = sql`${sql.identifier(this.tableName)}.position`;
    const onPage = sql`${position} <= ${this.first}`;
    const parts: SQL[] = [sql`count(*)::int as count`];
    if (this.needed.has('rows')) parts.push(sql`string_agg(${this.rowsJson!}, ',') filter (where ${onPage}) as rows`);
    for (const key of this.orderKeys) {
      const column = this.columns[key]!;
      if (this.needed.has('first')) parts.push(sql`(array_agg(${column}) filter (where ${position} = 1))[1] as ${sql.raw(`"first_${key}"`)}`);
      if (this.needed.has('last')) {
        // the last of the page's values: as many as there are rows on the page
        parts.push(sql`(array_agg(${column}) filter (where ${onPage}))[(count(*) filter (where ${onPage}))::int] as ${sql.raw(`"last_${key}"`)}`);
      }
    }
    return sql.join(parts, sql`, `);
  }
}

/** The column keys a row's JSON reads (related rows and nested pages read their parent's). */
function collectColumns(json: PageJson | RowJson, into: Set<string>): void {
  switch (json.kind) {
    case 'column':
    case 'globalId':
      into.add(json.key);
      return;
    case 'related':
      into.add(json.key);
      return;
    case 'page':
      into.add('id');
      return;
    case 'rows':
      collectColumns(json.json, into);
      return;
    case 'object':
      for (const [, value] of json.fields) collectColumns(value, into);
      return;
    default:
      return;
  }
}

function objectOf(fields: readonly (readonly [string, SQL])[]): SQL {
  if (fields.length === 0) return literal('{}');
  const parts = fields.map(([key, value], i) => sql`${literal(`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`)} || ${value}`);
  return sql`(${sql.join(parts, sql` || `)} || '}')`;
}

function jsonOfColumn(column: Column): SQL {
  const json = sql`to_json(${column})::text`;
  return column.notNull ? json : sql`coalesce(${json}, 'null')`;
}

/**
 * `base64url("<type>:<uuid>")` without padding, as `toGlobalId` writes it. PostgreSQL has no
 * base64url, and `translate` over its base64 cost a microsecond per id (half the page's time in
 * SQL), so this leans on what the text is: ASCII letters, digits, '-' and ':' never encode to '+'
 * or '/' (those need a byte whose low six bits are 62 or 63), and ids this short (under 58 bytes)
 * get no line breaks; only the padding must go, and its length follows from the type's name.
 */
function globalIdText(type: string, column: Column): SQL {
  if (!/^[A-Za-z]+$/.test(type)) throw new Error(`a global id type is a plain name, got "${type}"`);
  const bytes = type.length + 1 + 36;
  if (bytes > 57) throw new Error(`global ids of ${type} would be wrapped by encode()`);
  const encoded = sql`encode(textsend(${literal(`${type}:`)} || ${column}::text), 'base64')`;
  return bytes % 3 === 0 ? encoded : sql`left(${encoded}, ${sql.raw(String(Math.ceil((bytes * 4) / 3)))})`;
}

/** base64url without padding of any bytes (slow: for cursors, of which pages hold few). */
function base64url(bytes: SQL): SQL {
  return sql`translate(encode(${bytes}, 'base64'), E'+/=\\n', '-_')`;
}

/** A SQL string literal (the texts here are ours: GraphQL names and JSON punctuation). */
function literal(text: string): SQL {
  return sql.raw(`'${text.replaceAll("'", "''")}'`);
}
