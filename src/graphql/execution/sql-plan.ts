import { getTableColumns, type Column } from 'drizzle-orm';
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Database } from '../../db/client.js';
import {
  jsonStatement,
  pageParameterNames,
  ROW_NOT_WRITTEN,
  rowParameterName,
  type JsonField,
  type JsonRoot,
  type PageJson,
  type PageReads,
  type PageSpec,
  type RowJson,
  type RowSpec,
} from '../../db/json-pages.js';
import { preparedRead, type PreparedRead } from '../../db/prepared-read.js';
import { readPageRequest } from '../connection.js';
import { fromGlobalIdOf, type NodeType } from '../global-id.js';
import { rawJsonData } from './raw-json.js';
import { coerceVariables } from './variables.js';
import { PLANNABLE_ROOT_PAGES, PLANNABLE_ROOT_ROWS, PLANNABLE_TYPES, type PlannablePage } from './sql-plannable.js';

/**
 * A query answered by one SQL statement that writes the response's JSON (src/db/json-pages.ts),
 * the way PostGraphile answers: no rows reach the server, no resolvers run, and the text goes
 * into the response as it is. Only documents made entirely of what `sql-plannable.ts` lists
 * are planned (no directives, no abstract types); the rest run as before.
 *
 * `run` answers undefined when this request must take the ordinary path after all: arguments
 * or variables the resolvers would reject (they word the error), or a row that must exist and
 * does not. The answer is then the resolvers' own, error for error.
 */
export interface SqlPlan {
  run(db: Database, variableValues: Record<string, unknown> | null | undefined): Promise<{ data: Record<string, unknown> } | undefined>;
}

/** Plan statements that get a prepared-statement name, process-wide (each costs every connection memory). */
const MAX_NAMED_STATEMENTS = 64;
let namedStatements = 0;

/** The plan for one operation of a document, or undefined when it cannot be planned. */
export function planOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): SqlPlan | undefined {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !queryType || operation.directives?.length) return undefined;
  if (operation.variableDefinitions?.some((definition) => definition.directives?.length)) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  try {
    return new Planner(schema, fragments).plan(operation, queryType);
  } catch (error) {
    if (error instanceof NotPlannable) return undefined;
    throw error;
  }
}

class NotPlannable extends Error {}

function notPlannable(): never {
  throw new NotPlannable();
}

/** A field whose arguments are read per request (graphql-js `getArgumentValues`: literals, variables, defaults). */
interface ArgumentsOf {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

interface PlannedPage {
  spec: PageSpec;
  page: PlannablePage;
  /** `first` and `after`. */
  args: ArgumentsOf;
}

/** A row by global id at the top of the answer: the id's type and where the id comes from. */
interface PlannedRow {
  spec: RowSpec;
  idType: NodeType;
  /** `id`. */
  args: ArgumentsOf;
}

/** A top-level field of the answer: a constant (`__typename`) or a column of the statement. */
type PlannedRoot = { json: string } | { root: JsonRoot };

/** Response fields keyed by response key, in the order graphql-js executes them. */
type CollectedFields = Map<string, FieldNode[]>;

class Planner {
  private readonly pages: PlannedPage[] = [];
  private readonly rows: PlannedRow[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  plan(operation: OperationDefinitionNode, queryType: GraphQLObjectType): SqlPlan {
    const roots: Array<readonly [string, PlannedRoot]> = [];
    for (const [key, nodes] of this.collect(queryType, [operation.selectionSet])) {
      const name = nodes[0]!.name.value;
      const field = queryType.getFields()[name];
      if (name === '__typename') {
        roots.push([key, { json: JSON.stringify(queryType.name) }]);
      } else if (PLANNABLE_ROOT_PAGES[name] && field) {
        roots.push([key, { root: { kind: 'page', page: this.page(PLANNABLE_ROOT_PAGES[name], field, nodes) } }]);
      } else if (PLANNABLE_ROOT_ROWS[name] && field) {
        roots.push([key, { root: { kind: 'row', row: this.row(PLANNABLE_ROOT_ROWS[name].nodeType, field, nodes) } }]);
      } else {
        notPlannable();
      }
    }
    return new PlanRunner(operation, this.schema, roots, this.pages, this.rows);
  }

  private row(nodeType: string, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): RowSpec {
    const type = objectType(field.type);
    const plannable = PLANNABLE_TYPES[type.name];
    // no such row answers null, which only a nullable field may
    if (type.name !== nodeType || !plannable || isNonNullType(field.type)) notPlannable();
    const spec: RowSpec = { id: `r${this.rows.length}`, table: plannable.table, json: this.rowJson(type, this.subfields(type, nodes)) };
    this.rows.push({ spec, idType: plannable.idType, args: { field, node: nodes[0]! } });
    return spec;
  }

  /** The fields selected on `type` by `selectionSets`, merged by response key (graphql-js's collectFields). */
  private collect(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], into: CollectedFields = new Map()): CollectedFields {
    for (const selectionSet of selectionSets) {
      for (const selection of selectionSet.selections) {
        // @skip/@include (and anything else) are not planned
        if (selection.directives?.length) notPlannable();
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const nodes = into.get(key);
          if (nodes) nodes.push(selection);
          else into.set(key, [selection]);
          continue;
        }
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
        if (!fragment || fragment.directives?.length) notPlannable();
        // a fragment on an interface or union would need the row's type: not planned
        if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) notPlannable();
        this.collect(type, [fragment.selectionSet], into);
      }
    }
    return into;
  }

  private subfields(type: GraphQLObjectType, nodes: readonly FieldNode[]): CollectedFields {
    return this.collect(
      type,
      nodes.map((node) => node.selectionSet ?? notPlannable()),
    );
  }

  private page(page: PlannablePage, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[]): PageSpec {
    const connection = objectType(field.type);
    // registered before the pages nested in it are planned, so pages are numbered parent first;
    // its JSON is filled in once they are
    const spec: { -readonly [K in keyof PageSpec]: PageSpec[K] } = {
      id: `p${this.pages.length}`,
      list: page.list,
      cursorKind: page.cursorKind,
      json: { kind: 'constant', json: 'null' },
    };
    this.pages.push({ spec, page, args: { field, node: nodes[0]! } });
    spec.json = this.connectionJson(connection, page, this.subfields(connection, nodes));
    return spec;
  }

  private connectionJson(connection: GraphQLObjectType, page: PlannablePage, fields: CollectedFields): PageJson {
    return this.objectJson<PageJson>(connection, fields, (name, field, nodes) => {
      if (name === 'edges') {
        const edge = objectType(field.type);
        return { kind: 'rows', json: this.edgeJson(edge, page, this.subfields(edge, nodes)) };
      }
      if (name === 'pageInfo') {
        const pageInfo = objectType(field.type);
        return this.objectJson<PageJson>(pageInfo, this.subfields(pageInfo, nodes), (infoName) => {
          if (infoName === 'hasNextPage') return { kind: 'hasMore' };
          // connections page forwards only (toConnection)
          if (infoName === 'hasPreviousPage') return { kind: 'constant', json: 'false' };
          if (infoName === 'startCursor') return { kind: 'firstCursor' };
          if (infoName === 'endCursor') return { kind: 'lastCursor' };
          return notPlannable();
        });
      }
      return notPlannable();
    });
  }

  private edgeJson(edge: GraphQLObjectType, page: PlannablePage, fields: CollectedFields): RowJson {
    return this.objectJson<RowJson>(edge, fields, (name, field, nodes) => {
      if (name === 'cursor') return { kind: 'cursor' };
      if (name === 'node') {
        const node = objectType(field.type);
        if (node.name !== page.nodeType) notPlannable();
        return this.rowJson(node, this.subfields(node, nodes));
      }
      return notPlannable();
    });
  }

  private rowJson(type: GraphQLObjectType, fields: CollectedFields): RowJson {
    const plannable = PLANNABLE_TYPES[type.name] ?? notPlannable();
    const columns = getTableColumns(plannable.table) as Record<string, Column>;
    return this.objectJson<RowJson>(type, fields, (name, field, nodes) => {
      if (name === 'id') return { kind: 'globalId', type: plannable.idType, key: 'id' };
      const related = plannable.related?.[name];
      if (related) {
        const target = objectType(field.type);
        if (target.name !== related.nodeType) notPlannable();
        const json = this.rowJson(target, this.subfields(target, nodes));
        const table = PLANNABLE_TYPES[target.name]!.table;
        return { kind: 'related', table, key: related.key, references: related.references, json, required: isNonNullType(field.type) };
      }
      const page = plannable.pages?.[name];
      if (page) return { kind: 'page', page: this.page(page, field, nodes) };
      // a field without a resolver returns the row's property of its name: a column, if plannable
      const column = columns[name];
      if (field.resolve || !column || !columnFits(column, field.type)) notPlannable();
      return { kind: 'column', key: name };
    });
  }

  /** An object's JSON: `__typename` is constant, every other field is `fieldJson`'s. */
  private objectJson<Json extends PageJson | RowJson>(
    type: GraphQLObjectType,
    fields: CollectedFields,
    fieldJson: (name: string, field: GraphQLField<unknown, unknown>, nodes: FieldNode[]) => Json,
  ): Json {
    const entries: JsonField<Json>[] = [];
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        entries.push([key, { kind: 'constant', json: JSON.stringify(type.name) } as unknown as Json]);
        continue;
      }
      const field = type.getFields()[name] ?? notPlannable();
      // arguments are read for pages only; a leaf or object field with arguments is not planned
      if (nodes.some((node) => node.arguments?.length) && !isPageField(type, name)) notPlannable();
      entries.push([key, fieldJson(name, field, nodes)]);
    }
    return { kind: 'object', fields: entries } as unknown as Json;
  }
}

function isPageField(type: GraphQLObjectType, name: string): boolean {
  return Boolean(PLANNABLE_TYPES[type.name]?.pages?.[name]);
}

function objectType(type: GraphQLOutputType): GraphQLObjectType {
  const named = getNamedType(type);
  if (!isObjectType(named)) notPlannable();
  // a list of objects only as a connection's edges (checked by the callers' shapes)
  return named;
}

/**
 * Whether `to_json(column)` writes what graphql-js would for the field: the same scalar, never a
 * null where the schema promises a value, and enum labels the GraphQL enum has.
 */
function columnFits(column: Column, type: GraphQLOutputType): boolean {
  if (!column.notNull && isNonNullType(type)) return false;
  const named = isNonNullType(type) ? type.ofType : type;
  if (isListType(named)) return false;
  const kind = column.columnType;
  switch (named.name) {
    case 'String':
    case 'ID':
      // not char(n): PostgreSQL's text of it drops the padding the driver keeps
      return kind === 'PgText' || kind === 'PgVarchar' || kind === 'PgUUID';
    case 'Int':
      return kind === 'PgInteger' || kind === 'PgSmallInt';
    case 'Boolean':
      return kind === 'PgBoolean';
    default: {
      if (!isEnumType(named) || kind !== 'PgEnumColumn') return false;
      const labels = (column as unknown as { enumValues: readonly string[] }).enumValues;
      return labels.every((label) => named.getValue(label)?.value === label);
    }
  }
}

type PlanStatement = PreparedRead<Record<string, unknown>, (string | null)[]>;

/** Statements a plan keeps per distinct page sizes and cursors (clients vary `first` at will). */
const MAX_STATEMENTS_PER_PLAN = 16;

class PlanRunner implements SqlPlan {
  /** Statements by how their pages are read (sizes and cursors change the text). */
  private readonly statements = new Map<string, PlanStatement>();
  /** The statement's columns, in order. */
  private readonly columns: JsonRoot[];

  constructor(
    private readonly operation: OperationDefinitionNode,
    private readonly schema: GraphQLSchema,
    private readonly roots: ReadonlyArray<readonly [string, PlannedRoot]>,
    private readonly pages: readonly PlannedPage[],
    private readonly rows: readonly PlannedRow[],
  ) {
    this.columns = roots.flatMap(([, root]) => ('root' in root ? [root.root] : []));
  }

  async run(db: Database, variableValues: Record<string, unknown> | null | undefined) {
    const variables = coerceVariables(this.schema, this.operation.variableDefinitions ?? [], variableValues);
    if (!variables) return undefined;
    const params: Record<string, unknown> = {};
    const reads = new Map<string, { first: number; continued: boolean }>();
    for (const { spec, page, args } of this.pages) {
      let request: ReturnType<typeof readPageRequest<Record<string, unknown>>>;
      try {
        request = readPageRequest(page.cursorKind, getArgumentValues(args.field, args.node, variables), page.isKey as (value: unknown) => value is Record<string, unknown>);
      } catch {
        // the resolver rejects these arguments, in its own words
        return undefined;
      }
      reads.set(spec.id, { first: request.first, continued: request.after !== undefined });
      if (request.after) {
        const names = pageParameterNames(spec);
        for (const key of spec.list.orderKeys) params[names.after[key]!] = request.after[key];
      }
    }
    for (const { spec, idType, args } of this.rows) {
      try {
        params[rowParameterName(spec)] = fromGlobalIdOf(idType, getArgumentValues(args.field, args.node, variables).id as string);
      } catch {
        // not an id of this type: the resolver's error
        return undefined;
      }
    }
    const texts = this.columns.length > 0 ? ((await this.statement(reads)(db, params))[0] ?? []) : [];
    if (texts.length < this.columns.length) return undefined;
    const data: Array<readonly [string, string]> = [];
    let next = 0;
    for (const [key, root] of this.roots) {
      if ('json' in root) {
        data.push([key, root.json]);
        continue;
      }
      const text = texts[next++];
      // a required row was missing (a page's text is null, a row's is ROW_NOT_WRITTEN): the resolvers report it their way
      if (text === ROW_NOT_WRITTEN || (text === null && root.root.kind === 'page')) return undefined;
      // no row with that id: the field is null
      data.push([key, text ?? 'null']);
    }
    return { data: rawJsonData(data) };
  }

  private statement(reads: PageReads): PlanStatement {
    let key = '';
    for (const [id, { first, continued }] of reads) key += `${id}:${first}${continued ? '+' : ''};`;
    const known = this.statements.get(key);
    if (known) return known;
    const keep = this.statements.size < MAX_STATEMENTS_PER_PLAN;
    // beyond what is kept, each request builds its statement and sends it unnamed
    const name = keep && namedStatements < MAX_NAMED_STATEMENTS ? `parkway_plan_${namedStatements++}` : undefined;
    const statement = preparedRead<Record<string, unknown>, (string | null)[]>(name, () => ({
      query: jsonStatement(this.columns, reads),
      read: (values) => values as (string | null)[],
    }));
    if (keep) this.statements.set(key, statement);
    return statement;
  }
}
